#pragma once

#include "http/HttpHeaders.h"
#include "http/HttpResponder.h"
#include "http/HttpServer.h"
#include "http/RouteTable.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>
#include <QList>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace sc::http::test {

// Short timeouts so the timeout tests stay fast.
HttpServerLimits fastLimits();

// What one streamed request body did to its sink.
struct SinkRecord
{
    qint64 bytes = 0;
    int writes = 0;
    bool finished = false;
    bool aborted = false;
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

// A device of `size` bytes of a fixed pattern, made up as it is read.
class PatternDevice final : public QIODevice
{
public:
    explicit PatternDevice(qint64 size);
    static char byteAt(qint64 position) { return char('a' + position % 23); }
    static QByteArray bytes(qint64 first, qint64 length);
    qint64 size() const override { return m_size; }
    bool isSequential() const override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
};

// A RouteTable with the routes the tests use, served by an HttpServer on
// 127.0.0.1 and a random port.
//   GET  /api/v1/hello       {"hello":"world"}
//   POST /api/v1/echo        echoes a buffered body (up to 1 MiB, any type)
//   PUT  /api/v1/small       accepts up to 100 bytes, answers 204
//   PUT  /api/v1/upload      streams into a recording sink (up to 64 MiB)
//   PUT  /api/v1/refuse      a sink that refuses (409) past 1,000 bytes
//   GET  /api/v1/async       answered later by the test (pending())
//   GET  /api/v1/chunked     a 300,000-byte body of unknown length
//   GET  /api/v1/big         a 1 GiB made-up body with a known length
//   GET  /api/v1/blob        a 5 MiB body held in memory
//   GET  /api/v1/file        fileResponse() on a 3 MiB file (filePath())
//   GET  /api/v1/ws          WebSocket endpoint
class TestServer
{
public:
    explicit TestServer(HttpServerLimits limits = fastLimits());
    ~TestServer();

    HttpServer &server() { return *m_server; }
    quint16 port() const { return m_server->serverPort(); }
    QList<HttpResponder> &pending() { return m_pending; }
    QList<std::shared_ptr<SinkRecord>> &sinks() { return m_sinks; }
    const QString &filePath() const { return m_filePath; }
    const QByteArray &fileData() const { return m_fileData; }
    int handled() const { return m_handled; }

private:
    RouteTable m_routes;
    std::unique_ptr<HttpServer> m_server;
    QList<HttpResponder> m_pending;
    QList<std::shared_ptr<SinkRecord>> m_sinks;
    QTemporaryDir m_dir;
    QString m_filePath;
    QByteArray m_fileData;
    int m_handled = 0;
};

struct RawResponse
{
    int status = 0;
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body;
    bool chunked = false;
};

// A plain socket speaking HTTP by hand, for what no friendly client sends.
class RawClient
{
public:
    explicit RawClient(quint16 port, bool waitConnected = true);
    ~RawClient();

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // The next complete response (a 100 Continue counts as one); nullopt
    // when none completes in time.
    std::optional<RawResponse> next(bool headRequest = false, int timeoutMs = 5000);
    // Waits until the server closes the connection.
    bool waitForClose(int timeoutMs = 5000);
    const QByteArray &received() const { return m_received; }
    QTcpSocket &socket() { return m_socket; }

private:
    std::optional<RawResponse> tryParse(bool headRequest);

    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

QByteArray simpleRequest(const QByteArray &method, const QByteArray &target, const QByteArray &extraHeaders = {},
                         const QByteArray &body = {});

} // namespace sc::http::test
