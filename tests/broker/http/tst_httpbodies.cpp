// Request and response bodies through real sockets: streaming into sinks,
// chunked coding both ways, 100-continue, ranges and large downloads.
#include "HttpTestSupport.h"

#include "http/HttpFileResponse.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace sc::http;
using namespace sc::http::test;

class tst_HttpBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectContinue();
    void expectContinueRefused();
    void chunkedRequestBody();
    void chunkedResponse();
    void streamedSinkReceivesEveryByte();
    void chunkedUploadIntoSink();
    void slowBodyTimesOut();
    void parseRange_data();
    void parseRange();
    void rangeRequests_data();
    void rangeRequests();
    void fileDownload();
    void largeInMemoryBody();
    void curlUploadDoesNotWaitForContinue();
};

void tst_HttpBodies::expectContinue()
{
    TestServer server;
    RawClient client(server.port());
    client.send("POST /api/v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
    const auto interim = client.next();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    QCOMPARE(server.handled(), 0);
    client.send("hello");
    const auto final = client.next();
    QVERIFY(final);
    QCOMPARE(final->status, 200);
    QCOMPARE(final->body, "hello");
    QVERIFY(client.isConnected());
}

void tst_HttpBodies::expectContinueRefused()
{
    TestServer server;
    RawClient client(server.port());
    client.send("PUT /api/v1/small HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n");
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 413); // the final status straight away, no 100 first
    QVERIFY(client.waitForClose());

    RawClient unknown(server.port());
    unknown.send("PUT /api/v1/small HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: coffee\r\n\r\n");
    const auto refused = unknown.next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 417);
    QCOMPARE(server.handled(), 0);
}

void tst_HttpBodies::chunkedRequestBody()
{
    TestServer server;
    RawClient client(server.port());
    client.send("POST /api/v1/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
    QTest::qWait(20);
    client.send("6;ext=1\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n");
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, "hello world");
    // The connection is still usable after a chunked body with a trailer.
    client.send(simpleRequest("GET", "/api/v1/hello"));
    const auto next = client.next();
    QVERIFY(next);
    QCOMPARE(next->status, 200);
}

void tst_HttpBodies::chunkedResponse()
{
    TestServer server;
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/chunked"));
    const auto response = client.next();
    QVERIFY(response);
    QVERIFY(response->chunked);
    QVERIFY(!response->headers.contains("Content-Length"));
    QCOMPARE(response->body, PatternDevice::bytes(0, 300'000));

    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/chunked"_s.arg(server.port())))));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), PatternDevice::bytes(0, 300'000));
}

void tst_HttpBodies::streamedSinkReceivesEveryByte()
{
    TestServer server;
    const QByteArray body = PatternDevice::bytes(7, 8 * 1024 * 1024 + 13);
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/upload"_s.arg(server.port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    std::unique_ptr<QNetworkReply> reply(manager.put(request, body));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const QByteArray expected = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    QCOMPARE(answer.value(u"bytes"_s).toInteger(), body.size());
    QCOMPARE(answer.value(u"sha256"_s).toString().toLatin1(), expected);
    QCOMPARE(server.sinks().size(), 1);
    const SinkRecord &record = *server.sinks().constFirst();
    QVERIFY(record.finished);
    QVERIFY(!record.aborted);
    QVERIFY2(record.writes > 8, "the body must arrive piece by piece, not buffered whole");
}

void tst_HttpBodies::chunkedUploadIntoSink()
{
    TestServer server;
    RawClient client(server.port());
    client.send("PUT /api/v1/upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    QByteArray all;
    for (int i = 0; i < 20; ++i) {
        const QByteArray piece = PatternDevice::bytes(i * 1000, 1000 + i);
        all += piece;
        client.send(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    }
    client.send("0\r\n\r\n");
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const QJsonObject answer = QJsonDocument::fromJson(response->body).object();
    QCOMPARE(answer.value(u"bytes"_s).toInteger(), all.size());
    QCOMPARE(answer.value(u"sha256"_s).toString().toLatin1(),
             QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex());
}

void tst_HttpBodies::slowBodyTimesOut()
{
    TestServer server; // bodyIdleTimeout 300 ms
    RawClient client(server.port());
    client.send("PUT /api/v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n" + QByteArray(10, 'x'));
    QTRY_COMPARE(server.sinks().size(), 1);
    const auto response = client.next(false, 3000);
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(client.waitForClose());
    const SinkRecord &record = *server.sinks().constFirst();
    QVERIFY(record.aborted);
    QVERIFY(!record.finished);
    QCOMPARE(record.bytes, 10);
    QCOMPARE(server.handled(), 0);
}

void tst_HttpBodies::parseRange_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    const int whole = HttpRangeRequest::Whole;
    const int partial = HttpRangeRequest::Partial;
    const int unsatisfiable = HttpRangeRequest::Unsatisfiable;
    QTest::newRow("closed") << QByteArray("bytes=0-99") << partial << qint64(0) << qint64(99);
    QTest::newRow("open") << QByteArray("bytes=900-") << partial << qint64(900) << qint64(999);
    QTest::newRow("suffix") << QByteArray("bytes=-100") << partial << qint64(900) << qint64(999);
    QTest::newRow("suffix larger than file") << QByteArray("bytes=-5000") << partial << qint64(0) << qint64(999);
    QTest::newRow("last beyond end") << QByteArray("bytes=10-5000") << partial << qint64(10) << qint64(999);
    QTest::newRow("first beyond end") << QByteArray("bytes=1000-") << unsatisfiable << qint64(0) << qint64(0);
    QTest::newRow("empty suffix") << QByteArray("bytes=-0") << unsatisfiable << qint64(0) << qint64(0);
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << whole << qint64(0) << qint64(0);
    QTest::newRow("other unit") << QByteArray("items=0-1") << whole << qint64(0) << qint64(0);
    QTest::newRow("reversed") << QByteArray("bytes=9-1") << whole << qint64(0) << qint64(0);
    QTest::newRow("garbage") << QByteArray("bytes=a-b") << whole << qint64(0) << qint64(0);
}

void tst_HttpBodies::parseRange()
{
    QFETCH(QByteArray, header);
    QFETCH(int, kind);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const HttpRangeRequest range = sc::http::parseRange(header, 1000);
    QCOMPARE(int(range.kind), kind);
    if (kind == HttpRangeRequest::Partial) {
        QCOMPARE(range.range.first, first);
        QCOMPARE(range.range.last, last);
    }
}

void tst_HttpBodies::rangeRequests_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");
    const qint64 size = 3 * 1024 * 1024;
    QTest::newRow("none") << QByteArray() << 200 << qint64(0) << size;
    QTest::newRow("first 100") << QByteArray("bytes=0-99") << 206 << qint64(0) << qint64(100);
    QTest::newRow("middle") << QByteArray("bytes=1000000-1999999") << 206 << qint64(1'000'000) << qint64(1'000'000);
    QTest::newRow("suffix") << QByteArray("bytes=-100") << 206 << size - 100 << qint64(100);
    QTest::newRow("open") << QByteArray("bytes=3000000-") << 206 << qint64(3'000'000) << size - 3'000'000;
    QTest::newRow("unsatisfiable") << "bytes=" + QByteArray::number(size) + "-" << 416 << qint64(0) << qint64(0);
}

void tst_HttpBodies::rangeRequests()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, length);
    TestServer server;
    const qint64 size = server.fileData().size();
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/file", range.isEmpty() ? QByteArray() : "Range: " + range + "\r\n"));
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->headers.value("Accept-Ranges"), "bytes");
    if (status == 416) {
        QCOMPARE(response->headers.value("Content-Range"), "bytes */" + QByteArray::number(size));
        return;
    }
    QCOMPARE(response->body, server.fileData().mid(first, length));
    if (status == 206) {
        QCOMPARE(response->headers.value("Content-Range"),
                 "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + length - 1) + '/'
                     + QByteArray::number(size));
    }
    // A validator makes the next request conditional.
    const QByteArray etag = response->headers.value("ETag");
    QVERIFY(!etag.isEmpty());
    client.send(simpleRequest("GET", "/api/v1/file", "If-None-Match: " + etag + "\r\n"));
    const auto cached = client.next();
    QVERIFY(cached);
    QCOMPARE(cached->status, 304);
    QVERIFY(cached->body.isEmpty());
}

void tst_HttpBodies::fileDownload()
{
    TestServer server;
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/file"_s.arg(server.port())))));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), server.fileData());

    // Streamed answers back to back on one connection, each framed right.
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/file") + simpleRequest("GET", "/api/v1/file", "Range: bytes=10-19\r\n")
                + simpleRequest("GET", "/api/v1/chunked") + simpleRequest("GET", "/api/v1/file")
                + simpleRequest("GET", "/api/v1/hello"));
    const auto whole = client.next();
    const auto part = client.next();
    const auto chunked = client.next();
    const auto again = client.next();
    const auto last = client.next();
    QVERIFY(whole && part && chunked && again && last);
    QCOMPARE(whole->body, server.fileData());
    QCOMPARE(part->body, server.fileData().mid(10, 10));
    QCOMPARE(chunked->body, PatternDevice::bytes(0, 300'000));
    QCOMPARE(again->body, server.fileData());
    QCOMPARE(last->status, 200);
    QTest::qWait(50);
    QVERIFY(client.received().isEmpty());
}

void tst_HttpBodies::largeInMemoryBody()
{
    TestServer server;
    RawClient client(server.port());
    client.send(simpleRequest("GET", "/api/v1/blob") + simpleRequest("GET", "/api/v1/hello"));
    const auto blob = client.next();
    QVERIFY(blob);
    QCOMPARE(blob->headers.value("Content-Length").toLongLong(), 5 * 1024 * 1024);
    QCOMPARE(blob->body, PatternDevice::bytes(0, 5 * 1024 * 1024));
    const auto after = client.next();
    QVERIFY(after);
    QCOMPARE(after->status, 200);
}

void tst_HttpBodies::curlUploadDoesNotWaitForContinue()
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    TestServer server;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"upload.bin"_s);
    const QByteArray body = PatternDevice::bytes(0, 2 * 1024 * 1024); // large enough for curl to send Expect
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
    }
    QProcess process;
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(curl,
                  {u"-sS"_s,
                   u"-v"_s,
                   u"-T"_s,
                   path,
                   u"-o"_s,
                   dir.filePath(u"answer.json"_s),
                   u"-w"_s,
                   u"%{http_code}"_s,
                   u"http://127.0.0.1:%1/api/v1/upload"_s.arg(server.port())});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
    const qint64 took = elapsed.elapsed();
    const QByteArray trace = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), "200");
    QVERIFY2(trace.contains("Expect: 100-continue"), trace.constData());
    QVERIFY2(trace.contains("HTTP/1.1 100 Continue"), trace.constData());
    QVERIFY2(took < 800, QByteArray::number(took).constData());
    QCOMPARE(server.sinks().size(), 1);
    QCOMPARE(server.sinks().constFirst()->bytes, body.size());
}

QTEST_GUILESS_MAIN(tst_HttpBodies)
#include "tst_httpbodies.moc"
