#include "http/HttpServer.h"

#include "http/HttpConnection.h"
#include "http/HttpServerContext.h"
#include "http/HttpTlsListener.h"

#include <QHash>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <http_parser.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace sc::http {

namespace {
constexpr int kListenBacklog = 1024;
constexpr qsizetype kParserHeadLimit = 80 * 1024; // http-parser's own default
} // namespace

class HttpServer::Private
{
public:
    Private(HttpServer *server, HttpService &service, HttpServerLimits limits)
        : q(server)
        , context(service, limits)
    {
    }

    void createListener();
    void acceptPending();
    void accept(QTcpSocket *socket);
    bool admits(const QHostAddress &address);
    void refuse(QTcpSocket *socket, const QHostAddress &address, const char *why);
    void onHandshakePending(QSslSocket *socket);
    void releaseHandshake(const QObject *socket);
    void abortHandshakes();
    void onConnectionClosed(HttpConnection *connection);
    void finishDrainIfDone();

    HttpServer *q;
    HttpServerContext context;
    // A QTcpServer, or an HttpTlsListener (a QSslServer) with TLS: its
    // sockets are QSslSockets, which HttpConnection takes as they are.
    std::unique_ptr<QTcpServer> listener;
    QSslConfiguration tls; // null: plain HTTP
    QHash<HttpConnection *, QHostAddress> connections;
    // Sockets still in their TLS handshake (children of the listener). They
    // count in perAddress and against maxConnections like connections do.
    QHash<const QObject *, QHostAddress> handshakes;
    QHash<QHostAddress, int> perAddress;
    QString setupError;
    QTimer graceTimer;
    bool draining = false;
    // Where it listened last: still reported after shutdown() (logs, URLs).
    QHostAddress boundAddress;
    quint16 boundPort = 0;
};

void HttpServer::Private::createListener()
{
    if (tls.isNull()) {
        listener = std::make_unique<QTcpServer>();
    } else {
        auto tlsListener = std::make_unique<HttpTlsListener>();
        tlsListener->setSslConfiguration(tls);
        tlsListener->setHandshakeTimeout(
            int(qMin<qint64>(context.limits().headerTimeout.count(), std::numeric_limits<int>::max())));
        QObject::connect(tlsListener.get(), &HttpTlsListener::handshakePending, q, [this](QSslSocket *socket) {
            onHandshakePending(socket);
        });
        listener = std::move(tlsListener);
    }
    listener->setListenBacklogSize(kListenBacklog);
    // QSslServer counts sockets in their handshake as pending and stops
    // accepting at this maximum; our own limits (which count them too) decide.
    listener->setMaxPendingConnections(tls.isNull() ? kListenBacklog
                                                    : qMax(kListenBacklog, context.limits().maxConnections));
    QObject::connect(listener.get(), &QTcpServer::pendingConnectionAvailable, q, [this] { acceptPending(); });
}

bool HttpServer::Private::admits(const QHostAddress &address)
{
    const HttpServerLimits &limits = context.limits();
    return !draining && connections.size() + handshakes.size() < limits.maxConnections
           && perAddress.value(address) < limits.maxConnectionsPerAddress;
}

void HttpServer::Private::refuse(QTcpSocket *socket, const QHostAddress &address, const char *why)
{
    qCDebug(lcHttp).noquote() << "refusing a connection from" << address.toString() << why << "with"
                              << connections.size() << "open," << handshakes.size() << "in a TLS handshake,"
                              << perAddress.value(address) << "from that address";
    socket->abort();
    socket->deleteLater();
}

// A TLS connection is counted from its first byte, not from the end of its
// handshake: the handshake is the expensive part for the server.
void HttpServer::Private::onHandshakePending(QSslSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    if (!admits(address)) {
        refuse(socket, address, "before its TLS handshake");
        return;
    }
    ++perAddress[address];
    handshakes.insert(socket, address);
    // QSslServer deletes a socket whose handshake failed or timed out.
    QObject::connect(socket, &QObject::destroyed, q, [this](QObject *gone) { releaseHandshake(gone); });
    // QSslServer's own timeout restarts when the ClientHello begins; this
    // bounds the whole handshake. An accepted socket has been encrypted.
    QTimer::singleShot(context.limits().headerTimeout, socket, [this, socket] {
        if (socket->isEncrypted() || !handshakes.contains(socket))
            return;
        qCDebug(lcHttp).noquote() << socket->peerAddress().toString() << "TLS handshake timed out";
        socket->abort();
        socket->deleteLater();
    });
}

// Only the pointer value is used: this may run inside the socket's destructor.
void HttpServer::Private::releaseHandshake(const QObject *socket)
{
    const auto it = handshakes.constFind(socket);
    if (it == handshakes.cend())
        return;
    const QHostAddress address = it.value();
    handshakes.erase(it);
    if (auto count = perAddress.find(address); count != perAddress.end() && --count.value() <= 0)
        perAddress.erase(count);
    // Qt 6.4's QSslServer, once paused at its pending maximum, resumes only
    // when a handshake succeeds or times out, not when one fails.
    if (listener && listener->isListening())
        listener->resumeAccepting();
}

void HttpServer::Private::abortHandshakes()
{
    const QList<const QObject *> sockets = handshakes.keys();
    for (const QObject *key : sockets) {
        auto *socket = static_cast<QSslSocket *>(const_cast<QObject *>(key));
        socket->abort();
        socket->deleteLater(); // releases its count when it is gone
    }
}

void HttpServer::Private::acceptPending()
{
    while (listener && listener->hasPendingConnections()) {
        if (QTcpSocket *socket = listener->nextPendingConnection())
            accept(socket);
    }
}

void HttpServer::Private::accept(QTcpSocket *socket)
{
    QHostAddress address;
    if (const auto handshake = handshakes.constFind(socket); handshake != handshakes.cend()) {
        // Counted since its handshake began: the count moves to the connection.
        address = handshake.value();
        handshakes.erase(handshake);
        QObject::disconnect(socket, &QObject::destroyed, q, nullptr);
        if (draining) {
            refuse(socket, address, "after its TLS handshake, while shutting down");
            if (auto count = perAddress.find(address); count != perAddress.end() && --count.value() <= 0)
                perAddress.erase(count);
            return;
        }
    } else {
        address = socket->peerAddress();
        if (!admits(address)) {
            refuse(socket, address, "");
            return;
        }
        ++perAddress[address];
    }
    auto *connection = new HttpConnection(socket, context, q);
    connections.insert(connection, address);
    QObject::connect(connection, &HttpConnection::closed, q, [this, connection] { onConnectionClosed(connection); });
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
    QMetaObject::invokeMethod(
        q, [server = q] { Q_EMIT server->drained(); }, Qt::QueuedConnection);
}

HttpServer::HttpServer(HttpService &service, HttpServerLimits limits, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, service, limits))
{
    if (limits.maxHeaderBytes > kParserHeadLimit)
        http_parser_set_max_header_size(uint32_t(qMin<qsizetype>(limits.maxHeaderBytes, 0x7fffffff)));
    d->graceTimer.setSingleShot(true);
    connect(&d->graceTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcHttp) << "shutdown grace ended;" << d->connections.size()
                       << "connections closed with requests in flight";
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
    // Sockets in a handshake die with the listener; they must not report
    // back into a half-destroyed Private.
    for (const QObject *socket : d->handshakes.keys())
        QObject::disconnect(socket, nullptr, this, nullptr);
    d->handshakes.clear();
    if (d->listener) {
        d->listener->disconnect(this);
        d->listener.reset();
    }
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    d->tls = configuration.isNull() ? QSslConfiguration() : HttpTlsListener::withPolicy(configuration);
    auto *tlsListener = qobject_cast<HttpTlsListener *>(d->listener.get());
    if (tlsListener && !d->tls.isNull())
        tlsListener->setSslConfiguration(d->tls); // a renewed certificate, for new handshakes
    else if (isListening())
        qCWarning(lcHttp) << "TLS turned" << (d->tls.isNull() ? "off" : "on")
                          << "while listening: from the next listen()";
}

QSslConfiguration HttpServer::tlsConfiguration() const
{
    return d->tls;
}

bool HttpServer::isTlsEnabled() const
{
    if (isListening())
        return qobject_cast<HttpTlsListener *>(d->listener.get()) != nullptr; // what is served
    return !d->tls.isNull();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    d->setupError.clear();
    if (!d->tls.isNull()) {
        if (d->tls.localCertificate().isNull() || d->tls.privateKey().isNull()) {
            d->setupError = u"TLS needs a certificate and its private key."_s;
            return false;
        }
        if (d->tls.ciphers().isEmpty()) {
            d->setupError = u"The TLS library offers none of the allowed ciphers."_s;
            return false;
        }
    }
    const bool tlsListener = qobject_cast<HttpTlsListener *>(d->listener.get()) != nullptr;
    if (d->listener && !d->listener->isListening() && tlsListener == d->tls.isNull()) {
        d->listener->disconnect(this);
        d->listener.reset(); // TLS was turned on or off since: make the other kind
    }
    if (!d->listener)
        d->createListener();
    d->context.setShuttingDown(false);
    if (!d->listener->listen(address, port))
        return false;
    d->boundAddress = d->listener->serverAddress();
    d->boundPort = d->listener->serverPort();
    return true;
}

QString HttpServer::errorString() const
{
    if (!d->setupError.isEmpty())
        return d->setupError;
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
    return int(d->connections.size() + d->handshakes.size());
}

void HttpServer::shutdown(std::chrono::milliseconds grace)
{
    if (d->listener)
        d->listener->close();
    d->abortHandshakes();
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
