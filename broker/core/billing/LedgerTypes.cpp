#include "core/billing/LedgerTypes.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

const std::array kAccountKinds{
    std::pair{AccountKind::BuyerBalance, u"buyer_balance"},
    std::pair{AccountKind::BuyerHold, u"buyer_hold"},
    std::pair{AccountKind::BuyerDebt, u"buyer_debt"},
    std::pair{AccountKind::SellerPayable, u"seller_payable"},
    std::pair{AccountKind::BrokerRevenue, u"broker_revenue"},
    std::pair{AccountKind::PaymentClearing, u"payment_clearing"},
    std::pair{AccountKind::Payouts, u"payouts"},
    std::pair{AccountKind::Adjustments, u"adjustments"},
    std::pair{AccountKind::TaxPayable, u"tax_payable"},
    std::pair{AccountKind::Transfers, u"transfers"},
};

const std::array kTransactionKinds{
    std::pair{TransactionKind::TopUp, u"topup"},
    std::pair{TransactionKind::Hold, u"hold"},
    std::pair{TransactionKind::Release, u"release"},
    std::pair{TransactionKind::Capture, u"capture"},
    std::pair{TransactionKind::Payout, u"payout"},
    std::pair{TransactionKind::Refund, u"refund"},
    std::pair{TransactionKind::Reversal, u"reversal"},
    std::pair{TransactionKind::Adjustment, u"adjustment"},
};

} // namespace

QString accountKindName(AccountKind kind)
{
    for (const auto &[value, name] : kAccountKinds) {
        if (value == kind)
            return QStringView(name).toString();
    }
    return {};
}

std::optional<AccountKind> accountKindFromName(QStringView name)
{
    for (const auto &[value, known] : kAccountKinds) {
        if (QStringView(known) == name)
            return value;
    }
    return std::nullopt;
}

QString transactionKindName(TransactionKind kind)
{
    for (const auto &[value, name] : kTransactionKinds) {
        if (value == kind)
            return QStringView(name).toString();
    }
    return {};
}

std::optional<TransactionKind> transactionKindFromName(QStringView name)
{
    for (const auto &[value, known] : kTransactionKinds) {
        if (QStringView(known) == name)
            return value;
    }
    return std::nullopt;
}

QList<AccountKind> allAccountKinds()
{
    QList<AccountKind> kinds;
    for (const auto &entry : kAccountKinds)
        kinds.append(entry.first);
    return kinds;
}

} // namespace sc::broker
