#include "providersim/SimulatedCloud.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::protocol::ProviderInstance;
namespace State = sc::protocol::ProviderInstanceState;

namespace sc::providersim {

namespace {

QDateTime timeAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

SimulatedCloud::SimulatedCloud(int index, QString name, QByteArray credential, QList<SimulatedRegion> regions)
    : m_index(index)
    , m_name(std::move(name))
    , m_credential(std::move(credential))
    , m_regions(std::move(regions))
{
}

bool SimulatedCloud::isAuthorized(QByteArrayView bearerToken) const
{
    return !bearerToken.isEmpty() && constantTimeEquals(bearerToken, m_credential);
}

void SimulatedCloud::setFaults(CloudFaults faults, qint64 nowMs)
{
    m_faults = std::move(faults);
    m_faultsSinceMs = nowMs;
}

SimulatedCloud::CreateResult SimulatedCloud::create(const protocol::NewProviderInstance &request, qint64 nowMs)
{
    if (SimulatedInstance *existing = findByClientToken(request.clientToken))
        return {CreateOutcome::Existing, existing};
    const auto region = std::find_if(m_regions.begin(), m_regions.end(), [&](const SimulatedRegion &candidate) {
        return candidate.id == request.regionId;
    });
    if (region == m_regions.end())
        return {CreateOutcome::UnknownRegion, nullptr};
    const auto profile = std::find_if(
        region->profiles.begin(), region->profiles.end(), [&](const SimulatedProfile &candidate) {
            return candidate.id == request.profileId;
        });
    if (profile == region->profiles.end())
        return {CreateOutcome::UnknownProfile, nullptr};
    if (profile->usedSlots >= profile->totalSlots)
        return {CreateOutcome::NoCapacity, nullptr};

    ++profile->usedSlots;
    ++m_capacityVersion;
    const qint64 serial = m_nextSerial++;
    const QString id = u"i-%1-%2"_s.arg(m_index).arg(serial, 8, 10, QChar(u'0'));
    SimulatedInstance instance;
    instance.serial = serial;
    instance.region = int(region - m_regions.begin());
    instance.profile = int(profile - region->profiles.begin());
    ProviderInstance &wire = instance.wire;
    wire.id = id;
    wire.clientToken = request.clientToken;
    wire.regionId = request.regionId;
    wire.profileId = request.profileId;
    wire.state = State::Provisioning.toString();
    wire.leaseEndsAt = request.leaseEndsAt;
    wire.createdAt = timeAt(nowMs);
    auto &stored = m_instances.emplace(id, std::move(instance)).first->second;
    m_idByClientToken.insert(request.clientToken, id);
    changed(stored, nowMs);
    return {CreateOutcome::Created, &stored};
}

SimulatedInstance *SimulatedCloud::adopt(const protocol::ProviderInstance &wire, qint64 runningSinceMs, qint64 nowMs)
{
    if (wire.id.isEmpty() || find(wire.id) || (!wire.clientToken.isEmpty() && findByClientToken(wire.clientToken)))
        return nullptr;
    const auto region = std::find_if(m_regions.begin(), m_regions.end(), [&](const SimulatedRegion &candidate) {
        return candidate.id == wire.regionId;
    });
    if (region == m_regions.end())
        return nullptr;
    const auto profile = std::find_if(
        region->profiles.begin(), region->profiles.end(), [&](const SimulatedProfile &candidate) {
            return candidate.id == wire.profileId;
        });
    if (profile == region->profiles.end())
        return nullptr;
    SimulatedInstance instance;
    // Ids read i-<cloud>-<serial>: new instances go on after the adopted ones.
    bool ok = false;
    const qint64 serial = wire.id.section(u'-', 2, 2).toLongLong(&ok);
    instance.serial = ok && serial > 0 ? serial : m_nextSerial;
    m_nextSerial = std::max(m_nextSerial, instance.serial + 1);
    instance.region = int(region - m_regions.begin());
    instance.profile = int(profile - region->profiles.begin());
    instance.wire = wire;
    const bool alive = wire.state == protocol::ProviderInstanceState::Provisioning
                       || wire.state == protocol::ProviderInstanceState::Running
                       || wire.state == protocol::ProviderInstanceState::Stopping;
    instance.holdsSlot = alive;
    if (alive) {
        ++profile->usedSlots;
        ++m_capacityVersion;
    }
    if (wire.state == protocol::ProviderInstanceState::Running) {
        instance.runningSinceMs = runningSinceMs >= 0 ? runningSinceMs : nowMs;
        if (instance.wire.address.isEmpty())
            instance.wire.address = addressFor(instance.serial);
    }
    auto &stored = m_instances.emplace(wire.id, std::move(instance)).first->second;
    if (!wire.clientToken.isEmpty())
        m_idByClientToken.insert(wire.clientToken, wire.id);
    changed(stored, nowMs);
    return &stored;
}

SimulatedInstance *SimulatedCloud::find(QStringView id)
{
    const auto it = m_instances.find(id.toString());
    return it == m_instances.end() ? nullptr : &it->second;
}

SimulatedInstance *SimulatedCloud::findByClientToken(const QString &clientToken)
{
    const auto id = m_idByClientToken.constFind(clientToken);
    return id == m_idByClientToken.constEnd() ? nullptr : find(*id);
}

QList<SimulatedInstance *> SimulatedCloud::runningInstances()
{
    QList<SimulatedInstance *> running;
    for (auto &[id, instance] : m_instances) {
        if (instance.wire.state == State::Running)
            running.append(&instance);
    }
    return running;
}

void SimulatedCloud::changed(SimulatedInstance &instance, qint64 nowMs)
{
    instance.changeSeq = ++m_changeCounter;
    instance.wire.updatedAt = timeAt(nowMs);
}

void SimulatedCloud::releaseSlot(SimulatedInstance &instance)
{
    if (!instance.holdsSlot)
        return;
    instance.holdsSlot = false;
    SimulatedProfile &profile = m_regions[instance.region].profiles[instance.profile];
    profile.usedSlots = std::max(0, profile.usedSlots - 1);
    ++m_capacityVersion;
}

QString SimulatedCloud::addressFor(qint64 serial) const
{
    return u"10.%1.%2.%3"_s.arg(m_index % 256).arg((serial / 254) % 256).arg(serial % 254 + 1);
}

void SimulatedCloud::setRunning(SimulatedInstance &instance, qint64 nowMs)
{
    instance.wire.state = State::Running.toString();
    instance.wire.address = addressFor(instance.serial);
    instance.runningSinceMs = nowMs;
    changed(instance, nowMs);
}

void SimulatedCloud::setStopping(SimulatedInstance &instance, const QString &reason, qint64 nowMs)
{
    if (instance.runningSinceMs >= 0 && instance.runningUntilMs < 0)
        instance.runningUntilMs = nowMs;
    instance.wire.state = State::Stopping.toString();
    instance.wire.stateReason = reason;
    changed(instance, nowMs);
}

void SimulatedCloud::setEnded(SimulatedInstance &instance, QStringView state, const QString &reason, qint64 nowMs)
{
    if (instance.runningSinceMs >= 0 && instance.runningUntilMs < 0)
        instance.runningUntilMs = nowMs;
    instance.wire.state = state.toString();
    if (!reason.isEmpty() || state == State::Failed)
        instance.wire.stateReason = reason;
    if (state == State::Failed)
        instance.wire.address.clear();
    releaseSlot(instance);
    changed(instance, nowMs);
}

void SimulatedCloud::setLeaseEnd(SimulatedInstance &instance, const QDateTime &leaseEndsAt, qint64 nowMs)
{
    instance.wire.leaseEndsAt = leaseEndsAt.toUTC();
    changed(instance, nowMs);
}

void SimulatedCloud::forget(const QString &id)
{
    const auto it = m_instances.find(id);
    if (it == m_instances.end())
        return;
    releaseSlot(it->second);
    m_idByClientToken.remove(it->second.wire.clientToken);
    m_instances.erase(it);
    ++m_changeCounter;
}

QByteArray SimulatedCloud::capacityEtag() const
{
    return "\"c" + QByteArray::number(m_capacityVersion) + '"';
}

const QByteArray &SimulatedCloud::capacityBody()
{
    if (m_capacityBodyVersion == m_capacityVersion)
        return m_capacityBody;
    protocol::ProviderCapacity capacity;
    for (const SimulatedRegion &region : m_regions) {
        protocol::ProviderRegion wire{
            region.id, region.countryCode, region.city, region.latitude, region.longitude, {}};
        for (const SimulatedProfile &profile : region.profiles) {
            wire.profiles.append(protocol::ProviderProfile{profile.id,
                                                           profile.name,
                                                           profile.vcpus,
                                                           profile.memoryMiB,
                                                           profile.diskGiB,
                                                           profile.gpus,
                                                           profile.totalSlots,
                                                           profile.usedSlots,
                                                           profile.totalSlots - profile.usedSlots});
        }
        capacity.regions.append(wire);
    }
    m_capacityBody = compact(capacity.toJson());
    m_capacityBodyVersion = m_capacityVersion;
    return m_capacityBody;
}

QByteArray SimulatedCloud::instanceListEtag(std::optional<qint64> since) const
{
    QByteArray tag = "\"l" + QByteArray::number(m_changeCounter);
    if (since)
        tag += '-' + QByteArray::number(*since);
    return tag + '"';
}

QByteArray SimulatedCloud::instanceListBody(std::optional<qint64> since)
{
    const bool everything = !since;
    if (everything && m_listBodyCounter == m_changeCounter)
        return m_listBody;
    QJsonArray instances;
    for (const auto &[id, instance] : m_instances) {
        if (everything || instance.changeSeq > *since)
            instances.append(instance.wire.toJson());
    }
    const QByteArray body = compact(
        QJsonObject{{u"instances"_s, instances}, {u"cursor"_s, QString::number(m_changeCounter)}});
    if (everything) {
        m_listBody = body;
        m_listBodyCounter = m_changeCounter;
    }
    return body;
}

QByteArray SimulatedCloud::instanceBody(const SimulatedInstance &instance)
{
    return compact(instance.wire.toJson());
}

QJsonObject SimulatedCloud::describe() const
{
    QJsonObject states;
    for (const auto &[id, instance] : m_instances)
        states.insert(instance.wire.state, states.value(instance.wire.state).toInt() + 1);
    int totalSlots = 0;
    int usedSlots = 0;
    for (const SimulatedRegion &region : m_regions) {
        for (const SimulatedProfile &profile : region.profiles) {
            totalSlots += profile.totalSlots;
            usedSlots += profile.usedSlots;
        }
    }
    return QJsonObject{
        {u"index"_s, m_index},
        {u"name"_s, m_name},
        {u"faults"_s, m_faults.toString()},
        {u"regions"_s, int(m_regions.size())},
        {u"totalSlots"_s, totalSlots},
        {u"usedSlots"_s, usedSlots},
        {u"instances"_s, qint64(m_instances.size())},
        {u"instanceStates"_s, states},
        {u"changeCounter"_s, m_changeCounter},
        {u"capacityVersion"_s, m_capacityVersion},
        {u"requests"_s, requestCount},
    };
}

} // namespace sc::providersim
