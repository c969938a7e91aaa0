#pragma once

#include "client/BrokerClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
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

    // What a provider's rating is made of (GET /seller/providers,
    // ratingBreakdown). A component without evidence yet is NaN: the rating
    // counts it as `prior`.
    struct RatingBreakdown
    {
        double uptime1d = 0;
        double uptime7d = 0;
        double uptime30d = 0;
        double provisioningSuccess = 0;
        double medianSecondsToRunning = 0;
        double stateFidelity = 0;
        double reviewStars = 0;
        qint64 reviews = 0;
        qint64 instances = 0;
        double evidence = 0;
        double score = 0;
        double rating = 0;
        int formulaVersion = 0;
        // component ("uptime30d", "provisioningSuccess", "stateFidelity", "reviews") -> weight
        QList<QPair<QString, double>> weights;
        double prior = 0.6;
        double priorWeight = 10;
        QDateTime ratedAt;

        // Few observations: the rating still leans on the neutral prior.
        bool isNew() const { return evidence < priorWeight; }
        double weight(QStringView component) const;
        static protocol::Expected<RatingBreakdown> fromJson(const QJsonObject &json);
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
        std::optional<RatingBreakdown> ratingBreakdown; // none until the broker first rated it
        QJsonObject ratingBreakdownJson;                // as the broker sent it (toJson)

        QJsonObject toJson() const;
        static protocol::Expected<Provider> fromJson(const QJsonObject &json);
    };

    // A cloud's slots in one bucket of time (5 minutes, or an hour of means).
    struct CapacityPoint
    {
        QDateTime at;
        int bucketSeconds = 0;
        qint64 totalSlots = 0;
        qint64 usedSlots = 0;
        qint64 freeSlots = 0;
        qint64 peakUsedSlots = 0;
    };

    // Capacity utilization: slots, not CPU. Shares are NaN without slots.
    struct CapacityUtilization
    {
        QDateTime at; // when the cloud last reported its capacity
        qint64 totalSlots = 0;
        qint64 usedSlots = 0;
        qint64 freeSlots = 0;
        double usedShare = 0;
        double averageUsedShare = 0;
        qint64 marketInstances = 0; // instances of leases sold here
    };

    struct CapacityHistory
    {
        qint64 providerId = 0;
        QDateTime from;
        QDateTime to;
        QList<CapacityPoint> points; // oldest first
        CapacityUtilization utilization;

        static protocol::Expected<CapacityHistory> fromJson(const QJsonObject &json);
    };

    // A pending or active lease on one of the seller's providers. The market
    // is opaque: nothing about the buyer.
    struct SellerLease
    {
        qint64 id = 0;
        qint64 providerId = 0;
        QString providerName;
        QString pseudonym;
        QString instanceType;
        QString region;
        QDateTime startsAt;
        QDateTime endsAt;
        qint64 pricePerHour = 0; // minor units
        QString currency;
        QString status;        // pending, active
        QString instanceState; // empty: no instance (a provider sold by hand)
        QDateTime runningSince;
        qint64 renewableHours = 0;
        qint64 renewedHours = 0;

        QJsonObject toJson() const;
        static protocol::Expected<SellerLease> fromJson(const QJsonObject &json);
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

    // The cloud's slots over [from, to] (invalid: the broker's default, the
    // last 48 hours) and its capacity utilization.
    void fetchCapacityHistory(qint64 providerId, const QDateTime &from, const QDateTime &to, QObject *context,
                              Callback<CapacityHistory> callback);
    // The pending and active leases on the seller's providers.
    void fetchLeases(QObject *context, Callback<QList<SellerLease>> callback);

    // Parsers, public for tests.
    static protocol::Expected<QList<SellerLease>> parseLeases(const QJsonObject &json);
    static protocol::Expected<QList<Provider>> parseProviders(const QJsonObject &json);

private:
    BrokerClient &m_client;
};

} // namespace sc::client
