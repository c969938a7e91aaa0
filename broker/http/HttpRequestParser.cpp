#include "http/HttpRequestParser.h"

#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace sc::http {

namespace {

HttpRequestParser &self(http_parser *parser)
{
    return *static_cast<HttpRequestParser *>(parser->data);
}

QString decodePath(QByteArrayView encoded)
{
    if (!encoded.contains('%'))
        return QString::fromUtf8(encoded);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toByteArray()));
}

// Fills path and query from the request-target: origin-form ("/a/b?c=d"),
// asterisk-form ("*") or absolute-form ("http://host/a?b").
void splitTarget(HttpRequest &request)
{
    const QByteArray &target = request.target;
    if (target.startsWith('/')) {
        qsizetype end = target.indexOf('#');
        if (end < 0)
            end = target.size();
        const qsizetype question = target.indexOf('?');
        const qsizetype pathEnd = question >= 0 && question < end ? question : end;
        request.path = decodePath(QByteArrayView(target).first(pathEnd));
        if (pathEnd < end)
            request.query = QUrlQuery(QString::fromUtf8(QByteArrayView(target).sliced(pathEnd + 1, end - pathEnd - 1)));
        return;
    }
    if (target == "*") {
        request.path = u"*"_s;
        return;
    }
    const QUrl url(QString::fromUtf8(target));
    request.path = url.path(QUrl::FullyDecoded);
    if (request.path.isEmpty())
        request.path = u"/"_s;
    request.query = QUrlQuery(url);
}

QByteArray trimmedValue(QByteArray value)
{
    if (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        return value.trimmed();
    return value;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpServerLimits &limits)
    : m_limits(limits)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
}

const http_parser_settings &HttpRequestParser::settings()
{
    static const http_parser_settings kSettings = [] {
        http_parser_settings settings;
        http_parser_settings_init(&settings);
        settings.on_message_begin = &HttpRequestParser::onMessageBegin;
        settings.on_url = &HttpRequestParser::onUrl;
        settings.on_header_field = &HttpRequestParser::onHeaderField;
        settings.on_header_value = &HttpRequestParser::onHeaderValue;
        settings.on_headers_complete = &HttpRequestParser::onHeadersComplete;
        settings.on_body = &HttpRequestParser::onBody;
        settings.on_message_complete = &HttpRequestParser::onMessageComplete;
        return settings;
    }();
    return kSettings;
}

HttpRequestParser::Step HttpRequestParser::feed(QByteArrayView data)
{
    if (HTTP_PARSER_ERRNO(&m_parser) == HPE_PAUSED)
        http_parser_pause(&m_parser, 0);
    if (HTTP_PARSER_ERRNO(&m_parser) != HPE_OK)
        return {0, Stop::Failed};
    if (m_messageDone) {
        m_headBytes = 0;
        m_headDone = false;
        m_messageDone = false;
    }
    if (data.isEmpty())
        return {};

    // Never let a head grow past its limit, whatever the size of the read:
    // feed at most one byte more than it may still take.
    QByteArrayView input = data;
    if (!m_headDone) {
        const qsizetype allowance = m_limits.maxHeaderBytes - m_headBytes + 1;
        if (input.size() > allowance)
            input = input.first(allowance);
    }

    const bool wasInHead = !m_headDone;
    m_pausedAt = Stop::NeedMore;
    const auto consumed = qsizetype(http_parser_execute(&m_parser, &settings(), input.data(), size_t(input.size())));
    if (wasInHead)
        m_headBytes += consumed;

    const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
    if (error == HPE_PAUSED)
        return {consumed, m_pausedAt};
    if (error != HPE_OK) {
        if (m_failureStatus == 0 && error != HPE_CB_body) {
            if (error == HPE_HEADER_OVERFLOW)
                fail(431, u"The request head is too large."_s);
            else
                fail(400, u"Malformed request: %1."_s.arg(QLatin1StringView(http_errno_description(error))));
        }
        return {consumed, Stop::Failed};
    }
    if (!m_headDone && m_headBytes > m_limits.maxHeaderBytes) {
        fail(431, u"The request head is larger than %1 bytes."_s.arg(m_limits.maxHeaderBytes));
        return {consumed, Stop::Failed};
    }
    return {consumed, Stop::NeedMore};
}

int HttpRequestParser::fail(int status, QString message)
{
    if (m_failureStatus == 0) {
        m_failureStatus = status;
        m_failureMessage = std::move(message);
    }
    return 1;
}

int HttpRequestParser::onMessageBegin(http_parser *parser)
{
    HttpRequestParser &that = self(parser);
    that.m_request = HttpRequest();
    that.m_field.clear();
    that.m_value.clear();
    that.m_inValue = false;
    return 0;
}

int HttpRequestParser::onUrl(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser &that = self(parser);
    if (that.m_request.target.size() + qsizetype(length) > that.m_limits.maxUrlBytes)
        return that.fail(414, u"The request target is longer than %1 bytes."_s.arg(that.m_limits.maxUrlBytes));
    that.m_request.target.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser &that = self(parser);
    if (that.m_headDone)
        return 0; // a chunked body's trailer: ignored
    if (that.m_inValue) {
        that.flushField();
        that.m_inValue = false;
    }
    if (that.m_field.isEmpty() && that.m_request.headers.size() >= that.m_limits.maxHeaderCount)
        return that.fail(431, u"The request has more than %1 header fields."_s.arg(that.m_limits.maxHeaderCount));
    that.m_field.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser &that = self(parser);
    if (that.m_headDone)
        return 0;
    that.m_inValue = true;
    that.m_value.append(at, qsizetype(length));
    return 0;
}

void HttpRequestParser::flushField()
{
    if (m_field.isEmpty())
        return;
    m_request.headers.add(std::exchange(m_field, {}), trimmedValue(std::exchange(m_value, {})));
}

int HttpRequestParser::onHeadersComplete(http_parser *parser)
{
    HttpRequestParser &that = self(parser);
    that.flushField();
    that.m_inValue = false;
    that.finishHead();
    that.m_headDone = true;
    that.m_pausedAt = Stop::HeadComplete;
    http_parser_pause(parser, 1);
    return 0;
}

void HttpRequestParser::finishHead()
{
    const http_parser &parser = m_parser;
    const char *method = http_method_str(http_method(parser.method));
    m_request.methodText = QByteArray::fromRawData(method, qsizetype(qstrlen(method)));
    m_request.method = methodFromName(m_request.methodText);
    m_request.versionMajor = parser.http_major;
    m_request.versionMinor = parser.http_minor;
    splitTarget(m_request);
    m_chunked = (parser.flags & F_CHUNKED) != 0;
    if (!m_chunked && (parser.flags & F_CONTENTLENGTH) != 0)
        m_request.contentLength = qint64(
            qMin<quint64>(parser.content_length, quint64(std::numeric_limits<qint64>::max())));
    else
        m_request.contentLength.reset();
    m_keepAlive = http_should_keep_alive(&parser) != 0;
    m_upgrade = parser.upgrade != 0;
}

int HttpRequestParser::onBody(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser &that = self(parser);
    if (that.m_bodyReceiver && !that.m_bodyReceiver(QByteArrayView(at, qsizetype(length))))
        return 1;
    return 0;
}

int HttpRequestParser::onMessageComplete(http_parser *parser)
{
    HttpRequestParser &that = self(parser);
    that.m_messageDone = true;
    that.m_pausedAt = Stop::MessageComplete;
    http_parser_pause(parser, 1);
    return 0;
}

} // namespace sc::http
