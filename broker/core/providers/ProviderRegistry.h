#pragma once

#include "core/providers/CapacityHistory.h"
#include "core/providers/ProviderClient.h"
#include "protocol/Expected.h"
#include "protocol/ProviderDto.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace sc::broker {

class CatalogRepository;
class Clock;
class Database;
class SecretBox;
struct Principal;

// The provider clouds sellers connect. Connecting one calls it (health and
// capacity) before anything is stored; its regions are mapped to the nearest
// catalog region in the same country, its hardware profiles to the largest
// catalog instance type they can hold. The bearer credential is sealed with
// the broker's key (bound to the provider's id) and never shown again.
class ProviderRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRegistry)

public:
    struct Options
    {
        // Plain http endpoints only on loopback unless allowed (tests, the
        // simulator); real clouds are https.
        bool allowPlainHttp = false;
    };

    ProviderRegistry(Database &database, CatalogRepository &catalog, const SecretBox &secrets, ProviderClient &client,
                     const Clock &clock, Options options, QObject *parent = nullptr);
    ~ProviderRegistry() override;

    using Done = std::function<void(protocol::Expected<QJsonObject>)>;
    // A provider without an endpoint is sold by hand (no provisioning).
    protocol::Expected<QJsonObject> createManual(const Principal &seller, const QString &name);
    // Verifies the cloud, then stores the provider, its regions and profiles.
    void connectCloud(const Principal &seller, const QString &name, const QString &endpoint,
                      const QByteArray &credential, Done done);
    // Points an existing provider at a cloud, with the checks and the
    // verification of connectCloud: one sold by hand becomes connected, a
    // connected one whose cloud moved gets the new endpoint and credential
    // (the demo's in-process clouds listen on a new port each start).
    void reconnectCloud(qint64 providerId, const QString &endpoint, const QByteArray &credential, Done done);
    // Calls a connected cloud again and imports its capacity afresh.
    void refresh(const Principal &seller, qint64 providerId, Done done);

    QJsonObject describe(qint64 providerId);
    QList<QJsonObject> providersOf(qint64 organizationId);

    bool owns(qint64 organizationId, qint64 providerId);
    // The cloud's slots as last reported (used, free, the used share) and
    // the instances of leases sold here that occupy some of them.
    QJsonObject utilizationOf(qint64 providerId);
    // Pending and active leases on the organization's providers, soonest
    // end first, without anything that identifies the buyer.
    static constexpr int kMaxSellerLeases = 1000;
    QList<QJsonObject> activeLeasesOf(qint64 organizationId);

    std::optional<ProviderClient::Endpoint> endpointOf(qint64 providerId);
    // Stores what a cloud offers now (from onboarding or a poll); returns it
    // summed up for the capacity history.
    CapacityHistory::Sample importCapacity(qint64 providerId, const protocol::ProviderCapacity &capacity);
    // The provider's own (region, profile) codes for a catalog instance type
    // in a catalog region, with a free slot preferred.
    std::optional<QPair<QString, QString>> placementFor(qint64 providerId, const QString &instanceType,
                                                        const QString &region);

    static QString newPseudonym(Database &database);

Q_SIGNALS:
    // A cloud was connected (the poller starts watching it).
    void cloudConnected(qint64 providerId);

private:
    std::optional<protocol::ApiError> checkEndpoint(const QString &endpoint, QUrl &url) const;
    QString mapRegion(const protocol::ProviderRegion &region);
    QString mapProfile(const protocol::ProviderProfile &profile);
    void verify(
        const ProviderClient::Endpoint &endpoint,
        std::function<void(protocol::Expected<QPair<protocol::ProviderHealth, protocol::ProviderCapacity>>)> done);

    Database &m_database;
    CatalogRepository &m_catalog;
    const SecretBox &m_secrets;
    ProviderClient &m_client;
    const Clock &m_clock;
    Options m_options;
};

} // namespace sc::broker
