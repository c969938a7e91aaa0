// Connections coming and going: clients that vanish mid-request or
// mid-response, late asynchronous answers, thousands of idle sockets,
// graceful shutdown and WebSocket upgrades.
#include "HttpTestSupport.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace sc::http;
using namespace sc::http::test;

class tst_HttpLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void disconnectMidRequest();
    void disconnectMidResponse();
    void asyncReplyAfterDisconnect();
    void clientThatStopsReadingIsDropped();
    void sinkRefusalClosesTheConnection();
    void manyIdleConnections();
    void shutdownDrains();
    void shutdownGraceExpires();
    void webSocketUpgrade();
    void webSocketAfterPipelinedRequest();
    void webSocketWithoutServer();
};

void tst_HttpLifecycle::initTestCase()
{
    // Thousands of requests below: keep the route log quiet.
    QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);
}

void tst_HttpLifecycle::disconnectMidRequest()
{
    HttpServerLimits limits = fastLimits();
    limits.bodyIdleTimeout = 10s; // the disconnect, not a timeout, must end it
    TestServer server(limits);
    {
        RawClient client(server.port());
        client.send("PUT /api/v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n" + QByteArray(5000, 'x'));
        QTRY_VERIFY(!server.sinks().isEmpty() && server.sinks().constFirst()->bytes == 5000);
        client.socket().abort();
    }
    QTRY_COMPARE(server.server().connectionCount(), 0);
    QVERIFY(server.sinks().constFirst()->aborted);
    QVERIFY(!server.sinks().constFirst()->finished);
    QCOMPARE(server.handled(), 0);

    // The server still serves.
    RawClient next(server.port());
    next.send(simpleRequest("GET", "/api/v1/hello"));
    QVERIFY(next.next());
}

void tst_HttpLifecycle::disconnectMidResponse()
{
    TestServer server;
    {
        RawClient client(server.port());
        client.send(simpleRequest("GET", "/api/v1/big"));
        QTRY_VERIFY(client.received().size() > 1024 * 1024);
        client.socket().abort();
    }
    QTRY_COMPARE(server.server().connectionCount(), 0);
    RawClient next(server.port());
    next.send(simpleRequest("GET", "/api/v1/hello"));
    const auto response = next.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void tst_HttpLifecycle::asyncReplyAfterDisconnect()
{
    TestServer server;
    {
        RawClient client(server.port());
        client.send(simpleRequest("GET", "/api/v1/async"));
        QTRY_COMPARE(server.pending().size(), 1);
        QVERIFY(server.pending().constFirst().isConnected());
        client.socket().abort();
    }
    QTRY_COMPARE(server.server().connectionCount(), 0);
    const HttpResponder late = server.pending().constFirst();
    QVERIFY(!late.isConnected());
    late.send(HttpResponse::text(200, "too late")); // dropped, no crash
    QVERIFY(late.hasSent());
    QTest::qWait(20);

    // Answering after the whole server is gone is safe too.
    HttpResponder orphan;
    {
        TestServer shortLived;
        RawClient client(shortLived.port());
        client.send(simpleRequest("GET", "/api/v1/async"));
        QTRY_COMPARE(shortLived.pending().size(), 1);
        orphan = shortLived.pending().constFirst();
    }
    QVERIFY(!orphan.isConnected());
    orphan.send(HttpResponse::text(200, "nobody listens"));
}

void tst_HttpLifecycle::clientThatStopsReadingIsDropped()
{
    TestServer server; // bodyIdleTimeout 300 ms also bounds a stalled write
    RawClient client(server.port());
    client.socket().setReadBufferSize(1); // read next to nothing: the kernel buffers fill up
    client.send(simpleRequest("GET", "/api/v1/big"));
    QTRY_COMPARE(server.handled(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(server.server().connectionCount(), 0, 5000);
}

void tst_HttpLifecycle::sinkRefusalClosesTheConnection()
{
    TestServer server;
    RawClient client(server.port());
    client.send("PUT /api/v1/refuse HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" + QByteArray(5000, 'x'));
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 409);
    QCOMPARE(response->headers.value("Connection"), "close");
    QVERIFY(client.waitForClose());
    QCOMPARE(server.sinks().size(), 1);
    QVERIFY(server.sinks().constFirst()->aborted);
    QVERIFY(!server.sinks().constFirst()->finished);
    QCOMPARE(server.handled(), 0);
}

void tst_HttpLifecycle::manyIdleConnections()
{
    HttpServerLimits limits = fastLimits();
    limits.headerTimeout = 20s;
    limits.idleTimeout = 1s;
    limits.maxConnectionsPerAddress = 5000;
    TestServer server(limits);
    constexpr int kClients = 2000;
    std::vector<std::unique_ptr<RawClient>> clients;
    clients.reserve(kClients);
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>(server.port(), false));
        if (i % 200 == 199)
            QTest::qWait(1);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->isConnected(); }), 20000);
    for (auto &client : clients)
        client->send(simpleRequest("GET", "/api/v1/hello"));
    for (auto &client : clients) {
        const auto response = client->next(false, 20000);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }
    QCOMPARE(server.server().connectionCount(), kClients);
    // Idle for idleTimeout: every one is closed and nothing leaks.
    QTRY_COMPARE_WITH_TIMEOUT(server.server().connectionCount(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::none_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->isConnected(); }), 5000);
}

void tst_HttpLifecycle::shutdownDrains()
{
    HttpServerLimits limits = fastLimits();
    limits.headerTimeout = 10s;
    limits.idleTimeout = 10s;
    TestServer server(limits);
    RawClient idle(server.port());
    idle.send(simpleRequest("GET", "/api/v1/hello"));
    QVERIFY(idle.next());
    RawClient busy(server.port());
    busy.send(simpleRequest("GET", "/api/v1/async"));
    QTRY_COMPARE(server.pending().size(), 1);

    QSignalSpy drained(&server.server(), &HttpServer::drained);
    const quint16 port = server.port();
    server.server().shutdown(5s);
    QVERIFY(!server.server().isListening());
    QCOMPARE(server.server().serverPort(), port); // still says where it was
    RawClient refused(port, false);
    QVERIFY(refused.waitForClose(1000));
    QVERIFY(idle.waitForClose(1000)); // idle connections go at once
    QCOMPARE(server.server().connectionCount(), 1);
    QCOMPARE(drained.size(), 0);
    server.pending().constFirst().send(HttpResponse::text(200, "finished"));
    const auto response = busy.next();
    QVERIFY(response);
    QCOMPARE(response->body, "finished");
    QCOMPARE(response->headers.value("Connection"), "close");
    QVERIFY(drained.wait(3000));
    QCOMPARE(server.server().connectionCount(), 0);
}

void tst_HttpLifecycle::shutdownGraceExpires()
{
    HttpServerLimits limits = fastLimits();
    limits.bodyIdleTimeout = 10s;
    TestServer server(limits);
    RawClient uploading(server.port());
    uploading.send("PUT /api/v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n" + QByteArray(100, 'x'));
    QTRY_COMPARE(server.sinks().size(), 1);
    QSignalSpy drained(&server.server(), &HttpServer::drained);
    server.server().shutdown(300ms);
    QVERIFY(drained.wait(3000));
    QCOMPARE(server.server().connectionCount(), 0);
    QVERIFY(server.sinks().constFirst()->aborted);
    QVERIFY(uploading.waitForClose());

    // With nothing open, or only idle connections, drained() still comes,
    // from the event loop (a caller may start waiting after shutdown()).
    TestServer empty;
    QSignalSpy emptyDrained(&empty.server(), &HttpServer::drained);
    empty.server().shutdown(1s);
    QCOMPARE(emptyDrained.size(), 0);
    QVERIFY(emptyDrained.wait(1000));

    TestServer idleOnly;
    RawClient idle(idleOnly.port());
    idle.send(simpleRequest("GET", "/api/v1/hello"));
    QVERIFY(idle.next());
    QSignalSpy idleDrained(&idleOnly.server(), &HttpServer::drained);
    idleOnly.server().shutdown(5s);
    QCOMPARE(idleDrained.size(), 0);
    QVERIFY(idleDrained.wait(1000));
    QCOMPARE(idleDrained.size(), 1);
}

namespace {
void echoEverything(QWebSocketServer &webSockets)
{
    QObject::connect(&webSockets, &QWebSocketServer::newConnection, &webSockets, [&webSockets] {
        while (QWebSocket *socket = webSockets.nextPendingConnection()) {
            socket->setParent(&webSockets);
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [socket](const QString &message) {
                socket->sendTextMessage(u"echo: "_s + message);
            });
        }
    });
}
} // namespace

void tst_HttpLifecycle::webSocketUpgrade()
{
    TestServer server;
    QWebSocketServer webSockets(u"test"_s, QWebSocketServer::NonSecureMode);
    echoEverything(webSockets);
    server.server().setWebSocketServer(&webSockets);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(u"ws://127.0.0.1:%1/api/v1/ws"_s.arg(server.port())));
    QVERIFY(connected.wait(3000));
    client.sendTextMessage(u"hello"_s);
    QVERIFY(received.wait(3000));
    QCOMPARE(received.constFirst().constFirst().toString(), u"echo: hello"_s);
    // The socket belongs to the WebSocket server now, not to the HTTP server.
    QTRY_COMPARE(server.server().connectionCount(), 0);
    client.close();
}

void tst_HttpLifecycle::webSocketAfterPipelinedRequest()
{
    TestServer server;
    QWebSocketServer webSockets(u"test"_s, QWebSocketServer::NonSecureMode);
    echoEverything(webSockets);
    server.server().setWebSocketServer(&webSockets);

    // An ordinary request and the handshake in one write: the handshake is
    // replayed to the WebSocket server only after the first answer.
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/async")
                + simpleRequest("GET",
                                "/api/v1/ws",
                                "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
    QTRY_COMPARE(server.pending().size(), 1);
    QTest::qWait(50);
    QVERIFY(client.received().isEmpty());
    server.pending().constFirst().send(HttpResponse::text(200, "first"));
    const auto first = client.next();
    QVERIFY(first);
    QCOMPARE(first->body, "first");
    const auto upgrade = client.next(true);
    QVERIFY(upgrade);
    QCOMPARE(upgrade->status, 101);
    QCOMPARE(upgrade->headers.value("Sec-WebSocket-Accept"), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
}

void tst_HttpLifecycle::webSocketWithoutServer()
{
    TestServer server;
    RawClient client(server.port());
    client.send(simpleRequest("GET",
                              "/api/v1/ws",
                              "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
}

QTEST_GUILESS_MAIN(tst_HttpLifecycle)
#include "tst_httplifecycle.moc"
