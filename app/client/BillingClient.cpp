#include "client/BillingClient.h"

#include "client/TypedReply.h"
#include "protocol/ApiVersion.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

BrokerClient::Headers keyed(const QByteArray &idempotencyKey)
{
    return {{"Idempotency-Key", idempotencyKey}};
}

void pollTopUp(BrokerClient &client, qint64 id, QPointer<QObject> context, BrokerClient::Callback<protocol::TopUp> done,
               BillingClient::FollowPolicy policy, int polls, std::chrono::milliseconds delay)
{
    if (!context)
        return;
    QTimer::singleShot(delay, context.data(), [&client, id, context, done = std::move(done), policy, polls, delay] {
        BillingClient(client).fetchTopUp(
            id, context, [&client, id, context, done, policy, polls, delay](const Expected<protocol::TopUp> &topUp) {
                const bool settled = topUp && BillingClient::isSettled(*topUp)
                                     && !(policy.actionAnswered && topUp->status == u"requires_action");
                if (!topUp || settled || polls + 1 >= policy.maxPolls) {
                    done(topUp);
                    return;
                }
                pollTopUp(client, id, context, done, policy, polls + 1, std::min(delay * 2, policy.maxDelay));
            });
    });
}

} // namespace

BillingClient::BillingClient(BrokerClient &client)
    : m_client(client)
{
}

Expected<QList<protocol::TopUp>> BillingClient::parseTopUps(const QJsonObject &json)
{
    return parseObjectList<protocol::TopUp>(json, u"topUps");
}

Expected<QList<protocol::Invoice>> BillingClient::parseInvoices(const QJsonObject &json)
{
    return parseObjectList<protocol::Invoice>(json, u"invoices");
}

Expected<QList<protocol::SellerStatement>> BillingClient::parseStatements(const QJsonObject &json)
{
    return parseObjectList<protocol::SellerStatement>(json, u"statements");
}

Expected<QList<protocol::Payout>> BillingClient::parsePayouts(const QJsonObject &json)
{
    return parseObjectList<protocol::Payout>(json, u"payouts");
}

bool BillingClient::isSettled(const protocol::TopUp &topUp)
{
    return topUp.status == u"succeeded" || topUp.status == u"declined" || topUp.status == u"failed"
           || topUp.status == u"requires_action";
}

QString BillingClient::declineText(const QString &reason)
{
    if (reason == u"card_declined")
        return tr("The card's bank declined the payment. Try another card, or ask the bank why.");
    if (reason == u"insufficient_funds")
        return tr("The card does not have enough funds for this amount. Try a smaller amount or another card.");
    if (reason == u"expired_card")
        return tr("The card has expired. Use a card that is still valid.");
    if (reason == u"authentication_failed")
        return tr("The code did not match what the card's bank sent, so the payment was stopped. Start again to "
                  "get a new code.");
    if (reason == u"card_not_supported")
        return tr("This card cannot be used here. Try a card of another kind or from another bank.");
    if (reason.isEmpty())
        return tr("The payment did not go through.");
    return tr("The payment did not go through (%1).").arg(reason);
}

QString BillingClient::errorText(const ApiError &error)
{
    const QString reason = error.details.value(u"reason"_s).toString();
    if (reason == u"nothing_to_invoice")
        return tr("There is nothing to invoice yet: all your usage and payments are on earlier invoices.");
    if (reason == u"below_minimum_payout")
        return tr("What you have earned is below the minimum payout. It is paid out with a later statement.");
    switch (error.code) {
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
    case ErrorCode::Unavailable:
    case ErrorCode::RequestTimeout: return tr("The broker cannot be reached. Check the connection and try again.");
    case ErrorCode::Unauthorized: return tr("Your session has ended. Log in again.");
    case ErrorCode::Forbidden: return tr("This account may not do this: %1").arg(error.message);
    case ErrorCode::NotFound: return tr("The broker does not know this document.");
    case ErrorCode::NotImplemented: return tr("This broker does not handle billing yet.");
    default: return error.message;
    }
}

void BillingClient::fetchBalance(QObject *context, Callback<protocol::BillingBalance> callback)
{
    m_client.getJson(u"/billing/balance"_s,
                     {},
                     context,
                     typedReply<protocol::BillingBalance>(std::move(callback), &protocol::BillingBalance::fromJson));
}

void BillingClient::fetchTransactions(std::optional<qint64> before, int limit, QObject *context,
                                      Callback<protocol::BillingTransactionPage> callback)
{
    QUrlQuery query;
    if (before)
        query.addQueryItem(u"before"_s, QString::number(*before));
    if (limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(limit));
    m_client.getJson(
        u"/billing/transactions"_s,
        query,
        context,
        typedReply<protocol::BillingTransactionPage>(std::move(callback), &protocol::BillingTransactionPage::fromJson));
}

void BillingClient::fetchSpend(int days, QObject *context, Callback<protocol::SpendSeries> callback)
{
    QUrlQuery query;
    query.addQueryItem(u"days"_s, QString::number(days));
    m_client.getJson(u"/billing/spend"_s,
                     query,
                     context,
                     typedReply<protocol::SpendSeries>(std::move(callback), &protocol::SpendSeries::fromJson));
}

void BillingClient::setLowBalanceThresholds(const QString &currency, const QList<qint64> &thresholds, QObject *context,
                                            Callback<Done> callback)
{
    QJsonArray array;
    for (qint64 threshold : thresholds)
        array.append(threshold);
    m_client.sendJson("PUT",
                      u"/billing/low-balance-thresholds"_s,
                      QJsonObject{{u"currency"_s, currency}, {u"thresholds"_s, array}},
                      context,
                      doneReply(std::move(callback)));
}

void BillingClient::fetchTopUps(QObject *context, Callback<QList<protocol::TopUp>> callback)
{
    m_client.getJson(
        u"/billing/topups"_s, {}, context, typedReply<QList<protocol::TopUp>>(std::move(callback), &parseTopUps));
}

void BillingClient::startTopUp(const protocol::TopUpRequest &request, const QByteArray &idempotencyKey,
                               QObject *context, Callback<protocol::TopUp> callback)
{
    m_client.sendJson("POST",
                      u"/billing/topups"_s,
                      request.toJson(),
                      keyed(idempotencyKey),
                      context,
                      typedReply<protocol::TopUp>(std::move(callback), &protocol::TopUp::fromJson));
}

void BillingClient::fetchTopUp(qint64 id, QObject *context, Callback<protocol::TopUp> callback)
{
    m_client.getJson(u"/billing/topups/%1"_s.arg(id),
                     {},
                     context,
                     typedReply<protocol::TopUp>(std::move(callback), &protocol::TopUp::fromJson));
}

void BillingClient::confirmTopUp(qint64 id, const QString &code, QObject *context, Callback<protocol::TopUp> callback)
{
    m_client.sendJson("POST",
                      u"/billing/topups/%1/confirm"_s.arg(id),
                      QJsonObject{{u"code"_s, code}},
                      context,
                      typedReply<protocol::TopUp>(std::move(callback), &protocol::TopUp::fromJson));
}

void BillingClient::followTopUp(qint64 id, QObject *context, Callback<protocol::TopUp> callback, FollowPolicy policy)
{
    Q_ASSERT(context);
    pollTopUp(m_client, id, context, std::move(callback), policy, 0, policy.initialDelay);
}

void BillingClient::followTopUp(qint64 id, QObject *context, Callback<protocol::TopUp> callback)
{
    followTopUp(id, context, std::move(callback), FollowPolicy{});
}

void BillingClient::fetchInvoices(QObject *context, Callback<QList<protocol::Invoice>> callback)
{
    m_client.getJson(
        u"/billing/invoices"_s, {}, context, typedReply<QList<protocol::Invoice>>(std::move(callback), &parseInvoices));
}

void BillingClient::createInvoice(const QByteArray &idempotencyKey, QObject *context,
                                  Callback<protocol::Invoice> callback)
{
    m_client.sendJson("POST",
                      u"/billing/invoices"_s,
                      QJsonObject{},
                      keyed(idempotencyKey),
                      context,
                      typedReply<protocol::Invoice>(std::move(callback), &protocol::Invoice::fromJson));
}

void BillingClient::fetchInvoice(qint64 id, QObject *context, Callback<protocol::Invoice> callback)
{
    m_client.getJson(u"/billing/invoices/%1"_s.arg(id),
                     {},
                     context,
                     typedReply<protocol::Invoice>(std::move(callback), &protocol::Invoice::fromJson));
}

void BillingClient::fetchInvoicePdf(qint64 id, QObject *context, Callback<QByteArray> callback)
{
    m_client.getBytes(u"/billing/invoices/%1/pdf"_s.arg(id), {}, context, std::move(callback));
}

void BillingClient::fetchUsageCsv(const QDateTime &from, const QDateTime &to, QObject *context,
                                  Callback<QByteArray> callback)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, protocol::isoTime(from));
    query.addQueryItem(u"to"_s, protocol::isoTime(to));
    m_client.getBytes(u"/billing/usage.csv"_s, query, context, std::move(callback));
}

void BillingClient::fetchEarnings(QObject *context, Callback<protocol::SellerEarnings> callback)
{
    m_client.getJson(u"/seller/earnings"_s,
                     {},
                     context,
                     typedReply<protocol::SellerEarnings>(std::move(callback), &protocol::SellerEarnings::fromJson));
}

void BillingClient::fetchStatements(QObject *context, Callback<QList<protocol::SellerStatement>> callback)
{
    m_client.getJson(u"/seller/statements"_s,
                     {},
                     context,
                     typedReply<QList<protocol::SellerStatement>>(std::move(callback), &parseStatements));
}

void BillingClient::fetchStatement(qint64 id, QObject *context, Callback<protocol::SellerStatement> callback)
{
    m_client.getJson(u"/seller/statements/%1"_s.arg(id),
                     {},
                     context,
                     typedReply<protocol::SellerStatement>(std::move(callback), &protocol::SellerStatement::fromJson));
}

void BillingClient::fetchStatementPdf(qint64 id, QObject *context, Callback<QByteArray> callback)
{
    m_client.getBytes(u"/seller/statements/%1/pdf"_s.arg(id), {}, context, std::move(callback));
}

void BillingClient::fetchPayouts(QObject *context, Callback<QList<protocol::Payout>> callback)
{
    m_client.getJson(
        u"/seller/payouts"_s, {}, context, typedReply<QList<protocol::Payout>>(std::move(callback), &parsePayouts));
}

void BillingClient::requestPayout(const QByteArray &idempotencyKey, QObject *context,
                                  Callback<protocol::Payout> callback)
{
    m_client.sendJson("POST",
                      u"/seller/payouts"_s,
                      QJsonObject{},
                      keyed(idempotencyKey),
                      context,
                      typedReply<protocol::Payout>(std::move(callback), &protocol::Payout::fromJson));
}

} // namespace sc::client
