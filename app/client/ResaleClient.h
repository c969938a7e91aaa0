#pragma once

#include "client/BrokerClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace sc::client {

// Lease resale (/leases/{id}/resale): the buyer of a running lease puts the
// time left on the market at a price per hour, optionally stepping down as
// the time runs out; another buyer who takes it pays that price and the
// reseller stops paying its own. Cheap to make, like BuybackClient;
// callbacks follow BrokerClient's rules. offer() moves money (a price below
// what the reseller pays holds the worst-case difference): it carries an
// Idempotency-Key made once per user action (BrokerClient::newIdempotencyKey()).
class ResaleClient
{
    Q_DECLARE_TR_FUNCTIONS(ResaleClient)

public:
    template<typename T>
    using Callback = BrokerClient::Callback<T>;
    using Done = std::monostate;

    static constexpr qint64 kMinPrice = 1;          // cents per hour
    static constexpr qint64 kMaxPrice = 10'000'000; // cents per hour
    static constexpr int kMaxSteps = 10;

    // Below belowHours of time left, the price per hour steps to pricePerHour.
    struct Step
    {
        int belowHours = 1;
        qint64 pricePerHour = 0;
        bool operator==(const Step &) const = default;
    };
    using Schedule = QList<Step>;

    // The lease's ask on the resale market.
    struct Ask
    {
        qint64 id = 0;
        QString status;              // open, sold, withdrawn, expired
        qint64 pricePerHour = 0;     // now, after the schedule
        qint64 basePricePerHour = 0; // as offered
        Schedule schedule;
        QDateTime createdAt;
        qint64 heldAmount = 0; // cents held from the reseller against selling below the locked price

        bool isOpen() const { return status == u"open"; }
        static protocol::Expected<Ask> fromJson(const QJsonObject &json);
    };

    // What the broker says about reselling one lease.
    struct State
    {
        qint64 leaseId = 0;
        QString instanceType;
        QString region;
        QString currency;
        qint64 lockedPricePerHour = 0; // what the reseller pays, cents per hour
        QDateTime leaseEndsAt;
        double remainingHours = 0;
        bool resaleAllowed = false; // by the seller
        bool eligible = false;
        QString reason; // when not eligible: not_active, resale_not_allowed, too_little_time, already_offered, resold
        double minimumRemainingHours = 0;
        QDateTime leavesBookAt; // the ask leaves the market then (an hour before the lease ends)
        qint64 suggestedPricePerHour = 0;
        QString suggestionBasis; // recent_trades, best_ask, locked_price
        int recentTrades = 0;
        int resaleFeeBasisPoints = 0; // the broker's fee on the reseller's gain
        std::optional<Ask> ask;
        int tradesAtOnce = 0; // an offer's answer: trades made as it was placed (it sold at once)

        static protocol::Expected<State> fromJson(const QJsonObject &json);
    };

    explicit ResaleClient(BrokerClient &client);

    void fetchState(qint64 leaseId, QObject *context, Callback<State> callback);
    // Offers the lease's time left at pricePerHour with an optional step-down
    // schedule. 409 details.reason: not_active, resale_not_allowed,
    // too_little_time, already_offered; 422 validation_failed (details.field)
    // or details.reason insufficient_funds (details.needed, details.available).
    void offer(qint64 leaseId, qint64 pricePerHour, const Schedule &schedule, const QByteArray &idempotencyKey,
               QObject *context, Callback<State> callback);
    // Withdraws the open ask; 409 when none is open.
    void withdraw(qint64 leaseId, QObject *context, Callback<Done> callback);

    // The offer's request body.
    static QJsonObject offerBody(qint64 pricePerHour, const Schedule &schedule);

    // What the reseller gains (positive, after the fee on the gain) or pays
    // (negative) per hour when the time sells at pricePerHour.
    static qint64 netPerHour(qint64 pricePerHour, qint64 lockedPricePerHour, int feeBasisPoints);
    // The broker's worst case for a price below the locked one: the time sold
    // at once at the base price for all hours left, or at a step's price for
    // its belowHours; cents, rounded up, 0 when nothing is below.
    static qint64 worstCaseHold(qint64 pricePerHour, const Schedule &schedule, qint64 lockedPricePerHour,
                                double remainingHours);

    // An ineligibility reason or a refusal's details.reason in words.
    static QString reasonText(const QString &reason);
    // The resale routes' refusals as sentences.
    static QString errorText(const protocol::ApiError &error);

private:
    BrokerClient &m_client;
};

} // namespace sc::client
