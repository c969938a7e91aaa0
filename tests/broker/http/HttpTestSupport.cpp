#include "HttpTestSupport.h"

#include "http/HttpFileResponse.h"

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sc::http::test {

HttpServerLimits fastLimits()
{
    HttpServerLimits limits;
    limits.headerTimeout = 300ms;
    limits.idleTimeout = 500ms;
    limits.bodyIdleTimeout = 300ms;
    return limits;
}

PatternDevice::PatternDevice(qint64 size)
    : m_size(size)
{
    open(QIODevice::ReadOnly);
}

QByteArray PatternDevice::bytes(qint64 first, qint64 length)
{
    QByteArray result(length, Qt::Uninitialized);
    for (qint64 i = 0; i < length; ++i)
        result[i] = byteAt(first + i);
    return result;
}

qint64 PatternDevice::readData(char *data, qint64 maxSize)
{
    const qint64 start = pos();
    const qint64 count = qMin(maxSize, m_size - start);
    for (qint64 i = 0; i < count; ++i)
        data[i] = byteAt(start + i);
    return count;
}

namespace {

class RecordingSink final : public HttpBodySink
{
public:
    explicit RecordingSink(std::shared_ptr<SinkRecord> record)
        : m_record(std::move(record))
    {
    }

    std::optional<protocol::ApiError> write(QByteArrayView data) override
    {
        m_record->bytes += data.size();
        ++m_record->writes;
        m_record->hash.addData(data);
        return std::nullopt;
    }
    std::optional<protocol::ApiError> finish() override
    {
        m_record->finished = true;
        return std::nullopt;
    }
    void abort() override { m_record->aborted = true; }

private:
    std::shared_ptr<SinkRecord> m_record;
};

// Refuses any body longer than 1,000 bytes half-way, as a disk-full sink would.
class RefusingSink final : public HttpBodySink
{
public:
    explicit RefusingSink(std::shared_ptr<SinkRecord> record)
        : m_record(std::move(record))
    {
    }

    std::optional<protocol::ApiError> write(QByteArrayView data) override
    {
        m_record->bytes += data.size();
        ++m_record->writes;
        if (m_record->bytes > 1000)
            return protocol::ApiError{protocol::ErrorCode::Conflict, u"No room left."_s, {}, {}};
        return std::nullopt;
    }
    std::optional<protocol::ApiError> finish() override
    {
        m_record->finished = true;
        return std::nullopt;
    }
    void abort() override { m_record->aborted = true; }

private:
    std::shared_ptr<SinkRecord> m_record;
};

} // namespace

TestServer::TestServer(HttpServerLimits limits)
{
    m_fileData.resize(3 * 1024 * 1024);
    for (qsizetype i = 0; i < m_fileData.size(); ++i)
        m_fileData[i] = char(QRandomGenerator::global()->bounded(256));
    m_filePath = m_dir.filePath(u"data.bin"_s);
    QFile file(m_filePath);
    if (file.open(QIODevice::WriteOnly))
        file.write(m_fileData);
    file.close();

    RouteOptions open;
    open.isPublic = true;

    m_routes.addSync(
        HttpMethod::Get,
        u"/api/v1/hello",
        [this](const HttpRequest &) {
            ++m_handled;
            return HttpResponse::json(200, QJsonObject{{u"hello"_s, u"world"_s}});
        },
        open);

    RouteOptions echo = open;
    echo.jsonBody = false;
    echo.maxBodyBytes = 1024 * 1024;
    m_routes.addSync(
        HttpMethod::Post,
        u"/api/v1/echo",
        [this](const HttpRequest &request) {
            ++m_handled;
            return HttpResponse::text(200, request.body, "application/octet-stream");
        },
        echo);

    RouteOptions small = open;
    small.jsonBody = false;
    small.maxBodyBytes = 100;
    m_routes.addSync(
        HttpMethod::Put,
        u"/api/v1/small",
        [this](const HttpRequest &) {
            ++m_handled;
            return HttpResponse::noContent();
        },
        small);

    RouteOptions upload = open;
    upload.jsonBody = false;
    upload.maxBodyBytes = 64 * 1024 * 1024;
    upload.bodySink = [this](const HttpRequest &) -> std::unique_ptr<HttpBodySink> {
        auto record = std::make_shared<SinkRecord>();
        m_sinks.append(record);
        return std::make_unique<RecordingSink>(record);
    };
    m_routes.addSync(
        HttpMethod::Put,
        u"/api/v1/upload",
        [this](const HttpRequest &) {
            ++m_handled;
            const std::shared_ptr<SinkRecord> &record = m_sinks.constLast();
            return HttpResponse::json(200,
                                      QJsonObject{{u"bytes"_s, record->bytes},
                                                  {u"sha256"_s, QString::fromLatin1(record->hash.result().toHex())}});
        },
        upload);

    RouteOptions refuse = upload;
    refuse.bodySink = [this](const HttpRequest &) -> std::unique_ptr<HttpBodySink> {
        auto record = std::make_shared<SinkRecord>();
        m_sinks.append(record);
        return std::make_unique<RefusingSink>(record);
    };
    m_routes.addSync(
        HttpMethod::Put,
        u"/api/v1/refuse",
        [this](const HttpRequest &) {
            ++m_handled;
            return HttpResponse::noContent();
        },
        refuse);

    m_routes.add(
        HttpMethod::Get,
        u"/api/v1/async",
        [this](const HttpRequest &, HttpResponder responder) {
            ++m_handled;
            m_pending.append(std::move(responder));
        },
        open);

    m_routes.addSync(
        HttpMethod::Get,
        u"/api/v1/chunked",
        [this](const HttpRequest &) {
            ++m_handled;
            HttpResponse response;
            response.headers.set("Content-Type", "application/octet-stream");
            response.stream = std::make_shared<PatternDevice>(300'000);
            response.streamLength = -1;
            return response;
        },
        open);

    m_routes.addSync(
        HttpMethod::Get,
        u"/api/v1/big",
        [this](const HttpRequest &) {
            ++m_handled;
            HttpResponse response;
            response.stream = std::make_shared<PatternDevice>(qint64(1) << 30);
            response.streamLength = qint64(1) << 30;
            return response;
        },
        open);

    m_routes.addSync(
        HttpMethod::Get,
        u"/api/v1/blob",
        [this](const HttpRequest &) {
            ++m_handled;
            return HttpResponse::text(200, PatternDevice::bytes(0, 5 * 1024 * 1024), "application/octet-stream");
        },
        open);

    m_routes.addSync(
        HttpMethod::Get,
        u"/api/v1/file",
        [this](const HttpRequest &request) {
            ++m_handled;
            return fileResponse(request, m_filePath, "application/octet-stream");
        },
        open);

    RouteOptions webSocket = open;
    webSocket.webSocket = true;
    m_routes.addSync(
        HttpMethod::Get,
        u"/api/v1/ws",
        [](const HttpRequest &) { return HttpResponse::text(426, "Upgrade to a WebSocket.\n"); },
        webSocket);

    m_server = std::make_unique<HttpServer>(m_routes, limits);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen: %s", qPrintable(m_server->errorString()));
}

TestServer::~TestServer()
{
    m_server.reset();
}

RawClient::RawClient(quint16 port, bool waitConnected)
{
    QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
    QObject::connect(&m_socket, &QAbstractSocket::disconnected, &m_socket, [this] {
        if (m_socket.isOpen())
            m_received += m_socket.readAll();
        m_closed = true;
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    if (waitConnected)
        (void)QTest::qWaitFor([this] { return isConnected(); }, 5000);
}

RawClient::~RawClient()
{
    QObject::disconnect(&m_socket, nullptr, nullptr, nullptr);
    m_socket.abort();
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed || m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

std::optional<RawResponse> RawClient::next(bool headRequest, int timeoutMs)
{
    std::optional<RawResponse> response;
    (void)QTest::qWaitFor(
        [&] {
            response = tryParse(headRequest);
            return response.has_value();
        },
        timeoutMs);
    return response;
}

std::optional<RawResponse> RawClient::tryParse(bool headRequest)
{
    const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    RawResponse response;
    const QList<QByteArray> lines = m_received.left(headEnd).split('\n');
    const QList<QByteArray> statusParts = lines.constFirst().trimmed().split(' ');
    if (statusParts.size() < 2)
        return std::nullopt;
    response.status = statusParts.at(1).toInt();
    response.reason = lines.constFirst().trimmed().mid(statusParts.at(0).size() + statusParts.at(1).size() + 2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    qsizetype position = headEnd + 4;
    const bool noBody = headRequest || response.status < 200 || response.status == 204 || response.status == 304;
    if (noBody) {
        m_received.remove(0, position);
        return response;
    }
    if (response.headers.contains("Content-Length")) {
        const qsizetype length = response.headers.value("Content-Length").toLongLong();
        if (m_received.size() - position < length)
            return std::nullopt;
        response.body = m_received.mid(position, length);
        m_received.remove(0, position + length);
        return response;
    }
    if (response.headers.hasToken("Transfer-Encoding", "chunked")) {
        response.chunked = true;
        while (true) {
            const qsizetype lineEnd = m_received.indexOf("\r\n", position);
            if (lineEnd < 0)
                return std::nullopt;
            bool ok = false;
            const qsizetype size = m_received.mid(position, lineEnd - position).toLongLong(&ok, 16);
            if (!ok)
                return std::nullopt;
            position = lineEnd + 2;
            if (size == 0) {
                if (m_received.indexOf("\r\n", position) != position)
                    return std::nullopt; // no trailers are sent: the last line is empty
                m_received.remove(0, position + 2);
                return response;
            }
            if (m_received.size() < position + size + 2)
                return std::nullopt;
            response.body += m_received.mid(position, size);
            position += size + 2;
        }
    }
    // Close-delimited.
    if (!m_closed)
        return std::nullopt;
    response.body = m_received.mid(position);
    m_received.clear();
    return response;
}

QByteArray simpleRequest(const QByteArray &method, const QByteArray &target, const QByteArray &extraHeaders,
                         const QByteArray &body)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n";
    request += extraHeaders;
    if (!body.isEmpty())
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n";
    request += body;
    return request;
}

} // namespace sc::http::test
