#pragma once

#include "core/auth/Principal.h"
#include "core/market/MarketService.h"
#include "protocol/WatchDto.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

class QWebSocket;
class QWebSocketServer;

namespace sc::http {
class HttpServer;
class RouteTable;
} // namespace sc::http

namespace sc::broker {

class Clock;

// The push channel: a WebSocket at /api/v1/stream carrying trades, book
// changes and the caller's own order updates as JSON text messages, so the
// desktop never polls for them. A client first asks for a one-time ticket
// (POST /api/v1/stream/tickets, authenticated as usual) and opens
// /api/v1/stream?ticket=...: the ticket is good for one connection within 30 s,
// so no long-lived credential ever travels in a URL.
//
// Messages: {"type": "trades", "trades": [TradePrint...]},
//           {"type": "instruments", "instruments": [{"instanceType", "region"}...]},
//           {"type": "orders"} (one of your organization's orders changed),
//           {"type": "notification", "notification": Notification} (yours),
//           {"type": "instances"} (one of your organization's instances changed),
//           {"type": "billing"} (your organization's money changed).
class EventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    EventStream(const Clock &clock, int maxClients = 1'000, QObject *parent = nullptr);
    ~EventStream() override;

    void attach(http::HttpServer &server);
    void registerRoutes(http::RouteTable &routes);
    void publish(const MarketService::Change &change);
    // {"type": "instances"} to that organization's connections.
    void publishInstances(qint64 organizationId);
    // {"type": "billing"}: that organization's balance or documents changed.
    void publishBilling(qint64 organizationId);
    // To that user's connections only.
    void publishNotification(qint64 userId, const protocol::Notification &notification);

    int clientCount() const { return int(m_clients.size()); }

private:
    struct Ticket
    {
        Principal principal;
        qint64 expiresAtMs = 0;
    };
    struct Client
    {
        QWebSocket *socket = nullptr;
        Principal principal;
    };

    void onNewConnection();
    void send(const QByteArray &message, const std::function<bool(const Client &)> &to);

    const Clock &m_clock;
    int m_maxClients;
    QWebSocketServer *m_server;
    QHash<QByteArray, Ticket> m_tickets;
    QList<Client> m_clients;
};

} // namespace sc::broker
