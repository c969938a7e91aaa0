#include "core/api/ProviderApi.h"

#include "core/api/RequestBody.h"
#include "core/api/RouteAccess.h"
#include "core/auth/Principal.h"
#include "core/providers/CapacityHistory.h"
#include "core/providers/InstanceService.h"
#include "core/providers/ProviderClient.h"
#include "core/providers/ProviderPoller.h"
#include "core/providers/ProviderRegistry.h"
#include "core/providers/RatingService.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponder;
using sc::http::HttpResponse;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {
constexpr qint64 kProviderBody = 2 * 1024;

QDateTime queryTime(const HttpRequest &request, const QString &name, const QDateTime &fallback)
{
    const auto text = request.queryValue(name);
    if (!text || text->isEmpty())
        return fallback;
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid())
        throw http::ApiException(badQuery(name, u"'%1' must be an ISO 8601 time."_s.arg(name)));
    return time.toUTC();
}

// Async routes answer their own errors: the route table only catches what a
// handler throws before it returns.
template<typename Work>
void answer(const HttpResponder &responder, Work work)
{
    try {
        work();
    } catch (const http::ApiException &error) {
        responder.send(HttpResponse::error(error.error()));
    }
}
} // namespace

ProviderApi::ProviderApi(ProviderRegistry &registry, InstanceService &instances, ProviderClient &client,
                         ProviderPoller &poller, RatingService &ratings)
    : m_registry(registry)
    , m_instances(instances)
    , m_client(client)
    , m_poller(poller)
    , m_ratings(ratings)
{
}

void ProviderApi::registerRoutes(http::RouteTable &routes)
{
    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/leases/{id:int}/review",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"stars", u"comment"});
            const int stars = int(body.integer(u"stars", 1, 5));
            const QString comment = body.optionalString(u"comment", 1000).value_or(QString());
            requireValid(body);
            throwIfError(
                m_ratings.review(Principal::of(request), request.pathParam(u"id"_s).toLongLong(), stars, comment));
            return HttpResponse::noContent();
        },
        access::forRoles({Role::Buyer, Role::Seller}, Scopes::kInstancesManage, kProviderBody));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/operator/providers",
        [this](const HttpRequest &request) {
            const int limit = int(queryInteger(request, u"limit"_s, 100, 0, 10'000));
            const auto stats = m_poller.stats();
            const auto freshness = m_poller.freshness();
            auto percentile = [&freshness](double p) {
                // Over the clouds that are up (freshness is stalest first).
                QList<qint64> up;
                for (const auto &entry : freshness) {
                    if (entry.state != u"down"_s)
                        up.prepend(entry.stalenessMs);
                }
                if (up.isEmpty())
                    return 0.0;
                return double(up.at(std::min<qsizetype>(up.size() - 1, qsizetype(p * double(up.size()))))) / 1000;
            };
            QJsonArray providers;
            for (qsizetype i = 0; i < freshness.size() && i < limit; ++i) {
                const auto &entry = freshness.at(i);
                QJsonObject provider{{u"id"_s, entry.providerId},
                                     {u"state"_s, entry.state},
                                     {u"stalenessSeconds"_s, double(entry.stalenessMs) / 1000},
                                     {u"consecutiveFailures"_s, entry.failures}};
                if (!entry.lastError.isEmpty())
                    provider.insert(u"lastError"_s, entry.lastError);
                providers.append(provider);
            }
            const QJsonObject summary{{u"providers"_s, stats.providers},
                                      {u"up"_s, stats.up},
                                      {u"down"_s, stats.down},
                                      {u"inFlight"_s, stats.inFlight},
                                      {u"polls"_s, stats.polls},
                                      {u"failures"_s, stats.failures},
                                      {u"notModified"_s, stats.notModified},
                                      {u"maxStalenessSeconds"_s, double(stats.maxStalenessMs) / 1000},
                                      {u"p50StalenessSeconds"_s, percentile(0.5)},
                                      {u"p99StalenessSeconds"_s, percentile(0.99)}};
            return HttpResponse::json(200, QJsonObject{{u"summary"_s, summary}, {u"providers"_s, providers}});
        },
        access::operatorOnly());

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/providers",
        [this](const HttpRequest &request) {
            QJsonArray providers;
            for (const QJsonObject &provider : m_registry.providersOf(Principal::of(request).organizationId))
                providers.append(provider);
            return HttpResponse::json(200, QJsonObject{{u"providers"_s, providers}});
        },
        access::forRoles({Role::Seller}, Scopes::kProvidersRead));

    routes.add(
        HttpMethod::Post,
        u"/api/v1/seller/providers",
        [this](const HttpRequest &request, HttpResponder responder) {
            answer(responder, [&] {
                auto body = readBody(request, {u"name", u"endpoint", u"credential"});
                const QString name = body.string(u"name", 400);
                const auto endpoint = body.optionalString(u"endpoint", 1000);
                const auto credential = body.optionalString(u"credential", 1000);
                requireValid(body);
                const Principal &seller = Principal::of(request);
                if (!endpoint && !credential) {
                    const auto created = valueOrThrow(m_registry.createManual(seller, name));
                    return responder.send(HttpResponse::json(201, created));
                }
                if (!endpoint || !credential)
                    throw http::ApiException(
                        ApiError{ErrorCode::ValidationFailed,
                                 u"Give both the endpoint and the credential of the cloud."_s,
                                 QJsonObject{{u"field"_s, endpoint ? u"credential"_s : u"endpoint"_s}},
                                 {}});
                m_registry.connectCloud(seller, name, *endpoint, credential->toUtf8(), [responder](auto connected) {
                    responder.send(connected ? HttpResponse::json(201, *connected)
                                             : HttpResponse::error(connected.error()));
                });
            });
        },
        access::forRoles({Role::Seller}, Scopes::kProvidersManage, kProviderBody));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/providers/{id:int}/capacity-history",
        [this](const HttpRequest &request) {
            const qint64 id = request.pathParam(u"id"_s).toLongLong();
            if (!m_registry.owns(Principal::of(request).organizationId, id))
                throw http::ApiException(ErrorCode::NotFound, u"There is no such provider."_s);
            CapacityHistory &history = m_poller.history();
            const QDateTime to = queryTime(request, u"to"_s, history.now());
            const QDateTime from = queryTime(request, u"from"_s, to.addMSecs(-CapacityHistory::kKeepFineMs));
            if (from >= to)
                throw http::ApiException(badQuery(u"from"_s, u"'from' must be before 'to'."_s));
            if (from.msecsTo(to) > CapacityHistory::kMaxRangeMs)
                throw http::ApiException(badQuery(u"from"_s, u"Ask for at most 31 days at a time."_s));
            const QJsonArray points = history.points(id, from, to);
            QJsonObject utilization = m_registry.utilizationOf(id);
            qint64 used = 0;
            qint64 total = 0;
            for (const QJsonValue &point : points) {
                used += point[u"usedSlots"].toInteger();
                total += point[u"totalSlots"].toInteger();
            }
            utilization.insert(u"averageUsedShare"_s,
                               total > 0 ? QJsonValue(double(used) / double(total)) : QJsonValue());
            return HttpResponse::json(200,
                                      QJsonObject{{u"providerId"_s, id},
                                                  {u"from"_s, protocol::isoTime(from)},
                                                  {u"to"_s, protocol::isoTime(to)},
                                                  {u"points"_s, points},
                                                  {u"utilization"_s, utilization}});
        },
        access::forRoles({Role::Seller}, Scopes::kProvidersRead));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/leases",
        [this](const HttpRequest &request) {
            QJsonArray leases;
            for (const QJsonObject &lease : m_registry.activeLeasesOf(Principal::of(request).organizationId))
                leases.append(lease);
            return HttpResponse::json(200, QJsonObject{{u"leases"_s, leases}});
        },
        access::forRoles({Role::Seller}, Scopes::kProvidersRead));

    routes.add(
        HttpMethod::Post,
        u"/api/v1/seller/providers/{id:int}/refresh",
        [this](const HttpRequest &request, HttpResponder responder) {
            answer(responder, [&] {
                m_registry.refresh(
                    Principal::of(request), request.pathParam(u"id"_s).toLongLong(), [responder](auto refreshed) {
                        responder.send(refreshed ? HttpResponse::json(200, *refreshed)
                                                 : HttpResponse::error(refreshed.error()));
                    });
            });
        },
        access::forRoles({Role::Seller}, Scopes::kProvidersManage));

    const std::initializer_list<Role> traders{Role::Buyer, Role::Seller};
    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/leases/{id:int}/renew",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"hours"});
            const int hours = int(body.integer(u"hours", 1, 24 * 366));
            requireValid(body);
            return HttpResponse::json(200,
                                      valueOrThrow(m_instances.renew(
                                          Principal::of(request), request.pathParam(u"id"_s).toLongLong(), hours)));
        },
        access::forRoles(traders, Scopes::kInstancesManage, kProviderBody));

    routes.addSync(
        HttpMethod::Put,
        u"/api/v1/leases/{id:int}/auto-renew",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"hours", u"budget"});
            const int hours = int(body.integer(u"hours", 0, 24 * 366));
            const qint64 budget = body.optionalInteger(u"budget", 0, qint64(1) << 50).value_or(0);
            requireValid(body);
            return HttpResponse::json(
                200,
                valueOrThrow(m_instances.setAutoRenew(
                    Principal::of(request), request.pathParam(u"id"_s).toLongLong(), hours, budget)));
        },
        access::forRoles(traders, Scopes::kInstancesManage, kProviderBody));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/instances",
        [this](const HttpRequest &request) {
            const QString state = request.queryValue(u"state"_s).value_or(QString());
            if (!state.isEmpty() && !InstanceService::stateFromName(state))
                throw http::ApiException(badQuery(
                    u"state"_s,
                    u"'state' must be pending, provisioning, running, stopping, terminated, failed or lost."_s));
            QJsonArray instances;
            for (const QJsonObject &instance : m_instances.instancesOf(Principal::of(request), state))
                instances.append(instance);
            return HttpResponse::json(200, QJsonObject{{u"instances"_s, instances}});
        },
        access::forRoles(traders, Scopes::kInstancesRead));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/instances/{id:int}",
        [this](const HttpRequest &request) {
            const auto instance = m_instances.instance(Principal::of(request), request.pathParam(u"id"_s).toLongLong());
            if (!instance)
                throw http::ApiException(ErrorCode::NotFound, u"There is no such instance."_s);
            return HttpResponse::json(200, *instance);
        },
        access::forRoles(traders, Scopes::kInstancesRead));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/instances/{id:int}",
        [this](const HttpRequest &request) {
            throwIfError(m_instances.terminate(Principal::of(request), request.pathParam(u"id"_s).toLongLong()));
            return HttpResponse::noContent();
        },
        access::forRoles(traders, Scopes::kInstancesManage));

    routes.add(
        HttpMethod::Get,
        u"/api/v1/instances/{id:int}/utilization",
        [this](const HttpRequest &request, HttpResponder responder) {
            answer(responder, [&] {
                const qint64 id = request.pathParam(u"id"_s).toLongLong();
                const auto instance = m_instances.instance(Principal::of(request), id);
                if (!instance)
                    throw http::ApiException(ErrorCode::NotFound, u"There is no such instance."_s);
                const auto target = m_instances.remoteOf(id);
                if (instance->value(u"state"_s).toString() != u"running"_s || !target)
                    throw http::ApiException(ApiError{ErrorCode::Conflict,
                                                      u"Only a running instance has utilization to show."_s,
                                                      QJsonObject{{u"reason"_s, u"not_running"_s}},
                                                      {}});
                const auto endpoint = m_registry.endpointOf(target->first);
                if (!endpoint)
                    throw http::ApiException(ErrorCode::BadGateway, u"The provider's cloud is not connected."_s);
                m_client.utilization(
                    *endpoint,
                    target->second,
                    QDateTime(), // the cloud's last hour
                    [responder](const ProviderClient::Outcome &outcome, const protocol::ProviderUtilization &samples) {
                        if (!outcome.ok()) {
                            responder.send(HttpResponse::error(
                                ErrorCode::BadGateway,
                                u"The provider did not answer as expected (%1)."_s.arg(describe(outcome.failure))));
                            return;
                        }
                        responder.send(HttpResponse::json(200, samples.toJson()));
                    });
            });
        },
        access::forRoles(traders, Scopes::kInstancesRead));
}

} // namespace sc::broker
