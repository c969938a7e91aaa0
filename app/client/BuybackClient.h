#pragma once

#include "client/BrokerClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace sc::client {

// Buy-backs (/seller/buybacks, /buybacks): a seller offers the buyer of a
// running lease an amount to end it after a notice; the buyer accepts or
// refuses, or keeps a standing rule that accepts any offer of at least an
// amount. Cheap to make, like BillingClient; callbacks follow BrokerClient's
// rules. offer() and accept() move money: they carry an Idempotency-Key made
// once per user action (BrokerClient::newIdempotencyKey()).
class BuybackClient
{
    Q_DECLARE_TR_FUNCTIONS(BuybackClient)

public:
    template<typename T>
    using Callback = BrokerClient::Callback<T>;
    using Done = std::monostate;

    struct Offer
    {
        qint64 id = 0;
        qint64 leaseId = 0;
        qint64 amount = 0; // minor units
        QString currency;
        int noticeHours = 1;
        QString status; // open, accepted, refused, expired, withdrawn
        QDateTime expiresAt;
        QDateTime leaseEndsAt;
        QDateTime createdAt;
        QDateTime decidedAt; // invalid while open
        QString instanceType;
        QString region;
        QString providerPseudonym; // buyers only
        double providerRating = 0;

        bool isOpen() const { return status == u"open"; }
        static protocol::Expected<Offer> fromJson(const QJsonObject &json);
    };

    // The buyer's standing rule; no minAmount: off.
    struct Rule
    {
        std::optional<qint64> minAmount;
        QString currency;
        static protocol::Expected<Rule> fromJson(const QJsonObject &json);
    };

    explicit BuybackClient(BrokerClient &client);

    // Sellers.
    void fetchSellerOffers(QObject *context, Callback<QList<Offer>> callback);
    void offer(qint64 leaseId, qint64 amount, int noticeHours, const QByteArray &idempotencyKey, QObject *context,
               Callback<Offer> callback);
    void withdraw(qint64 offerId, QObject *context, Callback<Done> callback);

    // Buyers.
    void fetchBuyerOffers(QObject *context, Callback<QList<Offer>> callback);
    void accept(qint64 offerId, const QByteArray &idempotencyKey, QObject *context, Callback<Offer> callback);
    void refuse(qint64 offerId, QObject *context, Callback<Offer> callback);
    void fetchRule(QObject *context, Callback<Rule> callback);
    void setRule(std::optional<qint64> minAmount, QObject *context, Callback<Rule> callback);

    // "open", "accepted", ... in words.
    static QString statusText(const QString &status);
    // The buy-back routes' refusals as sentences.
    static QString errorText(const protocol::ApiError &error);
    static protocol::Expected<QList<Offer>> parseOffers(const QJsonObject &json);

private:
    BrokerClient &m_client;
};

} // namespace sc::client
