#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace sc::providersim {
class ProviderSimulator;
}

namespace sc::broker {

class CatalogRepository;
class Clock;
class Database;
class DemoParticipants;
class ProviderRegistry;
struct DemoInstrument;

// The demo broker's provider clouds: a ProviderSimulator in the broker's own
// process on 127.0.0.1 (a free port each start) with one simulated cloud per
// demo provider, whose regions and profiles cover what that provider sells
// (every instance type the demo market trades in its regions, and a couple of
// general sizes everywhere). Each provider is connected through the registry
// like any seller's cloud (verified, credential sealed), so polling,
// provisioning, lease ends, utilization and ratings run on demo data as on
// real clouds. The simulator forgets everything when the broker stops: on a
// later start the instances the broker still believes alive are handed back
// to their clouds before the providers are pointed at the new port.
class DemoClouds final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoClouds)

public:
    struct Options
    {
        std::chrono::milliseconds provisioningDelay{3'000};
        int slotsPerProfile = 24;
        int gpuSlotsPerProfile = 6;
    };

    DemoClouds(Database &database, CatalogRepository &catalog, ProviderRegistry &registry, const Clock &clock,
               QObject *parent = nullptr);
    ~DemoClouds() override;

    // Starts the clouds and connects every provider of `participants` to its
    // own; `connected` follows once all have answered (or failed). False,
    // with the reason in errorString(), if the simulator cannot listen.
    bool start(const DemoParticipants &participants, const QList<DemoInstrument> &instruments, Options options);
    QString errorString() const { return m_error; }
    int cloudCount() const;
    // The simulated cloud of a provider, -1 without one.
    int cloudOf(qint64 providerId) const { return m_cloudOf.value(providerId, -1); }
    providersim::ProviderSimulator *simulator() const { return m_simulator.get(); }

Q_SIGNALS:
    // Every provider was asked to connect; `failures` of them did not.
    void connected(int providers, int failures);

private:
    int restoreInstances(qint64 providerId, int cloud);

    Database &m_database;
    CatalogRepository &m_catalog;
    ProviderRegistry &m_registry;
    const Clock &m_clock;
    std::unique_ptr<providersim::ProviderSimulator> m_simulator;
    QHash<qint64, int> m_cloudOf;
    QTimer m_events;
    QString m_error;
    int m_waiting = 0;
    int m_failures = 0;
};

} // namespace sc::broker
