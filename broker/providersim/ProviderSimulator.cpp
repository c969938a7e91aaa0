#include "providersim/ProviderSimulator.h"

#include "http/HttpServer.h"
#include "http/RouteTable.h"
#include "protocol/JsonReader.h"
#include "protocol/ProviderDto.h"
#include "providersim/ApplianceFetcher.h"
#include "providersim/CloudGenerator.h"
#include "providersim/DeterministicRandom.h"
#include "providersim/SimulatedCloud.h"
#include "providersim/UtilizationModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponder;
using sc::http::HttpResponse;
using sc::protocol::ProviderError;
namespace ErrorCode = sc::protocol::ProviderErrorCode;
namespace State = sc::protocol::ProviderInstanceState;

namespace sc::providersim {

namespace {

constexpr qint64 kCreateBodyLimit = 16 * 1024;
constexpr qint64 kNoBodyLimit = 1024;

HttpResponse errorResponse(int status, QStringView code, const QString &message)
{
    return HttpResponse::json(status, ProviderError{code.toString(), message}.toJson());
}

HttpResponse jsonBytes(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.headers.set("Content-Type", "application/json");
    response.body = std::move(body);
    return response;
}

HttpResponse notFound(QStringView id)
{
    return errorResponse(404, ErrorCode::NotFound, u"There is no instance %1."_s.arg(id));
}

HttpResponse invalid(const QString &message)
{
    return errorResponse(400, ErrorCode::ValidationFailed, message);
}

// If-None-Match names this tag (or is "*").
bool matchesTag(const HttpRequest &request, const QByteArray &tag)
{
    const QByteArray header = request.headers.value("If-None-Match");
    if (header.isEmpty())
        return false;
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.sliced(2);
        if (candidate == tag || candidate == "*")
            return true;
    }
    return false;
}

HttpResponse tagged(HttpResponse response, const QByteArray &tag)
{
    response.headers.set("ETag", tag);
    return response;
}

HttpResponse notModified(const QByteArray &tag)
{
    HttpResponse response;
    response.status = 304;
    response.headers.set("ETag", tag);
    return response;
}

QByteArray garbled(const QByteArray &body, quint64 variant)
{
    switch (variant % 3) {
    case 0: return body.left(std::max<qsizetype>(1, body.size() / 2));
    case 1: return "<html><body><h1>502 Bad Gateway</h1><p>upstream sent nothing useful</p></body></html>";
    default: return R"({"unexpected":true,"data":null})";
    }
}

} // namespace

ProviderSimulator::ProviderSimulator(ProviderSimulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_routes(std::make_unique<http::RouteTable>())
{
    const qint64 start = now();
    m_clouds.reserve(size_t(std::max(0, m_options.providers)));
    for (int index = 0; index < m_options.providers; ++index) {
        const auto shape = m_options.shapes.constFind(index);
        m_clouds.push_back(shape == m_options.shapes.constEnd() ? CloudGenerator::make(m_options.seed, index)
                                                                : CloudGenerator::make(m_options.seed, index, *shape));
        if (const auto faults = m_options.faults.constFind(index); faults != m_options.faults.constEnd())
            m_clouds.back()->setFaults(*faults, start);
    }
    addRoutes();

    // One client (the broker) polls every cloud from one address.
    http::HttpServerLimits limits;
    limits.maxConnections = 50'000;
    limits.maxConnectionsPerAddress = 50'000;
    m_server = std::make_unique<http::HttpServer>(*m_routes, limits);
    connect(m_server.get(), &http::HttpServer::drained, this, &ProviderSimulator::stopped);

    if (m_options.fetchAppliances)
        m_fetcher = new ApplianceFetcher(this);
    m_eventTimer.setSingleShot(true);
    connect(&m_eventTimer, &QTimer::timeout, this, &ProviderSimulator::processDueEvents);
}

ProviderSimulator::~ProviderSimulator() = default;

qint64 ProviderSimulator::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

bool ProviderSimulator::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return false;
    m_url = QUrl();
    m_url.setScheme(u"http"_s);
    m_url.setHost(m_server->serverAddress().toString());
    m_url.setPort(m_server->serverPort());
    return true;
}

QString ProviderSimulator::errorString() const
{
    return m_server->errorString();
}

QUrl ProviderSimulator::url() const
{
    return m_url;
}

int ProviderSimulator::providerCount() const
{
    return int(m_clouds.size());
}

SimulatedCloud *ProviderSimulator::cloudAt(int index) const
{
    return index >= 0 && index < int(m_clouds.size()) ? m_clouds[size_t(index)].get() : nullptr;
}

QUrl ProviderSimulator::baseUrl(int index) const
{
    return QUrl(m_url.toString() + u"/p/"_s + QString::number(index));
}

QByteArray ProviderSimulator::credential(int index) const
{
    const SimulatedCloud *cloud = cloudAt(index);
    return cloud ? cloud->credential() : QByteArray();
}

QString ProviderSimulator::name(int index) const
{
    const SimulatedCloud *cloud = cloudAt(index);
    return cloud ? cloud->name() : QString();
}

QJsonObject ProviderSimulator::manifest() const
{
    QJsonArray providers;
    for (const auto &cloud : m_clouds) {
        providers.append(QJsonObject{
            {u"index"_s, cloud->index()},
            {u"baseUrl"_s, baseUrl(cloud->index()).toString()},
            {u"credential"_s, QString::fromLatin1(cloud->credential())},
            {u"name"_s, cloud->name()},
        });
    }
    return QJsonObject{{u"providers"_s, providers}};
}

bool ProviderSimulator::setFaults(int index, const CloudFaults &faults)
{
    SimulatedCloud *cloud = cloudAt(index);
    if (!cloud)
        return false;
    const qint64 t = now();
    cloud->setFaults(faults, t);
    if (faults.vanishAfterMs) {
        for (SimulatedInstance *instance : cloud->runningInstances())
            schedule(std::max(t, instance->runningSinceMs + *faults.vanishAfterMs),
                     Event{Event::Vanish, index, instance->wire.id});
    }
    return true;
}

CloudFaults ProviderSimulator::faults(int index) const
{
    const SimulatedCloud *cloud = cloudAt(index);
    return cloud ? cloud->faults() : CloudFaults();
}

QJsonObject ProviderSimulator::describe(int index) const
{
    const SimulatedCloud *cloud = cloudAt(index);
    if (!cloud)
        return {};
    QJsonObject description = cloud->describe();
    description.insert(u"baseUrl"_s, baseUrl(index).toString());
    return description;
}

bool ProviderSimulator::adopt(int index, const protocol::ProviderInstance &instance, qint64 runningSinceMs)
{
    SimulatedCloud *cloud = cloudAt(index);
    const qint64 t = now();
    SimulatedInstance *adopted = cloud ? cloud->adopt(instance, runningSinceMs, t) : nullptr;
    if (!adopted)
        return false;
    const QString &state = adopted->wire.state;
    if (state == State::Provisioning)
        schedule(t + m_options.provisioningDelay.count() / 2, Event{Event::Provisioned, index, instance.id});
    else if (state == State::Stopping)
        schedule(t + m_options.stoppingDelay.count(), Event{Event::Terminated, index, instance.id});
    if (state == State::Provisioning || state == State::Running)
        schedule(adopted->wire.leaseEndsAt.toMSecsSinceEpoch(), Event{Event::LeaseEnded, index, instance.id});
    return true;
}

void ProviderSimulator::shutdown(std::chrono::milliseconds grace)
{
    m_eventTimer.stop();
    m_server->shutdown(grace);
}

// Routes ---------------------------------------------------------------------

void ProviderSimulator::addRoutes()
{
    using namespace std::placeholders;
    addCloudRoute(HttpMethod::Get, u"/v1/health"_s, std::bind(&ProviderSimulator::health, this, _1, _2));
    addCloudRoute(HttpMethod::Get, u"/v1/capacity"_s, std::bind(&ProviderSimulator::capacity, this, _1, _2));
    addCloudRoute(HttpMethod::Get, u"/v1/instances"_s, std::bind(&ProviderSimulator::listInstances, this, _1, _2));
    addCloudRoute(HttpMethod::Post, u"/v1/instances"_s, std::bind(&ProviderSimulator::createInstance, this, _1, _2));
    addCloudRoute(HttpMethod::Get, u"/v1/instances/{id}"_s, std::bind(&ProviderSimulator::getInstance, this, _1, _2));
    addCloudRoute(
        HttpMethod::Delete, u"/v1/instances/{id}"_s, std::bind(&ProviderSimulator::deleteInstance, this, _1, _2));
    addCloudRoute(
        HttpMethod::Patch, u"/v1/instances/{id}"_s, std::bind(&ProviderSimulator::extendInstance, this, _1, _2));
    addCloudRoute(
        HttpMethod::Get, u"/v1/instances/{id}/utilization"_s, std::bind(&ProviderSimulator::utilization, this, _1, _2));

    http::RouteOptions control;
    control.isPublic = true;
    control.maxBodyBytes = 4 * 1024;
    m_routes->addSync(
        HttpMethod::Get,
        u"/control/providers/{index:int}",
        [this](const HttpRequest &r) { return controlGet(r); },
        control);
    m_routes->addSync(
        HttpMethod::Put,
        u"/control/providers/{index:int}/faults",
        [this](const HttpRequest &r) { return controlPutFaults(r); },
        control);
}

void ProviderSimulator::addCloudRoute(HttpMethod method, const QString &path, CloudHandler handler)
{
    http::RouteOptions options;
    // Authentication is each cloud's own (its credential), after its faults.
    options.isPublic = true;
    options.maxBodyBytes = method == HttpMethod::Post || method == HttpMethod::Patch ? kCreateBodyLimit : kNoBodyLimit;
    m_routes->add(
        method,
        QString(u"/p/{index:int}"_s + path),
        [this, handler = std::move(handler)](const HttpRequest &request, HttpResponder responder) {
            serveCloud(request, responder, handler);
        },
        options);
}

void ProviderSimulator::serveCloud(const HttpRequest &request, const HttpResponder &responder,
                                   const CloudHandler &handler)
{
    bool ok = false;
    SimulatedCloud *cloud = cloudAt(request.pathParam(u"index"_s).toInt(&ok));
    if (!ok || !cloud) {
        responder.send(
            errorResponse(404, ErrorCode::NotFound, u"There is no simulated cloud at %1."_s.arg(request.path)));
        return;
    }
    ++cloud->requestCount;
    const CloudFaults &faults = cloud->faults();
    if (faults.timeout)
        return; // the responder goes out of scope unanswered: the client waits forever

    HttpResponse response;
    const qint64 t = now();
    const bool flappedDown = faults.flappingPeriodMs
                             && ((t - cloud->faultsSinceMs()) / *faults.flappingPeriodMs) % 2 == 1;
    const bool failed = faults.error5xxProbability
                        && DeterministicRandom(m_options.seed ^ DeterministicRandom::mix(++m_faultDraws)).unit()
                               < *faults.error5xxProbability;
    if (flappedDown || failed) {
        response = errorResponse(503, ErrorCode::Unavailable, u"The cloud is temporarily unavailable."_s);
    } else if (!cloud->isAuthorized(request.bearerToken())) {
        response = errorResponse(
            401, ErrorCode::Unauthorized, u"A valid bearer credential for this cloud is required."_s);
    } else {
        response = handler(*cloud, request);
    }
    if (faults.malformed && response.status >= 200 && response.status < 300 && !response.body.isEmpty())
        response.body = garbled(response.body, m_malformedCount++);

    if (faults.slowMs && *faults.slowMs > 0) {
        QTimer::singleShot(*faults.slowMs, this, [responder, response = std::move(response)]() mutable {
            responder.send(std::move(response));
        });
        return;
    }
    responder.send(std::move(response));
}

HttpResponse ProviderSimulator::health(SimulatedCloud &cloud, const HttpRequest &)
{
    const protocol::ProviderHealth health{u"ok"_s,
                                          cloud.name(),
                                          QStringLiteral("sparecloud-provider-sim " SPARECLOUD_VERSION),
                                          protocol::kProviderApiVersion.toString()};
    return HttpResponse::json(200, health.toJson());
}

HttpResponse ProviderSimulator::capacity(SimulatedCloud &cloud, const HttpRequest &request)
{
    const QByteArray tag = cloud.capacityEtag();
    if (matchesTag(request, tag))
        return notModified(tag);
    return tagged(jsonBytes(200, cloud.capacityBody()), tag);
}

HttpResponse ProviderSimulator::listInstances(SimulatedCloud &cloud, const HttpRequest &request)
{
    std::optional<qint64> since;
    if (const auto text = request.queryValue(u"since"_s)) {
        bool ok = false;
        const qint64 cursor = text->toLongLong(&ok);
        if (!ok || cursor < 0 || cursor > cloud.changeCounter())
            return invalid(u"'since' must be a cursor this cloud handed out."_s);
        since = cursor;
    }
    const QByteArray tag = cloud.instanceListEtag(since);
    if (matchesTag(request, tag))
        return notModified(tag);
    return tagged(jsonBytes(200, cloud.instanceListBody(since)), tag);
}

HttpResponse ProviderSimulator::createInstance(SimulatedCloud &cloud, const HttpRequest &request)
{
    const auto object = protocol::JsonReader::parseObject(request.body);
    if (!object)
        return invalid(object.error().message);
    const auto wanted = protocol::NewProviderInstance::fromJson(*object);
    if (!wanted)
        return invalid(wanted.error().message);

    // The same clientToken answers the instance made for it, whatever else holds now.
    if (const SimulatedInstance *existing = cloud.findByClientToken(wanted->clientToken))
        return jsonBytes(200, SimulatedCloud::instanceBody(*existing));
    if (cloud.faults().refuse)
        return errorResponse(503, ErrorCode::NotAccepting, u"This cloud does not accept new instances now."_s);
    const qint64 t = now();
    if (wanted->leaseEndsAt.toMSecsSinceEpoch() <= t)
        return invalid(u"Field 'leaseEndsAt' must be in the future."_s);

    const auto result = cloud.create(*wanted, t);
    switch (result.outcome) {
    case SimulatedCloud::CreateOutcome::Existing: return jsonBytes(200, SimulatedCloud::instanceBody(*result.instance));
    case SimulatedCloud::CreateOutcome::UnknownRegion:
        return invalid(u"Field 'regionId' names no region of this cloud."_s);
    case SimulatedCloud::CreateOutcome::UnknownProfile:
        return invalid(u"Field 'profileId' names no profile of region %1."_s.arg(wanted->regionId));
    case SimulatedCloud::CreateOutcome::NoCapacity:
        return errorResponse(409,
                             ErrorCode::NoCapacity,
                             u"Profile %1 in %2 has no free slot."_s.arg(wanted->profileId, wanted->regionId));
    case SimulatedCloud::CreateOutcome::Created: break;
    }

    SimulatedInstance &instance = *result.instance;
    DeterministicRandom jitter(m_options.seed
                               ^ DeterministicRandom::mix(quint64(cloud.index()) << 32 | quint64(instance.serial)));
    const qint64 delay = qint64(double(m_options.provisioningDelay.count()) * (0.75 + 0.5 * jitter.unit()));
    schedule(t + delay, Event{Event::Provisioned, cloud.index(), instance.wire.id});
    schedule(wanted->leaseEndsAt.toMSecsSinceEpoch(), Event{Event::LeaseEnded, cloud.index(), instance.wire.id});
    if (m_fetcher && !wanted->applianceUrl.isEmpty())
        startFetch(cloud, instance, wanted->applianceUrl, wanted->applianceSha256);
    return jsonBytes(201, SimulatedCloud::instanceBody(instance));
}

HttpResponse ProviderSimulator::getInstance(SimulatedCloud &cloud, const HttpRequest &request)
{
    const QString id = request.pathParam(u"id"_s);
    const SimulatedInstance *instance = cloud.find(id);
    if (!instance)
        return notFound(id);
    return jsonBytes(200, SimulatedCloud::instanceBody(*instance));
}

HttpResponse ProviderSimulator::deleteInstance(SimulatedCloud &cloud, const HttpRequest &request)
{
    const QString id = request.pathParam(u"id"_s);
    SimulatedInstance *instance = cloud.find(id);
    if (!instance)
        return notFound(id);
    const QString &state = instance->wire.state;
    if (state == State::Provisioning || state == State::Running) {
        const qint64 t = now();
        cloud.setStopping(*instance, QString(), t);
        schedule(t + m_options.stoppingDelay.count(), Event{Event::Terminated, cloud.index(), id});
    }
    return jsonBytes(202, SimulatedCloud::instanceBody(*instance));
}

HttpResponse ProviderSimulator::extendInstance(SimulatedCloud &cloud, const HttpRequest &request)
{
    const QString id = request.pathParam(u"id"_s);
    SimulatedInstance *instance = cloud.find(id);
    if (!instance)
        return notFound(id);
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    if (!document.isObject() || body.size() != 1 || !body.value(u"leaseEndsAt"_s).isString())
        return invalid(u"The body must be {\"leaseEndsAt\": time}."_s);
    const QDateTime leaseEndsAt = QDateTime::fromString(body.value(u"leaseEndsAt"_s).toString(), Qt::ISODateWithMs);
    const qint64 t = now();
    if (!leaseEndsAt.isValid() || leaseEndsAt.toMSecsSinceEpoch() <= t)
        return invalid(u"Field 'leaseEndsAt' must be a time in the future."_s);
    const QString &state = instance->wire.state;
    if (state != State::Provisioning && state != State::Running)
        return errorResponse(409, ErrorCode::Conflict, u"Instance %1 is %2; its lease cannot change."_s.arg(id, state));
    cloud.setLeaseEnd(*instance, leaseEndsAt, t);
    schedule(leaseEndsAt.toMSecsSinceEpoch(), Event{Event::LeaseEnded, cloud.index(), id});
    return jsonBytes(200, SimulatedCloud::instanceBody(*instance));
}

HttpResponse ProviderSimulator::utilization(SimulatedCloud &cloud, const HttpRequest &request)
{
    const QString id = request.pathParam(u"id"_s);
    const SimulatedInstance *instance = cloud.find(id);
    if (!instance)
        return notFound(id);
    qint64 sinceMs = std::numeric_limits<qint64>::min();
    if (const auto text = request.queryValue(u"since"_s)) {
        const QDateTime since = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!since.isValid())
            return invalid(u"'since' must be an ISO 8601 time."_s);
        sinceMs = since.toMSecsSinceEpoch();
    }
    const qint64 until = instance->runningUntilMs >= 0            ? instance->runningUntilMs
                         : instance->wire.state == State::Running ? now()
                                                                  : -1;
    const quint64 seed = DeterministicRandom::mix(m_options.seed ^ DeterministicRandom::mix(quint64(cloud.index())))
                         ^ quint64(instance->serial);
    const protocol::ProviderUtilization answer{UtilizationModel::samples(
        seed, instance->runningSinceMs, until, sinceMs, cloud.regions().at(instance->region).longitude)};
    return HttpResponse::json(200, answer.toJson());
}

HttpResponse ProviderSimulator::controlGet(const HttpRequest &request)
{
    if (!request.peerAddress.isLoopback())
        return errorResponse(403, u"forbidden", u"The control API answers loopback callers only."_s);
    const int index = request.pathParam(u"index"_s).toInt();
    if (!cloudAt(index))
        return errorResponse(404, ErrorCode::NotFound, u"There is no simulated cloud %1."_s.arg(index));
    return HttpResponse::json(200, describe(index));
}

HttpResponse ProviderSimulator::controlPutFaults(const HttpRequest &request)
{
    if (!request.peerAddress.isLoopback())
        return errorResponse(403, u"forbidden", u"The control API answers loopback callers only."_s);
    const int index = request.pathParam(u"index"_s).toInt();
    if (!cloudAt(index))
        return errorResponse(404, ErrorCode::NotFound, u"There is no simulated cloud %1."_s.arg(index));
    const auto object = protocol::JsonReader::parseObject(request.body);
    if (!object)
        return invalid(object.error().message);
    protocol::JsonReader reader(*object);
    reader.allowOnly({u"faults"});
    const QString text = reader.string(u"faults", 1024, 0);
    if (!reader.ok())
        return invalid(reader.error().message);
    const auto faults = CloudFaults::parse(text);
    if (!faults)
        return invalid(faults.error().message);
    setFaults(index, *faults);
    return HttpResponse::json(200, describe(index));
}

// Instance life ---------------------------------------------------------------

void ProviderSimulator::startFetch(SimulatedCloud &cloud, SimulatedInstance &instance, const QString &url,
                                   const QString &sha256)
{
    instance.fetchPending = true;
    m_fetcher->fetch(
        QUrl(url), sha256, [this, index = cloud.index(), id = instance.wire.id](ApplianceFetcher::Result result) {
            SimulatedCloud *owner = cloudAt(index);
            SimulatedInstance *fetched = owner ? owner->find(id) : nullptr;
            if (!fetched || fetched->wire.state != State::Provisioning)
                return;
            fetched->fetchPending = false;
            if (result == ApplianceFetcher::Result::Unreachable)
                owner->setEnded(*fetched, State::Failed, u"appliance_unreachable"_s, now());
            else if (result == ApplianceFetcher::Result::ChecksumMismatch)
                owner->setEnded(*fetched, State::Failed, u"appliance_checksum_mismatch"_s, now());
            else if (fetched->provisionDue)
                becameRunning(*owner, *fetched);
        });
}

void ProviderSimulator::becameRunning(SimulatedCloud &cloud, SimulatedInstance &instance)
{
    const qint64 t = now();
    cloud.setRunning(instance, t);
    if (const auto after = cloud.faults().vanishAfterMs)
        schedule(t + *after, Event{Event::Vanish, cloud.index(), instance.wire.id});
}

void ProviderSimulator::schedule(qint64 dueMs, Event event)
{
    m_events.emplace(dueMs, std::move(event));
    if (m_eventTimerDue < 0 || dueMs < m_eventTimerDue)
        rearmEvents();
}

void ProviderSimulator::rearmEvents()
{
    if (m_events.empty()) {
        m_eventTimer.stop();
        m_eventTimerDue = -1;
        return;
    }
    m_eventTimerDue = m_events.begin()->first;
    const qint64 delay = std::clamp<qint64>(m_eventTimerDue - now(), 0, std::numeric_limits<int>::max());
    m_eventTimer.start(int(delay));
}

void ProviderSimulator::processDueEvents()
{
    const qint64 t = now();
    while (!m_events.empty() && m_events.begin()->first <= t) {
        const Event event = std::move(m_events.begin()->second);
        m_events.erase(m_events.begin());
        apply(event);
    }
    rearmEvents();
}

void ProviderSimulator::apply(const Event &event)
{
    SimulatedCloud *cloud = cloudAt(event.cloud);
    SimulatedInstance *instance = cloud ? cloud->find(event.instanceId) : nullptr;
    if (!instance)
        return;
    const QString &state = instance->wire.state;
    const qint64 t = now();
    switch (event.kind) {
    case Event::Provisioned:
        if (state != State::Provisioning)
            return;
        instance->provisionDue = true;
        if (!instance->fetchPending)
            becameRunning(*cloud, *instance);
        return;
    case Event::Terminated:
        if (state == State::Stopping)
            cloud->setEnded(*instance, State::Terminated, instance->wire.stateReason, t);
        return;
    case Event::LeaseEnded:
        // A renewed lease ends later: its own event comes then.
        if (t < instance->wire.leaseEndsAt.toMSecsSinceEpoch())
            return;
        if (state == State::Provisioning || state == State::Running) {
            cloud->setStopping(*instance, u"lease_ended"_s, t);
            schedule(t + m_options.stoppingDelay.count(), Event{Event::Terminated, event.cloud, event.instanceId});
        }
        return;
    case Event::Vanish: {
        const auto after = cloud->faults().vanishAfterMs;
        if (!after || state != State::Running)
            return;
        if (t < instance->runningSinceMs + *after) {
            schedule(instance->runningSinceMs + *after, event);
            return;
        }
        cloud->forget(event.instanceId);
        return;
    }
    }
}

} // namespace sc::providersim
