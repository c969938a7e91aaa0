// The broker's API through a real socket: Broker on 127.0.0.1 port 0, real
// HTTP requests with QNetworkAccessManager.
#include "core/Broker.h"
#include "core/Clock.h"
#include "http/RouteTable.h"
#include "protocol/ApiVersion.h"
#include "protocol/CatalogDto.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {

constexpr QByteArrayView kOperatorEmail = "root@ops.example";
constexpr QByteArrayView kPassword = "correct horse battery";
constexpr QByteArrayView kBrokerToken = "embedded-broker-token";

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(u"error"_s).toObject().value(u"code"_s).toString(); }
};

} // namespace

class tst_BrokerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthIsPublic();
    void versionReportsSchema();
    void catalogNeedsToken();
    void catalogListsSeed();
    void entryById_data();
    void entryById();
    void unknownRouteIs404();
    void wrongMethodIs405WithAllow();
    void malformedJsonIs400();
    void invalidEntriesAre400_data();
    void invalidEntriesAre400();
    void addEntryThenConflict();
    void buyersCannotEditTheCatalog();
    void nonJsonIs415();
    void oversizedBodyIs413();
    void headMatchesGet();
    void openApiDescribesEveryRoute();
    void shutdownDrains();

private:
    enum class As { Buyer, Operator, Anonymous };
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", As caller = As::Buyer);
    QByteArray login(const QByteArray &email);

    QByteArray m_token;         // a buyer's session
    QByteArray m_operatorToken; // an operator's session

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Broker> m_broker;
    QNetworkAccessManager m_network;
};

void tst_BrokerApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    BrokerConfig config;
    config.listenAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.shutdownGrace = std::chrono::milliseconds(2'000);
    config.passwordParameters = sc::broker::PasswordHasher::fastParametersForTests();
    // Started like an embedded broker, so that every route exists (embedded-login too).
    config.brokerToken = kBrokerToken.toByteArray();
    QCOMPARE(
        Broker(config, m_clock).createOperator(QString::fromLatin1(kOperatorEmail), QString::fromLatin1(kPassword)),
        QString());
    m_broker = std::make_unique<Broker>(config, m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    QVERIFY(m_broker->url().port() > 0);

    const Reply registered = send(
        "POST",
        u"/api/v1/auth/register"_s,
        R"({"email": "ann@buyer.example", "password": "correct horse battery", "displayName": "Ann",
                                      "organizationName": "Ann's Lab", "countryCode": "FR", "role": "buyer"})",
        "application/json",
        As::Anonymous);
    QCOMPARE(registered.status, 201);
    m_token = login("ann@buyer.example");
    m_operatorToken = login(kOperatorEmail.toByteArray());
    QVERIFY(!m_token.isEmpty() && !m_operatorToken.isEmpty());
}

void tst_BrokerApi::cleanupTestCase()
{
    m_broker.reset();
}

QByteArray tst_BrokerApi::login(const QByteArray &email)
{
    const Reply reply = send("POST",
                             u"/api/v1/auth/login"_s,
                             R"({"email": ")" + email + R"(", "password": ")" + kPassword.toByteArray() + R"("})",
                             "application/json",
                             As::Anonymous);
    return reply.json().value(u"token"_s).toString().toLatin1();
}

Reply tst_BrokerApi::send(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &contentType, As caller)
{
    QUrl url = m_broker->url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("X-Broker-Token", kBrokerToken.toByteArray());
    if (caller != As::Anonymous)
        request.setRawHeader("Authorization", "Bearer " + (caller == As::Operator ? m_operatorToken : m_token));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

void tst_BrokerApi::healthIsPublic()
{
    const Reply reply = send("GET", u"/api/v1/health"_s, {}, {}, As::Anonymous);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(!reply.headers.value("x-request-id").isEmpty());
    const QJsonObject health = reply.json();
    QCOMPARE(health.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.value(u"serverTime"_s).toString(), u"2026-11-22T12:00:00.000Z"_s);
    QCOMPARE(health.value(u"demo"_s).toBool(), false);

    m_clock.advance(90'000);
    QCOMPARE(send("GET", u"/api/v1/health"_s).json().value(u"uptimeSeconds"_s).toInt(), 90);
}

void tst_BrokerApi::versionReportsSchema()
{
    const Reply reply = send("GET", u"/api/v1/version"_s, {}, {}, As::Anonymous);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"apiVersion"_s).toString(), sc::protocol::kApiVersion.toString());
    QVERIFY(reply.json().value(u"schemaVersion"_s).toInt() >= 2);
}

void tst_BrokerApi::catalogNeedsToken()
{
    const Reply reply = send("GET", u"/api/v1/catalog"_s, {}, {}, As::Anonymous);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"unauthorized"_s);

    QUrl url = m_broker->url();
    url.setPath(u"/api/v1/catalog"_s);
    QNetworkRequest request(url);
    request.setRawHeader("X-Broker-Token", kBrokerToken.toByteArray());
    request.setRawHeader("Authorization", "Bearer wrong-token");
    // (a made-up session token is refused exactly like a missing one)
    QNetworkReply *wrong = m_network.get(request);
    QSignalSpy finished(wrong, &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    wrong->deleteLater();
}

void tst_BrokerApi::catalogListsSeed()
{
    const Reply reply = send("GET", u"/api/v1/catalog"_s);
    QCOMPARE(reply.status, 200);
    const auto catalog = sc::protocol::Catalog::fromJson(reply.json());
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    QVERIFY(catalog->instanceTypes.size() >= 10);
    QVERIFY(catalog->regions.size() >= 10);
    QCOMPARE(catalog->instanceTypes.constFirst().id, u"g1.small"_s);
}

void tst_BrokerApi::entryById_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("type") << u"/api/v1/catalog/instance-types/c1.large"_s << 200;
    QTest::newRow("region") << u"/api/v1/catalog/regions/ap-jp-tyo"_s << 200;
    QTest::newRow("missing type") << u"/api/v1/catalog/instance-types/z9.huge"_s << 404;
    QTest::newRow("missing region") << u"/api/v1/catalog/regions/moon-base"_s << 404;
    QTest::newRow("escaped traversal") << u"/api/v1/catalog/regions/%2E%2E"_s << 404;
}

void tst_BrokerApi::entryById()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const Reply reply = send("GET", path);
    QCOMPARE(reply.status, status);
    if (status == 404)
        QCOMPARE(reply.errorCode(), u"not_found"_s);
    else
        QCOMPARE(reply.json().value(u"id"_s).toString(), path.section(u'/', -1));
}

void tst_BrokerApi::unknownRouteIs404()
{
    const Reply reply = send("GET", u"/api/v1/no/such/thing"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), u"not_found"_s);
    QVERIFY(!reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"requestId"_s).toString().toLatin1(),
             reply.headers.value("x-request-id"));
}

void tst_BrokerApi::wrongMethodIs405WithAllow()
{
    const Reply reply = send("DELETE", u"/api/v1/catalog"_s);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.errorCode(), u"method_not_allowed"_s);
    QCOMPARE(reply.headers.value("allow"), QByteArray("GET, HEAD"));
}

void tst_BrokerApi::malformedJsonIs400()
{
    const Reply reply = send(
        "POST", u"/api/v1/catalog/regions"_s, R"({"id": "x", "name": )", "application/json", As::Operator);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"malformed_json"_s);
}

void tst_BrokerApi::invalidEntriesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray valid =
        R"("name": "Oslo", "countryCode": "NO", "city": "Oslo", "latitude": 59.9, "longitude": 10.7)";
    QTest::newRow("missing id") << "{" + valid + "}" << u"region.id"_s;
    QTest::newRow("bad id") << R"({"id": "../etc", )" + valid + "}" << u"id"_s;
    QTest::newRow("mass assignment") << R"({"id": "eu-no-osl", "sortOrder": 1, )" + valid + "}" << u"sortOrder"_s;
    QTest::newRow("latitude") << QByteArray(
        R"({"id": "eu-no-osl", "name": "Oslo", "countryCode": "NO", "city": "Oslo", "latitude": 99, "longitude": 10})")
                              << u"region.latitude"_s;
    QTest::newRow("long name")
        << R"({"id": "eu-no-osl", "name": ")" + QByteArray(300, 'x')
               + R"(", "countryCode": "NO", "city": "Oslo", "latitude": 59.9, "longitude": 10.7})"
        << u"region.name"_s;
}

void tst_BrokerApi::invalidEntriesAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Reply reply = send("POST", u"/api/v1/catalog/regions"_s, body, "application/json", As::Operator);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"validation_failed"_s);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString(),
             field);
}

void tst_BrokerApi::addEntryThenConflict()
{
    const QByteArray body =
        R"({"id": "t9.test", "name": "Test", "family": "compute", "vcpus": 3, "memoryMiB": 3072, "diskGiB": 30})";
    const Reply created = send("POST", u"/api/v1/catalog/instance-types"_s, body, "application/json", As::Operator);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"vcpus"_s).toInt(), 3);
    QCOMPARE(send("GET", u"/api/v1/catalog/instance-types/t9.test"_s).status, 200);

    const Reply again = send("POST", u"/api/v1/catalog/instance-types"_s, body, "application/json", As::Operator);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"conflict"_s);

    const Reply badFamily = send(
        "POST",
        u"/api/v1/catalog/instance-types"_s,
        R"({"id": "t9.x", "name": "X", "family": "quantum", "vcpus": 1, "memoryMiB": 1, "diskGiB": 1})",
        "application/json",
        As::Operator);
    QCOMPARE(badFamily.status, 400);
}

void tst_BrokerApi::buyersCannotEditTheCatalog()
{
    const Reply reply = send(
        "POST",
        u"/api/v1/catalog/regions"_s,
        R"({"id": "eu-no-osl", "name": "Oslo", "countryCode": "NO", "city": "Oslo", "latitude": 59.9, "longitude": 10.7})");
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"forbidden"_s);
    QCOMPARE(send("GET", u"/api/v1/catalog/regions/eu-no-osl"_s).status, 404);
}

void tst_BrokerApi::nonJsonIs415()
{
    const Reply reply = send(
        "POST", u"/api/v1/catalog/regions"_s, "id=x", "application/x-www-form-urlencoded", As::Operator);
    QCOMPARE(reply.status, 415);
    QCOMPARE(reply.errorCode(), u"unsupported_media_type"_s);
}

void tst_BrokerApi::oversizedBodyIs413()
{
    const Reply reply = send(
        "POST", u"/api/v1/catalog/regions"_s, QByteArray(64 * 1024, ' '), "application/json", As::Operator);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"payload_too_large"_s);
}

void tst_BrokerApi::headMatchesGet()
{
    const Reply get = send("GET", u"/api/v1/catalog"_s);
    const Reply head = send("HEAD", u"/api/v1/catalog"_s);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.headers.value("content-length").toLongLong(), get.body.size());
}

void tst_BrokerApi::openApiDescribesEveryRoute()
{
    QFile file(QStringLiteral(SPARECLOUD_SOURCE_DIR "/docs/api/openapi.yaml"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "docs/api/openapi.yaml is missing");
    QSet<QString> documented;
    QString currentPath;
    static const QRegularExpression pathLine(u"^  (/\\S+):\\s*$"_s);
    static const QRegularExpression methodLine(u"^    (get|put|post|patch|delete|head|options):\\s*$"_s);
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (const auto match = pathLine.match(line); match.hasMatch())
            currentPath = match.captured(1);
        else if (const auto method = methodLine.match(line); method.hasMatch() && !currentPath.isEmpty())
            documented.insert(method.captured(1).toUpper() + u' ' + currentPath);
    }

    QSet<QString> served;
    for (const auto &route : m_broker->routes()) {
        // The route table's typed parameters ({id:int}) are plain {id} in OpenAPI.
        QString pattern = route.pattern;
        pattern.replace(QRegularExpression(u"\\{(\\w+):\\w+\\}"_s), u"{\\1}"_s);
        const QString method = QString::fromLatin1(sc::http::methodName(route.method));
        served.insert(method + u' ' + pattern);
        if (route.method == sc::http::HttpMethod::Get)
            served.insert(u"HEAD "_s + pattern);
    }
    const QSet<QString> undocumented = served - documented;
    const QSet<QString> phantom = documented - served;
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(u"routes missing from openapi.yaml: "_s + QStringList(undocumented.values()).join(u", ")));
    QVERIFY2(phantom.isEmpty(),
             qPrintable(u"openapi.yaml documents routes the broker does not serve: "_s
                        + QStringList(phantom.values()).join(u", ")));
}

void tst_BrokerApi::shutdownDrains()
{
    QSignalSpy stopped(m_broker.get(), &Broker::stopped);
    m_broker->shutdown();
    QVERIFY(stopped.wait(5'000));
    const Reply refused = send("GET", u"/api/v1/health"_s);
    QCOMPARE(refused.status, 0);
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(tst_BrokerApi)
#include "tst_brokerapi.moc"
