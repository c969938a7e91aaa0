#include "core/api/SystemApi.h"

#include "core/Clock.h"
#include "core/api/RouteAccess.h"
#include "http/RouteTable.h"
#include "protocol/ApiVersion.h"
#include "protocol/ServiceInfo.h"

using namespace Qt::StringLiterals;

namespace sc::broker {

SystemApi::SystemApi(const Clock &clock, int schemaVersion, bool demo)
    : m_clock(clock)
    , m_startedAt(clock.now())
    , m_schemaVersion(schemaVersion)
    , m_demo(demo)
{
}

void SystemApi::registerRoutes(http::RouteTable &routes)
{
    http::RouteOptions publicRoute = access::publicRoute();
    publicRoute.withoutBrokerToken = true; // the app checks a broker before it has a token

    routes.addSync(
        http::HttpMethod::Get,
        u"/api/v1/health",
        [this](const http::HttpRequest &) {
            protocol::HealthStatus health;
            health.status = u"ok"_s;
            health.serverTime = m_clock.now();
            health.uptimeSeconds = m_startedAt.secsTo(health.serverTime);
            health.demo = m_demo;
            return http::HttpResponse::json(200, health.toJson());
        },
        publicRoute);

    routes.addSync(
        http::HttpMethod::Get,
        u"/api/v1/version",
        [this](const http::HttpRequest &) {
            protocol::VersionInfo info;
            info.apiVersion = protocol::kApiVersion.toString();
            info.brokerVersion = QStringLiteral(SPARECLOUD_VERSION);
            info.schemaVersion = m_schemaVersion;
            info.qtVersion = QString::fromLatin1(qVersion());
            return http::HttpResponse::json(200, info.toJson());
        },
        publicRoute);
}

} // namespace sc::broker
