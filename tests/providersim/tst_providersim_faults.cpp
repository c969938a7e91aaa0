// Every fault kind of sparecloud-provider-sim as a client sees it over real
// loopback HTTP, and faults changed at run time through the control API.
#include "SimTestClient.h"

#include "protocol/ProviderDto.h"
#include "providersim/ProviderSimulator.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sc::protocol;
using sc::providersim::CloudFaults;
using sc::providersim::ProviderSimulator;
using sc::providersim::ProviderSimulatorOptions;
using sc::test::SimReply;
using sc::test::SimTestClient;

namespace {

enum Cloud { Healthy, Timeout, Error5xx, Malformed, Slow, Flapping, Vanish, Refuse, Count };

CloudFaults faults(const QString &text)
{
    return *CloudFaults::parse(text);
}

} // namespace

class tst_ProviderSimFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProviderSimulator> m_sim;
    SimTestClient m_client;

    QUrl url(int cloud, const QString &path) const { return QUrl(m_sim->baseUrl(cloud).toString() + path); }
    QByteArray key(int cloud) const { return m_sim->credential(cloud); }
    QJsonObject newInstance(int cloud, const QString &token)
    {
        // Faults may be on: ask the simulator's own description of the cloud's capacity.
        const CloudFaults saved = m_sim->faults(cloud);
        m_sim->setFaults(cloud, {});
        const auto cap = ProviderCapacity::fromJson(m_client.get(url(cloud, u"/v1/capacity"_s), key(cloud)).json());
        m_sim->setFaults(cloud, saved);
        return QJsonObject{
            {u"clientToken"_s, token},
            {u"regionId"_s, cap->regions.first().id},
            {u"profileId"_s, cap->regions.first().profiles.first().id},
            {u"applianceUrl"_s, u""_s},
            {u"applianceSha256"_s, u""_s},
            {u"leaseEndsAt"_s, QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs)},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);
        ProviderSimulatorOptions options;
        options.providers = Count;
        options.provisioningDelay = std::chrono::milliseconds(50);
        options.faults = *CloudFaults::parseFleet(
            u"1=timeout,2=error5xx,3=malformed,4=slow:600,5=flapping:250,6=vanish:300,7=refuse"_s);
        m_sim = std::make_unique<ProviderSimulator>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost));
    }

    void timeoutNeverAnswers()
    {
        const SimReply reply = m_client.send({"GET", url(Timeout, u"/v1/health"_s), key(Timeout), {}, {}, 700});
        QVERIFY(reply.timedOut);
        QCOMPARE(reply.status, 0);
        // The others are not held up.
        QCOMPARE(m_client.get(url(Healthy, u"/v1/health"_s), key(Healthy)).status, 200);
    }

    void error5xxAnswers503WithABody()
    {
        for (const QString &path : {u"/v1/health"_s, u"/v1/capacity"_s, u"/v1/instances"_s}) {
            const SimReply reply = m_client.get(url(Error5xx, path), key(Error5xx));
            QCOMPARE(reply.status, 503);
            QCOMPARE(reply.errorCode(), u"unavailable"_s);
        }
        // error5xx:0.5 fails some and answers others.
        m_sim->setFaults(Error5xx, faults(u"error5xx:0.5"_s));
        int failed = 0;
        for (int i = 0; i < 40; ++i)
            failed += m_client.get(url(Error5xx, u"/v1/health"_s), key(Error5xx)).status == 503;
        QVERIFY2(failed > 5 && failed < 35, qPrintable(QString::number(failed)));
        m_sim->setFaults(Error5xx, faults(u"error5xx"_s));
    }

    void malformedIsNotThePromisedJson()
    {
        for (int i = 0; i < 6; ++i) {
            const SimReply health = m_client.get(url(Malformed, u"/v1/health"_s), key(Malformed));
            QCOMPARE(health.status, 200);
            QVERIFY(!ProviderHealth::fromJson(health.json()));
            const SimReply capacity = m_client.get(url(Malformed, u"/v1/capacity"_s), key(Malformed));
            QCOMPARE(capacity.status, 200);
            QVERIFY(!ProviderCapacity::fromJson(capacity.json()));
        }
        // Errors stay well-formed: it is the answers that break.
        QCOMPARE(m_client.get(url(Malformed, u"/v1/health"_s), {}).errorCode(), u"unauthorized"_s);
    }

    void slowAnswersLateWithoutBlockingOthers()
    {
        QNetworkReply *slow = m_client.start({"GET", url(Slow, u"/v1/health"_s), key(Slow), {}, {}, 5000});
        QNetworkReply *fast = m_client.start({"GET", url(Healthy, u"/v1/health"_s), key(Healthy), {}, {}, 5000});
        const SimReply fastReply = m_client.finish(fast);
        QCOMPARE(fastReply.status, 200);
        QVERIFY(!slow->isFinished());
        const SimReply slowReply = m_client.finish(slow);
        QCOMPARE(slowReply.status, 200);
        QVERIFY2(slowReply.elapsedMs >= 550, qPrintable(QString::number(slowReply.elapsedMs)));
        QVERIFY(fastReply.elapsedMs < slowReply.elapsedMs);
        QVERIFY(ProviderHealth::fromJson(slowReply.json()));
    }

    void flappingAlternates()
    {
        bool sawUp = false;
        bool sawDown = false;
        QElapsedTimer timer;
        timer.start();
        while ((!sawUp || !sawDown) && timer.elapsed() < 3000) {
            const SimReply reply = m_client.get(url(Flapping, u"/v1/health"_s), key(Flapping));
            sawUp = sawUp || reply.status == 200;
            if (reply.status == 503) {
                QCOMPARE(reply.errorCode(), u"unavailable"_s);
                sawDown = true;
            }
            QTest::qWait(40);
        }
        QVERIFY(sawUp);
        QVERIFY(sawDown);
    }

    void vanishedInstancesDisappear()
    {
        const SimReply created = m_client.post(
            url(Vanish, u"/v1/instances"_s), key(Vanish), newInstance(Vanish, u"v1"_s));
        QCOMPARE(created.status, 201);
        const QString id = ProviderInstance::fromJson(created.json())->id;
        const auto stateOf = [&] {
            const SimReply reply = m_client.get(url(Vanish, u"/v1/instances/"_s + id), key(Vanish));
            return reply.status == 404 ? u"gone"_s : ProviderInstance::fromJson(reply.json())->state;
        };
        QTRY_COMPARE(stateOf(), u"running"_s);
        QTRY_COMPARE(stateOf(), u"gone"_s);
        const auto list = ProviderInstanceList::fromJson(
            m_client.get(url(Vanish, u"/v1/instances"_s), key(Vanish)).json());
        QVERIFY(list->instances.isEmpty());
        QCOMPARE(m_client.get(url(Vanish, u"/v1/instances/"_s + id + u"/utilization"_s), key(Vanish)).status, 404);
        QCOMPARE(m_client.del(url(Vanish, u"/v1/instances/"_s + id), key(Vanish)).status, 404);
        const auto cap = ProviderCapacity::fromJson(m_client.get(url(Vanish, u"/v1/capacity"_s), key(Vanish)).json());
        QCOMPARE(cap->regions.first().profiles.first().usedSlots, 0);
    }

    void refuseAnswersNotAccepting()
    {
        SimReply reply = m_client.post(url(Refuse, u"/v1/instances"_s), key(Refuse), newInstance(Refuse, u"r1"_s));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.errorCode(), u"not_accepting"_s);
        // Everything else still works.
        QCOMPARE(m_client.get(url(Refuse, u"/v1/health"_s), key(Refuse)).status, 200);
        QCOMPARE(m_client.get(url(Refuse, u"/v1/instances"_s), key(Refuse)).status, 200);

        // An instance made before the refusal is still answered for its token.
        m_sim->setFaults(Refuse, {});
        reply = m_client.post(url(Refuse, u"/v1/instances"_s), key(Refuse), newInstance(Refuse, u"r2"_s));
        QCOMPARE(reply.status, 201);
        m_sim->setFaults(Refuse, faults(u"refuse"_s));
        reply = m_client.post(url(Refuse, u"/v1/instances"_s), key(Refuse), newInstance(Refuse, u"r2"_s));
        QCOMPARE(reply.status, 200);
    }

    void faultsChangeAtRunTimeThroughTheControlApi()
    {
        const QUrl control(m_sim->url().toString() + u"/control/providers/%1/faults"_s.arg(int(Healthy)));
        SimReply reply = m_client.send({"PUT", control, {}, R"({"faults":"timeout"})", {}, 5000});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"faults"_s).toString(), u"timeout"_s);
        QVERIFY(m_client.send({"GET", url(Healthy, u"/v1/health"_s), key(Healthy), {}, {}, 500}).timedOut);

        reply = m_client.send({"PUT", control, {}, R"({"faults":""})", {}, 5000});
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_client.get(url(Healthy, u"/v1/health"_s), key(Healthy)).status, 200);

        const SimReply state = m_client.get(QUrl(m_sim->url().toString() + u"/control/providers/%1"_s.arg(int(Slow))),
                                            {});
        QCOMPARE(state.json().value(u"faults"_s).toString(), u"slow:600"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ProviderSimFaults)
#include "tst_providersim_faults.moc"
