#pragma once

#include "core/billing/PaymentGateway.h"

#include <QHash>
#include <QStringList>

#include <chrono>

namespace sc::broker {

// A card payment service simulated in process, for the demo and the tests;
// it behaves like a real one: answers come back asynchronously, outcomes
// arrive later as chargeUpdated() events, idempotency keys make retries safe.
// Card numbers (spaces allowed; each passes the Luhn check):
//   4242 4242 4242 4242  pending, then succeeded after confirmationDelay
//   4000 0000 0000 0002  declined at once: card_declined
//   4000 0000 0000 9995  declined at once: insufficient_funds
//   4000 0000 0000 0069  pending, then declined after confirmationDelay: expired_card
//   4000 0027 6000 3184  requires_action: the customer must enter kChallengeCode
//                        (confirmAction); then pending and succeeded, or, with a
//                        wrong code, declined: authentication_failed
//   4000 0000 0000 0259  succeeds like 4242..., then is charged back in full
//                        after chargebackDelay (refunded = amount, disputed)
// A number failing the Luhn check is refused (ValidationFailed, no charge);
// any other valid number is declined: card_not_supported.
class TestPaymentGateway final : public PaymentGateway
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestPaymentGateway)

public:
    static constexpr auto kSucceeds = "4242424242424242";
    static constexpr auto kDeclines = "4000000000000002";
    static constexpr auto kInsufficientFunds = "4000000000009995";
    static constexpr auto kDeclinesLater = "4000000000000069";
    static constexpr auto kRequiresAction = "4000002760003184";
    static constexpr auto kChargedBackLater = "4000000000000259";
    static constexpr auto kChallengeCode = "314159";

    struct Options
    {
        std::chrono::milliseconds answerDelay{0}; // before a call's callback runs
        std::chrono::milliseconds confirmationDelay{1'500};
        std::chrono::milliseconds refundDelay{1'000};
        std::chrono::milliseconds chargebackDelay{10'000};
    };

    explicit TestPaymentGateway(QObject *parent = nullptr);
    explicit TestPaymentGateway(Options options, QObject *parent = nullptr);
    ~TestPaymentGateway() override;

    QString name() const override;
    void startCharge(const ChargeRequest &request, ChargeCallback done) override;
    void confirmAction(const QString &chargeId, const QString &response, ChargeCallback done) override;
    void refund(const QString &chargeId, qint64 amount, const QString &idempotencyKey, ChargeCallback done) override;
    void fetchCharge(const QString &chargeId, ChargeCallback done) override;

    static bool passesLuhn(const QString &cardNumber);
    // Charges started so far (each idempotency key counts once).
    int chargeCount() const { return int(m_charges.size()); }

private:
    struct Record
    {
        Charge charge;
        ChargeRequest request;
        QString card;
        qint64 refundsInFlight = 0;
    };
    void answer(ChargeCallback done, protocol::Expected<Charge> result);
    void later(std::chrono::milliseconds delay, const QString &chargeId, std::function<void(Record &)> change);
    void settle(Record &record);

    Options m_options;
    QHash<QString, Record> m_charges;     // by charge id
    QHash<QString, QString> m_chargeKeys; // idempotency key -> charge id
    QHash<QString, QString> m_refundKeys; // refund idempotency key -> charge id
    int m_nextId = 1;
};

} // namespace sc::broker
