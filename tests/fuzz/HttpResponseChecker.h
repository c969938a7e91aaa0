#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <http_parser.h>

#include <functional>

namespace sc::http::fuzz {

// Reads what a client receives from the server and checks it is HTTP a
// client can rely on: every response parses and is framed right (HEAD
// answers without a body), carries an X-Request-Id, answers strictly in
// request order, says keep-alive or close, and nothing follows a close.
class HttpResponseChecker
{
    Q_DISABLE_COPY_MOVE(HttpResponseChecker)

public:
    // Was this request (by X-Request-Id) a HEAD?
    using IsHead = std::function<bool(const QByteArray &requestId)>;

    explicit HttpResponseChecker(IsHead isHead);

    void feed(QByteArrayView data);
    // The server closed its side. strict: no answer may be cut short.
    void finish(bool strict);
    // From now on the bytes belong to another protocol (a WebSocket).
    void stopChecking() { m_stopped = true; }

    const QString &violation() const { return m_violation; }
    int responses() const { return m_responses; }

private:
    static int onMessageBegin(http_parser *parser);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);
    static const http_parser_settings &settings();

    void flushField();
    int headersComplete();
    void note(const QString &what);

    IsHead m_isHead;
    http_parser m_parser;
    QByteArray m_field;
    QByteArray m_value;
    bool m_inValue = false;
    QByteArray m_requestId;
    QByteArray m_connection;
    int m_contentLengths = 0;
    int m_transferEncodings = 0;
    bool m_inMessage = false;
    qint64 m_bodyBytes = 0;
    bool m_closeSeen = false; // a final answer said Connection: close
    bool m_stopped = false;
    bool m_upgraded = false;
    quint64 m_lastCounter = 0;
    int m_responses = 0;
    QString m_violation;
};

} // namespace sc::http::fuzz
