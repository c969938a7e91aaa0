#include "core/demo/DemoClouds.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/catalog/CatalogRepository.h"
#include "core/demo/DemoParticipants.h"
#include "core/demo/DemoPriceModel.h"
#include "core/providers/ProviderRegistry.h"
#include "core/store/Database.h"
#include "providersim/ProviderSimulator.h"

#include <QHostAddress>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::providersim::CloudShape;
using sc::providersim::ProviderSimulator;
using sc::providersim::ProviderSimulatorOptions;

namespace sc::broker {

namespace {

// The clouds' names and credentials: the same every start.
constexpr quint64 kCloudSeed = 0xD3A0C10D5EEDULL;
// Every demo cloud runs these in each region, whatever the market trades there.
const QStringList kEverywhere{u"g1.small"_s, u"g1.medium"_s};

// "eu-de-fra" -> "fra": the simulator knows the catalog's cities by that code.
QString cityOf(const QString &region)
{
    return region.section(u'-', -1);
}

} // namespace

DemoClouds::DemoClouds(Database &database, CatalogRepository &catalog, ProviderRegistry &registry, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_registry(registry)
    , m_clock(clock)
{
    // The simulator's own timer runs on real time; with a manual clock (tests)
    // changes fall due when the clock moves, so look every second as well.
    m_events.setInterval(1'000);
    connect(&m_events, &QTimer::timeout, this, [this] {
        if (m_simulator)
            m_simulator->processDueEvents();
    });
}

DemoClouds::~DemoClouds() = default;

int DemoClouds::cloudCount() const
{
    return m_simulator ? m_simulator->providerCount() : 0;
}

bool DemoClouds::start(const DemoParticipants &participants, const QList<DemoInstrument> &instruments, Options options)
{
    QHash<QString, protocol::InstanceType> types;
    for (const protocol::InstanceType &type : m_catalog.load().instanceTypes)
        types.insert(type.id, type);
    QHash<QString, QStringList> tradedIn; // region -> instance types
    for (const DemoInstrument &instrument : instruments) {
        if (!tradedIn[instrument.region].contains(instrument.instanceType))
            tradedIn[instrument.region].append(instrument.instanceType);
    }

    // One cloud per provider, in id order, so a provider keeps its cloud.
    QList<DemoParticipants::Provider> providers = participants.providers();
    std::sort(providers.begin(), providers.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    ProviderSimulatorOptions simulator;
    simulator.providers = int(providers.size());
    simulator.seed = kCloudSeed;
    simulator.provisioningDelay = options.provisioningDelay;
    // Like real clouds, they fetch each instance's appliance through its
    // signed link and check its SHA-256 before it runs.
    simulator.fetchAppliances = true;
    simulator.clock = [this] { return m_clock.now().toMSecsSinceEpoch(); };
    const QStringList cities = providersim::CloudGenerator::cityCodes();
    for (int index = 0; index < providers.size(); ++index) {
        CloudShape shape;
        for (const QString &region : providers.at(index).regions) {
            if (!cities.contains(cityOf(region)))
                continue;
            CloudShape::Region cloudRegion;
            cloudRegion.city = cityOf(region);
            QStringList wanted = kEverywhere;
            for (const QString &type : tradedIn.value(region)) {
                if (!wanted.contains(type))
                    wanted.append(type);
            }
            for (const QString &typeId : std::as_const(wanted)) {
                const auto type = types.constFind(typeId);
                if (type == types.constEnd())
                    continue;
                cloudRegion.profiles.append({type->vcpus,
                                             type->memoryMiB,
                                             type->diskGiB,
                                             type->gpus,
                                             type->gpus > 0 ? options.gpuSlotsPerProfile : options.slotsPerProfile});
            }
            shape.regions.append(cloudRegion);
        }
        simulator.shapes.insert(index, shape);
        m_cloudOf.insert(providers.at(index).id, index);
    }
    m_simulator = std::make_unique<ProviderSimulator>(std::move(simulator));
    // Loopback only: the demo needs no network.
    if (!m_simulator->listen(QHostAddress::LocalHost, 0)) {
        m_error = u"The demo's simulated clouds cannot listen on 127.0.0.1: %1"_s.arg(m_simulator->errorString());
        m_simulator.reset();
        return false;
    }
    m_events.start();

    int restored = 0;
    for (const DemoParticipants::Provider &provider : std::as_const(providers))
        restored += restoreInstances(provider.id, m_cloudOf.value(provider.id));
    qCInfo(lcProviders).noquote() << "demo: simulated clouds for" << providers.size() << "providers on"
                                  << m_simulator->url().toString()
                                  << (restored > 0 ? u"(%1 instances taken back)"_s.arg(restored) : QString());

    m_waiting = int(providers.size());
    m_failures = 0;
    if (m_waiting == 0) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT connected(0, 0); }, Qt::QueuedConnection);
        return true;
    }
    const int total = m_waiting;
    for (const DemoParticipants::Provider &provider : std::as_const(providers)) {
        const int cloud = m_cloudOf.value(provider.id);
        m_registry.reconnectCloud(provider.id,
                                  m_simulator->baseUrl(cloud).toString(),
                                  m_simulator->credential(cloud),
                                  [self = QPointer<DemoClouds>(this), id = provider.id, total](
                                      const protocol::Expected<QJsonObject> &result) {
                                      if (!self)
                                          return;
                                      if (!result) {
                                          ++self->m_failures;
                                          qCWarning(lcProviders).noquote()
                                              << "demo: provider" << id
                                              << "did not connect to its cloud:" << result.error().message;
                                      }
                                      if (--self->m_waiting == 0)
                                          Q_EMIT self->connected(total, self->m_failures);
                                  });
    }
    return true;
}

int DemoClouds::restoreInstances(qint64 providerId, int cloud)
{
    DbQuery query = m_database.exec(
        u"SELECT i.provider_instance_id, i.client_token, i.region_code, i.profile_id, i.state, i.address, "
        "i.created_at, i.updated_at, i.running_at, l.ends_at FROM instances i JOIN leases l ON l.id = i.lease_id "
        "WHERE i.provider_id = ? AND i.provider_instance_id IS NOT NULL "
        "AND i.state IN ('provisioning', 'running', 'stopping')"_s,
        {providerId});
    int restored = 0;
    while (query.next()) {
        protocol::ProviderInstance instance;
        instance.id = query.value(0).toString();
        instance.clientToken = query.value(1).toString();
        instance.regionId = query.value(2).toString();
        instance.profileId = query.value(3).toString();
        instance.state = query.value(4).toString();
        instance.address = query.value(5).toString();
        instance.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        instance.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
        instance.leaseEndsAt = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
        const qint64 runningSince = query.value(8).isNull() ? -1 : query.value(8).toLongLong();
        if (m_simulator->adopt(cloud, instance, runningSince))
            ++restored;
    }
    return restored;
}

} // namespace sc::broker
