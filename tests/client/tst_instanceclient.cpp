// InstanceClient's and SellerCloudClient's parsers on canned answers of the
// broker's contract (/instances, /instances/{id}/utilization,
// /seller/providers): every field read, nulls and absent fields for what
// may be absent, and an unexpected answer refused rather than half read.
#include "client/InstanceClient.h"
#include "client/SellerCloudClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::InstanceClient;
using sc::client::SellerCloudClient;

class tst_InstanceClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesInstances();
    void instanceRoundTrips();
    void refusesAnIncompleteInstance_data();
    void refusesAnIncompleteInstance();
    void parsesUtilization();
    void refusesOutOfRangeUtilization();
    void parsesProviders();
    void providerRoundTrips();
    void liveStates();
};

// moc reads the class above; the canned answers (raw strings) come after it.
namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad canned JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const char *kInstances = R"({"instances": [
  {"id": 12, "leaseId": 40, "state": "running", "stateReason": "", "address": "10.0.3.7",
   "createdAt": "2026-11-22T08:00:00.000Z", "updatedAt": "2026-11-22T08:01:30.500Z",
   "runningAt": "2026-11-22T08:01:30.500Z", "endedAt": null, "lastSeenAt": "2026-11-22T08:05:00.000Z",
   "instanceType": "g1.small", "region": "eu-de-fra", "pricePerHour": 42, "currency": "EUR",
   "leaseStartsAt": "2026-11-22T08:00:00.000Z", "leaseEndsAt": "2026-11-22T10:00:00.000Z",
   "leaseStatus": "active", "provider": {"pseudonym": "swift-otter", "rating": 4.6}},
  {"id": 11, "leaseId": 39, "state": "failed", "stateReason": "no_matching_profile", "address": "",
   "createdAt": "2026-11-21T08:00:00.000Z", "updatedAt": "2026-11-21T08:00:10.000Z",
   "runningAt": null, "endedAt": "2026-11-21T08:00:10.000Z", "lastSeenAt": null,
   "instanceType": "c1.large", "region": "eu-es-mad", "pricePerHour": 130, "currency": "EUR",
   "leaseStartsAt": "2026-11-21T08:00:00.000Z", "leaseEndsAt": "2026-11-21T09:00:00.000Z",
   "leaseStatus": "cancelled", "provider": {"pseudonym": "calm-heron", "rating": 3}}
]})";

const char *kProviders = R"({"providers": [
  {"id": 3, "name": "Frankfurt rack", "pseudonym": "swift-otter", "rating": 4.6, "status": "active",
   "createdAt": "2026-11-20T08:00:00.000Z", "connected": true,
   "endpoint": "http://127.0.0.1:8123/p/0", "software": "sparecloud-provider-sim 1.0",
   "verifiedAt": "2026-11-20T08:00:01.000Z",
   "health": {"state": "down", "lastPollAt": "2026-11-22T08:00:00.000Z", "lastSuccessAt": "2026-11-22T07:59:00.000Z",
              "stalenessSeconds": 61.7, "consecutiveFailures": 3, "nextPollAt": "2026-11-22T08:00:30.000Z",
              "lastError": "timeout after 5 s"},
   "regions": [{"code": "fra-1", "countryCode": "DE", "city": "Frankfurt", "region": "eu-de-fra"},
               {"code": "xyz-9", "countryCode": "IS", "city": "Reykjavik", "region": null}],
   "profiles": [{"regionCode": "fra-1", "profileId": "std-2", "name": "Standard 2", "vcpus": 2, "memoryMiB": 8192,
                 "diskGiB": 80, "gpus": 0, "instanceType": "g1.small", "totalSlots": 10, "usedSlots": 4, "freeSlots": 6},
                {"regionCode": "xyz-9", "profileId": "odd", "name": "Odd", "vcpus": 3, "memoryMiB": 3000,
                 "diskGiB": 10, "gpus": 0, "instanceType": null, "totalSlots": 2, "usedSlots": 0, "freeSlots": 2}]},
  {"id": 4, "name": "Sold by hand", "pseudonym": "calm-heron", "rating": 3.0, "status": "active",
   "createdAt": "2026-11-21T08:00:00.000Z", "connected": false}
]})";

} // namespace

void tst_InstanceClient::parsesInstances()
{
    const auto instances = InstanceClient::parseInstances(json(kInstances));
    QVERIFY2(instances.hasValue(), qPrintable(instances ? QString() : instances.error().message));
    QCOMPARE(instances->size(), 2);
    const InstanceClient::Instance &running = instances->at(0);
    QCOMPARE(running.id, 12);
    QCOMPARE(running.leaseId, 40);
    QCOMPARE(running.state, u"running"_s);
    QCOMPARE(running.address, u"10.0.3.7"_s);
    QCOMPARE(running.runningAt, QDateTime(QDate(2026, 11, 22), QTime(8, 1, 30, 500), Qt::UTC));
    QVERIFY(!running.endedAt.isValid());
    QCOMPARE(running.pricePerHour, 42);
    QCOMPARE(running.leaseEndsAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    QCOMPARE(running.providerPseudonym, u"swift-otter"_s);
    QCOMPARE(running.providerRating, 4.6);
    const InstanceClient::Instance &failed = instances->at(1);
    QCOMPARE(failed.stateReason, u"no_matching_profile"_s);
    QVERIFY(!failed.runningAt.isValid());
    QVERIFY(!failed.lastSeenAt.isValid());
    QCOMPARE(failed.leaseStatus, u"cancelled"_s);
}

void tst_InstanceClient::instanceRoundTrips()
{
    const auto instances = InstanceClient::parseInstances(json(kInstances));
    QVERIFY(instances.hasValue());
    for (const InstanceClient::Instance &instance : *instances) {
        const auto again = InstanceClient::Instance::fromJson(instance.toJson());
        QVERIFY(again.hasValue());
        QCOMPARE(*again, instance);
    }
}

void tst_InstanceClient::refusesAnIncompleteInstance_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no id") << u"id"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no state") << u"state"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("bad time") << u"leaseEndsAt"_s << QJsonValue(u"tomorrow"_s);
    QTest::newRow("negative price") << u"pricePerHour"_s << QJsonValue(-1);
    QTest::newRow("no provider") << u"provider"_s << QJsonValue(QJsonValue::Undefined);
}

void tst_InstanceClient::refusesAnIncompleteInstance()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject answer = json(kInstances);
    QJsonArray array = answer.value(u"instances"_s).toArray();
    QJsonObject first = array.at(0).toObject();
    if (value.isUndefined())
        first.remove(field);
    else
        first.insert(field, value);
    array.replace(0, first);
    answer.insert(u"instances"_s, array);
    const auto instances = InstanceClient::parseInstances(answer);
    QVERIFY(!instances.hasValue());
    QVERIFY2(instances.error().message.contains(field), qPrintable(instances.error().message));
}

void tst_InstanceClient::parsesUtilization()
{
    const auto samples = InstanceClient::parseUtilization(json(R"({"samples": [
        {"at": "2026-11-22T08:00:00.000Z", "cpuPercent": 12.5, "memoryPercent": 40, "networkInBytesPerSecond": 1200,
         "networkOutBytesPerSecond": 300.5},
        {"at": "2026-11-22T08:00:10.000Z", "cpuPercent": 100, "memoryPercent": 41.25, "networkInBytesPerSecond": 0,
         "networkOutBytesPerSecond": 0}]})"));
    QVERIFY(samples.hasValue());
    QCOMPARE(samples->size(), 2);
    QCOMPARE(samples->at(0).cpuPercent, 12.5);
    QCOMPARE(samples->at(0).networkOutBytesPerSecond, 300.5);
    QCOMPARE(samples->at(1).at, QDateTime(QDate(2026, 11, 22), QTime(8, 0, 10), Qt::UTC));
    QCOMPARE(samples->at(1).memoryPercent, 41.25);

    const auto none = InstanceClient::parseUtilization(json(R"({"samples": []})"));
    QVERIFY(none.hasValue());
    QVERIFY(none->isEmpty());
}

void tst_InstanceClient::refusesOutOfRangeUtilization()
{
    const auto samples = InstanceClient::parseUtilization(json(R"({"samples": [
        {"at": "2026-11-22T08:00:00.000Z", "cpuPercent": 140, "memoryPercent": 40, "networkInBytesPerSecond": 1,
         "networkOutBytesPerSecond": 1}]})"));
    QVERIFY(!samples.hasValue());
    QVERIFY(!InstanceClient::parseUtilization(json(R"({"points": []})")).hasValue());
}

void tst_InstanceClient::parsesProviders()
{
    const auto providers = SellerCloudClient::parseProviders(json(kProviders));
    QVERIFY2(providers.hasValue(), qPrintable(providers ? QString() : providers.error().message));
    QCOMPARE(providers->size(), 2);
    const SellerCloudClient::Provider &cloud = providers->at(0);
    QVERIFY(cloud.connected);
    QCOMPARE(cloud.name, u"Frankfurt rack"_s);
    QCOMPARE(cloud.endpoint, u"http://127.0.0.1:8123/p/0"_s);
    QCOMPARE(cloud.health.state, u"down"_s);
    QCOMPARE(cloud.health.stalenessSeconds, std::optional<qint64>(61)); // a number with a fraction
    QCOMPARE(cloud.health.consecutiveFailures, 3);
    QCOMPARE(cloud.health.lastError, u"timeout after 5 s"_s);
    QCOMPARE(cloud.regions.size(), 2);
    QCOMPARE(cloud.regions.at(0).catalogRegion, u"eu-de-fra"_s);
    QVERIFY(cloud.regions.at(1).catalogRegion.isEmpty()); // null: not in the catalog
    QCOMPARE(cloud.profiles.size(), 2);
    QCOMPARE(cloud.profiles.at(0).instanceType, u"g1.small"_s);
    QCOMPARE(cloud.profiles.at(0).usedSlots, 4);
    QCOMPARE(cloud.profiles.at(0).freeSlots, 6);
    QVERIFY(cloud.profiles.at(1).instanceType.isEmpty());

    const SellerCloudClient::Provider &manual = providers->at(1);
    QVERIFY(!manual.connected);
    QVERIFY(manual.endpoint.isEmpty());
    QVERIFY(manual.profiles.isEmpty());
}

void tst_InstanceClient::providerRoundTrips()
{
    const auto providers = SellerCloudClient::parseProviders(json(kProviders));
    QVERIFY(providers.hasValue());
    for (const SellerCloudClient::Provider &provider : *providers) {
        const auto again = SellerCloudClient::Provider::fromJson(provider.toJson());
        QVERIFY(again.hasValue());
        QCOMPARE(again->toJson(), provider.toJson());
    }
    // A connected cloud whose poller has not run yet: no health figures at all.
    QJsonObject fresh = json(kProviders).value(u"providers"_s).toArray().at(0).toObject();
    fresh.insert(u"health"_s, QJsonObject{{u"state"_s, u"unknown"_s}, {u"consecutiveFailures"_s, 0}});
    const auto parsed = SellerCloudClient::Provider::fromJson(fresh);
    QVERIFY(parsed.hasValue());
    QVERIFY(!parsed->health.stalenessSeconds);
    QVERIFY(!parsed->health.lastSuccessAt.isValid());
}

void tst_InstanceClient::liveStates()
{
    QCOMPARE(InstanceClient::stateNames().size(), 7);
    QVERIFY(InstanceClient::isLive(u"pending"_s));
    QVERIFY(InstanceClient::isLive(u"running"_s));
    QVERIFY(!InstanceClient::isLive(u"stopping"_s));
    QVERIFY(!InstanceClient::isLive(u"lost"_s));
}

QTEST_GUILESS_MAIN(tst_InstanceClient)
#include "tst_instanceclient.moc"
