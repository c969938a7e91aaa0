#pragma once

#include "protocol/MarketDto.h"
#include "protocol/WatchDto.h"

#include <QObject>
#include <QPair>

#include <chrono>

class QTimer;
class QWebSocket;

namespace sc::client {

class BrokerClient;

// The desktop's end of the broker's push channel (/api/v1/stream): asks for
// a one-time ticket, opens the WebSocket, and turns its messages into
// signals; reconnects with back-off when the connection drops. Uses the
// client's base URL, broker token and trusted certificate.
class MarketStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketStream)

public:
    explicit MarketStream(BrokerClient &client, QObject *parent = nullptr);
    ~MarketStream() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void connectedChanged(bool connected);
    void tradesReceived(const QList<sc::protocol::TradePrint> &trades);
    void instrumentsChanged(const QList<QPair<QString, QString>> &instruments);
    // One of the caller's organization's orders changed: refresh "My orders".
    void ordersChanged();
    // A watch of the caller's raised or updated a notification.
    void notificationReceived(const sc::protocol::Notification &notification);
    // One of the caller's organization's instances changed state: load the instances again.
    void instancesChanged();

private:
    void connectNow();
    void scheduleReconnect();
    void onMessage(const QString &message);

    BrokerClient &m_client;
    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnect;
    std::chrono::milliseconds m_backoff{500};
    bool m_running = false;
    bool m_connected = false;
};

} // namespace sc::client
