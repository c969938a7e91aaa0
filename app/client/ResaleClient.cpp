#include "client/ResaleClient.h"

#include "client/TypedReply.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
constexpr qint64 kMaxAmount = qint64(1) << 40;
constexpr double kMaxHours = 24.0 * 366 * 10;
constexpr qsizetype kMaxTrades = 10'000;

QString resalePath(qint64 leaseId)
{
    return u"/leases/%1/resale"_s.arg(leaseId);
}

Expected<ResaleClient::Schedule> parseSchedule(protocol::JsonReader &reader)
{
    ResaleClient::Schedule schedule;
    if (!reader.has(u"schedule"))
        return schedule;
    const QJsonArray steps = reader.array(u"schedule", ResaleClient::kMaxSteps);
    if (!reader.ok())
        return reader.error();
    for (const QJsonValue &value : steps) {
        if (!value.isObject())
            return ApiError{ErrorCode::InvalidResponse, u"schedule must hold objects"_s, {}, {}};
        protocol::JsonReader step(value.toObject(), u"schedule step"_s);
        ResaleClient::Step parsed;
        parsed.belowHours = int(step.integer(u"belowHours", 1, 24 * 366 * 10));
        parsed.pricePerHour = step.integer(u"pricePerHour", ResaleClient::kMinPrice, ResaleClient::kMaxPrice);
        if (!step.ok())
            return step.error();
        schedule.append(parsed);
    }
    return schedule;
}

} // namespace

Expected<ResaleClient::Ask> ResaleClient::Ask::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"ask"_s);
    Ask ask;
    ask.id = reader.integer(u"id", 1, kMaxId);
    ask.status = reader.string(u"status", 32);
    ask.pricePerHour = reader.integer(u"pricePerHour", kMinPrice, kMaxPrice);
    ask.basePricePerHour = reader.optionalInteger(u"basePricePerHour", kMinPrice, kMaxPrice).value_or(ask.pricePerHour);
    ask.createdAt = reader.optionalTime(u"createdAt");
    ask.heldAmount = reader.optionalInteger(u"heldAmount", 0, kMaxAmount).value_or(0);
    if (!reader.ok())
        return reader.error();
    auto schedule = parseSchedule(reader);
    if (!schedule)
        return schedule.error();
    ask.schedule = std::move(schedule).value();
    return ask;
}

Expected<ResaleClient::State> ResaleClient::State::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"resale"_s);
    State state;
    state.leaseId = reader.integer(u"leaseId", 1, kMaxId);
    state.instanceType = reader.optionalString(u"instanceType", 200).value_or(QString());
    state.region = reader.optionalString(u"region", 200).value_or(QString());
    state.currency = reader.string(u"currency", 8);
    state.lockedPricePerHour = reader.integer(u"lockedPricePerHour", 0, kMaxAmount);
    state.leaseEndsAt = reader.optionalTime(u"leaseEndsAt");
    state.remainingHours = reader.number(u"remainingHours", 0, kMaxHours);
    state.resaleAllowed = reader.optionalBoolean(u"resaleAllowed").value_or(false);
    state.eligible = reader.boolean(u"eligible");
    state.reason = reader.optionalString(u"reason", 64).value_or(QString());
    if (reader.has(u"minimumRemainingHours"))
        state.minimumRemainingHours = reader.number(u"minimumRemainingHours", 0, kMaxHours);
    state.leavesBookAt = reader.optionalTime(u"leavesBookAt");
    state.suggestedPricePerHour = reader.optionalInteger(u"suggestedPricePerHour", 0, kMaxPrice).value_or(0);
    state.suggestionBasis = reader.optionalString(u"suggestionBasis", 32).value_or(QString());
    state.recentTrades = int(reader.optionalInteger(u"recentTrades", 0, 1'000'000'000).value_or(0));
    state.resaleFeeBasisPoints = int(reader.optionalInteger(u"resaleFeeBasisPoints", 0, 10'000).value_or(0));
    const QJsonObject ask = reader.has(u"ask") ? reader.object(u"ask") : QJsonObject();
    const QJsonArray trades = reader.has(u"trades") ? reader.array(u"trades", kMaxTrades) : QJsonArray();
    if (!reader.ok())
        return reader.error();
    if (reader.has(u"ask")) {
        auto parsed = Ask::fromJson(ask);
        if (!parsed)
            return parsed.error();
        state.ask = std::move(parsed).value();
    }
    state.tradesAtOnce = int(trades.size());
    return state;
}

ResaleClient::ResaleClient(BrokerClient &client)
    : m_client(client)
{
}

void ResaleClient::fetchState(qint64 leaseId, QObject *context, Callback<State> callback)
{
    m_client.getJson(resalePath(leaseId), {}, context, typedReply<State>(std::move(callback), &State::fromJson));
}

void ResaleClient::offer(qint64 leaseId, qint64 pricePerHour, const Schedule &schedule,
                         const QByteArray &idempotencyKey, QObject *context, Callback<State> callback)
{
    m_client.sendJson("POST",
                      resalePath(leaseId),
                      offerBody(pricePerHour, schedule),
                      {{"Idempotency-Key", idempotencyKey}},
                      context,
                      typedReply<State>(std::move(callback), &State::fromJson));
}

void ResaleClient::withdraw(qint64 leaseId, QObject *context, Callback<Done> callback)
{
    m_client.sendJson("DELETE", resalePath(leaseId), {}, context, doneReply(std::move(callback)));
}

QJsonObject ResaleClient::offerBody(qint64 pricePerHour, const Schedule &schedule)
{
    QJsonObject body{{u"pricePerHour"_s, pricePerHour}};
    if (!schedule.isEmpty()) {
        QJsonArray steps;
        for (const Step &step : schedule)
            steps.append(QJsonObject{{u"belowHours"_s, step.belowHours}, {u"pricePerHour"_s, step.pricePerHour}});
        body.insert(u"schedule"_s, steps);
    }
    return body;
}

qint64 ResaleClient::netPerHour(qint64 pricePerHour, qint64 lockedPricePerHour, int feeBasisPoints)
{
    const qint64 difference = pricePerHour - lockedPricePerHour;
    if (difference <= 0)
        return difference;
    // The fee is the broker's, rounded up: what the reseller keeps is never overstated.
    const qint64 fee = (difference * feeBasisPoints + 9'999) / 10'000;
    return difference - fee;
}

qint64 ResaleClient::worstCaseHold(qint64 pricePerHour, const Schedule &schedule, qint64 lockedPricePerHour,
                                   double remainingHours)
{
    const auto cost = [lockedPricePerHour](qint64 price, double hours) -> qint64 {
        const qint64 below = lockedPricePerHour - price;
        if (below <= 0 || hours <= 0)
            return 0;
        return qint64(std::ceil(double(below) * hours - 1e-9));
    };
    qint64 worst = cost(pricePerHour, remainingHours);
    for (const Step &step : schedule)
        worst = std::max(worst, cost(step.pricePerHour, std::min<double>(step.belowHours, remainingHours)));
    return worst;
}

QString ResaleClient::reasonText(const QString &reason)
{
    if (reason == u"not_active")
        return tr("The lease is not active, so its time cannot be sold.");
    if (reason == u"resale_not_allowed")
        return tr("The seller of this capacity does not allow its leases to be resold.");
    if (reason == u"too_little_time")
        return tr("Too little time is left on the lease to sell it.");
    if (reason == u"already_offered")
        return tr("The time left on this lease is already on sale.");
    if (reason == u"resold")
        return tr("The time left on this lease has already been sold.");
    if (reason == u"insufficient_funds")
        return tr("Your balance cannot cover what would be held for a price below what you pay.");
    return reason;
}

QString ResaleClient::errorText(const ApiError &error)
{
    const QString reason = error.details.value(u"reason"_s).toString();
    if (!reason.isEmpty() && reasonText(reason) != reason)
        return reasonText(reason);
    switch (error.code) {
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
    case ErrorCode::Unavailable:
    case ErrorCode::RequestTimeout: return tr("The broker cannot be reached. Check the connection and try again.");
    case ErrorCode::Unauthorized: return tr("Your session has ended. Log in again.");
    case ErrorCode::NotFound: return tr("The broker does not know this lease.");
    case ErrorCode::Conflict: return tr("This cannot be done now: %1").arg(error.message);
    case ErrorCode::ValidationFailed: {
        const QString field = error.details.value(u"field"_s).toString();
        return field.isEmpty() ? tr("The broker did not accept these values: %1").arg(error.message)
                               : tr("The broker did not accept %1: %2").arg(field, error.message);
    }
    case ErrorCode::NotImplemented: return tr("This broker does not handle lease resale yet.");
    default: return error.message;
    }
}

} // namespace sc::client
