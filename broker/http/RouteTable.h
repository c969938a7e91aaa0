#pragma once

#include "http/HttpService.h"

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sc::http {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

struct RouteOptions
{
    // Largest accepted body. Requests over it get 413 from their headers.
    qint64 maxBodyBytes = 256 * 1024;
    // Bodies of POST/PUT/PATCH must be JSON (415 otherwise) unless streamed.
    bool jsonBody = true;
    // Stream the body into a sink made per request instead of buffering it.
    // The factory runs once the headers are in and the caller is known; it
    // may throw ApiException to refuse the request before its body is read.
    std::function<std::unique_ptr<HttpBodySink>(const HttpRequest &)> bodySink;
    // The route is a WebSocket endpoint (GET with Upgrade: websocket).
    bool webSocket = false;
    // Who may call the route: every route states it. Either public (no
    // credentials: health, login) or a list of roles plus the scope a
    // credential must carry. RouteTable::add refuses a route that says neither.
    bool isPublic = false;
    QStringList roles;
    QString scope;
    // Served without an embedded broker's own token (X-Broker-Token): routes
    // anyone may call before the token is known (health, version), or whose
    // request proves itself (a provider's signed download link).
    bool withoutBrokerToken = false;
};

using RouteHandler = std::function<void(const HttpRequest &, HttpResponder)>;
using SyncRouteHandler = std::function<HttpResponse(const HttpRequest &)>;

struct RouteInfo
{
    HttpMethod method;
    QString pattern;
    RouteOptions options;
};

// The broker's route table: every route states its method and path pattern
// from the start. Path parameters are typed: "{id}" is any safe identifier
// (letters, digits, '.', '_', '-', up to 128), "{id:int}" a non-negative
// integer. Unknown paths answer 404, known paths with another method 405 with
// Allow, all as JSON errors. HEAD is served by the GET route.
class RouteTable final : public HttpService
{
public:
    // Runs before every handler, public or not (rate limits apply to both):
    // authenticates the caller into request.caller and returns an error to
    // refuse the request.
    using Guard = std::function<std::optional<protocol::ApiError>(HttpRequest &, const RouteInfo &)>;

    RouteTable();
    ~RouteTable() override;

    void add(HttpMethod method, QStringView pattern, RouteHandler handler, RouteOptions options = {});
    void addSync(HttpMethod method, QStringView pattern, SyncRouteHandler handler, RouteOptions options = {});
    void setGuard(Guard guard);
    // Sees every answered request with its response (the test suite's
    // opaqueness scan records traffic through it).
    using Observer = std::function<void(const HttpRequest &, const HttpResponse &)>;
    void setObserver(Observer observer);

    QList<RouteInfo> routes() const;

    HttpRequestPlan plan(HttpRequest &request) override;
    void handle(HttpRequest request, HttpRequestPlan plan, HttpResponder responder) override;

private:
    struct Route;
    struct Segment;
    static bool matchPath(const Route &route, const QList<QStringView> &segments, QHash<QString, QString> *params);
    static HttpResponse errorResponse(const HttpRequest &request, protocol::ApiError error);

    QList<std::shared_ptr<Route>> m_routes;
    Guard m_guard;
    Observer m_observer;
};

} // namespace sc::http
