#include "core/Broker.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/api/CatalogApi.h"
#include "core/api/SystemApi.h"
#include "core/catalog/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "http/HttpServer.h"
#include "http/RouteTable.h"

#include <QCryptographicHash>
#include <QDir>

#include <optional>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

// Compares secrets in time independent of where they differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const QByteArray hashA = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hashB = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < hashA.size(); ++i)
        difference |= static_cast<unsigned char>(hashA[i] ^ hashB[i]);
    return difference == 0;
}

} // namespace

struct Broker::Services
{
    explicit Services(const QString &databaseLocation)
        : database(databaseLocation)
        , catalog(database)
    {
    }

    Database database;
    CatalogRepository catalog;
    http::RouteTable routes;
    std::optional<SystemApi> systemApi;
    std::optional<CatalogApi> catalogApi;
    std::unique_ptr<http::HttpServer> server;
};

Broker::Broker(BrokerConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
}

Broker::~Broker() = default;

bool Broker::start()
{
    if (!QDir().mkpath(m_config.dataDir)) {
        m_error = u"Cannot create the data folder %1."_s.arg(m_config.dataDir);
        return false;
    }
    m_services = std::make_unique<Services>(m_config.databaseLocation());
    try {
        m_services->database.open();
        Migrations::migrate(m_services->database);
    } catch (const DatabaseError &error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }

    m_services->systemApi.emplace(m_clock, Migrations::latestVersion(), m_config.demo);
    m_services->systemApi->registerRoutes(m_services->routes);
    m_services->catalogApi.emplace(m_services->catalog);
    m_services->catalogApi->registerRoutes(m_services->routes);

    if (!m_config.accessToken.isEmpty()) {
        m_services->routes.setGuard(
            [token = m_config.accessToken](const http::HttpRequest &request,
                                           const http::RouteInfo &) -> std::optional<ApiError> {
                const QByteArray presented = request.bearerToken();
                if (!presented.isEmpty() && constantTimeEquals(presented, token))
                    return std::nullopt;
                return ApiError{ErrorCode::Unauthorized, u"This broker needs its access token."_s, {}, {}};
            });
    }

    m_services->server = std::make_unique<http::HttpServer>(m_services->routes);
    connect(m_services->server.get(), &http::HttpServer::drained, this, &Broker::stopped);
    if (!m_services->server->listen(m_config.listenAddress, m_config.port)) {
        m_error = u"Cannot listen on %1:%2: %3"_s.arg(m_config.listenAddress.toString())
                      .arg(m_config.port)
                      .arg(m_services->server->errorString());
        return false;
    }
    qCInfo(lcBroker).noquote() << "listening on" << url().toString() << (m_config.demo ? "(demo)" : "");
    return true;
}

QUrl Broker::url() const
{
    if (!m_services || !m_services->server)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_services->server->serverAddress().toString());
    url.setPort(m_services->server->serverPort());
    return url;
}

QList<http::RouteInfo> Broker::routes() const
{
    return m_services ? m_services->routes.routes() : QList<http::RouteInfo>();
}

void Broker::shutdown()
{
    if (!m_services || !m_services->server) {
        Q_EMIT stopped();
        return;
    }
    qCInfo(lcBroker) << "shutting down";
    m_services->server->shutdown(m_config.shutdownGrace);
}

} // namespace sc::broker
