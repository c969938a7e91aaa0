#include "core/stream/EventStream.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/api/RouteAccess.h"
#include "core/auth/Secrets.h"
#include "http/ApiException.h"
#include "http/HttpServer.h"
#include "http/RouteTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {
constexpr qint64 kTicketLifetimeMs = 30'000;
constexpr int kMaxTickets = 10'000;
// A client that cannot keep up is dropped rather than buffered without end.
constexpr qint64 kMaxBufferedBytes = 4 * 1024 * 1024;
} // namespace

EventStream::EventStream(const Clock &clock, int maxClients, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_maxClients(maxClients)
    , m_server(new QWebSocketServer(u"sparecloud-broker"_s, QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &EventStream::onNewConnection);
}

EventStream::~EventStream()
{
    for (const Client &client : std::as_const(m_clients)) {
        client.socket->disconnect(this);
        client.socket->abort();
        delete client.socket;
    }
}

void EventStream::attach(http::HttpServer &server)
{
    server.setWebSocketServer(m_server);
}

void EventStream::registerRoutes(http::RouteTable &routes)
{
    routes.addSync(
        http::HttpMethod::Post,
        u"/api/v1/stream/tickets",
        [this](const http::HttpRequest &request) {
            const qint64 now = m_clock.now().toMSecsSinceEpoch();
            // Expired tickets go; the table stays bounded.
            m_tickets.removeIf([now](const auto &entry) { return entry.value().expiresAtMs <= now; });
            if (m_tickets.size() >= kMaxTickets) {
                throw http::ApiException(protocol::ApiError{protocol::ErrorCode::RateLimited,
                                                            u"Too many stream tickets are waiting; try again soon."_s,
                                                            QJsonObject{{u"retryAfterSeconds"_s, 5}},
                                                            {}});
            }
            const QByteArray ticket = Secrets::newToken();
            m_tickets.insert(ticket, Ticket{Principal::of(request), now + kTicketLifetimeMs});
            return http::HttpResponse::json(
                201,
                QJsonObject{
                    {u"ticket"_s, QString::fromLatin1(ticket)},
                    {u"path"_s, QString(u"/api/v1/stream?ticket="_s + QString::fromLatin1(ticket))},
                    {u"expiresAt"_s,
                     QDateTime::fromMSecsSinceEpoch(now + kTicketLifetimeMs, Qt::UTC).toString(Qt::ISODateWithMs)}});
        },
        access::anyRole(Scopes::kMarketRead));

    // The upgrade itself carries no credential but the ticket, checked when
    // the WebSocket opens.
    http::RouteOptions upgrade = access::publicRoute();
    upgrade.webSocket = true;
    routes.addSync(
        http::HttpMethod::Get,
        u"/api/v1/stream",
        [](const http::HttpRequest &) {
            return http::HttpResponse::error(protocol::ErrorCode::BadRequest,
                                             u"This is a WebSocket: open it with an Upgrade request."_s);
        },
        upgrade);
}

void EventStream::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const QByteArray ticket = QUrlQuery(socket->requestUrl()).queryItemValue(u"ticket"_s).toLatin1();
        const auto found = m_tickets.constFind(ticket);
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        if (ticket.isEmpty() || found == m_tickets.constEnd() || found->expiresAtMs <= now) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"a valid stream ticket is required"_s);
            socket->deleteLater();
            continue;
        }
        const Principal principal = found->principal;
        m_tickets.erase(found);
        if (m_clients.size() >= m_maxClients) {
            socket->close(QWebSocketProtocol::CloseCodeTooMuchData, u"too many stream clients"_s);
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        m_clients.append(Client{socket, principal});
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeIf([socket](const Client &client) { return client.socket == socket; });
            socket->deleteLater();
        });
        // Clients only listen; anything they send is ignored.
        socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"hello"_s}, {u"role"_s, roleName(principal.role)}})
                                  .toJson(QJsonDocument::Compact)));
        qCDebug(lcBroker) << "stream client connected;" << m_clients.size() << "in all";
    }
}

void EventStream::send(const QByteArray &message, const std::function<bool(const Client &)> &to)
{
    const QString text = QString::fromUtf8(message);
    for (const Client &client : std::as_const(m_clients)) {
        if (!to(client))
            continue;
        if (client.socket->bytesToWrite() > kMaxBufferedBytes) {
            client.socket->abort();
            continue;
        }
        client.socket->sendTextMessage(text);
    }
}

void EventStream::publish(const MarketService::Change &change)
{
    if (m_clients.isEmpty())
        return;
    if (!change.trades.isEmpty()) {
        QJsonArray trades;
        for (const auto &trade : change.trades)
            trades.append(trade.toJson());
        send(QJsonDocument(QJsonObject{{u"type"_s, u"trades"_s}, {u"trades"_s, trades}}).toJson(QJsonDocument::Compact),
             [](const Client &) { return true; });
    }
    if (!change.instruments.isEmpty()) {
        QJsonArray instruments;
        for (const auto &[type, region] : change.instruments)
            instruments.append(QJsonObject{{u"instanceType"_s, type}, {u"region"_s, region}});
        send(QJsonDocument(QJsonObject{{u"type"_s, u"instruments"_s}, {u"instruments"_s, instruments}})
                 .toJson(QJsonDocument::Compact),
             [](const Client &) { return true; });
    }
    if (!change.organizations.isEmpty()) {
        const QByteArray orders = QJsonDocument(QJsonObject{{u"type"_s, u"orders"_s}}).toJson(QJsonDocument::Compact);
        send(orders, [&change](const Client &client) {
            return change.organizations.contains(client.principal.organizationId);
        });
    }
}

void EventStream::publishInstances(qint64 organizationId)
{
    if (m_clients.isEmpty())
        return;
    send(QJsonDocument(QJsonObject{{u"type"_s, u"instances"_s}}).toJson(QJsonDocument::Compact),
         [organizationId](const Client &client) { return client.principal.organizationId == organizationId; });
}

void EventStream::publishBilling(qint64 organizationId)
{
    if (m_clients.isEmpty())
        return;
    send(QJsonDocument(QJsonObject{{u"type"_s, u"billing"_s}}).toJson(QJsonDocument::Compact),
         [organizationId](const Client &client) { return client.principal.organizationId == organizationId; });
}

void EventStream::publishNotification(qint64 userId, const protocol::Notification &notification)
{
    if (m_clients.isEmpty())
        return;
    send(QJsonDocument(QJsonObject{{u"type"_s, u"notification"_s}, {u"notification"_s, notification.toJson()}})
             .toJson(QJsonDocument::Compact),
         [userId](const Client &client) { return client.principal.userId == userId; });
}

} // namespace sc::broker
