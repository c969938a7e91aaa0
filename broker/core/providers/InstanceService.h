#pragma once

#include "core/jobs/JobQueue.h"
#include "protocol/Expected.h"
#include "protocol/ProviderDto.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <limits>
#include <optional>

namespace sc::broker {

class Clock;
class Database;
class ProviderClient;
class ProviderRegistry;
class WatchService;
struct Principal;

// The instances that run buyers' leases on provider clouds, and the one place
// their state machine is enforced (docs/architecture.md, "Instances"):
//
//   pending ──> provisioning ──> running ──> stopping ──> terminated
//      │             │              │            │
//      ├──> failed <─┘              └──> lost <──┘ (and provisioning ──> lost)
//      └──> terminated (the lease ended before the cloud was asked)
//
// A trade opens a lease; for a provider with a connected cloud the same
// transaction stores the instance (pending, with a client token) and enqueues
// "instance.provision" plus the lease's end and its warnings. Provisioning
// retries reuse the client token, so a cloud never makes two instances.
class InstanceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceService)

public:
    enum class State { Pending, Provisioning, Running, Stopping, Terminated, Failed, Lost };
    static QString stateName(State state);
    static std::optional<State> stateFromName(QStringView name);
    static bool allowed(State from, State to);
    static bool isFinal(State state)
    {
        return state == State::Terminated || state == State::Failed || state == State::Lost;
    }

    struct Options
    {
        qint64 provisioningDeadlineMs = 15 * 60'000; // not running by then: failed
        QList<qint64> warningsBeforeEndMs{24 * 3'600'000LL, 3'600'000LL, 10 * 60'000LL};
        int provisionAttempts = 8;
    };

    InstanceService(Database &database, JobQueue &jobs, ProviderRegistry &registry, ProviderClient &client,
                    WatchService &notifications, const Clock &clock, Options options, QObject *parent = nullptr);
    ~InstanceService() override;

    // Inside the trade's transaction. Throws DatabaseError.
    void leaseOpened(qint64 leaseId);

    // Moves an instance to `to` if the state machine allows it, recording the
    // event and what it means for the lease (and telling the buyer). False
    // when the move is not allowed (nothing changes).
    bool transition(qint64 instanceId, State to, const QString &reason);

    // What a poll of a provider saw: `complete` when this is the full list
    // (then an instance the broker expects but the cloud no longer lists is
    // lost — unless the broker heard of it after it asked for the list at
    // `askedAtMs`: the list may predate its creation), otherwise only changes
    // since the last cursor.
    void observe(qint64 providerId, const QList<protocol::ProviderInstance> &seen, bool complete,
                 qint64 askedAtMs = std::numeric_limits<qint64>::max());

    QList<QJsonObject> instancesOf(const Principal &buyer, const QString &state);
    std::optional<QJsonObject> instance(const Principal &buyer, qint64 instanceId);
    // The buyer ends the lease now (billing stops); the cloud is told to stop.
    std::optional<protocol::ApiError> terminate(const Principal &buyer, qint64 instanceId);
    // Ends a pending or active lease now (billing stops) and stops its
    // instance at the cloud; `reason` is recorded with the instance's change.
    void endLeaseNow(qint64 leaseId, const QString &reason);
    // Moves a pending or active lease's end earlier to `endsAt` (a buy-back):
    // the end job and warnings follow, renewals stop, the cloud hears the new
    // end. False when the lease is not open or would not end earlier.
    bool shortenLease(qint64 leaseId, qint64 endsAt);
    // Adds `hours` to a lease at its locked price, as far as the seller's
    // renewable hours allow; the cloud is told the new end. Answers the
    // lease's renewal state.
    protocol::Expected<QJsonObject> renew(const Principal &buyer, qint64 leaseId, int hours);
    // At the lease's end, renew `hours` more (0: off) while renewals cost at
    // most `budget` cents in all.
    protocol::Expected<QJsonObject> setAutoRenew(const Principal &buyer, qint64 leaseId, int hours, qint64 budget);

    // (provider id, the cloud's instance id) once the cloud made it.
    std::optional<QPair<qint64, QString>> remoteOf(qint64 instanceId);
    // Instances the broker expects to be alive on this provider.
    qint64 liveCount(qint64 providerId);

    // Where a provider fetches a lease's appliance: a signed URL and the
    // image's SHA-256 (see ApplianceLinks), or nullopt when it has none.
    struct ApplianceLink
    {
        QString url;
        QString sha256;
    };
    using ApplianceLinkSource = std::function<std::optional<ApplianceLink>(qint64 applianceId, qint64 providerId)>;
    void setApplianceLinks(ApplianceLinkSource source) { m_applianceLinks = std::move(source); }

Q_SIGNALS:
    void instanceChanged(qint64 instanceId, qint64 organizationId, const QString &state);

private:
    void provision(const JobQueue::Job &job, JobQueue::Finish finish);
    void endLease(const JobQueue::Job &job, JobQueue::Finish finish);
    void warn(const JobQueue::Job &job, JobQueue::Finish finish);
    void checkDeadline(const JobQueue::Job &job, JobQueue::Finish finish);
    void stopAtProvider(qint64 instanceId, JobQueue::Finish finish);
    void extendAtProvider(const JobQueue::Job &job, JobQueue::Finish finish);
    std::optional<protocol::ApiError> extendLease(qint64 leaseId, int hours, bool automatic);
    QJsonObject renewalState(qint64 leaseId);
    bool tryAutoRenew(qint64 leaseId);
    void scheduleEnd(qint64 leaseId, qint64 endsAt);
    // Ends a resold lease for its successor and stops its instance; answers
    // the instance the successor's must wait for. Throws DatabaseError.
    std::optional<qint64> handOver(qint64 resoldLeaseId, qint64 newLeaseId);
    // Stops the instance of a lease that just ended (terminated at once when
    // the cloud never made it); answers the instance, if the lease has one.
    std::optional<qint64> stopInstanceOf(qint64 leaseId, const QString &reason);
    QJsonObject describe(qint64 instanceId);

    Database &m_database;
    JobQueue &m_jobs;
    ProviderRegistry &m_registry;
    ProviderClient &m_client;
    WatchService &m_notifications;
    const Clock &m_clock;
    Options m_options;
    ApplianceLinkSource m_applianceLinks;
};

} // namespace sc::broker
