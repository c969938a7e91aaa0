#include "client/BuybackClient.h"

#include "client/TypedReply.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr qsizetype kMaxOffers = 10'000;
constexpr qint64 kMaxAmount = qint64(1) << 40;

QString offerPath(qint64 id)
{
    return u"/buybacks/%1"_s.arg(id);
}

} // namespace

Expected<BuybackClient::Offer> BuybackClient::Offer::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"offer"_s);
    Offer offer;
    offer.id = reader.integer(u"id", 1, std::numeric_limits<qint64>::max());
    offer.leaseId = reader.integer(u"leaseId", 1, std::numeric_limits<qint64>::max());
    offer.amount = reader.integer(u"amount", 0, kMaxAmount);
    offer.currency = reader.string(u"currency", 8);
    offer.noticeHours = int(reader.integer(u"noticeHours", 1, 24 * 366));
    offer.status = reader.string(u"status", 32);
    offer.expiresAt = reader.optionalTime(u"expiresAt");
    offer.leaseEndsAt = reader.optionalTime(u"leaseEndsAt");
    offer.createdAt = reader.optionalTime(u"createdAt");
    offer.decidedAt = reader.optionalTime(u"decidedAt");
    offer.instanceType = reader.optionalString(u"instanceType", 200).value_or(QString());
    offer.region = reader.optionalString(u"region", 200).value_or(QString());
    if (reader.has(u"provider")) {
        protocol::JsonReader provider(reader.object(u"provider"), u"provider"_s);
        offer.providerPseudonym = provider.optionalString(u"pseudonym", 200).value_or(QString());
        if (provider.has(u"rating"))
            offer.providerRating = provider.number(u"rating", 0, 5);
        if (!provider.ok())
            return provider.error();
    }
    if (!reader.ok())
        return reader.error();
    return offer;
}

Expected<BuybackClient::Rule> BuybackClient::Rule::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"rule"_s);
    Rule rule;
    rule.minAmount = reader.optionalInteger(u"minAmount", 1, kMaxAmount);
    rule.currency = reader.optionalString(u"currency", 8).value_or(QString());
    if (!reader.ok())
        return reader.error();
    return rule;
}

Expected<QList<BuybackClient::Offer>> BuybackClient::parseOffers(const QJsonObject &json)
{
    return parseObjectList<Offer>(json, u"offers", kMaxOffers);
}

BuybackClient::BuybackClient(BrokerClient &client)
    : m_client(client)
{
}

void BuybackClient::fetchSellerOffers(QObject *context, Callback<QList<Offer>> callback)
{
    m_client.getJson(u"/seller/buybacks"_s, {}, context, typedReply<QList<Offer>>(std::move(callback), &parseOffers));
}

void BuybackClient::offer(qint64 leaseId, qint64 amount, int noticeHours, const QByteArray &idempotencyKey,
                          QObject *context, Callback<Offer> callback)
{
    m_client.sendJson("POST",
                      u"/seller/buybacks"_s,
                      QJsonObject{{u"leaseId"_s, leaseId}, {u"amount"_s, amount}, {u"noticeHours"_s, noticeHours}},
                      {{"Idempotency-Key", idempotencyKey}},
                      context,
                      typedReply<Offer>(std::move(callback), &Offer::fromJson));
}

void BuybackClient::withdraw(qint64 offerId, QObject *context, Callback<Done> callback)
{
    m_client.sendJson("DELETE", u"/seller/buybacks/%1"_s.arg(offerId), {}, context, doneReply(std::move(callback)));
}

void BuybackClient::fetchBuyerOffers(QObject *context, Callback<QList<Offer>> callback)
{
    m_client.getJson(u"/buybacks"_s, {}, context, typedReply<QList<Offer>>(std::move(callback), &parseOffers));
}

void BuybackClient::accept(qint64 offerId, const QByteArray &idempotencyKey, QObject *context, Callback<Offer> callback)
{
    m_client.sendJson("POST",
                      offerPath(offerId) + u"/accept"_s,
                      {},
                      {{"Idempotency-Key", idempotencyKey}},
                      context,
                      typedReply<Offer>(std::move(callback), &Offer::fromJson));
}

void BuybackClient::refuse(qint64 offerId, QObject *context, Callback<Offer> callback)
{
    m_client.sendJson("POST",
                      offerPath(offerId) + u"/refuse"_s,
                      {},
                      context,
                      typedReply<Offer>(std::move(callback), &Offer::fromJson));
}

void BuybackClient::fetchRule(QObject *context, Callback<Rule> callback)
{
    m_client.getJson(u"/buybacks/rule"_s, {}, context, typedReply<Rule>(std::move(callback), &Rule::fromJson));
}

void BuybackClient::setRule(std::optional<qint64> minAmount, QObject *context, Callback<Rule> callback)
{
    m_client.sendJson("PUT",
                      u"/buybacks/rule"_s,
                      QJsonObject{{u"minAmount"_s, minAmount ? QJsonValue(*minAmount) : QJsonValue()}},
                      context,
                      typedReply<Rule>(std::move(callback), &Rule::fromJson));
}

QString BuybackClient::statusText(const QString &status)
{
    if (status == u"open")
        return tr("Waiting for the buyer");
    if (status == u"accepted")
        return tr("Accepted");
    if (status == u"refused")
        return tr("Refused");
    if (status == u"expired")
        return tr("Expired");
    if (status == u"withdrawn")
        return tr("Withdrawn");
    return status;
}

QString BuybackClient::errorText(const ApiError &error)
{
    const QString reason = error.details.value(u"reason"_s).toString();
    if (reason == u"insufficient_funds")
        return tr("What you have earned and not been paid yet is less than this amount, so it cannot be offered.");
    switch (error.code) {
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
    case ErrorCode::Unavailable:
    case ErrorCode::RequestTimeout: return tr("The broker cannot be reached. Check the connection and try again.");
    case ErrorCode::Unauthorized: return tr("Your session has ended. Log in again.");
    case ErrorCode::NotFound: return tr("The broker does not know this lease or offer any more.");
    case ErrorCode::Conflict: return tr("This cannot be done now: %1").arg(error.message);
    case ErrorCode::NotImplemented: return tr("This broker does not handle buy-backs yet.");
    default: return error.message;
    }
}

} // namespace sc::client
