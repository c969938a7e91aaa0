// The broker's HTTP server through real sockets: routing, framing, limits,
// timeouts, keep-alive and pipelining.
#include "HttpTestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace sc::http;
using namespace sc::http::test;

class tst_HttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoute();
    void keepAliveAndErrors();
    void headHasNoBody();
    void oversizedBodyRefusedFromHeaders();
    void headerLimits_data();
    void headerLimits();
    void garbageIsRefused_data();
    void garbageIsRefused();
    void randomBytesNeverCrash();
    void slowHeadersTimeOut();
    void silentConnectionIsClosed();
    void idleKeepAliveIsClosed();
    void pipelinedRequestsAnsweredInOrder();
    void pipelineIsBounded();
    void connectionClose();
    void http10();
    void connectionLimits();
};

void tst_HttpServer::jsonRoute()
{
    TestServer server;
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/hello"_s.arg(server.port())));
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/json"_s);
    QVERIFY(!reply->rawHeader("X-Request-Id").isEmpty());
    QVERIFY(reply->rawHeader("Date").endsWith(" GMT"));
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(u"hello"_s).toString(), u"world"_s);
}

void tst_HttpServer::keepAliveAndErrors()
{
    TestServer server;
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/hello"));
    const auto first = client.next();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->headers.value("Connection"), "keep-alive");
    const QByteArray firstId = first->headers.value("X-Request-Id");

    client.send(simpleRequest("GET", "/api/v1/nowhere"));
    const auto missing = client.next();
    QVERIFY(missing);
    QCOMPARE(missing->status, 404);
    const QJsonObject error = QJsonDocument::fromJson(missing->body).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"not_found"_s);
    QCOMPARE(error.value(u"requestId"_s).toString().toLatin1(), missing->headers.value("X-Request-Id"));
    QVERIFY(missing->headers.value("X-Request-Id") != firstId);

    client.send(simpleRequest("DELETE", "/api/v1/hello"));
    const auto notAllowed = client.next();
    QVERIFY(notAllowed);
    QCOMPARE(notAllowed->status, 405);
    QVERIFY(client.isConnected());
    QCOMPARE(server.server().connectionCount(), 1);
}

void tst_HttpServer::headHasNoBody()
{
    TestServer server;
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/hello"));
    const auto get = client.next();
    QVERIFY(get);
    // HEAD, then GET pipelined: if HEAD carried a body the GET would not parse.
    client.send(simpleRequest("HEAD", "/api/v1/hello") + simpleRequest("GET", "/api/v1/hello"));
    const auto head = client.next(true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->headers.value("Content-Length").toLongLong(), get->body.size());
    const auto again = client.next();
    QVERIFY(again);
    QCOMPARE(again->status, 200);
    QCOMPARE(again->body, get->body);

    client.send(simpleRequest("HEAD", "/api/v1/file"));
    const auto fileHead = client.next(true);
    QVERIFY(fileHead);
    QCOMPARE(fileHead->headers.value("Content-Length").toLongLong(), server.fileData().size());
    QTest::qWait(50);
    QVERIFY(client.received().isEmpty());
}

void tst_HttpServer::oversizedBodyRefusedFromHeaders()
{
    TestServer server;
    RawClient client(server.port());
    // The head alone: the answer must come without a single body byte sent.
    client.send("PUT /api/v1/small HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->headers.value("Connection"), "close");
    QVERIFY(client.waitForClose());
    QCOMPARE(server.handled(), 0);

    // A chunked body that grows past the limit is cut off with 413.
    RawClient chunked(server.port());
    chunked.send("PUT /api/v1/small HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    chunked.send("40\r\n" + QByteArray(64, 'a') + "\r\n");
    chunked.send("40\r\n" + QByteArray(64, 'b') + "\r\n");
    const auto cut = chunked.next();
    QVERIFY(cut);
    QCOMPARE(cut->status, 413);
    QVERIFY(chunked.waitForClose());
    QCOMPARE(server.handled(), 0);
}

void tst_HttpServer::headerLimits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("huge header") << simpleRequest("GET", "/api/v1/hello", "X-Big: " + QByteArray(20'000, 'x') + "\r\n")
                                 << 431;
    QByteArray many;
    for (int i = 0; i < 150; ++i)
        many += "X-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many headers") << simpleRequest("GET", "/api/v1/hello", many) << 431;
    QTest::newRow("long url") << simpleRequest("GET", "/api/v1/hello?q=" + QByteArray(10'000, 'q')) << 414;
    QTest::newRow("at the limits") << simpleRequest(
        "GET", "/api/v1/hello?q=" + QByteArray(8'000, 'q'), "X-Big: " + QByteArray(7'000, 'x') + "\r\n")
                                   << 200;
}

void tst_HttpServer::headerLimits()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    TestServer server;
    RawClient client(server.port());
    client.send(request);
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    if (status != 200) {
        QCOMPARE(response->headers.value("Connection"), "close");
        QVERIFY(client.waitForClose());
    }
}

void tst_HttpServer::garbageIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTP/x.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/0.9") << QByteArray("GET /api/v1/hello\r\n\r\n") << 505;
    QTest::newRow("HTTP/2.0 text") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nNo colon here\r\n\r\n") << 400;
    QTest::newRow("unknown method") << QByteArray("FROB / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bad chunk") << QByteArray("POST /api/v1/echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                               << 400;
    QTest::newRow("length and chunked") << QByteArray(
        "POST /api/v1/echo HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                        << 400;
}

void tst_HttpServer::garbageIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    TestServer server;
    RawClient client(server.port());
    client.send(bytes);
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QVERIFY(client.waitForClose());
    QTRY_COMPARE(server.server().connectionCount(), 0);
}

void tst_HttpServer::randomBytesNeverCrash()
{
    TestServer server;
    const QList<QByteArray> seeds = {
        simpleRequest("GET", "/api/v1/hello"),
        simpleRequest("POST", "/api/v1/echo", "Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\n\r\n",
        simpleRequest("PUT", "/api/v1/upload", {}, QByteArray(300, 'u')),
        simpleRequest("GET", "/api/v1/file", "Range: bytes=5-9\r\n"),
    };
    QRandomGenerator random(20240611);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = seeds.at(random.bounded(int(seeds.size())));
        const int mutations = 1 + random.bounded(8);
        for (int m = 0; m < mutations; ++m) {
            const int at = random.bounded(int(bytes.size()));
            switch (random.bounded(3)) {
            case 0: bytes[at] = char(random.bounded(256)); break;
            case 1: bytes.insert(at, char(random.bounded(256))); break;
            default: bytes.remove(at, 1 + random.bounded(4)); break;
            }
        }
        auto client = std::make_unique<RawClient>(server.port(), false);
        QObject::connect(&client->socket(),
                         &QAbstractSocket::connected,
                         &client->socket(),
                         [socket = &client->socket(), bytes] { socket->write(bytes); });
        clients.push_back(std::move(client));
        if (clients.size() >= 50) {
            QTest::qWait(20);
            clients.clear();
        }
    }
    clients.clear();
    RawClient check(server.port());
    check.send(simpleRequest("GET", "/api/v1/hello"));
    const auto response = check.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(server.server().connectionCount(), 1, 5000);
}

void tst_HttpServer::slowHeadersTimeOut()
{
    TestServer server; // headerTimeout 300 ms
    RawClient client(server.port());
    const QByteArray request = simpleRequest("GET", "/api/v1/hello");
    qsizetype sent = 0;
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, &client.socket(), [&] {
        if (sent < request.size() && client.isConnected())
            client.send(request.mid(sent++, 1));
    });
    QElapsedTimer elapsed;
    elapsed.start();
    drip.start(100);
    const auto response = client.next(false, 3000);
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(client.waitForClose());
    QVERIFY2(elapsed.elapsed() < 1500, QByteArray::number(elapsed.elapsed()).constData());
    QVERIFY(sent < request.size());
}

void tst_HttpServer::silentConnectionIsClosed()
{
    TestServer server;
    RawClient client(server.port());
    QTRY_COMPARE(server.server().connectionCount(), 1);
    QVERIFY(client.waitForClose(2000));
    QVERIFY(client.received().isEmpty());
    QTRY_COMPARE(server.server().connectionCount(), 0);
}

void tst_HttpServer::idleKeepAliveIsClosed()
{
    TestServer server; // idleTimeout 500 ms
    RawClient client(server.port());
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 3; ++i) { // activity keeps it open past one idle timeout
        client.send(simpleRequest("GET", "/api/v1/hello"));
        QVERIFY(client.next());
        QTest::qWait(250);
    }
    QVERIFY(client.isConnected());
    QVERIFY(elapsed.elapsed() >= 500);
    QVERIFY(client.waitForClose(2000));
    QTRY_COMPARE(server.server().connectionCount(), 0);
}

void tst_HttpServer::pipelinedRequestsAnsweredInOrder()
{
    TestServer server;
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/async") + simpleRequest("GET", "/api/v1/hello")
                + simpleRequest("POST", "/api/v1/echo", {}, "third"));
    QTRY_COMPARE(server.handled(), 3);
    QTest::qWait(50);
    QVERIFY(client.received().isEmpty()); // the later answers wait for the first
    QCOMPARE(server.pending().size(), 1);
    server.pending().constFirst().send(HttpResponse::text(200, "first"));
    const auto first = client.next();
    const auto second = client.next();
    const auto third = client.next();
    QVERIFY(first && second && third);
    QCOMPARE(first->body, "first");
    QCOMPARE(second->headers.value("Content-Type"), "application/json");
    QCOMPARE(third->body, "third");
}

void tst_HttpServer::pipelineIsBounded()
{
    HttpServerLimits limits = fastLimits();
    limits.maxPipelinedRequests = 2;
    TestServer server(limits);
    RawClient client(server.port());
    QByteArray requests;
    for (int i = 0; i < 5; ++i)
        requests += simpleRequest("GET", "/api/v1/async");
    client.send(requests);
    QTRY_COMPARE(server.pending().size(), 2);
    QTest::qWait(100);
    QCOMPARE(server.pending().size(), 2);
    for (int answered = 0; answered < 5; ++answered) {
        QTRY_VERIFY(server.pending().size() > answered);
        server.pending().at(answered).send(HttpResponse::text(200, QByteArray::number(answered)));
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray::number(answered));
    }
}

void tst_HttpServer::connectionClose()
{
    TestServer server;
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/hello", "Connection: close\r\n"));
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->headers.value("Connection"), "close");
    QVERIFY(client.waitForClose());
    QTRY_COMPARE(server.server().connectionCount(), 0);
}

void tst_HttpServer::http10()
{
    TestServer server;
    {
        RawClient client(server.port());
        client.send("GET /api/v1/hello HTTP/1.0\r\n\r\n");
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->headers.value("Connection"), "close");
        QVERIFY(client.waitForClose());
    }
    {
        RawClient client(server.port());
        client.send("GET /api/v1/hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const auto first = client.next();
        QVERIFY(first);
        QCOMPARE(first->headers.value("Connection"), "keep-alive");
        // A body of unknown length can only end with the connection for 1.0.
        client.send("GET /api/v1/chunked HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const auto streamed = client.next();
        QVERIFY(streamed);
        QVERIFY(!streamed->chunked);
        QCOMPARE(streamed->headers.value("Connection"), "close");
        QCOMPARE(streamed->body, PatternDevice::bytes(0, 300'000));
    }
}

void tst_HttpServer::connectionLimits()
{
    HttpServerLimits limits = fastLimits();
    limits.headerTimeout = 5s;
    limits.maxConnectionsPerAddress = 3;
    TestServer server(limits);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 3; ++i)
        clients.push_back(std::make_unique<RawClient>(server.port()));
    QTRY_COMPARE(server.server().connectionCount(), 3);
    RawClient refused(server.port());
    QVERIFY(refused.waitForClose());
    QCOMPARE(server.server().connectionCount(), 3);
    clients.front()->socket().abort();
    QTRY_COMPARE(server.server().connectionCount(), 2);
    RawClient accepted(server.port());
    accepted.send(simpleRequest("GET", "/api/v1/hello"));
    QVERIFY(accepted.next());

    HttpServerLimits total = limits;
    total.maxConnectionsPerAddress = 100;
    total.maxConnections = 2;
    TestServer small(total);
    RawClient a(small.port());
    RawClient b(small.port());
    QTRY_COMPARE(small.server().connectionCount(), 2);
    RawClient c(small.port());
    QVERIFY(c.waitForClose());
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
