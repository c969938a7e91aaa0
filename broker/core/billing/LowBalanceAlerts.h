#pragma once

#include "core/billing/LedgerTypes.h"
#include "protocol/Expected.h"

#include <QList>
#include <QObject>

namespace sc::broker {

class Database;
class Ledger;

// Low-balance warnings at the thresholds a buyer sets (per currency, up to
// kMaxThresholds). Watches every post of the ledger: when a buyer balance
// goes from at or above a threshold to below it, lowBalance() fires once for
// that threshold; it fires again only after the balance has come back up to
// the threshold and crossed it downwards again.
class LowBalanceAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LowBalanceAlerts)

public:
    static constexpr int kMaxThresholds = 5;

    LowBalanceAlerts(Database &database, Ledger &ledger, QObject *parent = nullptr);
    ~LowBalanceAlerts() override;

    // Replaces the organization's thresholds in that currency (minor units,
    // each > 0); an empty list turns the warnings off.
    protocol::Expected<QList<qint64>> setThresholds(qint64 organizationId, const QString &currency,
                                                    QList<qint64> thresholds);
    QList<qint64> thresholds(qint64 organizationId, const QString &currency) const;

Q_SIGNALS:
    void lowBalance(qint64 organizationId, const QString &currency, qint64 balance, qint64 threshold);

private:
    void onPosted(const PostedTransaction &transaction);

    Database &m_database;
};

} // namespace sc::broker
