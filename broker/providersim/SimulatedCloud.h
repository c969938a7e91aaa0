#pragma once

#include "protocol/ProviderDto.h"
#include "providersim/CloudFaults.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace sc::providersim {

struct SimulatedProfile
{
    QString id;
    QString name;
    int vcpus = 0;
    int memoryMiB = 0;
    int diskGiB = 0;
    int gpus = 0;
    int totalSlots = 0;
    int usedSlots = 0;
};

struct SimulatedRegion
{
    QString id;
    QString countryCode;
    QString city;
    double latitude = 0;
    double longitude = 0;
    QList<SimulatedProfile> profiles;
};

struct SimulatedInstance
{
    protocol::ProviderInstance wire;
    qint64 serial = 0;
    qint64 changeSeq = 0;       // the cloud's change counter when it last changed
    qint64 runningSinceMs = -1; // when it became running
    qint64 runningUntilMs = -1; // when it stopped running (stopping, failed)
    int region = 0;
    int profile = 0;
    bool fetchPending = false; // the appliance is still being fetched
    bool provisionDue = false; // the provisioning delay is over (waits for the fetch)
    bool holdsSlot = true;
};

// One simulated provider cloud: its identity, regions and profiles, its
// instances and the change counter behind `since` cursors and ETags. Answers
// are serialized once and kept until something changes, so a poll of an
// unchanged cloud costs a hash lookup. Plain data and logic: the simulator
// owns the clock, the timers and HTTP.
class SimulatedCloud
{
public:
    SimulatedCloud(int index, QString name, QByteArray credential, QList<SimulatedRegion> regions);

    int index() const { return m_index; }
    const QString &name() const { return m_name; }
    const QByteArray &credential() const { return m_credential; }
    const QList<SimulatedRegion> &regions() const { return m_regions; }
    bool isAuthorized(QByteArrayView bearerToken) const;

    const CloudFaults &faults() const { return m_faults; }
    qint64 faultsSinceMs() const { return m_faultsSinceMs; }
    void setFaults(CloudFaults faults, qint64 nowMs);

    enum class CreateOutcome { Created, Existing, NoCapacity, UnknownRegion, UnknownProfile };
    struct CreateResult
    {
        CreateOutcome outcome = CreateOutcome::Created;
        SimulatedInstance *instance = nullptr;
    };
    CreateResult create(const protocol::NewProviderInstance &request, qint64 nowMs);

    // Takes back an instance this cloud made before a restart (the demo
    // broker's clouds live in its process): same id, client token, region,
    // profile and state; it holds a slot while alive, even past the total.
    // Nothing happens for an unknown region or profile, or an id in use.
    SimulatedInstance *adopt(const protocol::ProviderInstance &wire, qint64 runningSinceMs, qint64 nowMs);

    SimulatedInstance *find(QStringView id);
    SimulatedInstance *findByClientToken(const QString &clientToken);
    QList<SimulatedInstance *> runningInstances();

    // Transitions. Each bumps the change counter; the ones that free a slot
    // also change the capacity.
    void setRunning(SimulatedInstance &instance, qint64 nowMs);
    void setStopping(SimulatedInstance &instance, const QString &reason, qint64 nowMs);
    // The broker renewed the lease: the instance runs until then.
    void setLeaseEnd(SimulatedInstance &instance, const QDateTime &leaseEndsAt, qint64 nowMs);
    void setEnded(SimulatedInstance &instance, QStringView state, const QString &reason, qint64 nowMs);
    // The instance is gone without a trace (the vanish fault): id and client token forgotten.
    void forget(const QString &id);

    qint64 changeCounter() const { return m_changeCounter; }

    QByteArray capacityEtag() const;
    const QByteArray &capacityBody();
    // since: only instances changed after that counter; nullopt: all.
    QByteArray instanceListEtag(std::optional<qint64> since) const;
    QByteArray instanceListBody(std::optional<qint64> since);
    static QByteArray instanceBody(const SimulatedInstance &instance);

    // For the control API.
    QJsonObject describe() const;
    qint64 requestCount = 0;

private:
    void changed(SimulatedInstance &instance, qint64 nowMs);
    void releaseSlot(SimulatedInstance &instance);
    QString addressFor(qint64 serial) const;

    int m_index;
    QString m_name;
    QByteArray m_credential;
    QList<SimulatedRegion> m_regions;
    CloudFaults m_faults;
    qint64 m_faultsSinceMs = 0;

    std::map<QString, SimulatedInstance> m_instances; // by id (ids sort by creation)
    QHash<QString, QString> m_idByClientToken;
    qint64 m_nextSerial = 1;
    qint64 m_changeCounter = 0;
    qint64 m_capacityVersion = 0;

    QByteArray m_capacityBody;
    qint64 m_capacityBodyVersion = -1;
    QByteArray m_listBody;
    qint64 m_listBodyCounter = -1;
};

} // namespace sc::providersim
