#include "http/HttpServer.h"

#include "http/HttpConnection.h"
#include "http/HttpServerContext.h"

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <http_parser.h>

namespace sc::http {

namespace {
constexpr int kListenBacklog = 1024;
constexpr qsizetype kParserHeadLimit = 80 * 1024; // http-parser's own default
} // namespace

class HttpServer::Private
{
public:
    Private(HttpServer *server, HttpService &service, HttpServerLimits limits)
        : q(server), context(service, limits)
    {
    }

    void acceptPending();
    void accept(QTcpSocket *socket);
    void onConnectionClosed(HttpConnection *connection);
    void finishDrainIfDone();

    HttpServer *q;
    HttpServerContext context;
    // A QTcpServer today; a QSslServer serves TLS the same way (its sockets
    // are QSslSockets, which HttpConnection accepts as they are).
    std::unique_ptr<QTcpServer> listener;
    QHash<HttpConnection *, QHostAddress> connections;
    QHash<QHostAddress, int> perAddress;
    QTimer graceTimer;
    bool draining = false;
    // Where it listened last: still reported after shutdown() (logs, URLs).
    QHostAddress boundAddress;
    quint16 boundPort = 0;
};

void HttpServer::Private::acceptPending()
{
    while (listener && listener->hasPendingConnections()) {
        if (QTcpSocket *socket = listener->nextPendingConnection())
            accept(socket);
    }
}

void HttpServer::Private::accept(QTcpSocket *socket)
{
    const HttpServerLimits &limits = context.limits();
    const QHostAddress address = socket->peerAddress();
    int &fromAddress = perAddress[address];
    if (draining || connections.size() >= limits.maxConnections || fromAddress >= limits.maxConnectionsPerAddress) {
        qCDebug(lcHttp).noquote() << "refusing a connection from" << address.toString() << "with"
                                  << connections.size() << "open," << fromAddress << "from that address";
        if (fromAddress == 0)
            perAddress.remove(address);
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++fromAddress;
    auto *connection = new HttpConnection(socket, context, q);
    connections.insert(connection, address);
    QObject::connect(connection, &HttpConnection::closed, q,
                     [this, connection] { onConnectionClosed(connection); });
    connection->start();
}

void HttpServer::Private::onConnectionClosed(HttpConnection *connection)
{
    const auto it = connections.constFind(connection);
    if (it == connections.cend())
        return;
    const QHostAddress address = it.value();
    connections.erase(it);
    if (auto count = perAddress.find(address); count != perAddress.end() && --count.value() <= 0)
        perAddress.erase(count);
    connection->deleteLater();
    finishDrainIfDone();
}

void HttpServer::Private::finishDrainIfDone()
{
    if (!draining || !connections.isEmpty())
        return;
    draining = false;
    graceTimer.stop();
    // Always from the event loop, never inside shutdown(): a caller may
    // connect (or start waiting) right after calling it.
    QMetaObject::invokeMethod(q, [server = q] { Q_EMIT server->drained(); }, Qt::QueuedConnection);
}

HttpServer::HttpServer(HttpService &service, HttpServerLimits limits, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, service, limits))
{
    if (limits.maxHeaderBytes > kParserHeadLimit)
        http_parser_set_max_header_size(uint32_t(qMin<qsizetype>(limits.maxHeaderBytes, 0x7fffffff)));
    d->graceTimer.setSingleShot(true);
    connect(&d->graceTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcHttp) << "shutdown grace ended;" << d->connections.size() << "connections closed with requests in flight";
        const QList<HttpConnection *> open = d->connections.keys();
        for (HttpConnection *connection : open)
            connection->closeNow();
        d->finishDrainIfDone();
    });
}

HttpServer::~HttpServer()
{
    // Close every connection first so sinks are aborted while the service still exists.
    const QList<HttpConnection *> open = d->connections.keys();
    for (HttpConnection *connection : open) {
        connection->disconnect(this);
        connection->closeNow();
        delete connection;
    }
    d->connections.clear();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!d->listener) {
        d->listener = std::make_unique<QTcpServer>();
        d->listener->setListenBacklogSize(kListenBacklog);
        d->listener->setMaxPendingConnections(kListenBacklog);
        connect(d->listener.get(), &QTcpServer::pendingConnectionAvailable, this, [this] { d->acceptPending(); });
    }
    d->context.setShuttingDown(false);
    if (!d->listener->listen(address, port))
        return false;
    d->boundAddress = d->listener->serverAddress();
    d->boundPort = d->listener->serverPort();
    return true;
}

QString HttpServer::errorString() const
{
    return d->listener ? d->listener->errorString() : QString();
}

QHostAddress HttpServer::serverAddress() const
{
    return isListening() ? d->listener->serverAddress() : d->boundAddress;
}

quint16 HttpServer::serverPort() const
{
    return isListening() ? d->listener->serverPort() : d->boundPort;
}

bool HttpServer::isListening() const
{
    return d->listener && d->listener->isListening();
}

void HttpServer::setWebSocketServer(QWebSocketServer *server)
{
    d->context.setWebSocketServer(server);
}

int HttpServer::connectionCount() const
{
    return int(d->connections.size());
}

void HttpServer::shutdown(std::chrono::milliseconds grace)
{
    if (d->listener)
        d->listener->close();
    d->context.setShuttingDown(true);
    d->draining = true;
    const QList<HttpConnection *> open = d->connections.keys();
    for (HttpConnection *connection : open)
        connection->stopAccepting();
    if (d->connections.isEmpty())
        d->finishDrainIfDone();
    else
        d->graceTimer.start(grace);
}

} // namespace sc::http
