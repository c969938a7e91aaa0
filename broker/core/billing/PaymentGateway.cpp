#include "core/billing/PaymentGateway.h"

using namespace Qt::StringLiterals;

namespace sc::broker {

QString PaymentGateway::statusName(ChargeStatus status)
{
    switch (status) {
    case ChargeStatus::Pending: return u"pending"_s;
    case ChargeStatus::RequiresAction: return u"requires_action"_s;
    case ChargeStatus::Succeeded: return u"succeeded"_s;
    case ChargeStatus::Declined: return u"declined"_s;
    }
    return {};
}

} // namespace sc::broker
