#pragma once

#include "protocol/Expected.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sc::broker {

// What the broker needs from a card payment service, shaped after the real
// ones: a charge is started with an idempotency key (a retry with the same key
// answers the same charge), may need a second step from the customer (a
// 3-D Secure-like challenge), settles or is declined later, and may be
// refunded, in part or in full, or charged back long after. Every call answers
// asynchronously through its callback with the charge as the service sees it
// then; every later change of a charge arrives through chargeUpdated(), as a
// webhook would. A real adapter turns these into HTTP calls and its webhook
// route into chargeUpdated(); TestPaymentGateway simulates one in process.
class PaymentGateway : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentGateway)

public:
    enum class ChargeStatus {
        Pending,        // accepted; the outcome arrives later
        RequiresAction, // the customer must complete Charge::action first
        Succeeded,      // the money is ours (refunded may be > 0 later)
        Declined,       // final; declineReason says why
    };

    struct ChargeRequest
    {
        qint64 amount = 0; // minor units, > 0
        QString currency;  // ISO 4217
        // A card token from the service's own form, or (test gateway) a card number.
        QString paymentMethod;
        QString idempotencyKey;
        // The caller's own id, echoed back on every answer and event.
        QString reference;
        QString description;
    };

    struct Charge
    {
        QString id;
        QString reference;
        ChargeStatus status = ChargeStatus::Pending;
        qint64 amount = 0;
        QString currency;
        qint64 refunded = 0;   // minor units refunded or charged back so far
        bool disputed = false; // refunded through a chargeback, not at our request
        QString declineReason; // machine-readable, e.g. card_declined
        QString action;        // RequiresAction: what the customer must do (a URL or a prompt)
    };

    using ChargeCallback = std::function<void(const protocol::Expected<Charge> &)>;

    explicit PaymentGateway(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~PaymentGateway() override = default;

    // Stable name stored with each top-up ("test", later e.g. the service's).
    virtual QString name() const = 0;
    virtual void startCharge(const ChargeRequest &request, ChargeCallback done) = 0;
    // The customer's answer to a RequiresAction charge.
    virtual void confirmAction(const QString &chargeId, const QString &response, ChargeCallback done) = 0;
    // Refunds `amount` (<= what is left) of a succeeded charge; the refund
    // shows in Charge::refunded once the service has made it.
    virtual void refund(const QString &chargeId, qint64 amount, const QString &idempotencyKey, ChargeCallback done) = 0;
    // The charge as it is now (reconciliation after a restart or a lost event).
    virtual void fetchCharge(const QString &chargeId, ChargeCallback done) = 0;

    static QString statusName(ChargeStatus status);

Q_SIGNALS:
    void chargeUpdated(const sc::broker::PaymentGateway::Charge &charge);
};

} // namespace sc::broker
