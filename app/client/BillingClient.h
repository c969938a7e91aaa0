#pragma once

#include "client/BrokerClient.h"
#include "protocol/BillingDto.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <variant>

namespace sc::client {

// The buyer's money (/billing/...) and the seller's earnings (/seller/earnings,
// statements, payouts) with typed results, on top of BrokerClient. Cheap to
// make, like InstanceClient; callbacks follow BrokerClient's rules (dropped
// when their context is gone).
//
// The calls that move money (a top-up, an invoice on demand, a payout) carry
// an Idempotency-Key that the caller makes once per user action
// (BrokerClient::newIdempotencyKey()) and passes again when the person tries
// the same action again; BrokerClient resends it on a lost answer, and the
// broker answers a repeated key with what it did the first time.
class BillingClient
{
    Q_DECLARE_TR_FUNCTIONS(BillingClient)

public:
    template<typename T>
    using Callback = BrokerClient::Callback<T>;
    using Done = std::monostate;

    // How followTopUp() asks again: after initialDelay, doubling up to
    // maxDelay, at most maxPolls times.
    struct FollowPolicy
    {
        std::chrono::milliseconds initialDelay{300};
        std::chrono::milliseconds maxDelay{3'000};
        int maxPolls = 25;
        // The buyer has just sent the code: requires_action is the state from
        // before the gateway heard it, so wait on past it too.
        bool actionAnswered = false;
    };

    explicit BillingClient(BrokerClient &client);

    // Buyers.
    void fetchBalance(QObject *context, Callback<protocol::BillingBalance> callback);
    // Newest first; before: the page's nextBefore, none for the first page.
    void fetchTransactions(std::optional<qint64> before, int limit, QObject *context,
                           Callback<protocol::BillingTransactionPage> callback);
    // Usage per UTC day over the last `days` days, oldest first.
    void fetchSpend(int days, QObject *context, Callback<protocol::SpendSeries> callback);
    // Replaces the buyer's low-balance thresholds (minor units; empty: no warnings).
    void setLowBalanceThresholds(const QString &currency, const QList<qint64> &thresholds, QObject *context,
                                 Callback<Done> callback);

    void fetchTopUps(QObject *context, Callback<QList<protocol::TopUp>> callback);
    // 201 pending, requires_action or already declined; 422 validation_failed
    // below the minimum or for a card number the gateway refuses.
    void startTopUp(const protocol::TopUpRequest &request, const QByteArray &idempotencyKey, QObject *context,
                    Callback<protocol::TopUp> callback);
    void fetchTopUp(qint64 id, QObject *context, Callback<protocol::TopUp> callback);
    // The answer to requires_action (the code the card's bank asked for).
    void confirmTopUp(qint64 id, const QString &code, QObject *context, Callback<protocol::TopUp> callback);
    // Asks for the top-up until it needs nobody's patience any more
    // (isSettled(): succeeded, declined, failed, or requires_action, which
    // waits for the buyer), with back-off; calls back once, with that
    // top-up, or with the last one seen (still pending) when the polls ran
    // out, or with the error that stopped it. context must not be null.
    void followTopUp(qint64 id, QObject *context, Callback<protocol::TopUp> callback, FollowPolicy policy);
    void followTopUp(qint64 id, QObject *context, Callback<protocol::TopUp> callback);

    void fetchInvoices(QObject *context, Callback<QList<protocol::Invoice>> callback);
    // An invoice now for what was not invoiced yet; 422 reason nothing_to_invoice.
    void createInvoice(const QByteArray &idempotencyKey, QObject *context, Callback<protocol::Invoice> callback);
    void fetchInvoice(qint64 id, QObject *context, Callback<protocol::Invoice> callback);
    void fetchInvoicePdf(qint64 id, QObject *context, Callback<QByteArray> callback);
    // The usage lines from `from` up to (not including) `to` as CSV.
    void fetchUsageCsv(const QDateTime &from, const QDateTime &to, QObject *context, Callback<QByteArray> callback);

    // Sellers.
    void fetchEarnings(QObject *context, Callback<protocol::SellerEarnings> callback);
    void fetchStatements(QObject *context, Callback<QList<protocol::SellerStatement>> callback);
    void fetchStatement(qint64 id, QObject *context, Callback<protocol::SellerStatement> callback);
    void fetchStatementPdf(qint64 id, QObject *context, Callback<QByteArray> callback);
    void fetchPayouts(QObject *context, Callback<QList<protocol::Payout>> callback);
    // Pays out what is payable; 422 reason below_minimum_payout.
    void requestPayout(const QByteArray &idempotencyKey, QObject *context, Callback<protocol::Payout> callback);

    // No more change to wait for: succeeded, declined, failed or requires_action.
    static bool isSettled(const protocol::TopUp &topUp);
    // The gateway's decline reason (card_declined, insufficient_funds,
    // expired_card, authentication_failed, card_not_supported, ...) in words.
    static QString declineText(const QString &reason);
    // The billing routes' refusals as sentences.
    static QString errorText(const protocol::ApiError &error);

    // Parsers of the list answers, public for tests.
    static protocol::Expected<QList<protocol::TopUp>> parseTopUps(const QJsonObject &json);
    static protocol::Expected<QList<protocol::Invoice>> parseInvoices(const QJsonObject &json);
    static protocol::Expected<QList<protocol::SellerStatement>> parseStatements(const QJsonObject &json);
    static protocol::Expected<QList<protocol::Payout>> parsePayouts(const QJsonObject &json);

private:
    BrokerClient &m_client;
};

} // namespace sc::client
