#pragma once

#include "http/HttpService.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <functional>

class QWebSocketServer;

namespace sc::http {

// Limits and timeouts of the server. Every one is explicit and tested.
struct HttpServerLimits
{
    qsizetype maxHeaderBytes = 16 * 1024;              // request line + headers; over it: 431
    int maxHeaderCount = 100;                          // over it: 431
    qsizetype maxUrlBytes = 8 * 1024;                  // over it: 414
    int maxConnections = 10'000;                       // total; over it new sockets are closed at once
    int maxConnectionsPerAddress = 1'000;              // per peer address
    std::chrono::milliseconds headerTimeout{10'000};   // whole header phase; also the whole TLS handshake
    std::chrono::milliseconds idleTimeout{60'000};     // keep-alive between requests
    std::chrono::milliseconds bodyIdleTimeout{30'000}; // no body byte for this long
    int maxPipelinedRequests = 16;                     // queued, unanswered requests per connection
};

// The broker's HTTP/1.1 server on Qt Network with Debian's http-parser.
// It parses and frames; every decision about a request is the HttpService's.
class HttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(HttpService &service, HttpServerLimits limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    // Serves HTTPS from the next listen() on. The configuration supplies the
    // certificate (chain) and private key; protocols, ciphers and peer
    // verification are the server's policy (HttpTlsListener::withPolicy:
    // TLS 1.2 or later, ECDHE with AEAD ciphers). Connections in their
    // handshake count against the connection limits, and a handshake must
    // finish within headerTimeout. A null configuration turns TLS off.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    // The configuration handshakes use (the policy applied); null without TLS.
    QSslConfiguration tlsConfiguration() const;
    bool isTlsEnabled() const;

    bool listen(const QHostAddress &address, quint16 port = 0);
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    bool isListening() const;

    // Upgrades accepted by the service are handed to this server.
    void setWebSocketServer(QWebSocketServer *server);

    // Open connections, counting those still in their TLS handshake.
    int connectionCount() const;

    // Stops accepting, closes idle connections, lets in-flight requests finish
    // (up to grace), then emits drained().
    void shutdown(std::chrono::milliseconds grace);

Q_SIGNALS:
    void drained();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sc::http
