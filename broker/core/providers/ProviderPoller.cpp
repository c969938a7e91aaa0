#include "core/providers/ProviderPoller.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/providers/InstanceService.h"
#include "core/providers/ProviderRegistry.h"
#include "core/store/Database.h"

#include <QPointer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sc::broker {

ProviderPoller::ProviderPoller(Database &database, ProviderRegistry &registry, ProviderClient &client,
                               InstanceService &instances, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_registry(registry)
    , m_client(client)
    , m_instances(instances)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_history(database, clock)
{
    m_tick.setInterval(m_options.tickMs);
    connect(&m_tick, &QTimer::timeout, this, &ProviderPoller::tick);
    m_flush.setInterval(m_options.flushMs);
    connect(&m_flush, &QTimer::timeout, this, &ProviderPoller::flush);
}

ProviderPoller::~ProviderPoller()
{
    try {
        flush();
    } catch (...) {
    }
}

qint64 ProviderPoller::jittered(qint64 ms) const
{
    // Up to 20 % early, never late: clouds connected together do not stay in
    // lock step, and none waits longer than the interval.
    const double spread = 0.2 * QRandomGenerator::global()->generateDouble();
    return std::max<qint64>(1, ms - qint64(double(ms) * spread));
}

void ProviderPoller::load()
{
    m_entries.clear();
    QList<qint64> ids;
    DbQuery query = m_database.exec(
        u"SELECT h.provider_id, h.state, h.last_poll_at, h.last_success_at, h.consecutive_failures, h.next_poll_at, "
        "COALESCE(h.instances_cursor, ''), COALESCE(h.instances_etag, ''), COALESCE(h.capacity_etag, ''), "
        "COALESCE(h.last_error, '') FROM provider_health h JOIN providers p ON p.id = h.provider_id "
        "WHERE p.endpoint IS NOT NULL AND p.status = 'active'"_s);
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.state = query.value(1).toString();
        entry.lastPollAt = query.value(2).toLongLong();
        entry.lastSuccessAt = query.value(3).toLongLong();
        entry.failures = query.value(4).toInt();
        entry.nextAt = query.value(5).toLongLong();
        entry.cursor = query.value(6).toString();
        entry.instancesEtag = query.value(7).toByteArray();
        // Not the capacity ETag: the first reading after a start is a full
        // one, so a 304 always has a reading to repeat in the history.
        entry.lastError = query.value(9).toString();
        m_entries.insert(entry.id, entry);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const auto endpoint = m_registry.endpointOf(it.key());
        if (!endpoint) {
            it = m_entries.erase(it);
            continue;
        }
        it->endpoint = *endpoint;
        ++it;
    }
    qCInfo(lcProviders) << "polling" << m_entries.size() << "provider clouds every"
                        << double(m_options.intervalMs) / 1000 << "s";
}

void ProviderPoller::start()
{
    m_client.setTimeout(m_options.timeoutMs);
    m_tick.start();
    m_flush.start();
}

void ProviderPoller::stop()
{
    m_tick.stop();
    m_flush.stop();
}

void ProviderPoller::add(qint64 providerId)
{
    const auto endpoint = m_registry.endpointOf(providerId);
    if (!endpoint)
        return;
    Entry entry;
    entry.id = providerId;
    entry.endpoint = *endpoint;
    entry.state = u"up"_s;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    entry.lastSuccessAt = now; // it just answered onboarding
    entry.nextAt = now + jittered(m_options.intervalMs);
    m_entries.insert(providerId, entry);
}

void ProviderPoller::pollNow(qint64 providerId)
{
    const auto found = m_entries.find(providerId);
    if (found != m_entries.end() && !found->busy)
        poll(*found);
}

void ProviderPoller::tick()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    for (auto it = m_entries.begin(); it != m_entries.end() && m_inFlight < m_options.concurrency; ++it) {
        if (!it->busy && it->nextAt <= now)
            poll(*it);
    }
}

void ProviderPoller::poll(Entry &entry)
{
    entry.busy = true;
    ++entry.pollCount;
    ++m_polls;
    entry.lastPollAt = m_clock.now().toMSecsSinceEpoch();
    const bool complete = entry.cursor.isEmpty() || entry.pollCount % m_options.fullListEvery == 1;
    const bool withCapacity = entry.pollCount % m_options.capacityEvery == 1;
    const qint64 id = entry.id;
    const ProviderClient::Endpoint endpoint = entry.endpoint;
    ++m_inFlight;
    QPointer<ProviderPoller> self(this);
    m_client.instances(
        endpoint,
        complete ? QString() : entry.cursor,
        complete ? entry.fullListEtag : entry.instancesEtag,
        [self, id, complete, withCapacity, endpoint, askedAt = entry.lastPollAt](
            const ProviderClient::Outcome &outcome, const protocol::ProviderInstanceList &list) {
            if (!self)
                return;
            auto found = self->m_entries.find(id);
            if (found == self->m_entries.end()) {
                --self->m_inFlight;
                return;
            }
            if (!outcome.ok()) {
                --self->m_inFlight;
                self->failed(id, outcome);
                return;
            }
            if (outcome.notModified) {
                ++self->m_notModified;
            } else {
                try {
                    Transaction transaction(self->m_database);
                    self->m_instances.observe(id, list.instances, complete, askedAt);
                    transaction.commit();
                } catch (const DatabaseError &error) {
                    qCWarning(lcProviders) << "recording a poll of provider" << id << "failed:" << error.what();
                }
                found->cursor = list.cursor;
                found->instancesEtag.clear();
                if (complete)
                    found->fullListEtag = outcome.etag;
                else
                    found->instancesEtag = outcome.etag;
            }
            if (!withCapacity) {
                --self->m_inFlight;
                self->succeeded(id);
                return;
            }
            self->m_client.capacity(
                endpoint,
                found->capacityEtag,
                [self, id](const ProviderClient::Outcome &capacityOutcome, const protocol::ProviderCapacity &capacity) {
                    if (!self)
                        return;
                    --self->m_inFlight;
                    auto current = self->m_entries.find(id);
                    if (current == self->m_entries.end())
                        return;
                    if (!capacityOutcome.ok())
                        return self->failed(id, capacityOutcome);
                    if (!capacityOutcome.notModified) {
                        try {
                            Transaction transaction(self->m_database);
                            current->lastCapacity = self->m_registry.importCapacity(id, capacity);
                            transaction.commit();
                            current->capacityEtag = capacityOutcome.etag;
                        } catch (const DatabaseError &error) {
                            qCWarning(lcProviders)
                                << "storing the capacity of provider" << id << "failed:" << error.what();
                        }
                    }
                    if (current->lastCapacity.providerId == id) {
                        CapacityHistory::Sample sample = current->lastCapacity;
                        sample.atMs = self->m_clock.now().toMSecsSinceEpoch();
                        self->m_samples.append(sample);
                    }
                    self->succeeded(id);
                });
        });
}

void ProviderPoller::succeeded(qint64 providerId)
{
    auto found = m_entries.find(providerId);
    if (found == m_entries.end())
        return;
    Entry &entry = *found;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    entry.busy = false;
    entry.lastSuccessAt = now;
    entry.failures = 0;
    entry.failingSince = 0;
    entry.lastError.clear();
    entry.nextAt = now + jittered(m_options.intervalMs);
    entry.dirty = true;
    if (entry.state != u"up"_s) {
        if (entry.state == u"down"_s) {
            try {
                m_database.exec(
                    u"UPDATE provider_outages SET ended_at = ? WHERE provider_id = ? AND ended_at IS NULL"_s,
                    {now, providerId});
            } catch (const DatabaseError &error) {
                qCWarning(lcProviders) << "closing an outage failed:" << error.what();
            }
            qCInfo(lcProviders) << "provider" << providerId << "is back";
        }
        entry.state = u"up"_s;
        Q_EMIT healthChanged(providerId, entry.state);
    }
    Q_EMIT polled(providerId, true);
}

void ProviderPoller::failed(qint64 providerId, const ProviderClient::Outcome &outcome)
{
    auto found = m_entries.find(providerId);
    if (found == m_entries.end())
        return;
    Entry &entry = *found;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    ++m_failures;
    entry.busy = false;
    if (entry.failures == 0)
        entry.failingSince = now;
    ++entry.failures;
    entry.lastError = describe(outcome.failure) + (outcome.message.isEmpty() ? QString() : u": "_s + outcome.message);
    entry.lastError = entry.lastError.left(300);
    entry.dirty = true;
    if (entry.failures >= m_options.failuresBeforeDown) {
        if (entry.state != u"down"_s) {
            entry.state = u"down"_s;
            try {
                m_database.exec(u"INSERT INTO provider_outages (provider_id, started_at) VALUES (?, ?)"_s,
                                {providerId, entry.failingSince});
            } catch (const DatabaseError &error) {
                qCWarning(lcProviders) << "opening an outage failed:" << error.what();
            }
            qCWarning(lcProviders).noquote() << "provider" << providerId << "is down:" << entry.lastError;
            Q_EMIT healthChanged(providerId, entry.state);
        }
        const int step = std::min<int>(entry.failures - m_options.failuresBeforeDown,
                                       int(m_options.downRetryMs.size()) - 1);
        entry.nextAt = now + jittered(m_options.downRetryMs.at(std::max(0, step)));
    } else {
        // Not down yet: look again soon to tell a blip from an outage.
        entry.nextAt = now + jittered(std::max<qint64>(1'000, m_options.intervalMs / 3));
    }
    Q_EMIT polled(providerId, false);
}

void ProviderPoller::flush()
{
    QList<Entry *> dirty;
    for (Entry &entry : m_entries) {
        if (entry.dirty)
            dirty.append(&entry);
    }
    if (dirty.isEmpty() && m_samples.isEmpty())
        return;
    try {
        Transaction transaction(m_database);
        m_history.record(m_samples);
        for (Entry *entry : std::as_const(dirty)) {
            m_database.exec(
                u"UPDATE provider_health SET state = ?, last_poll_at = ?, last_success_at = ?, "
                "consecutive_failures = ?, next_poll_at = ?, last_error = ?, capacity_etag = ?, "
                "instances_etag = ?, instances_cursor = ? WHERE provider_id = ?"_s,
                {entry->state,
                 entry->lastPollAt,
                 entry->lastSuccessAt,
                 entry->failures,
                 entry->nextAt,
                 entry->lastError.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(entry->lastError),
                 QString::fromLatin1(entry->capacityEtag),
                 QString::fromLatin1(entry->instancesEtag),
                 entry->cursor,
                 entry->id});
        }
        transaction.commit();
        for (Entry *entry : std::as_const(dirty))
            entry->dirty = false;
        m_samples.clear();
    } catch (const DatabaseError &error) {
        qCWarning(lcProviders) << "writing provider health failed:" << error.what();
        // Samples are worth a retry, not unbounded memory.
        if (m_samples.size() > 4 * m_entries.size() + 100)
            m_samples.clear();
    }
}

QList<ProviderPoller::Freshness> ProviderPoller::freshness() const
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QList<Freshness> list;
    list.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        list.append(
            {entry.id, entry.state, std::max<qint64>(0, now - entry.lastSuccessAt), entry.failures, entry.lastError});
    std::sort(list.begin(), list.end(), [](const Freshness &a, const Freshness &b) {
        return a.stalenessMs != b.stalenessMs ? a.stalenessMs > b.stalenessMs : a.providerId < b.providerId;
    });
    return list;
}

ProviderPoller::Stats ProviderPoller::stats() const
{
    Stats stats;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    stats.providers = int(m_entries.size());
    stats.inFlight = m_inFlight;
    stats.polls = m_polls;
    stats.failures = m_failures;
    stats.notModified = m_notModified;
    for (const Entry &entry : m_entries) {
        if (entry.state == u"down"_s) {
            ++stats.down;
            continue;
        }
        ++stats.up;
        if (entry.lastSuccessAt > 0)
            stats.maxStalenessMs = std::max(stats.maxStalenessMs, now - entry.lastSuccessAt);
    }
    return stats;
}

} // namespace sc::broker
