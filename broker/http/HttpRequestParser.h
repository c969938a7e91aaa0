#pragma once

#include "http/HttpRequest.h"
#include "http/HttpServer.h"

#include <http_parser.h>

#include <functional>

namespace sc::http {

// Incremental HTTP/1.x request parser on Debian's http-parser. It stops after
// every request head and every complete message so the connection can decide
// what happens next, enforces the head limits (URL 414, header bytes and
// count 431) and hands body bytes, de-chunked, to a callback.
// Internal to the server: it includes <http_parser.h>.
class HttpRequestParser
{
    Q_DISABLE_COPY_MOVE(HttpRequestParser)

public:
    enum class Stop { NeedMore, HeadComplete, MessageComplete, Failed };
    struct Step
    {
        qsizetype consumed = 0;
        Stop stop = Stop::NeedMore;
    };
    // Receives body bytes; returns false to stop parsing (the receiver
    // recorded why).
    using BodyReceiver = std::function<bool(QByteArrayView)>;

    explicit HttpRequestParser(const HttpServerLimits &limits);

    void setBodyReceiver(BodyReceiver receiver) { m_bodyReceiver = std::move(receiver); }

    // Parses as much of data as it can up to the next stop.
    Step feed(QByteArrayView data);

    // Has any byte of the next request head arrived?
    bool headStarted() const { return !m_headDone && !m_messageDone && m_headBytes > 0; }
    // Between HeadComplete and MessageComplete.
    bool inBody() const { return m_headDone && !m_messageDone; }

    // The head just parsed (valid from HeadComplete on). The caller moves
    // the request out; the parser refills it for the next message.
    HttpRequest &request() { return m_request; }
    bool keepAlive() const { return m_keepAlive; }
    bool isUpgrade() const { return m_upgrade; }
    bool isChunked() const { return m_chunked; }

    // Why the parser failed: a status (400, 414, 431) and a message. The
    // status is 0 when a body receiver stopped it.
    int failureStatus() const { return m_failureStatus; }
    QString failureMessage() const { return m_failureMessage; }

private:
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);
    static const http_parser_settings &settings();

    int fail(int status, QString message);
    void flushField();
    void finishHead();

    const HttpServerLimits &m_limits;
    http_parser m_parser;
    BodyReceiver m_bodyReceiver;
    HttpRequest m_request;
    QByteArray m_field;
    QByteArray m_value;
    bool m_inValue = false;
    qsizetype m_headBytes = 0;
    bool m_headDone = false;
    bool m_messageDone = false;
    bool m_keepAlive = false;
    bool m_upgrade = false;
    bool m_chunked = false;
    Stop m_pausedAt = Stop::NeedMore;
    int m_failureStatus = 0;
    QString m_failureMessage;
};

} // namespace sc::http
