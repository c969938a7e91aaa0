#include "core/providers/InstanceService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/auth/Principal.h"
#include "core/auth/Secrets.h"
#include "core/market/WatchService.h"
#include "core/providers/ProviderClient.h"
#include "core/providers/ProviderRegistry.h"
#include "core/store/Database.h"

#include <QPointer>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

const QString kProvision = u"instance.provision"_s;
const QString kDeadline = u"instance.deadline"_s;
const QString kLeaseEnd = u"lease.end"_s;
const QString kLeaseWarning = u"lease.warning"_s;
const QString kStop = u"instance.stop"_s;
const QString kExtend = u"instance.extend"_s;
const QString kAutoRenew = u"lease.autorenew"_s;
constexpr qint64 kAutoRenewAheadMs = 15 * 60'000;
constexpr qint64 kHandOverPollMs = 2'000; // a resale's new instance checks this often whether the slot is free
constexpr qint64 kHourMs = 3'600'000;
constexpr int kMaxRenewHours = 24 * 366;

QJsonValue timeOrNull(const QVariant &ms)
{
    return ms.isNull()
               ? QJsonValue(QJsonValue::Null)
               : QJsonValue(QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs));
}

QString inWords(qint64 ms)
{
    if (ms >= 2 * 3'600'000)
        return u"%1 hours"_s.arg(ms / 3'600'000);
    if (ms >= 3'600'000)
        return u"1 hour"_s;
    return u"%1 minutes"_s.arg(std::max<qint64>(1, ms / 60'000));
}

} // namespace

QString InstanceService::stateName(State state)
{
    switch (state) {
    case State::Pending: return u"pending"_s;
    case State::Provisioning: return u"provisioning"_s;
    case State::Running: return u"running"_s;
    case State::Stopping: return u"stopping"_s;
    case State::Terminated: return u"terminated"_s;
    case State::Failed: return u"failed"_s;
    case State::Lost: return u"lost"_s;
    }
    return {};
}

std::optional<InstanceService::State> InstanceService::stateFromName(QStringView name)
{
    for (State state : {State::Pending,
                        State::Provisioning,
                        State::Running,
                        State::Stopping,
                        State::Terminated,
                        State::Failed,
                        State::Lost}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

bool InstanceService::allowed(State from, State to)
{
    switch (from) {
    case State::Pending:
        return to == State::Provisioning || to == State::Running || to == State::Failed || to == State::Terminated;
    case State::Provisioning:
        return to == State::Running || to == State::Failed || to == State::Stopping || to == State::Lost
               || to == State::Terminated;
    case State::Running: return to == State::Stopping || to == State::Lost;
    case State::Stopping: return to == State::Terminated || to == State::Lost;
    case State::Terminated:
    case State::Failed:
    case State::Lost: return false;
    }
    return false;
}

InstanceService::InstanceService(Database &database, JobQueue &jobs, ProviderRegistry &registry, ProviderClient &client,
                                 WatchService &notifications, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_jobs(jobs)
    , m_registry(registry)
    , m_client(client)
    , m_notifications(notifications)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_jobs.handle(kProvision, [this](const JobQueue::Job &job, JobQueue::Finish finish) { provision(job, finish); });
    m_jobs.handle(kDeadline, [this](const JobQueue::Job &job, JobQueue::Finish finish) { checkDeadline(job, finish); });
    m_jobs.handle(kLeaseEnd, [this](const JobQueue::Job &job, JobQueue::Finish finish) { endLease(job, finish); });
    m_jobs.handle(kLeaseWarning, [this](const JobQueue::Job &job, JobQueue::Finish finish) { warn(job, finish); });
    m_jobs.handle(kExtend,
                  [this](const JobQueue::Job &job, JobQueue::Finish finish) { extendAtProvider(job, finish); });
    m_jobs.handle(kAutoRenew, [this](const JobQueue::Job &job, JobQueue::Finish finish) {
        const qint64 leaseId = job.payload.value(u"leaseId"_s).toInteger();
        DbQuery lease = m_database.exec(u"SELECT ends_at FROM leases WHERE id = ?"_s, {leaseId});
        // Only for the end it was scheduled for (a renewal schedules its own).
        if (lease.next() && lease.value(0).toLongLong() == job.payload.value(u"endsAt"_s).toInteger())
            tryAutoRenew(leaseId);
        finish(JobQueue::Result::done());
    });
    m_jobs.handle(kStop, [this](const JobQueue::Job &job, JobQueue::Finish finish) {
        stopAtProvider(job.payload.value(u"instanceId"_s).toInteger(), finish);
    });
}

InstanceService::~InstanceService() = default;

void InstanceService::leaseOpened(qint64 leaseId)
{
    DbQuery lease = m_database.exec(
        u"SELECT l.provider_id, l.ends_at, p.endpoint IS NOT NULL, l.resold_from_lease_id FROM leases l "
        "JOIN providers p ON p.id = l.provider_id WHERE l.id = ?"_s,
        {leaseId});
    if (!lease.next())
        return;
    const qint64 providerId = lease.value(0).toLongLong();
    const qint64 endsAt = lease.value(1).toLongLong();
    const bool connected = lease.value(2).toBool();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // A resale: the reseller's lease ends now and its instance stops; the
    // bidder's instance is made in that slot once the old one is gone.
    std::optional<qint64> predecessor;
    if (!lease.value(3).isNull())
        predecessor = handOver(lease.value(3).toLongLong(), leaseId);
    if (connected) {
        // The client token travels with every create: a retry names the same instance.
        const QString token = u"sc-"_s + QString::fromLatin1(Secrets::randomBytes(12).toHex());
        const qint64 instanceId =
            m_database
                .exec(u"INSERT INTO instances (lease_id, provider_id, client_token, state, created_at, updated_at) "
                      "VALUES (?, ?, ?, 'pending', ?, ?)"_s,
                      {leaseId, providerId, token, now, now})
                .lastInsertId()
                .toLongLong();
        QJsonObject payload{{u"instanceId"_s, instanceId}};
        if (predecessor)
            payload.insert(u"afterInstanceId"_s, *predecessor);
        m_jobs.enqueue({kProvision, payload, now, m_options.provisionAttempts});
        m_jobs.enqueue({kDeadline, payload, now + m_options.provisioningDeadlineMs, 8});
    }
    scheduleEnd(leaseId, endsAt);
}

std::optional<qint64> InstanceService::handOver(qint64 resoldLeaseId, qint64 newLeaseId)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // Billing stops now for the reseller: the lease ends here.
    const int ended = m_database
                          .exec(u"UPDATE leases SET ends_at = MAX(starts_at + 1, MIN(ends_at, ?)), status = 'ended', "
                                "resold_to_lease_id = ? WHERE id = ? AND status = 'active'"_s,
                                {now, newLeaseId, resoldLeaseId})
                          .numRowsAffected();
    if (ended == 0)
        throw DatabaseError(u"the resold lease %1 no longer runs"_s.arg(resoldLeaseId));
    DbQuery lease = m_database.exec(u"SELECT user_id FROM leases WHERE id = ?"_s, {resoldLeaseId});
    if (lease.next())
        m_notifications.notifyAboutLease(lease.value(0).toLongLong(),
                                         u"lease_resold"_s,
                                         resoldLeaseId,
                                         u"Lease %1 was sold on for the rest of its time; its instance is being "
                                         "stopped and billing to you stopped now."_s.arg(resoldLeaseId));
    return stopInstanceOf(resoldLeaseId, u"the lease was sold on"_s);
}

std::optional<qint64> InstanceService::stopInstanceOf(qint64 leaseId, const QString &reason)
{
    DbQuery instance = m_database.exec(u"SELECT id, state FROM instances WHERE lease_id = ?"_s, {leaseId});
    if (!instance.next())
        return std::nullopt;
    const qint64 instanceId = instance.value(0).toLongLong();
    const auto state = stateFromName(instance.value(1).toString());
    if (state == State::Pending) {
        transition(instanceId, State::Terminated, reason + u" before it was made"_s);
    } else if (state && !isFinal(*state) && state != State::Stopping) {
        transition(instanceId, State::Stopping, reason);
        m_jobs.enqueue({kStop, QJsonObject{{u"instanceId"_s, instanceId}}, m_clock.now().toMSecsSinceEpoch(), 12});
    }
    return instanceId;
}

void InstanceService::scheduleEnd(qint64 leaseId, qint64 endsAt)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    m_jobs.enqueue({kLeaseEnd, QJsonObject{{u"leaseId"_s, leaseId}, {u"endsAt"_s, endsAt}}, endsAt, 12});
    // Auto-renew acts a while before the end, so the cloud hears of the new
    // end before it would stop the instance itself.
    m_jobs.enqueue({kAutoRenew,
                    QJsonObject{{u"leaseId"_s, leaseId}, {u"endsAt"_s, endsAt}},
                    std::max(now, endsAt - kAutoRenewAheadMs),
                    3});
    for (qint64 before : m_options.warningsBeforeEndMs) {
        if (endsAt - before > now)
            m_jobs.enqueue({kLeaseWarning,
                            QJsonObject{{u"leaseId"_s, leaseId}, {u"endsAt"_s, endsAt}, {u"beforeMs"_s, before}},
                            endsAt - before,
                            3});
    }
}

bool InstanceService::tryAutoRenew(qint64 leaseId)
{
    DbQuery lease = m_database.exec(u"SELECT auto_renew_hours, auto_renew_budget - auto_renew_spent, price_per_hour, "
                                    "renewable_hours - renewed_hours, status, user_id FROM leases WHERE id = ?"_s,
                                    {leaseId});
    if (!lease.next() || lease.value(0).toInt() <= 0 || lease.value(4).toString() != u"active"_s)
        return false;
    const int hours = lease.value(0).toInt();
    const bool affordable = qint64(hours) * lease.value(2).toLongLong() <= lease.value(1).toLongLong();
    if (!affordable || hours > lease.value(3).toInt() || extendLease(leaseId, hours, true))
        return false;
    m_notifications.notifyAboutLease(lease.value(5).toLongLong(),
                                     u"lease_renewed"_s,
                                     leaseId,
                                     u"Lease %1 was renewed for %2 hours."_s.arg(leaseId).arg(hours));
    return true;
}

QJsonObject InstanceService::renewalState(qint64 leaseId)
{
    DbQuery lease = m_database.exec(u"SELECT ends_at, renewable_hours, renewed_hours, auto_renew_hours, "
                                    "auto_renew_budget, auto_renew_spent, price_per_hour, status FROM leases "
                                    "WHERE id = ?"_s,
                                    {leaseId});
    if (!lease.next())
        return {};
    return QJsonObject{
        {u"leaseId"_s, leaseId},
        {u"endsAt"_s, timeOrNull(lease.value(0))},
        {u"renewableHours"_s, lease.value(1).toInt()},
        {u"renewedHours"_s, lease.value(2).toInt()},
        {u"autoRenewHours"_s, lease.value(3).toInt()},
        {u"autoRenewBudget"_s, lease.value(4).toLongLong()},
        {u"autoRenewSpent"_s, lease.value(5).toLongLong()},
        {u"pricePerHour"_s, lease.value(6).toLongLong()},
        {u"status"_s, lease.value(7).toString()},
    };
}

std::optional<ApiError> InstanceService::extendLease(qint64 leaseId, int hours, bool automatic)
{
    DbQuery lease = m_database.exec(u"SELECT status, ends_at, renewable_hours, renewed_hours, price_per_hour "
                                    "FROM leases WHERE id = ?"_s,
                                    {leaseId});
    if (!lease.next())
        return ApiError{ErrorCode::NotFound, u"There is no such lease."_s, {}, {}};
    const QString status = lease.value(0).toString();
    const qint64 endsAt = lease.value(1).toLongLong();
    const int renewable = lease.value(2).toInt();
    const int renewed = lease.value(3).toInt();
    const qint64 price = lease.value(4).toLongLong();
    if (hours < 1 || hours > kMaxRenewHours)
        return ApiError{ErrorCode::ValidationFailed,
                        u"Renew by 1 to %1 hours."_s.arg(kMaxRenewHours),
                        QJsonObject{{u"field"_s, u"hours"_s}},
                        {}};
    if (status != u"pending"_s && status != u"active"_s)
        return ApiError{ErrorCode::Conflict,
                        u"This lease is %1 and can no longer be renewed."_s.arg(status),
                        QJsonObject{{u"reason"_s, u"not_active"_s}},
                        {}};
    if (renewable == 0)
        return ApiError{ErrorCode::Conflict,
                        u"The seller does not allow renewing this lease."_s,
                        QJsonObject{{u"reason"_s, u"not_renewable"_s}},
                        {}};
    if (renewed + hours > renewable)
        return ApiError{ErrorCode::Conflict,
                        u"The seller allows %1 more hours at most."_s.arg(renewable - renewed),
                        QJsonObject{{u"reason"_s, u"renewal_limit"_s}, {u"hoursLeft"_s, renewable - renewed}},
                        {}};
    const qint64 newEnd = endsAt + qint64(hours) * kHourMs;
    Transaction transaction(m_database);
    m_database.exec(u"UPDATE leases SET ends_at = ?, renewed_hours = renewed_hours + ?, "
                    "auto_renew_spent = auto_renew_spent + ? WHERE id = ?"_s,
                    {newEnd, hours, automatic ? qint64(hours) * price : 0, leaseId});
    scheduleEnd(leaseId, newEnd);
    DbQuery instance = m_database.exec(u"SELECT id FROM instances WHERE lease_id = ? AND "
                                       "state IN ('pending', 'provisioning', 'running')"_s,
                                       {leaseId});
    if (instance.next())
        m_jobs.enqueue({kExtend, QJsonObject{{u"instanceId"_s, instance.value(0).toLongLong()}}, 0, 12});
    transaction.commit();
    qCInfo(lcProviders) << "lease" << leaseId << "renewed by" << hours << "hours" << (automatic ? "(auto)" : "");
    return std::nullopt;
}

protocol::Expected<QJsonObject> InstanceService::renew(const Principal &buyer, qint64 leaseId, int hours)
{
    if (!m_database
             .exec(u"SELECT 1 FROM leases WHERE id = ? AND organization_id = ?"_s, {leaseId, buyer.organizationId})
             .next())
        return ApiError{ErrorCode::NotFound, u"There is no such lease."_s, {}, {}};
    if (auto problem = extendLease(leaseId, hours, false))
        return *problem;
    return renewalState(leaseId);
}

protocol::Expected<QJsonObject> InstanceService::setAutoRenew(const Principal &buyer, qint64 leaseId, int hours,
                                                              qint64 budget)
{
    DbQuery lease = m_database.exec(
        u"SELECT status, renewable_hours FROM leases WHERE id = ? AND organization_id = ?"_s,
        {leaseId, buyer.organizationId});
    if (!lease.next())
        return ApiError{ErrorCode::NotFound, u"There is no such lease."_s, {}, {}};
    if (hours < 0 || hours > kMaxRenewHours)
        return ApiError{ErrorCode::ValidationFailed,
                        u"Renew by 0 (off) to %1 hours at a time."_s.arg(kMaxRenewHours),
                        QJsonObject{{u"field"_s, u"hours"_s}},
                        {}};
    if (budget < 0)
        return ApiError{ErrorCode::ValidationFailed,
                        u"The budget cannot be negative."_s,
                        QJsonObject{{u"field"_s, u"budget"_s}},
                        {}};
    if (hours > 0 && lease.value(1).toInt() == 0)
        return ApiError{ErrorCode::Conflict,
                        u"The seller does not allow renewing this lease."_s,
                        QJsonObject{{u"reason"_s, u"not_renewable"_s}},
                        {}};
    const QString status = lease.value(0).toString();
    if (status != u"pending"_s && status != u"active"_s)
        return ApiError{ErrorCode::Conflict,
                        u"This lease is %1 and can no longer be renewed."_s.arg(status),
                        QJsonObject{{u"reason"_s, u"not_active"_s}},
                        {}};
    m_database.exec(u"UPDATE leases SET auto_renew_hours = ?, auto_renew_budget = ? WHERE id = ?"_s,
                    {hours, budget, leaseId});
    return renewalState(leaseId);
}

void InstanceService::extendAtProvider(const JobQueue::Job &job, JobQueue::Finish finish)
{
    const qint64 instanceId = job.payload.value(u"instanceId"_s).toInteger();
    DbQuery row = m_database.exec(u"SELECT i.provider_id, i.provider_instance_id, i.state, l.ends_at FROM instances i "
                                  "JOIN leases l ON l.id = i.lease_id WHERE i.id = ?"_s,
                                  {instanceId});
    if (!row.next())
        return finish(JobQueue::Result::done());
    const auto state = stateFromName(row.value(2).toString());
    if (!state || isFinal(*state) || state == State::Stopping)
        return finish(JobQueue::Result::done());
    if (row.value(1).isNull()) // not made yet: its create carries the lease's end as it is then
        return finish(JobQueue::Result::retry(u"the instance is not made yet"_s, 5'000));
    const auto endpoint = m_registry.endpointOf(row.value(0).toLongLong());
    if (!endpoint)
        return finish(JobQueue::Result::fail(u"the provider has no connected cloud"_s));
    m_client.extend(*endpoint,
                    row.value(1).toString(),
                    QDateTime::fromMSecsSinceEpoch(row.value(3).toLongLong(), Qt::UTC),
                    [finish](const ProviderClient::Outcome &outcome, const protocol::ProviderInstance &) {
                        if (outcome.ok())
                            return finish(JobQueue::Result::done());
                        finish(outcome.transient() ? JobQueue::Result::retry(outcome.message)
                                                   : JobQueue::Result::fail(outcome.message));
                    });
}

bool InstanceService::transition(qint64 instanceId, State to, const QString &reason)
{
    DbQuery row = m_database.exec(
        u"SELECT i.state, i.lease_id, l.user_id, l.organization_id, l.status FROM instances i "
        "JOIN leases l ON l.id = i.lease_id WHERE i.id = ?"_s,
        {instanceId});
    if (!row.next())
        return false;
    const auto from = stateFromName(row.value(0).toString());
    const qint64 leaseId = row.value(1).toLongLong();
    const qint64 userId = row.value(2).toLongLong();
    const qint64 organizationId = row.value(3).toLongLong();
    const QString leaseStatus = row.value(4).toString();
    if (!from || !allowed(*from, to))
        return false;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const QString toName = stateName(to);
    {
        Transaction transaction(m_database);
        m_database.exec(u"UPDATE instances SET state = ?, state_reason = ?, updated_at = ?, "
                        "running_at = CASE WHEN ? = 'running' THEN ? ELSE running_at END, "
                        "ended_at = CASE WHEN ? IN ('terminated', 'failed', 'lost') THEN ? ELSE ended_at END "
                        "WHERE id = ?"_s,
                        {toName, reason.left(200), now, toName, now, toName, now, instanceId});
        m_database.exec(u"INSERT INTO instance_events (instance_id, at, from_state, to_state, reason) "
                        "VALUES (?, ?, ?, ?, ?)"_s,
                        {instanceId, now, stateName(*from), toName, reason.left(200)});
        switch (to) {
        case State::Running:
            if (leaseStatus == u"pending"_s)
                m_database.exec(u"UPDATE leases SET status = 'active' WHERE id = ?"_s, {leaseId});
            m_notifications.notifyAboutLease(
                userId, u"instance_running"_s, leaseId, u"Your instance for lease %1 is running."_s.arg(leaseId));
            break;
        case State::Failed: {
            // Nothing ran: the lease is cancelled (and, with billing, its hold released).
            m_database.exec(
                u"UPDATE leases SET status = 'cancelled' WHERE id = ? AND status IN ('pending', 'active')"_s,
                {leaseId});
            DbQuery resale = m_database.exec(u"SELECT o.id, o.user_id FROM leases l JOIN leases o "
                                             "ON o.id = l.resold_from_lease_id WHERE l.id = ?"_s,
                                             {leaseId});
            if (resale.next())
                m_notifications.notifyAboutLease(
                    resale.value(1).toLongLong(),
                    u"resale_failed"_s,
                    resale.value(0).toLongLong(),
                    u"The buyer of lease %1 could not be started in its slot, so nothing of the sale is paid or "
                    "charged. Your lease ended at the sale and stays ended."_s.arg(resale.value(0).toLongLong()));
            m_notifications.notifyAboutLease(
                userId,
                u"instance_failed"_s,
                leaseId,
                u"The instance for lease %1 could not be started (%2). The lease is cancelled."_s.arg(leaseId).arg(
                    reason.left(120)));
            break;
        }
        case State::Lost:
            // Billing stops at the loss: the lease ends now.
            m_database.exec(u"UPDATE leases SET status = 'ended', ends_at = MIN(ends_at, MAX(starts_at + 1, ?)) "
                            "WHERE id = ? AND status IN ('pending', 'active')"_s,
                            {now, leaseId});
            m_notifications.notifyAboutLease(
                userId,
                u"instance_lost"_s,
                leaseId,
                u"The provider lost the instance of lease %1. The lease ended and is no longer billed."_s.arg(leaseId));
            break;
        case State::Terminated:
            m_database.exec(u"UPDATE leases SET status = 'ended' WHERE id = ? AND status IN ('pending', 'active')"_s,
                            {leaseId});
            break;
        case State::Pending:
        case State::Provisioning:
        case State::Stopping: break;
        }
        transaction.commit();
    }
    qCInfo(lcProviders).noquote() << "instance" << instanceId << stateName(*from) << "->" << toName
                                  << (reason.isEmpty() ? QString() : u"(" + reason + u")");
    Q_EMIT instanceChanged(instanceId, organizationId, toName);
    return true;
}

void InstanceService::provision(const JobQueue::Job &job, JobQueue::Finish finish)
{
    const qint64 instanceId = job.payload.value(u"instanceId"_s).toInteger();
    DbQuery row = m_database.exec(
        u"SELECT i.state, i.client_token, i.provider_id, l.instance_type_id, l.region_id, l.ends_at, l.status, "
        "l.appliance_id FROM instances i JOIN leases l ON l.id = i.lease_id WHERE i.id = ?"_s,
        {instanceId});
    if (!row.next())
        return finish(JobQueue::Result::fail(u"no such instance"_s));
    const auto state = stateFromName(row.value(0).toString());
    if (state != State::Pending)
        return finish(JobQueue::Result::done()); // already created, or ended meanwhile
    if (job.payload.contains(u"afterInstanceId"_s)) {
        // A resale: the slot is free once the reseller's instance is gone. Wait
        // in a fresh job (the provisioning deadline bounds the wait).
        DbQuery before = m_database.exec(u"SELECT state FROM instances WHERE id = ?"_s,
                                         {job.payload.value(u"afterInstanceId"_s).toInteger()});
        const auto beforeState = before.next() ? stateFromName(before.value(0).toString()) : std::nullopt;
        if (beforeState && !isFinal(*beforeState)) {
            m_jobs.enqueue({kProvision,
                            job.payload,
                            m_clock.now().toMSecsSinceEpoch() + kHandOverPollMs,
                            m_options.provisionAttempts});
            return finish(JobQueue::Result::done());
        }
    }
    const QString token = row.value(1).toString();
    const qint64 providerId = row.value(2).toLongLong();
    const QString instanceType = row.value(3).toString();
    const QString region = row.value(4).toString();
    const qint64 endsAt = row.value(5).toLongLong();
    const qint64 applianceId = row.value(7).toLongLong();

    const auto endpoint = m_registry.endpointOf(providerId);
    if (!endpoint) {
        transition(instanceId, State::Failed, u"provider_not_connected"_s);
        return finish(JobQueue::Result::fail(u"the provider has no connected cloud"_s));
    }
    const auto placement = m_registry.placementFor(providerId, instanceType, region);
    if (!placement) {
        transition(instanceId, State::Failed, u"no_matching_profile"_s);
        return finish(JobQueue::Result::fail(u"the cloud offers no profile for this instance type and region"_s));
    }
    protocol::NewProviderInstance request;
    request.clientToken = token;
    request.regionId = placement->first;
    request.profileId = placement->second;
    request.leaseEndsAt = QDateTime::fromMSecsSinceEpoch(endsAt, Qt::UTC);
    if (applianceId > 0 && m_applianceLinks) {
        const auto link = m_applianceLinks(applianceId, providerId);
        if (!link) {
            transition(instanceId, State::Failed, u"appliance_missing"_s);
            return finish(JobQueue::Result::fail(u"the lease's appliance is gone from the repository"_s));
        }
        request.applianceUrl = link->url;
        request.applianceSha256 = link->sha256;
    }
    const bool lastAttempt = job.attempt >= job.maxAttempts;
    QPointer<InstanceService> self(this);
    m_client.create(*endpoint,
                    request,
                    [self, instanceId, placement, lastAttempt, finish, endpoint](
                        const ProviderClient::Outcome &outcome, const protocol::ProviderInstance &created) {
                        if (!self)
                            return;
                        if (!outcome.ok()) {
                            const QString why = outcome.code.isEmpty()
                                                    ? sc::broker::describe(outcome.failure) + u": "_s + outcome.message
                                                    : outcome.code;
                            const bool refused = outcome.code == protocol::ProviderErrorCode::NoCapacity
                                                 || outcome.code == protocol::ProviderErrorCode::NotAccepting
                                                 || outcome.failure == ProviderClient::Failure::Refused;
                            if (refused || lastAttempt) {
                                self->transition(instanceId, State::Failed, why);
                                return finish(JobQueue::Result::fail(why));
                            }
                            return finish(JobQueue::Result::retry(why));
                        }
                        try {
                            self->m_database.exec(
                                u"UPDATE instances SET provider_instance_id = ?, region_code = ?, profile_id = ?, "
                                "address = ?, last_seen_at = ? WHERE id = ?"_s,
                                {created.id,
                                 placement->first,
                                 placement->second,
                                 created.address,
                                 self->m_clock.now().toMSecsSinceEpoch(),
                                 instanceId});
                        } catch (const DatabaseError &error) {
                            return finish(JobQueue::Result::retry(QString::fromUtf8(error.what())));
                        }
                        DbQuery now = self->m_database.exec(u"SELECT state FROM instances WHERE id = ?"_s,
                                                            {instanceId});
                        const QString current = now.next() ? now.value(0).toString() : QString();
                        if (current == u"terminated"_s) {
                            // The lease ended while the cloud was being asked: stop what it made.
                            self->m_client.terminate(*endpoint, created.id, [](const auto &, const auto &) {});
                            return finish(JobQueue::Result::done());
                        }
                        self->transition(instanceId, State::Provisioning, {});
                        if (created.state == protocol::ProviderInstanceState::Running)
                            self->transition(instanceId, State::Running, {});
                        else if (created.state == protocol::ProviderInstanceState::Failed)
                            self->transition(instanceId, State::Failed, created.stateReason);
                        finish(JobQueue::Result::done());
                    });
}

void InstanceService::checkDeadline(const JobQueue::Job &job, JobQueue::Finish finish)
{
    const qint64 instanceId = job.payload.value(u"instanceId"_s).toInteger();
    DbQuery row = m_database.exec(u"SELECT state, provider_instance_id FROM instances WHERE id = ?"_s, {instanceId});
    if (!row.next())
        return finish(JobQueue::Result::done());
    const auto state = stateFromName(row.value(0).toString());
    if (state != State::Pending && state != State::Provisioning)
        return finish(JobQueue::Result::done());
    transition(instanceId, State::Failed, u"not running within %1"_s.arg(inWords(m_options.provisioningDeadlineMs)));
    if (!row.value(1).isNull())
        return stopAtProvider(instanceId, finish);
    finish(JobQueue::Result::done());
}

void InstanceService::stopAtProvider(qint64 instanceId, JobQueue::Finish finish)
{
    DbQuery row = m_database.exec(u"SELECT provider_id, provider_instance_id, state FROM instances WHERE id = ?"_s,
                                  {instanceId});
    if (!row.next() || row.value(1).isNull())
        return finish(JobQueue::Result::done());
    const auto endpoint = m_registry.endpointOf(row.value(0).toLongLong());
    if (!endpoint)
        return finish(JobQueue::Result::fail(u"the provider has no connected cloud"_s));
    QPointer<InstanceService> self(this);
    m_client.terminate(
        *endpoint,
        row.value(1).toString(),
        [self, instanceId, finish](const ProviderClient::Outcome &outcome, const protocol::ProviderInstance &stopped) {
            if (!self)
                return;
            if (outcome.status == 404) {
                // Already gone from the cloud.
                self->transition(instanceId, State::Terminated, u"gone from the cloud"_s);
                return finish(JobQueue::Result::done());
            }
            if (!outcome.ok())
                return finish(outcome.transient() ? JobQueue::Result::retry(outcome.message)
                                                  : JobQueue::Result::fail(outcome.message));
            if (stopped.state == protocol::ProviderInstanceState::Terminated)
                self->transition(instanceId, State::Terminated, {});
            finish(JobQueue::Result::done());
        });
}

void InstanceService::endLease(const JobQueue::Job &job, JobQueue::Finish finish)
{
    const qint64 leaseId = job.payload.value(u"leaseId"_s).toInteger();
    DbQuery lease = m_database.exec(u"SELECT status, ends_at, user_id FROM leases WHERE id = ?"_s, {leaseId});
    if (!lease.next())
        return finish(JobQueue::Result::done());
    const qint64 endsAt = lease.value(1).toLongLong();
    if (endsAt > m_clock.now().toMSecsSinceEpoch()) {
        // Renewed since this job was scheduled: its own job ends it later.
        return finish(JobQueue::Result::done());
    }
    if (tryAutoRenew(leaseId))
        return finish(JobQueue::Result::done());
    DbQuery instance = m_database.exec(u"SELECT id, state FROM instances WHERE lease_id = ?"_s, {leaseId});
    if (!instance.next()) {
        m_database.exec(u"UPDATE leases SET status = 'ended' WHERE id = ? AND status IN ('pending', 'active')"_s,
                        {leaseId});
        return finish(JobQueue::Result::done());
    }
    const qint64 instanceId = instance.value(0).toLongLong();
    const auto state = stateFromName(instance.value(1).toString());
    if (!state || isFinal(*state))
        return finish(JobQueue::Result::done());
    if (state == State::Pending) {
        transition(instanceId, State::Terminated, u"the lease ended before the instance was made"_s);
        return finish(JobQueue::Result::done());
    }
    if (state != State::Stopping)
        transition(instanceId, State::Stopping, u"the lease ended"_s);
    const int ended = m_database
                          .exec(
                              u"UPDATE leases SET status = 'ended' WHERE id = ? AND status IN ('pending', 'active')"_s,
                              {leaseId})
                          .numRowsAffected();
    if (ended > 0)
        m_notifications.notifyAboutLease(lease.value(2).toLongLong(),
                                         u"lease_ended"_s,
                                         leaseId,
                                         u"Lease %1 ended; its instance is being stopped."_s.arg(leaseId));
    stopAtProvider(instanceId, finish);
}

void InstanceService::warn(const JobQueue::Job &job, JobQueue::Finish finish)
{
    const qint64 leaseId = job.payload.value(u"leaseId"_s).toInteger();
    DbQuery lease = m_database.exec(u"SELECT status, ends_at, user_id FROM leases WHERE id = ?"_s, {leaseId});
    if (!lease.next())
        return finish(JobQueue::Result::done());
    const QString status = lease.value(0).toString();
    const qint64 endsAt = lease.value(1).toLongLong();
    // Only for a lease still going, and ending when this warning was meant for.
    if ((status == u"pending"_s || status == u"active"_s) && endsAt == job.payload.value(u"endsAt"_s).toInteger()) {
        m_notifications.notifyAboutLease(
            lease.value(2).toLongLong(),
            u"lease_expiring"_s,
            leaseId,
            u"Lease %1 ends in %2."_s.arg(leaseId).arg(inWords(endsAt - m_clock.now().toMSecsSinceEpoch())));
    }
    finish(JobQueue::Result::done());
}

void InstanceService::observe(qint64 providerId, const QList<protocol::ProviderInstance> &seen, bool complete,
                              qint64 askedAtMs)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSet<QString> listed;
    QList<QPair<qint64, QPair<State, QString>>> moves;
    for (const protocol::ProviderInstance &remote : seen) {
        listed.insert(remote.id);
        DbQuery row = m_database.exec(u"SELECT id, state FROM instances WHERE provider_id = ? AND "
                                      "(provider_instance_id = ? OR client_token = ?)"_s,
                                      {providerId, remote.id, remote.clientToken});
        if (!row.next())
            continue; // not one of ours
        const qint64 instanceId = row.value(0).toLongLong();
        const auto ours = stateFromName(row.value(1).toString());
        m_database.exec(u"UPDATE instances SET last_seen_at = ?, address = ?, provider_instance_id = ? WHERE id = ?"_s,
                        {now, remote.address, remote.id, instanceId});
        if (!ours || isFinal(*ours))
            continue;
        const QString &theirs = remote.state;
        if (theirs == protocol::ProviderInstanceState::Running && *ours != State::Running && *ours != State::Stopping)
            moves.append({instanceId, {State::Running, {}}});
        else if (theirs == protocol::ProviderInstanceState::Failed)
            moves.append({instanceId, {*ours == State::Running ? State::Lost : State::Failed, remote.stateReason}});
        else if (theirs == protocol::ProviderInstanceState::Terminated)
            moves.append({instanceId,
                          {*ours == State::Stopping ? State::Terminated : State::Lost,
                           *ours == State::Stopping ? QString() : u"terminated by the cloud"_s}});
        else if (theirs == protocol::ProviderInstanceState::Stopping && *ours == State::Running)
            moves.append({instanceId, {State::Stopping, u"stopped by the cloud"_s}});
    }
    if (complete) {
        // Everything the broker expects alive must be in a full list.
        DbQuery expected = m_database.exec(
            u"SELECT id, state, provider_instance_id FROM instances WHERE provider_id = ? AND "
            "state IN ('provisioning', 'running', 'stopping') AND provider_instance_id IS NOT NULL "
            "AND last_seen_at < ?"_s,
            {providerId, askedAtMs});
        while (expected.next()) {
            if (listed.contains(expected.value(2).toString()))
                continue;
            const bool stopping = expected.value(1).toString() == u"stopping"_s;
            moves.append({expected.value(0).toLongLong(),
                          {stopping ? State::Terminated : State::Lost,
                           stopping ? u"gone from the cloud"_s : u"the cloud no longer lists it"_s}});
        }
    }
    for (const auto &[instanceId, move] : std::as_const(moves)) {
        // Provisioning is skipped when the first answer already says running.
        DbQuery current = m_database.exec(u"SELECT state FROM instances WHERE id = ?"_s, {instanceId});
        if (current.next() && current.value(0).toString() == u"pending"_s && move.first == State::Running)
            transition(instanceId, State::Provisioning, {});
        transition(instanceId, move.first, move.second);
    }
}

std::optional<QPair<qint64, QString>> InstanceService::remoteOf(qint64 instanceId)
{
    DbQuery row = m_database.exec(u"SELECT provider_id, provider_instance_id FROM instances WHERE id = ?"_s,
                                  {instanceId});
    if (!row.next() || row.value(1).isNull())
        return std::nullopt;
    return qMakePair(row.value(0).toLongLong(), row.value(1).toString());
}

qint64 InstanceService::liveCount(qint64 providerId)
{
    DbQuery query = m_database.exec(u"SELECT COUNT(*) FROM instances WHERE provider_id = ? AND "
                                    "state IN ('pending', 'provisioning', 'running', 'stopping')"_s,
                                    {providerId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QJsonObject InstanceService::describe(qint64 instanceId)
{
    DbQuery row = m_database.exec(
        u"SELECT i.id, i.lease_id, i.state, i.state_reason, i.address, i.created_at, i.updated_at, i.running_at, "
        "i.ended_at, i.last_seen_at, l.instance_type_id, l.region_id, l.price_per_hour, l.currency, l.starts_at, "
        "l.ends_at, l.status, p.pseudonym, p.rating, l.resold_to_lease_id IS NOT NULL, EXISTS (SELECT 1 FROM asks a "
        "WHERE a.resale_of_lease_id = l.id AND a.status = 'open') FROM instances i JOIN leases l ON l.id = i.lease_id "
        "JOIN providers p ON p.id = i.provider_id WHERE i.id = ?"_s,
        {instanceId});
    if (!row.next())
        return {};
    // Opaque: the provider only as its pseudonym and rating.
    return QJsonObject{
        {u"id"_s, row.value(0).toLongLong()},
        {u"leaseId"_s, row.value(1).toLongLong()},
        {u"state"_s, row.value(2).toString()},
        {u"stateReason"_s, row.value(3).toString()},
        {u"address"_s, row.value(4).toString()},
        {u"createdAt"_s, timeOrNull(row.value(5))},
        {u"updatedAt"_s, timeOrNull(row.value(6))},
        {u"runningAt"_s, timeOrNull(row.value(7))},
        {u"endedAt"_s, timeOrNull(row.value(8))},
        {u"lastSeenAt"_s, timeOrNull(row.value(9))},
        {u"instanceType"_s, row.value(10).toString()},
        {u"region"_s, row.value(11).toString()},
        {u"pricePerHour"_s, row.value(12).toLongLong()},
        {u"currency"_s, row.value(13).toString()},
        {u"leaseStartsAt"_s, timeOrNull(row.value(14))},
        {u"leaseEndsAt"_s, timeOrNull(row.value(15))},
        {u"leaseStatus"_s, row.value(16).toString()},
        {u"resold"_s, row.value(19).toBool()},
        {u"onSale"_s, row.value(20).toBool()},
        {u"provider"_s,
         QJsonObject{{u"pseudonym"_s, row.value(17).toString()}, {u"rating"_s, row.value(18).toDouble()}}}};
}

QList<QJsonObject> InstanceService::instancesOf(const Principal &buyer, const QString &state)
{
    QList<qint64> ids;
    DbQuery query = m_database.exec(u"SELECT i.id FROM instances i JOIN leases l ON l.id = i.lease_id "
                                    "WHERE l.organization_id = ? AND (? = '' OR i.state = ?) ORDER BY i.id DESC "
                                    "LIMIT 500"_s,
                                    {buyer.organizationId, state, state});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<QJsonObject> instances;
    for (qint64 id : ids)
        instances.append(describe(id));
    return instances;
}

std::optional<QJsonObject> InstanceService::instance(const Principal &buyer, qint64 instanceId)
{
    DbQuery owned = m_database.exec(u"SELECT 1 FROM instances i JOIN leases l ON l.id = i.lease_id "
                                    "WHERE i.id = ? AND l.organization_id = ?"_s,
                                    {instanceId, buyer.organizationId});
    if (!owned.next())
        return std::nullopt;
    return describe(instanceId);
}

std::optional<ApiError> InstanceService::terminate(const Principal &buyer, qint64 instanceId)
{
    DbQuery row = m_database.exec(u"SELECT i.state, i.lease_id FROM instances i JOIN leases l ON l.id = i.lease_id "
                                  "WHERE i.id = ? AND l.organization_id = ?"_s,
                                  {instanceId, buyer.organizationId});
    if (!row.next())
        return ApiError{ErrorCode::NotFound, u"There is no such instance."_s, {}, {}};
    const auto state = stateFromName(row.value(0).toString());
    if (!state || isFinal(*state) || state == State::Stopping)
        return ApiError{ErrorCode::Conflict,
                        u"This instance is %1 already."_s.arg(row.value(0).toString()),
                        QJsonObject{{u"reason"_s, u"not_running"_s}},
                        {}};
    endLeaseNow(row.value(1).toLongLong(), u"ended by the buyer"_s);
    return std::nullopt;
}

bool InstanceService::shortenLease(qint64 leaseId, qint64 endsAt)
{
    Transaction transaction(m_database);
    // No renewals after this: the slot goes back to its provider at the new end.
    const int changed = m_database
                            .exec(
                                u"UPDATE leases SET ends_at = ?, renewable_hours = renewed_hours, "
                                "auto_renew_hours = 0 WHERE id = ? AND status IN ('pending', 'active') AND ends_at > ? "
                                "AND starts_at < ?"_s,
                                {endsAt, leaseId, endsAt, endsAt})
                            .numRowsAffected();
    if (changed == 0)
        return false;
    scheduleEnd(leaseId, endsAt);
    DbQuery instance = m_database.exec(u"SELECT id FROM instances WHERE lease_id = ? AND "
                                       "state IN ('pending', 'provisioning', 'running')"_s,
                                       {leaseId});
    if (instance.next())
        m_jobs.enqueue({kExtend, QJsonObject{{u"instanceId"_s, instance.value(0).toLongLong()}}, 0, 12});
    transaction.commit();
    return true;
}

void InstanceService::endLeaseNow(qint64 leaseId, const QString &reason)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Transaction transaction(m_database);
    // Billing stops now: the lease ends here.
    const int ended = m_database
                          .exec(u"UPDATE leases SET ends_at = MAX(starts_at + 1, MIN(ends_at, ?)), status = 'ended' "
                                "WHERE id = ? AND status IN ('pending', 'active')"_s,
                                {now, leaseId})
                          .numRowsAffected();
    if (ended > 0)
        stopInstanceOf(leaseId, reason);
    transaction.commit();
}

} // namespace sc::broker
