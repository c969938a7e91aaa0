#pragma once

#include "http/HttpServer.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QWebSocketServer>

namespace sc::http {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// What every connection of one HttpServer shares: the service, the limits,
// the WebSocket server, the cached Date header, the request id source and
// one read buffer (connections parse one at a time on the server's thread).
class HttpServerContext
{
    Q_DISABLE_COPY_MOVE(HttpServerContext)

public:
    HttpServerContext(HttpService &service, HttpServerLimits limits);

    HttpService &service() const { return m_service; }
    const HttpServerLimits &limits() const { return m_limits; }

    QWebSocketServer *webSocketServer() const { return m_webSocketServer.data(); }
    void setWebSocketServer(QWebSocketServer *server) { m_webSocketServer = server; }

    bool isShuttingDown() const { return m_shuttingDown; }
    void setShuttingDown(bool shuttingDown) { m_shuttingDown = shuttingDown; }

    // "Sun, 06 Nov 1994 08:49:37 GMT", rebuilt at most once a second.
    const QByteArray &httpDate();
    // A short id, unique within this process run: "<random prefix>-<counter>".
    QByteArray nextRequestId();

    // The read buffer, lent out while one connection parses. A nested
    // borrower (a handler spinning an event loop) gets a fresh one.
    QByteArray borrowReadBuffer();
    void returnReadBuffer(QByteArray buffer);

    static constexpr qsizetype kReadChunk = 256 * 1024;

private:
    HttpService &m_service;
    const HttpServerLimits m_limits;
    QPointer<QWebSocketServer> m_webSocketServer;
    bool m_shuttingDown = false;
    qint64 m_dateSecs = -1;
    QByteArray m_date;
    QByteArray m_idPrefix;
    quint64 m_idCounter = 0;
    QByteArray m_readBuffer;
};

} // namespace sc::http
