#pragma once

#include "client/BrokerClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace sc::client {

// A seller's providers and the clouds behind them (/seller/providers...)
// with typed results, on top of BrokerClient. Cheap to make, like
// MarketClient; callbacks follow BrokerClient's rules. Named apart from the
// broker's ProviderClient, which is the broker's side of the provider API.
class SellerCloudClient
{
    Q_DECLARE_TR_FUNCTIONS(SellerCloudClient)

public:
    template<typename T>
    using Callback = BrokerClient::Callback<T>;

    // What the broker accepts.
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxEndpointLength = 500;
    static constexpr int kMinCredentialLength = 16;
    static constexpr int kMaxCredentialLength = 512;

    // How the broker's poller sees a connected cloud.
    struct Health
    {
        QString state; // unknown, up, down
        QDateTime lastPollAt;
        QDateTime lastSuccessAt;
        std::optional<qint64> stalenessSeconds; // how long ago it last answered, when it ever did
        qint64 consecutiveFailures = 0;
        QDateTime nextPollAt;
        QString lastError;
    };

    struct Region
    {
        QString code; // the cloud's own code
        QString countryCode;
        QString city;
        QString catalogRegion; // empty: not mapped to the catalog
    };

    // A hardware profile of one region and its slots.
    struct Profile
    {
        QString regionCode;
        QString profileId;
        QString name;
        int vcpus = 0;
        qint64 memoryMiB = 0;
        qint64 diskGiB = 0;
        int gpus = 0;
        QString instanceType; // empty: no catalog type fits
        qint64 totalSlots = 0;
        qint64 usedSlots = 0;
        qint64 freeSlots = 0;

        QJsonObject toJson() const;
    };

    // One of the seller's providers; only its owner ever sees the name.
    // The cloud's fields are set only when `connected`.
    struct Provider
    {
        qint64 id = 0;
        QString name;
        QString pseudonym;
        double rating = 0;
        QString status;
        QDateTime createdAt;
        bool connected = false;
        QString endpoint;
        QString software;
        QDateTime verifiedAt;
        Health health;
        QList<Region> regions;
        QList<Profile> profiles;

        QJsonObject toJson() const;
        static protocol::Expected<Provider> fromJson(const QJsonObject &json);
    };

    explicit SellerCloudClient(BrokerClient &client);

    void fetchProviders(QObject *context, Callback<QList<Provider>> callback);
    // A provider whose capacity the seller lists by hand.
    void createManualProvider(const QString &name, QObject *context, Callback<Provider> callback);
    // Connects a cloud: the broker calls it before storing anything. 422 with
    // details.reason credential_refused, cloud_unreachable, cloud_unhealthy
    // or no_capacity (and details.field); 400 validation_failed for an
    // endpoint it does not accept.
    void connectCloud(const QString &name, const QUrl &endpoint, const QString &credential, QObject *context,
                      Callback<Provider> callback);
    // Verifies the cloud again and imports its capacity again.
    void refreshProvider(qint64 providerId, QObject *context, Callback<Provider> callback);

    // Parsers, public for tests.
    static protocol::Expected<QList<Provider>> parseProviders(const QJsonObject &json);

private:
    BrokerClient &m_client;
};

} // namespace sc::client
