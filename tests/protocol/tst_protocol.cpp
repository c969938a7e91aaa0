#include "protocol/ApiError.h"
#include "protocol/CatalogDto.h"
#include "protocol/JsonReader.h"
#include "protocol/ServiceInfo.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::protocol;

class tst_Protocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorStatus_data();
    void errorStatus();
    void errorRoundTrip();
    void errorFromForeignBody();
    void readerRejects_data();
    void readerRejects();
    void readerAllowList();
    void parseObjectRejectsMalformed_data();
    void parseObjectRejectsMalformed();
    void catalogRoundTrip();
    void catalogRejectsBadEntries();
    void healthRoundTrip();
};

void tst_Protocol::errorStatus_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("not found") << ErrorCode::NotFound << u"not_found"_s << 404;
    QTest::newRow("method") << ErrorCode::MethodNotAllowed << u"method_not_allowed"_s << 405;
    QTest::newRow("malformed") << ErrorCode::MalformedJson << u"malformed_json"_s << 400;
    QTest::newRow("validation") << ErrorCode::ValidationFailed << u"validation_failed"_s << 400;
    QTest::newRow("too large") << ErrorCode::PayloadTooLarge << u"payload_too_large"_s << 413;
    QTest::newRow("headers") << ErrorCode::HeadersTooLarge << u"headers_too_large"_s << 431;
    QTest::newRow("rate") << ErrorCode::RateLimited << u"rate_limited"_s << 429;
    QTest::newRow("conflict") << ErrorCode::Conflict << u"conflict"_s << 409;
    QTest::newRow("unauthorized") << ErrorCode::Unauthorized << u"unauthorized"_s << 401;
    // Client-side codes never travel, but map to 500 if they ever did.
    QTest::newRow("network") << ErrorCode::NetworkError << u"network_error"_s << 500;
}

void tst_Protocol::errorStatus()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QFETCH(int, status);
    QCOMPARE(ApiError::codeName(code), name);
    QCOMPARE(ApiError::codeFromName(name), code);
    QCOMPARE(ApiError::httpStatus(code), status);
}

void tst_Protocol::errorRoundTrip()
{
    const ApiError error{
        ErrorCode::ValidationFailed, u"Field 'x' is required."_s, QJsonObject{{u"field"_s, u"x"_s}}, u"r-1"_s};
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"validation_failed"_s);
    const auto back = ApiError::fromJson(json);
    QVERIFY(back.has_value());
    QCOMPARE(*back, error);
}

void tst_Protocol::errorFromForeignBody()
{
    // A proxy's HTML error page or an unknown code is not an ApiError.
    QVERIFY(!ApiError::fromJson(QJsonObject{{u"message"_s, u"Bad Gateway"_s}}).has_value());
    QVERIFY(!ApiError::fromJson(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"teapot"_s}}}}).has_value());
    QCOMPARE(ApiError::codeForHttpStatus(502), ErrorCode::Unavailable);
    QCOMPARE(ApiError::codeForHttpStatus(418), ErrorCode::BadRequest);
    QCOMPARE(ApiError::codeForHttpStatus(404), ErrorCode::NotFound);
}

void tst_Protocol::readerRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing") << QByteArray(R"({"count": 3})") << u"name"_s;
    QTest::newRow("wrong type") << QByteArray(R"({"name": 5, "count": 3})") << u"name"_s;
    QTest::newRow("empty") << QByteArray(R"({"name": "", "count": 3})") << u"name"_s;
    QTest::newRow("too long") << QByteArray(R"({"name": "abcdefghijk", "count": 3})") << u"name"_s;
    QTest::newRow("fraction") << QByteArray(R"({"name": "a", "count": 3.5})") << u"count"_s;
    QTest::newRow("below") << QByteArray(R"({"name": "a", "count": 0})") << u"count"_s;
    QTest::newRow("above") << QByteArray(R"({"name": "a", "count": 11})") << u"count"_s;
    QTest::newRow("huge") << QByteArray(R"({"name": "a", "count": 1e300})") << u"count"_s;
    QTest::newRow("string number") << QByteArray(R"({"name": "a", "count": "3"})") << u"count"_s;
}

void tst_Protocol::readerRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    JsonReader reader(QJsonDocument::fromJson(json).object());
    reader.string(u"name", 10);
    reader.integer(u"count", 1, 10);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().code, ErrorCode::ValidationFailed);
    QCOMPARE(reader.error().details.value(u"field"_s).toString(), field);
    QVERIFY2(reader.error().message.contains(field), qPrintable(reader.error().message));
}

void tst_Protocol::readerAllowList()
{
    JsonReader reader(QJsonObject{{u"name"_s, u"a"_s}, {u"isAdmin"_s, true}});
    reader.allowOnly({u"name"});
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().details.value(u"field"_s).toString(), u"isAdmin"_s);

    JsonReader fine(QJsonObject{{u"name"_s, u"a"_s}});
    fine.allowOnly({u"name", u"other"});
    QCOMPARE(fine.string(u"name", 5), u"a"_s);
    QVERIFY(fine.ok());
}

void tst_Protocol::parseObjectRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"a": )");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("garbage") << QByteArray("\x01\xff\xfe not json");
    QTest::newRow("empty") << QByteArray();
}

void tst_Protocol::parseObjectRejectsMalformed()
{
    QFETCH(QByteArray, body);
    const auto result = JsonReader::parseObject(body);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::MalformedJson);
}

void tst_Protocol::catalogRoundTrip()
{
    Catalog catalog;
    catalog.instanceTypes.append({u"g1.small"_s, u"General small"_s, u"general"_s, 2, 8192, 50, 0});
    catalog.instanceTypes.append({u"gpu1.large"_s, u"GPU"_s, u"gpu"_s, 8, 65536, 200, 1});
    catalog.regions.append({u"eu-de-fra"_s, u"Frankfurt"_s, u"DE"_s, u"Frankfurt am Main"_s, 50.1109, 8.6821});
    const QByteArray wire = QJsonDocument(catalog.toJson()).toJson(QJsonDocument::Compact);
    const auto back = Catalog::fromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY(back);
    QCOMPARE(*back, catalog);
}

void tst_Protocol::catalogRejectsBadEntries()
{
    Region region{u"x"_s, u"X"_s, u"DEU"_s, u"City"_s, 0, 0};
    auto result = Region::fromJson(region.toJson());
    QVERIFY(!result);
    QCOMPARE(result.error().details.value(u"field"_s).toString(), u"region.countryCode"_s);

    region = {u"x"_s, u"X"_s, u"DE"_s, u"City"_s, 91, 0};
    QVERIFY(!Region::fromJson(region.toJson()));

    InstanceType type{u"t"_s, u"T"_s, u"general"_s, 0, 1024, 10, 0};
    QVERIFY(!InstanceType::fromJson(type.toJson()));
}

void tst_Protocol::healthRoundTrip()
{
    HealthStatus health{u"ok"_s, QDateTime(QDate(2026, 11, 22), QTime(12, 0, 0, 123), Qt::UTC), 42, true};
    const auto back = HealthStatus::fromJson(health.toJson());
    QVERIFY(back);
    QCOMPARE(back->serverTime, health.serverTime);
    QCOMPARE(back->uptimeSeconds, 42);
    QVERIFY(back->demo);

    QJsonObject broken = health.toJson();
    broken.insert(u"serverTime"_s, u"yesterday"_s);
    QVERIFY(!HealthStatus::fromJson(broken));
}

QTEST_GUILESS_MAIN(tst_Protocol)
#include "tst_protocol.moc"
