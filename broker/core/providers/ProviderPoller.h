#pragma once

#include "core/providers/CapacityHistory.h"
#include "core/providers/ProviderClient.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace sc::broker {

class Clock;
class Database;
class InstanceService;
class ProviderRegistry;

// Keeps every connected provider cloud fresh: each is asked for its instance
// changes (since its cursor, If-None-Match its ETag: an unchanged cloud costs
// a 304) every interval (up to 20 % early, so start times spread), with a full list every few polls (what the cloud no
// longer lists is lost) and its capacity now and then. At most `concurrency`
// requests are in flight, each bounded by a timeout.
//
// A cloud that fails `failuresBeforeDown` polls in a row is down: an outage
// opens (ratings read uptime from outages) and it is asked again after 1, 5,
// 15, 30, 60 minutes, then daily; the first good answer closes the outage
// and brings it back to the normal interval. Health is written to
// provider_health in batches, so sellers and operators see every cloud's
// state and staleness. Each capacity reading (a 304 repeats the last one)
// becomes a capacity history sample, written in the same batches.
class ProviderPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderPoller)

public:
    struct Options
    {
        qint64 intervalMs = 30'000;
        int concurrency = 64;
        int timeoutMs = 10'000;
        int fullListEvery = 4; // every 2 minutes: how soon a vanished instance is noticed
        int capacityEvery = 4;
        int failuresBeforeDown = 3;
        QList<qint64> downRetryMs{60'000, 300'000, 900'000, 1'800'000, 3'600'000, 86'400'000};
        int tickMs = 100;
        int flushMs = 2'000;
    };

    struct Stats
    {
        int providers = 0;
        int up = 0;
        int down = 0;
        int inFlight = 0;
        qint64 polls = 0;
        qint64 failures = 0;
        qint64 notModified = 0;
        qint64 maxStalenessMs = 0; // the stalest cloud that is up
    };

    ProviderPoller(Database &database, ProviderRegistry &registry, ProviderClient &client, InstanceService &instances,
                   const Clock &clock, Options options, QObject *parent = nullptr);
    ~ProviderPoller() override;

    // Loads every connected provider; throws DatabaseError.
    void load();
    void start();
    void stop();
    void add(qint64 providerId);
    // Polls this provider now, whatever its schedule (tests, "refresh").
    void pollNow(qint64 providerId);
    // Writes pending health changes and capacity samples now.
    void flush();
    CapacityHistory &history() { return m_history; }
    Stats stats() const;

    struct Freshness
    {
        qint64 providerId = 0;
        QString state;
        qint64 stalenessMs = 0; // since the last good answer
        int failures = 0;
        QString lastError;
    };
    // Every polled cloud, stalest first.
    QList<Freshness> freshness() const;

Q_SIGNALS:
    void polled(qint64 providerId, bool ok);
    void healthChanged(qint64 providerId, const QString &state);

private:
    struct Entry
    {
        qint64 id = 0;
        ProviderClient::Endpoint endpoint;
        QString state = QStringLiteral("unknown");
        qint64 nextAt = 0;
        qint64 lastPollAt = 0;
        qint64 lastSuccessAt = 0;
        qint64 failingSince = 0;
        int failures = 0;
        qint64 pollCount = 0;
        QString cursor;
        QByteArray instancesEtag;
        QByteArray fullListEtag;
        QByteArray capacityEtag;
        QString lastError;
        CapacityHistory::Sample lastCapacity; // providerId 0 until the first reading
        bool busy = false;
        bool dirty = false;
    };

    void tick();
    void poll(Entry &entry);
    void succeeded(qint64 providerId);
    void failed(qint64 providerId, const ProviderClient::Outcome &outcome);
    qint64 jittered(qint64 ms) const;

    Database &m_database;
    ProviderRegistry &m_registry;
    ProviderClient &m_client;
    InstanceService &m_instances;
    const Clock &m_clock;
    Options m_options;
    CapacityHistory m_history;
    QHash<qint64, Entry> m_entries;
    QList<CapacityHistory::Sample> m_samples; // waiting for the next flush
    int m_inFlight = 0;
    qint64 m_polls = 0;
    qint64 m_failures = 0;
    qint64 m_notModified = 0;
    QTimer m_tick;
    QTimer m_flush;
};

} // namespace sc::broker
