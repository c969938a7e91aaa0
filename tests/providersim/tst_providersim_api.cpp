// The provider API as sparecloud-provider-sim serves it, through real
// loopback HTTP: every route, authentication, ETags, since cursors,
// idempotent creation, the capacity limit, termination and utilization.
#include "SimTestClient.h"

#include "http/HttpServer.h"
#include "http/RouteTable.h"
#include "protocol/ProviderDto.h"
#include "providersim/ProviderSimulator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sc::protocol;
using sc::providersim::ProviderSimulator;
using sc::providersim::ProviderSimulatorOptions;
using sc::test::SimReply;
using sc::test::SimTestClient;

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject newInstance(const QString &token, const QString &region, const QString &profile,
                        qint64 leaseEndsMs = QDateTime::currentMSecsSinceEpoch() + 3'600'000)
{
    return QJsonObject{{u"clientToken"_s, token},
                       {u"regionId"_s, region},
                       {u"profileId"_s, profile},
                       {u"applianceUrl"_s, u""_s},
                       {u"applianceSha256"_s, u""_s},
                       {u"leaseEndsAt"_s, iso(leaseEndsMs)}};
}

} // namespace

class tst_ProviderSimApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProviderSimulator> m_sim;
    SimTestClient m_client;
    int m_tokens = 0;

    QUrl url(int cloud, const QString &path) const { return QUrl(m_sim->baseUrl(cloud).toString() + path); }
    QByteArray credential(int cloud) const { return m_sim->credential(cloud); }
    ProviderCapacity capacity(int cloud)
    {
        const SimReply reply = m_client.get(url(cloud, u"/v1/capacity"_s), credential(cloud));
        auto parsed = ProviderCapacity::fromJson(reply.json());
        if (!parsed)
            qFatal("capacity did not parse: %s", qPrintable(parsed.error().message));
        return *parsed;
    }
    ProviderInstance instance(int cloud, const QString &id)
    {
        return *ProviderInstance::fromJson(
            m_client.get(url(cloud, u"/v1/instances/"_s + id), credential(cloud)).json());
    }
    QString nextToken() { return u"token-%1"_s.arg(++m_tokens); }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);
        ProviderSimulatorOptions options;
        options.providers = 6;
        options.seed = 42;
        options.provisioningDelay = std::chrono::milliseconds(100);
        options.stoppingDelay = std::chrono::milliseconds(150);
        m_sim = std::make_unique<ProviderSimulator>(options);
        QVERIFY2(m_sim->listen(QHostAddress::LocalHost), qPrintable(m_sim->errorString()));
    }

    void healthAndAuthentication()
    {
        SimReply reply = m_client.get(url(1, u"/v1/health"_s), credential(1));
        QCOMPARE(reply.status, 200);
        const auto health = ProviderHealth::fromJson(reply.json());
        QVERIFY(health);
        QCOMPARE(health->status, u"ok"_s);
        QCOMPARE(health->apiVersion, u"1.0"_s);
        QCOMPARE(health->name, m_sim->name(1));

        reply = m_client.get(url(1, u"/v1/health"_s), {});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        QVERIFY(!reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        // Another cloud's credential is no credential here.
        reply = m_client.get(url(1, u"/v1/capacity"_s), credential(2));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        reply = m_client.get(url(1, u"/v1/instances"_s), "simcred_wrong");
        QCOMPARE(reply.status, 401);
        // No such cloud.
        reply = m_client.get(url(99, u"/v1/health"_s), credential(1));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
    }

    void capacityHasETagAndRealCities()
    {
        SimReply reply = m_client.get(url(0, u"/v1/capacity"_s), credential(0));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.etag.isEmpty());
        const auto parsed = ProviderCapacity::fromJson(reply.json());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QVERIFY(parsed->regions.size() >= 1 && parsed->regions.size() <= 3);
        for (const ProviderRegion &region : parsed->regions) {
            QCOMPARE(region.countryCode.size(), 2);
            QVERIFY(region.latitude != 0 || region.longitude != 0);
            QVERIFY(region.profiles.size() >= 3 && region.profiles.size() <= 6);
            for (const ProviderProfile &profile : region.profiles) {
                QCOMPARE(profile.usedSlots + profile.freeSlots, profile.totalSlots);
                QVERIFY(profile.vcpus >= 2);
            }
        }

        const SimReply unchanged = m_client.get(url(0, u"/v1/capacity"_s), credential(0), reply.etag);
        QCOMPARE(unchanged.status, 304);
        QVERIFY(unchanged.body.isEmpty());

        // Taking a slot changes the answer and its tag.
        const ProviderRegion &region = parsed->regions.first();
        const ProviderProfile &profile = region.profiles.first();
        QCOMPARE(
            m_client.post(url(0, u"/v1/instances"_s), credential(0), newInstance(nextToken(), region.id, profile.id))
                .status,
            201);
        const SimReply changed = m_client.get(url(0, u"/v1/capacity"_s), credential(0), reply.etag);
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.etag != reply.etag);
        const auto after = ProviderCapacity::fromJson(changed.json());
        QCOMPARE(after->regions.first().profiles.first().usedSlots, profile.usedSlots + 1);
        QCOMPARE(after->regions.first().profiles.first().freeSlots, profile.freeSlots - 1);
    }

    void createIsIdempotentByClientToken()
    {
        const ProviderCapacity cap = capacity(1);
        const QString region = cap.regions.first().id;
        const QString profile = cap.regions.first().profiles.first().id;
        const QString token = nextToken();

        const SimReply created = m_client.post(
            url(1, u"/v1/instances"_s), credential(1), newInstance(token, region, profile));
        QCOMPARE(created.status, 201);
        const auto first = ProviderInstance::fromJson(created.json());
        QVERIFY(first);
        QCOMPARE(first->state, u"provisioning"_s);
        QCOMPARE(first->clientToken, token);
        QCOMPARE(first->regionId, region);
        QCOMPARE(first->profileId, profile);
        QVERIFY(first->address.isEmpty());

        // The same token again, even with another body: the same instance, nothing new.
        const SimReply again = m_client.post(url(1, u"/v1/instances"_s),
                                             credential(1),
                                             newInstance(token, region, cap.regions.first().profiles.last().id));
        QCOMPARE(again.status, 200);
        QCOMPARE(ProviderInstance::fromJson(again.json())->id, first->id);
        const auto list = ProviderInstanceList::fromJson(
            m_client.get(url(1, u"/v1/instances"_s), credential(1)).json());
        QCOMPARE(std::count_if(list->instances.cbegin(),
                               list->instances.cend(),
                               [&](const ProviderInstance &i) { return i.clientToken == token; }),
                 1);
        QCOMPARE(capacity(1).regions.first().profiles.first().usedSlots,
                 cap.regions.first().profiles.first().usedSlots + 1);

        // After it ended too.
        QCOMPARE(m_client.del(url(1, u"/v1/instances/"_s + first->id), credential(1)).status, 202);
        QTRY_COMPARE(instance(1, first->id).state, u"terminated"_s);
        const SimReply afterEnd = m_client.post(
            url(1, u"/v1/instances"_s), credential(1), newInstance(token, region, profile));
        QCOMPARE(afterEnd.status, 200);
        const auto ended = ProviderInstance::fromJson(afterEnd.json());
        QCOMPARE(ended->id, first->id);
        QCOMPARE(ended->state, u"terminated"_s);
        QCOMPARE(capacity(1).regions.first().profiles.first().usedSlots,
                 cap.regions.first().profiles.first().usedSlots);
    }

    void createRefusesBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("token with a space") << u"clientToken"_s << QJsonValue(u"a b"_s);
        QTest::newRow("token too long") << u"clientToken"_s << QJsonValue(QString(65, u'x'));
        QTest::newRow("empty token") << u"clientToken"_s << QJsonValue(u""_s);
        QTest::newRow("unknown region") << u"regionId"_s << QJsonValue(u"nowhere9"_s);
        QTest::newRow("unknown profile") << u"profileId"_s << QJsonValue(u"huge-999"_s);
        QTest::newRow("ftp appliance") << u"applianceUrl"_s << QJsonValue(u"ftp://example.org/a.img"_s);
        QTest::newRow("not a URL") << u"applianceUrl"_s << QJsonValue(u"appliance"_s);
        QTest::newRow("short sha") << u"applianceSha256"_s << QJsonValue(u"abc"_s);
        QTest::newRow("uppercase sha") << u"applianceSha256"_s << QJsonValue(QString(64, u'A'));
        QTest::newRow("lease not a time") << u"leaseEndsAt"_s << QJsonValue(u"tomorrow"_s);
        QTest::newRow("lease in the past") << u"leaseEndsAt"_s << QJsonValue(u"2001-01-01T00:00:00.000Z"_s);
        QTest::newRow("unknown field") << u"color"_s << QJsonValue(u"blue"_s);
        QTest::newRow("missing region") << u"regionId"_s << QJsonValue();
    }

    void createRefusesBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const ProviderCapacity cap = capacity(2);
        QJsonObject body = newInstance(nextToken(), cap.regions.first().id, cap.regions.first().profiles.first().id);
        if (value.isUndefined() || value.isNull())
            body.remove(field);
        else
            body.insert(field, value);
        const SimReply reply = m_client.post(url(2, u"/v1/instances"_s), credential(2), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"validation_failed"_s);
        QCOMPARE(capacity(2), cap); // nothing was taken
    }

    void createRefusesNonJson()
    {
        const SimReply reply = m_client.send(
            {"POST", url(2, u"/v1/instances"_s), credential(2), "{not json", {}, 5000});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"validation_failed"_s);
    }

    void capacityLimitAnswers409()
    {
        // The profile with the fewest slots of cloud 3.
        const ProviderCapacity cap = capacity(3);
        QString region;
        ProviderProfile smallest;
        smallest.freeSlots = INT_MAX;
        for (const ProviderRegion &r : cap.regions) {
            for (const ProviderProfile &p : r.profiles) {
                if (p.freeSlots < smallest.freeSlots) {
                    smallest = p;
                    region = r.id;
                }
            }
        }
        QString firstId;
        for (int i = 0; i < smallest.freeSlots; ++i) {
            const SimReply reply = m_client.post(
                url(3, u"/v1/instances"_s), credential(3), newInstance(nextToken(), region, smallest.id));
            QCOMPARE(reply.status, 201);
            if (firstId.isEmpty())
                firstId = ProviderInstance::fromJson(reply.json())->id;
        }
        const SimReply full = m_client.post(
            url(3, u"/v1/instances"_s), credential(3), newInstance(nextToken(), region, smallest.id));
        QCOMPARE(full.status, 409);
        QCOMPARE(full.errorCode(), u"no_capacity"_s);

        // A slot freed by a termination can be taken again.
        QCOMPARE(m_client.del(url(3, u"/v1/instances/"_s + firstId), credential(3)).status, 202);
        QTRY_COMPARE(instance(3, firstId).state, u"terminated"_s);
        QCOMPARE(m_client.post(url(3, u"/v1/instances"_s), credential(3), newInstance(nextToken(), region, smallest.id))
                     .status,
                 201);
    }

    void lifecycleAndDeleteIdempotence()
    {
        const ProviderCapacity cap = capacity(4);
        const SimReply created = m_client.post(
            url(4, u"/v1/instances"_s),
            credential(4),
            newInstance(nextToken(), cap.regions.first().id, cap.regions.first().profiles.first().id));
        const QString id = ProviderInstance::fromJson(created.json())->id;
        QTRY_COMPARE(instance(4, id).state, u"running"_s);
        const ProviderInstance running = instance(4, id);
        QVERIFY(!running.address.isEmpty());
        QVERIFY(running.updatedAt > running.createdAt);

        SimReply deleted = m_client.del(url(4, u"/v1/instances/"_s + id), credential(4));
        QCOMPARE(deleted.status, 202);
        QCOMPARE(ProviderInstance::fromJson(deleted.json())->state, u"stopping"_s);
        // Again while stopping: the same, nothing else happens.
        deleted = m_client.del(url(4, u"/v1/instances/"_s + id), credential(4));
        QCOMPARE(deleted.status, 202);
        QCOMPARE(ProviderInstance::fromJson(deleted.json())->state, u"stopping"_s);
        QTRY_COMPARE(instance(4, id).state, u"terminated"_s);
        deleted = m_client.del(url(4, u"/v1/instances/"_s + id), credential(4));
        QCOMPARE(deleted.status, 202);
        QCOMPARE(ProviderInstance::fromJson(deleted.json())->state, u"terminated"_s);

        SimReply missing = m_client.del(url(4, u"/v1/instances/i-4-99999999"_s), credential(4));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), u"not_found"_s);
        missing = m_client.get(url(4, u"/v1/instances/i-4-99999999"_s), credential(4));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), u"not_found"_s);
        // Another cloud does not know it.
        QCOMPARE(m_client.get(url(5, u"/v1/instances/"_s + id), credential(5)).status, 404);
    }

    void sinceCursorsAndETags()
    {
        const int cloud = 5;
        const ProviderCapacity cap = capacity(cloud);
        SimReply all = m_client.get(url(cloud, u"/v1/instances"_s), credential(cloud));
        QCOMPARE(all.status, 200);
        auto list = ProviderInstanceList::fromJson(all.json());
        QVERIFY(list);
        const QString cursor = list->cursor;
        QCOMPARE(m_client.get(url(cloud, u"/v1/instances"_s), credential(cloud), all.etag).status, 304);

        SimReply since = m_client.get(url(cloud, u"/v1/instances?since="_s + cursor), credential(cloud));
        QCOMPARE(since.status, 200);
        QVERIFY(ProviderInstanceList::fromJson(since.json())->instances.isEmpty());
        QCOMPARE(m_client.get(url(cloud, u"/v1/instances?since="_s + cursor), credential(cloud), since.etag).status,
                 304);

        const SimReply created = m_client.post(
            url(cloud, u"/v1/instances"_s),
            credential(cloud),
            newInstance(nextToken(), cap.regions.first().id, cap.regions.first().profiles.first().id));
        const QString id = ProviderInstance::fromJson(created.json())->id;
        // The old tag no longer matches; only the new instance changed since the cursor.
        since = m_client.get(url(cloud, u"/v1/instances?since="_s + cursor), credential(cloud), since.etag);
        QCOMPARE(since.status, 200);
        list = ProviderInstanceList::fromJson(since.json());
        QCOMPARE(list->instances.size(), 1);
        QCOMPARE(list->instances.first().id, id);
        QVERIFY(list->cursor != cursor);

        // Running is a change too; after it, polling from the latest cursor is empty.
        QTRY_COMPARE(instance(cloud, id).state, u"running"_s);
        const QString next = list->cursor;
        list = ProviderInstanceList::fromJson(
            m_client.get(url(cloud, u"/v1/instances?since="_s + next), credential(cloud)).json());
        QCOMPARE(list->instances.size(), 1);
        QCOMPARE(list->instances.first().state, u"running"_s);
        list = ProviderInstanceList::fromJson(
            m_client.get(url(cloud, u"/v1/instances?since="_s + list->cursor), credential(cloud)).json());
        QVERIFY(list->instances.isEmpty());

        // Cursors this cloud never handed out.
        SimReply bad = m_client.get(url(cloud, u"/v1/instances?since=banana"_s), credential(cloud));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), u"validation_failed"_s);
        bad = m_client.get(url(cloud, u"/v1/instances?since=999999"_s), credential(cloud));
        QCOMPARE(bad.status, 400);
    }

    void utilizationFollowsRunningTime()
    {
        qint64 clock = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        ProviderSimulatorOptions options;
        options.providers = 1;
        options.provisioningDelay = std::chrono::milliseconds(1000);
        options.clock = [&clock] { return clock; };
        ProviderSimulator sim(options);
        QVERIFY(sim.listen(QHostAddress::LocalHost));
        const QUrl base = sim.baseUrl(0);
        const QByteArray key = sim.credential(0);
        const auto cap = ProviderCapacity::fromJson(
            m_client.get(QUrl(base.toString() + u"/v1/capacity"_s), key).json());
        const SimReply created = m_client.post(
            QUrl(base.toString() + u"/v1/instances"_s),
            key,
            newInstance(u"u1"_s, cap->regions.first().id, cap->regions.first().profiles.first().id, clock + 7'200'000));
        const QString id = ProviderInstance::fromJson(created.json())->id;
        const QUrl usage(base.toString() + u"/v1/instances/"_s + id + u"/utilization"_s);

        // Not running yet: no samples.
        SimReply reply = m_client.get(usage, key);
        QCOMPARE(reply.status, 200);
        QVERIFY(ProviderUtilization::fromJson(reply.json())->samples.isEmpty());

        clock += 1250;
        sim.processDueEvents();
        const qint64 runningSince = clock;
        clock += 65'000;
        reply = m_client.get(usage, key);
        auto samples = ProviderUtilization::fromJson(reply.json());
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        QCOMPARE(samples->samples.size(), 6);
        for (int i = 0; i < samples->samples.size(); ++i) {
            const UtilizationSample &s = samples->samples.at(i);
            QCOMPARE(s.at.toMSecsSinceEpoch(), runningSince + (i + 1) * 10'000);
            QVERIFY(s.cpuPercent >= 0 && s.cpuPercent <= 100);
            QVERIFY(s.memoryPercent > 0 && s.memoryPercent <= 100);
            QVERIFY(s.networkInBytesPerSecond > 0);
        }
        // Not all the same: noise and a cycle.
        QVERIFY(samples->samples.first().cpuPercent != samples->samples.last().cpuPercent);
        // The same again: samples are a function of the time.
        QCOMPARE(*ProviderUtilization::fromJson(m_client.get(usage, key).json()), *samples);

        const QString since = samples->samples.at(3).at.toString(Qt::ISODateWithMs);
        reply = m_client.get(QUrl(usage.toString() + u"?since="_s + since), key);
        QCOMPARE(ProviderUtilization::fromJson(reply.json())->samples.size(), 2);
        reply = m_client.get(QUrl(usage.toString() + u"?since=yesterday"_s), key);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"validation_failed"_s);

        // Two hours later: only the last 360 (one hour).
        clock += 2 * 3'600'000;
        samples = ProviderUtilization::fromJson(m_client.get(usage, key).json());
        QVERIFY(samples);
        QCOMPARE(samples->samples.size(), 360);
        QCOMPARE(m_client.get(QUrl(base.toString() + u"/v1/instances/nope/utilization"_s), key).status, 404);
    }

    void leaseEndTerminates()
    {
        qint64 clock = QDateTime::currentMSecsSinceEpoch();
        ProviderSimulatorOptions options;
        options.providers = 1;
        options.clock = [&clock] { return clock; };
        ProviderSimulator sim(options);
        QVERIFY(sim.listen(QHostAddress::LocalHost));
        const QString base = sim.baseUrl(0).toString();
        const auto cap = ProviderCapacity::fromJson(
            m_client.get(QUrl(base + u"/v1/capacity"_s), sim.credential(0)).json());
        const SimReply created = m_client.post(
            QUrl(base + u"/v1/instances"_s),
            sim.credential(0),
            newInstance(u"lease"_s, cap->regions.first().id, cap->regions.first().profiles.first().id, clock + 60'000));
        const QString id = ProviderInstance::fromJson(created.json())->id;
        clock += 60'000;
        sim.processDueEvents();
        auto now = ProviderInstance::fromJson(
            m_client.get(QUrl(base + u"/v1/instances/"_s + id), sim.credential(0)).json());
        QCOMPARE(now->state, u"stopping"_s);
        QCOMPARE(now->stateReason, u"lease_ended"_s);
        clock += 1'000;
        sim.processDueEvents();
        now = ProviderInstance::fromJson(m_client.get(QUrl(base + u"/v1/instances/"_s + id), sim.credential(0)).json());
        QCOMPARE(now->state, u"terminated"_s);
        QCOMPARE(now->stateReason, u"lease_ended"_s);
    }

    void applianceFetchChecksTheChecksum()
    {
        // A tiny appliance repository on loopback.
        const QByteArray image(200'000, 'x');
        sc::http::RouteTable routes;
        sc::http::RouteOptions open;
        open.isPublic = true;
        routes.addSync(
            sc::http::HttpMethod::Get,
            u"/image.raw",
            [&](const sc::http::HttpRequest &) {
                return sc::http::HttpResponse::text(200, image, "application/octet-stream");
            },
            open);
        sc::http::HttpServer repository(routes);
        QVERIFY(repository.listen(QHostAddress::LocalHost));
        const QString imageUrl = u"http://127.0.0.1:%1/image.raw"_s.arg(repository.serverPort());
        const QString goodSha = QString::fromLatin1(
            QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());

        ProviderSimulatorOptions options;
        options.providers = 1;
        options.provisioningDelay = std::chrono::milliseconds(50);
        options.fetchAppliances = true;
        ProviderSimulator sim(options);
        QVERIFY(sim.listen(QHostAddress::LocalHost));
        const QString base = sim.baseUrl(0).toString();
        const QByteArray key = sim.credential(0);
        const auto cap = ProviderCapacity::fromJson(m_client.get(QUrl(base + u"/v1/capacity"_s), key).json());
        const auto create = [&](const QString &token, const QString &applianceUrl, const QString &sha) {
            QJsonObject body = newInstance(token, cap->regions.first().id, cap->regions.first().profiles.first().id);
            body.insert(u"applianceUrl"_s, applianceUrl);
            body.insert(u"applianceSha256"_s, sha);
            const SimReply reply = m_client.post(QUrl(base + u"/v1/instances"_s), key, body);
            return ProviderInstance::fromJson(reply.json())->id;
        };
        const auto stateOf = [&](const QString &id) {
            return *ProviderInstance::fromJson(m_client.get(QUrl(base + u"/v1/instances/"_s + id), key).json());
        };

        const QString good = create(u"good"_s, imageUrl, goodSha);
        const QString bad = create(u"bad"_s, imageUrl, QString(64, u'0'));
        const QString gone = create(u"gone"_s, u"http://127.0.0.1:1/nothing.raw"_s, goodSha);
        QTRY_COMPARE(stateOf(good).state, u"running"_s);
        QTRY_COMPARE(stateOf(bad).state, u"failed"_s);
        QCOMPARE(stateOf(bad).stateReason, u"appliance_checksum_mismatch"_s);
        QTRY_COMPARE(stateOf(gone).state, u"failed"_s);
        QCOMPARE(stateOf(gone).stateReason, u"appliance_unreachable"_s);
        // Failed instances gave their slots back.
        const auto after = ProviderCapacity::fromJson(m_client.get(QUrl(base + u"/v1/capacity"_s), key).json());
        QCOMPARE(after->regions.first().profiles.first().usedSlots,
                 cap->regions.first().profiles.first().usedSlots + 1);
    }

    void manifestAndSeedAreDeterministic()
    {
        ProviderSimulatorOptions options;
        options.providers = 6;
        options.seed = 42;
        ProviderSimulator twin(options);
        QVERIFY(twin.listen(QHostAddress::LocalHost));
        const QJsonArray mine = m_sim->manifest().value(u"providers"_s).toArray();
        const QJsonArray theirs = twin.manifest().value(u"providers"_s).toArray();
        QCOMPARE(mine.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const QJsonObject a = mine.at(i).toObject();
            const QJsonObject b = theirs.at(i).toObject();
            QCOMPARE(a.value(u"index"_s).toInt(), i);
            QCOMPARE(a.value(u"name"_s), b.value(u"name"_s));
            QCOMPARE(a.value(u"credential"_s), b.value(u"credential"_s));
            QCOMPARE(a.value(u"baseUrl"_s).toString(), m_sim->baseUrl(i).toString());
        }
        // Same regions and profiles (slots in use aside).
        SimTestClient client;
        const auto capacityOf = [&](const ProviderSimulator &sim) {
            auto cap = *ProviderCapacity::fromJson(
                client.get(QUrl(sim.baseUrl(2).toString() + u"/v1/capacity"_s), sim.credential(2)).json());
            for (ProviderRegion &region : cap.regions) {
                for (ProviderProfile &profile : region.profiles)
                    profile.usedSlots = profile.freeSlots = 0;
            }
            return cap;
        };
        QCOMPARE(capacityOf(twin), capacityOf(*m_sim));

        options.seed = 43;
        ProviderSimulator other(options);
        QVERIFY(other.credential(0) != m_sim->credential(0));
    }

    void controlApi()
    {
        const QUrl control(m_sim->url().toString() + u"/control/providers/2"_s);
        SimReply reply = m_client.get(control, {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"index"_s).toInt(), 2);
        QCOMPARE(reply.json().value(u"faults"_s).toString(), u""_s);
        QVERIFY(reply.json().value(u"requests"_s).toInteger() > 0);

        const QUrl faults(control.toString() + u"/faults"_s);
        reply = m_client.send({"PUT", faults, {}, R"({"faults":"slow:10+error5xx:0"})", {}, 5000});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"faults"_s).toString(), u"error5xx:0+slow:10"_s);
        reply = m_client.send({"PUT", faults, {}, R"({"faults":"explode"})", {}, 5000});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"validation_failed"_s);
        reply = m_client.send({"PUT", faults, {}, R"({"faults":""})", {}, 5000});
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_sim->faults(2), sc::providersim::CloudFaults());
        QCOMPARE(m_client.get(QUrl(m_sim->url().toString() + u"/control/providers/77"_s), {}).status, 404);
    }
};

QTEST_GUILESS_MAIN(tst_ProviderSimApi)
#include "tst_providersim_api.moc"
