#include "client/MarketStream.h"

#include "client/BrokerClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace sc::client {

namespace {
constexpr std::chrono::milliseconds kMaxBackoff{30'000};
constexpr qint64 kMaxMessageBytes = 4 * 1024 * 1024;
} // namespace

MarketStream::MarketStream(BrokerClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reconnect(new QTimer(this))
{
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &MarketStream::connectNow);
}

MarketStream::~MarketStream()
{
    // No connectedChanged() from a destructor: the receiver may be half destroyed (the stream's parent).
    blockSignals(true);
    stop();
}

void MarketStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff = std::chrono::milliseconds(500);
    connectNow();
}

void MarketStream::stop()
{
    m_running = false;
    m_reconnect->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
}

void MarketStream::scheduleReconnect()
{
    if (!m_running)
        return;
    m_reconnect->start(m_backoff);
    m_backoff = std::min(m_backoff * 2, kMaxBackoff);
}

void MarketStream::connectNow()
{
    if (!m_running)
        return;
    m_client.sendJson("POST", u"/stream/tickets"_s, {}, this, [this](const protocol::Expected<QJsonObject> &ticket) {
        if (!m_running)
            return;
        if (!ticket) {
            scheduleReconnect();
            return;
        }
        QUrl url = m_client.baseUrl();
        url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
        const QString path = ticket->value(u"path"_s).toString();
        const qsizetype query = path.indexOf(u'?');
        url.setPath(path.left(query));
        url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        if (!m_client.brokerToken().isEmpty())
            request.setRawHeader("X-Broker-Token", m_client.brokerToken());

        if (m_socket)
            m_socket->deleteLater();
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        m_socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        connect(m_socket, &QWebSocket::connected, this, [this] {
            m_backoff = std::chrono::milliseconds(500);
            m_connected = true;
            Q_EMIT connectedChanged(true);
        });
        connect(m_socket, &QWebSocket::disconnected, this, [this] {
            if (m_connected) {
                m_connected = false;
                Q_EMIT connectedChanged(false);
            }
            scheduleReconnect();
        });
        connect(m_socket, &QWebSocket::textMessageReceived, this, &MarketStream::onMessage);
        // The same trust rule as every other call: only the certificate the user trusted.
        connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            const QByteArray trusted = m_client.trustedCertificate();
            const QSslCertificate presented = m_socket->sslConfiguration().peerCertificate();
            if (!trusted.isEmpty() && !presented.isNull()
                && presented.digest(QCryptographicHash::Sha256).toHex() == trusted)
                m_socket->ignoreSslErrors(errors);
        });
        m_socket->open(request);
    });
}

void MarketStream::onMessage(const QString &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = object.value(u"type"_s).toString();
    if (type == u"trades"_s) {
        QList<protocol::TradePrint> trades;
        for (const QJsonValue &value : object.value(u"trades"_s).toArray()) {
            if (auto trade = protocol::TradePrint::fromJson(value.toObject()))
                trades.append(*trade);
        }
        if (!trades.isEmpty())
            Q_EMIT tradesReceived(trades);
    } else if (type == u"instruments"_s) {
        QList<QPair<QString, QString>> instruments;
        for (const QJsonValue &value : object.value(u"instruments"_s).toArray()) {
            const QJsonObject instrument = value.toObject();
            instruments.append(
                {instrument.value(u"instanceType"_s).toString(), instrument.value(u"region"_s).toString()});
        }
        Q_EMIT instrumentsChanged(instruments);
    } else if (type == u"orders"_s) {
        Q_EMIT ordersChanged();
    } else if (type == u"instances"_s) {
        Q_EMIT instancesChanged();
    } else if (type == u"notification"_s) {
        if (auto notification = protocol::Notification::fromJson(object.value(u"notification"_s).toObject()))
            Q_EMIT notificationReceived(*notification);
    }
}

} // namespace sc::client
