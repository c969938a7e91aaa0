// The provider API's wire types: every DTO survives toJson/fromJson, times
// keep their milliseconds, and a create request is validated as a provider must.
#include "protocol/ProviderDto.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::protocol;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

ProviderInstance sampleInstance()
{
    return ProviderInstance{u"i-17-00000042"_s,
                            u"lease-981-1"_s,
                            u"fra1"_s,
                            u"std-2"_s,
                            u"running"_s,
                            u""_s,
                            u"10.17.0.42"_s,
                            at("2026-11-22T18:00:00.000Z"),
                            at("2026-11-22T12:00:00.000Z"),
                            at("2026-11-22T12:00:02.113Z")};
}

NewProviderInstance sampleRequest()
{
    return NewProviderInstance{u"lease-981_1"_s,
                               u"fra1"_s,
                               u"std-2"_s,
                               u"https://broker.example/appliances/3f2a/image.qcow2?sig=abc"_s,
                               QString(64, u'a'),
                               at("2026-11-22T18:00:00.000Z")};
}

} // namespace

class tst_ProviderDto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        const ProviderHealth health{u"ok"_s, u"Nordlicht Compute"_s, u"sim 0.1"_s, u"1.0"_s};
        QCOMPARE(*ProviderHealth::fromJson(health.toJson()), health);

        const ProviderProfile profile{u"std-2"_s, u"Standard 2 vCPU"_s, 2, 8192, 50, 0, 40, 3, 37};
        const ProviderRegion region{u"fra1"_s, u"DE"_s, u"Frankfurt am Main"_s, 50.1109, 8.6821, {profile, profile}};
        const ProviderCapacity capacity{{region}};
        QCOMPARE(*ProviderCapacity::fromJson(capacity.toJson()), capacity);

        const ProviderInstance instance = sampleInstance();
        QCOMPARE(*ProviderInstance::fromJson(instance.toJson()), instance);
        const ProviderInstanceList list{{instance, instance}, u"4711"_s};
        QCOMPARE(*ProviderInstanceList::fromJson(list.toJson()), list);

        QCOMPARE(*NewProviderInstance::fromJson(sampleRequest().toJson()), sampleRequest());
        NewProviderInstance noAppliance = sampleRequest();
        noAppliance.applianceUrl.clear();
        noAppliance.applianceSha256.clear();
        QCOMPARE(*NewProviderInstance::fromJson(noAppliance.toJson()), noAppliance);

        const UtilizationSample sample{at("2026-11-22T12:30:10.000Z"), 37.5, 61.25, 120443, 80210};
        const ProviderUtilization utilization{{sample, sample}};
        QCOMPARE(*ProviderUtilization::fromJson(utilization.toJson()), utilization);

        const ProviderError error{u"no_capacity"_s, u"full"_s};
        QCOMPARE(*ProviderError::fromJson(error.toJson()), error);
        QVERIFY(!ProviderError::fromJson(QJsonObject{{u"status"_s, u"ok"_s}}));
    }

    void timesAreUtcWithMilliseconds()
    {
        const QJsonObject json = sampleInstance().toJson();
        QCOMPARE(json.value(u"updatedAt"_s).toString(), u"2026-11-22T12:00:02.113Z"_s);
        QCOMPARE(json.value(u"leaseEndsAt"_s).toString(), u"2026-11-22T18:00:00.000Z"_s);
        // Another offset is read as the same instant.
        QJsonObject shifted = json;
        shifted.insert(u"createdAt"_s, u"2026-11-22T13:00:00.000+01:00"_s);
        QCOMPARE(ProviderInstance::fromJson(shifted)->createdAt, sampleInstance().createdAt);
    }

    void instanceStateMustBeKnown()
    {
        QJsonObject json = sampleInstance().toJson();
        json.insert(u"state"_s, u"exploded"_s);
        QVERIFY(!ProviderInstance::fromJson(json));
        for (QStringView state : {ProviderInstanceState::Provisioning,
                                  ProviderInstanceState::Running,
                                  ProviderInstanceState::Stopping,
                                  ProviderInstanceState::Terminated,
                                  ProviderInstanceState::Failed}) {
            json.insert(u"state"_s, state.toString());
            QVERIFY(ProviderInstance::fromJson(json));
        }
        QVERIFY(ProviderInstanceState::isFinal(u"failed"));
        QVERIFY(!ProviderInstanceState::isFinal(u"stopping"));
    }

    void newInstanceValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("token 64") << u"clientToken"_s << QJsonValue(QString(64, u'z')) << true;
        QTest::newRow("token 65") << u"clientToken"_s << QJsonValue(QString(65, u'z')) << false;
        QTest::newRow("token dot") << u"clientToken"_s << QJsonValue(u"a.b"_s) << false;
        QTest::newRow("token empty") << u"clientToken"_s << QJsonValue(u""_s) << false;
        QTest::newRow("http url") << u"applianceUrl"_s << QJsonValue(u"http://10.0.0.1:8080/a"_s) << true;
        QTest::newRow("file url") << u"applianceUrl"_s << QJsonValue(u"file:///etc/passwd"_s) << false;
        QTest::newRow("no host") << u"applianceUrl"_s << QJsonValue(u"https:///a"_s) << false;
        QTest::newRow("sha upper") << u"applianceSha256"_s << QJsonValue(QString(64, u'F')) << false;
        QTest::newRow("sha 63") << u"applianceSha256"_s << QJsonValue(QString(63, u'f')) << false;
        QTest::newRow("sha empty") << u"applianceSha256"_s << QJsonValue(u""_s) << true;
        QTest::newRow("lease no ms") << u"leaseEndsAt"_s << QJsonValue(u"2026-11-22T18:00:00Z"_s) << true;
        QTest::newRow("lease junk") << u"leaseEndsAt"_s << QJsonValue(u"soon"_s) << false;
        QTest::newRow("region number") << u"regionId"_s << QJsonValue(17) << false;
        QTest::newRow("extra field") << u"priority"_s << QJsonValue(1) << false;
    }

    void newInstanceValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QJsonObject json = sampleRequest().toJson();
        json.insert(field, value);
        const auto parsed = NewProviderInstance::fromJson(json);
        QCOMPARE(bool(parsed), valid);
        if (!valid) {
            QCOMPARE(parsed.error().code, ErrorCode::ValidationFailed);
            QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
        }
    }

    void listsRefuseBadElements()
    {
        QJsonObject json = ProviderInstanceList{{sampleInstance()}, u"1"_s}.toJson();
        QJsonArray instances = json.value(u"instances"_s).toArray();
        instances.append(u"not an object"_s);
        json.insert(u"instances"_s, instances);
        QVERIFY(!ProviderInstanceList::fromJson(json));
        QVERIFY(!ProviderCapacity::fromJson(QJsonObject{{u"regions"_s, u"none"_s}}));
        QVERIFY(!ProviderUtilization::fromJson(QJsonObject{}));
    }
};

QTEST_GUILESS_MAIN(tst_ProviderDto)
#include "tst_providerdto.moc"
