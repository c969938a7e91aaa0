#include "HttpResponseChecker.h"

using namespace Qt::StringLiterals;

namespace sc::http::fuzz {

namespace {
HttpResponseChecker &self(http_parser *parser)
{
    return *static_cast<HttpResponseChecker *>(parser->data);
}
} // namespace

HttpResponseChecker::HttpResponseChecker(IsHead isHead)
    : m_isHead(std::move(isHead))
{
    http_parser_init(&m_parser, HTTP_RESPONSE);
    m_parser.data = this;
}

const http_parser_settings &HttpResponseChecker::settings()
{
    static const http_parser_settings kSettings = [] {
        http_parser_settings settings;
        http_parser_settings_init(&settings);
        settings.on_message_begin = &HttpResponseChecker::onMessageBegin;
        settings.on_header_field = &HttpResponseChecker::onHeaderField;
        settings.on_header_value = &HttpResponseChecker::onHeaderValue;
        settings.on_headers_complete = &HttpResponseChecker::onHeadersComplete;
        settings.on_body = &HttpResponseChecker::onBody;
        settings.on_message_complete = &HttpResponseChecker::onMessageComplete;
        return settings;
    }();
    return kSettings;
}

void HttpResponseChecker::note(const QString &what)
{
    if (m_violation.isEmpty() && !m_stopped)
        m_violation = what;
}

void HttpResponseChecker::feed(QByteArrayView data)
{
    if (m_stopped || m_upgraded || !m_violation.isEmpty() || data.isEmpty())
        return;
    const size_t parsed = http_parser_execute(&m_parser, &settings(), data.data(), size_t(data.size()));
    if (m_parser.upgrade) {
        m_upgraded = true; // the rest is WebSocket frames
        return;
    }
    const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
    if (error != HPE_OK)
        note(u"the client cannot parse a response: %1 (at byte %2 of a %3-byte read)"_s
                 .arg(QLatin1StringView(http_errno_name(error)))
                 .arg(parsed)
                 .arg(data.size()));
}

void HttpResponseChecker::finish(bool strict)
{
    if (m_stopped || m_upgraded || !m_violation.isEmpty())
        return;
    // EOF ends a close-delimited body (an HTTP/1.0 answer of unknown length).
    http_parser_execute(&m_parser, &settings(), nullptr, 0);
    if (!strict || !m_inMessage)
        return;
    // A HEAD request answered 505 from its head: the server cannot know it
    // was a HEAD (it refused the version), so its empty body is fine.
    if (m_parser.status_code == 505 && m_bodyBytes == 0)
        return;
    note(u"a %1 response was cut short after %2 body bytes"_s.arg(m_parser.status_code).arg(m_bodyBytes));
}

int HttpResponseChecker::onMessageBegin(http_parser *parser)
{
    HttpResponseChecker &that = self(parser);
    if (that.m_closeSeen)
        that.note(u"bytes after a response that said Connection: close"_s);
    that.m_inMessage = true;
    that.m_bodyBytes = 0;
    that.m_field.clear();
    that.m_value.clear();
    that.m_inValue = false;
    that.m_requestId.clear();
    that.m_connection.clear();
    that.m_contentLengths = 0;
    that.m_transferEncodings = 0;
    return 0;
}

int HttpResponseChecker::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpResponseChecker &that = self(parser);
    if (that.m_inValue) {
        that.flushField();
        that.m_inValue = false;
    }
    that.m_field.append(at, qsizetype(length));
    return 0;
}

int HttpResponseChecker::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpResponseChecker &that = self(parser);
    that.m_inValue = true;
    that.m_value.append(at, qsizetype(length));
    return 0;
}

void HttpResponseChecker::flushField()
{
    const QByteArray name = std::exchange(m_field, {}).toLower();
    const QByteArray value = std::exchange(m_value, {}).trimmed();
    if (name == "x-request-id")
        m_requestId = value;
    else if (name == "connection")
        m_connection = value;
    else if (name == "content-length")
        ++m_contentLengths;
    else if (name == "transfer-encoding")
        ++m_transferEncodings;
    else if (name == "set-cookie" || name == "x-injected")
        note(u"a response carries a header the handler never set: %1"_s.arg(QString::fromLatin1(name)));
}

int HttpResponseChecker::onHeadersComplete(http_parser *parser)
{
    return self(parser).headersComplete();
}

int HttpResponseChecker::headersComplete()
{
    if (m_inValue)
        flushField();
    m_inValue = false;
    const unsigned status = m_parser.status_code;
    if (status == 101)
        return 0; // the WebSocket server's handshake answer
    if (status < 200)
        return 0; // 100 Continue: interim, no id, no framing
    ++m_responses;
    if (m_contentLengths + m_transferEncodings > 1)
        note(u"a %1 response is framed twice"_s.arg(status));
    if (m_connection != "close" && m_connection != "keep-alive")
        note(u"a %1 response says \"Connection: %2\""_s.arg(status).arg(QString::fromLatin1(m_connection)));
    if (m_connection == "close")
        m_closeSeen = true;
    const qsizetype dash = m_requestId.lastIndexOf('-');
    bool ok = false;
    const quint64 counter = dash < 0 ? 0 : m_requestId.mid(dash + 1).toULongLong(&ok, 36);
    if (!ok)
        note(u"a %1 response has no usable X-Request-Id: \"%2\""_s.arg(status).arg(QString::fromLatin1(m_requestId)));
    else if (counter <= m_lastCounter)
        note(u"responses out of request order: %1 after %2"_s.arg(counter).arg(m_lastCounter));
    else
        m_lastCounter = counter;
    // A HEAD answer announces a body it does not send.
    return m_isHead && m_isHead(m_requestId) ? 1 : 0;
}

int HttpResponseChecker::onBody(http_parser *parser, const char *, size_t length)
{
    self(parser).m_bodyBytes += qint64(length);
    return 0;
}

int HttpResponseChecker::onMessageComplete(http_parser *parser)
{
    self(parser).m_inMessage = false;
    return 0;
}

} // namespace sc::http::fuzz
