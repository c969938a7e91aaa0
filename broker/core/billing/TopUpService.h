#pragma once

#include "core/billing/PaymentGateway.h"
#include "protocol/Expected.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace sc::broker {

class Clock;
class Database;
class Ledger;

// Prepaid credit: a buyer tops up through a payment gateway. start() records
// a pending top-up and asks the gateway for the charge; the gateway's answers
// and later events move the top-up on. When the charge succeeds the credit is
// posted exactly once (payment_clearing -> buyer_balance, any buyer_debt
// repaid first; the ledger reference is the gateway's charge id); a refund or
// chargeback posts a refund transaction for what came back (taken from the
// buyer balance, the rest becomes buyer_debt). Retrying start() with the same
// idempotency key answers the same top-up.
class TopUpService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopUpService)

public:
    enum class Status { Pending, RequiresAction, Succeeded, Declined, Failed };

    struct Options
    {
        qint64 minimumAmount = 1'000;     // minor units: 10.00
        qint64 maximumAmount = 1'000'000; // 10,000.00
        QStringList currencies{QStringLiteral("EUR")};
    };

    struct TopUp
    {
        qint64 id = 0;
        qint64 organizationId = 0;
        QString idempotencyKey;
        qint64 amount = 0;
        QString currency;
        QString gateway;
        QString chargeId;
        Status status = Status::Pending;
        QString action; // RequiresAction: what the buyer must do
        QString declineReason;
        qint64 refunded = 0;
        std::optional<qint64> ledgerTransactionId;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    TopUpService(Database &database, const Clock &clock, Ledger &ledger, PaymentGateway &gateway, Options options,
                 QObject *parent = nullptr);
    ~TopUpService() override;

    protocol::Expected<TopUp> start(qint64 organizationId, qint64 amount, const QString &currency,
                                    const QString &paymentMethod, const QString &idempotencyKey);
    // The buyer's answer to a top-up in RequiresAction.
    protocol::Expected<TopUp> confirm(qint64 organizationId, qint64 topUpId, const QString &response);
    // Gives back `amount` of a succeeded top-up through the gateway, when the
    // buyer still holds it; the ledger moves when the gateway reports the refund.
    protocol::Expected<TopUp> requestRefund(qint64 organizationId, qint64 topUpId, qint64 amount,
                                            const QString &idempotencyKey);
    // Asks the gateway for the state of every unfinished top-up (after a
    // restart, when events may have been missed).
    void reconcile();

    std::optional<TopUp> topUp(qint64 topUpId) const;
    QList<TopUp> topUps(qint64 organizationId, int limit = 100) const;

    static QString statusName(Status status);
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void topUpChanged(const sc::broker::TopUpService::TopUp &topUp);

private:
    void apply(const PaymentGateway::Charge &charge);
    void applyAnswer(qint64 topUpId, const protocol::Expected<PaymentGateway::Charge> &answer);

    Database &m_database;
    const Clock &m_clock;
    Ledger &m_ledger;
    PaymentGateway &m_gateway;
    Options m_options;
};

} // namespace sc::broker
