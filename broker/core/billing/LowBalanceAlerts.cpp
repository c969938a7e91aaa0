#include "core/billing/LowBalanceAlerts.h"

#include "core/billing/Ledger.h"
#include "core/store/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sc::broker {

using protocol::ApiError;
using protocol::ErrorCode;
using protocol::Expected;

LowBalanceAlerts::LowBalanceAlerts(Database &database, Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&ledger, &Ledger::posted, this, &LowBalanceAlerts::onPosted);
}

LowBalanceAlerts::~LowBalanceAlerts() = default;

Expected<QList<qint64>> LowBalanceAlerts::setThresholds(qint64 organizationId, const QString &currency,
                                                        QList<qint64> thresholds)
{
    if (!Ledger::isValidCurrency(currency))
        return ApiError{ErrorCode::ValidationFailed, u"The currency must be three upper-case letters."_s, {}, {}};
    std::sort(thresholds.begin(), thresholds.end(), std::greater<>());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    if (thresholds.size() > kMaxThresholds)
        return ApiError{ErrorCode::ValidationFailed,
                        u"At most %1 low-balance thresholds per currency."_s.arg(kMaxThresholds),
                        {},
                        {}};
    if (!thresholds.isEmpty() && thresholds.constLast() <= 0)
        return ApiError{ErrorCode::ValidationFailed, u"A low-balance threshold must be above zero."_s, {}, {}};
    Transaction transaction(m_database);
    m_database.exec(u"DELETE FROM billing_low_balance_thresholds WHERE organization_id = ? AND currency = ?"_s,
                    {organizationId, currency});
    for (const qint64 threshold : std::as_const(thresholds)) {
        m_database.exec(u"INSERT INTO billing_low_balance_thresholds (organization_id, currency, threshold) "
                        "VALUES (?, ?, ?)"_s,
                        {organizationId, currency, threshold});
    }
    transaction.commit();
    return thresholds;
}

QList<qint64> LowBalanceAlerts::thresholds(qint64 organizationId, const QString &currency) const
{
    QList<qint64> result;
    DbQuery query = m_database.exec(u"SELECT threshold FROM billing_low_balance_thresholds "
                                    "WHERE organization_id = ? AND currency = ? ORDER BY threshold DESC"_s,
                                    {organizationId, currency});
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

void LowBalanceAlerts::onPosted(const PostedTransaction &transaction)
{
    for (const BalanceChange &change : transaction.changes) {
        if (change.kind != AccountKind::BuyerBalance || !change.organizationId || change.after >= change.before)
            continue;
        QList<qint64> crossed;
        {
            DbQuery query = m_database.exec(
                u"SELECT threshold FROM billing_low_balance_thresholds "
                "WHERE organization_id = ? AND currency = ? AND threshold <= ? AND threshold > ? ORDER BY threshold DESC"_s,
                {*change.organizationId, change.currency, change.before, change.after});
            while (query.next())
                crossed.append(query.value(0).toLongLong());
        }
        for (const qint64 threshold : std::as_const(crossed))
            Q_EMIT lowBalance(*change.organizationId, change.currency, change.after, threshold);
    }
}

} // namespace sc::broker
