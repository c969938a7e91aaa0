// Provider federation end to end: a real broker and simulated provider clouds
// on loopback, one manual clock for both.
#include "ProviderFixtures.h"
#include "TestApi.h"
#include "core/Broker.h"
#include "core/Clock.h"
#include "core/auth/PasswordHasher.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"
#include "core/store/Database.h"
#include "protocol/MarketDto.h"
#include "providersim/ProviderSimulator.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::providersim::CloudFaults;
using sc::providersim::ProviderSimulator;
using sc::providersim::ProviderSimulatorOptions;
using sc::test::Reply;
using sc::test::TestApi;

namespace {
constexpr QByteArrayView kPassword = "correct horse battery";
}

class tst_Federation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void onboardingVerifiesTheCloud();
    void buyRunExpireTerminate();
    void refusedProvisioningCancelsTheLease();
    void downCloudIsBackedOffAndComesBack();
    void everyFaultKindIsSeenForWhatItIs_data();
    void everyFaultKindIsSeenForWhatItIs();
    void vanishedInstanceIsLost();
    void restartDuringProvisioningMakesOneInstance();
    void renewalsAsTheSellerAllows();
    void buyBackAcceptedEndsTheLeaseAndPaysTheBuyer();
    void buyBackRefusedOrByRule();
    void resaleAboveThePriceSwapsTheSlot();
    void resaleBelowThePriceChargesTheReseller();
    void failedSwapIsRefunded();
    void resaleRulesAreEnforced();

private:
    BrokerConfig config() const;
    void startBroker();
    QByteArray login(const QByteArray &email);
    QByteArray account(const QByteArray &email, const QString &organization, const QString &role);
    // Connects cloud `index` of the simulator for the seller; answers the provider JSON.
    QJsonObject connectCloud(int index);
    // An instrument the provider can run (a mapped profile in a mapped region).
    // The seller asks, the buyer buys one slot for `hours`: the lease id.
    qint64 buy(qint64 providerId, const QPair<QString, QString> &instrument, int hours, int renewableHours = 0);
    QJsonObject instanceOfLease(qint64 leaseId, const QByteArray &token = {});
    // `token`'s buyer buys one slot of the instrument at up to `price` for `hours`: the lease id.
    qint64 bidFor(const QByteArray &token, const QPair<QString, QString> &instrument, qint64 price, int hours);
    // Lets a swap run: the old instance stops, the new one boots and is polled running.
    void letSwapRun(qint64 newLeaseId);
    qint64 balanceField(const QByteArray &token, const QString &field)
    {
        return m_api->send("GET", u"/api/v1/billing/balance"_s, token).json().value(field).toInteger();
    }
    QJsonArray transactionsOf(const QByteArray &token)
    {
        return m_api->send("GET", u"/api/v1/billing/transactions?limit=200"_s, token)
            .json()
            .value(u"transactions"_s)
            .toArray();
    }
    // Moves both clocks and lets both sides act (jobs, polls, simulated clouds).
    void advance(qint64 ms);
    void settle(int rounds = 5);
    QStringList notificationKinds();
    // A lease running on cloud 0 for `hours`, its seller paid for three hours of it.
    qint64 runningLeaseWithEarnings(QJsonObject *provider);
    Reply keyed(const QByteArray &method, const QString &path, const QByteArray &token, const QJsonObject &body,
                const QByteArray &key)
    {
        return m_api->send(method, path, token, body, {{"Idempotency-Key", key}});
    }
    void verifyLedger();

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ProviderSimulator> m_sim;
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    QByteArray m_operator, m_seller, m_buyer, m_bidder;
    int m_price = 100;
};

BrokerConfig tst_Federation::config() const
{
    BrokerConfig config;
    // Buyers start with ample credit: what is tested here is not the money.
    config.billing.welcomeCredit = 100'000'000;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.passwordParameters = PasswordHasher::fastParametersForTests();
    config.accessLimits.perAddress = {1e6, 1e6};
    config.accessLimits.perCredential = {1e6, 1e6};
    config.accountLimits.sessionLifetime = std::chrono::hours(24 * 365);
    config.providerPolling.intervalMs = 30'000;
    config.providerPolling.timeoutMs = 1'500;
    config.providerPolling.tickMs = 20;
    config.providerPolling.flushMs = 100;
    config.housekeepingInterval = std::chrono::milliseconds(100); // resale asks step and leave on time
    return config;
}

void tst_Federation::startBroker()
{
    m_broker = std::make_unique<Broker>(config(), m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
}

QByteArray tst_Federation::login(const QByteArray &email)
{
    return m_api->login(email, kPassword.toByteArray());
}

QByteArray tst_Federation::account(const QByteArray &email, const QString &organization, const QString &role)
{
    return m_api->account(email, kPassword.toByteArray(), organization, role, m_operator);
}

void tst_Federation::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);
    ProviderSimulatorOptions options;
    options.providers = 6;
    options.seed = 7;
    options.provisioningDelay = std::chrono::milliseconds(2'000);
    options.stoppingDelay = std::chrono::milliseconds(1'000);
    options.clock = [this] { return m_clock.now().toMSecsSinceEpoch(); };
    m_sim = std::make_unique<ProviderSimulator>(options);
    QVERIFY2(m_sim->listen(QHostAddress::LocalHost), qPrintable(m_sim->errorString()));

    QCOMPARE(Broker(config(), m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)),
             QString());
    startBroker();
    m_operator = login("root@ops.example");
    m_seller = account("sam@seller.example", u"Sam Hosting"_s, u"seller"_s);
    m_buyer = account("ann@buyer.example", u"Ann Analytics"_s, u"buyer"_s);
    m_bidder = account("rita@buyer.example", u"Rita Robotics"_s, u"buyer"_s);
    QVERIFY(!m_seller.isEmpty() && !m_buyer.isEmpty() && !m_bidder.isEmpty());
}

void tst_Federation::cleanupTestCase()
{
    m_api.reset();
    m_broker.reset();
    m_sim.reset();
}

QJsonObject tst_Federation::connectCloud(int index)
{
    const Reply connected = m_api->send("POST",
                                        u"/api/v1/seller/providers"_s,
                                        m_seller,
                                        QJsonObject{{u"name"_s, u"Cloud %1"_s.arg(index)},
                                                    {u"endpoint"_s, m_sim->baseUrl(index).toString()},
                                                    {u"credential"_s, QString::fromLatin1(m_sim->credential(index))}});
    if (connected.status != 201)
        qWarning() << "connect failed:" << connected.body;
    return connected.json();
}

qint64 tst_Federation::buy(qint64 providerId, const QPair<QString, QString> &instrument, int hours, int renewableHours)
{
    ++m_price;
    const Reply ask = m_api->send(
        "POST",
        u"/api/v1/market/asks"_s,
        m_seller,
        QJsonObject{{u"providerId"_s, providerId},
                    {u"instanceType"_s, instrument.first},
                    {u"region"_s, instrument.second},
                    {u"quantity"_s, 1},
                    {u"pricePerHour"_s, m_price},
                    {u"renewableHours"_s, renewableHours},
                    {u"availableUntil"_s, m_clock.now().addDays(30).toString(Qt::ISODateWithMs)}});
    if (ask.status != 201)
        qWarning() << "ask failed:" << ask.body;
    return bidFor(m_buyer, instrument, m_price, hours);
}

QJsonObject tst_Federation::instanceOfLease(qint64 leaseId, const QByteArray &token)
{
    const Reply listed1Reply = m_api->send("GET", u"/api/v1/instances"_s, token.isEmpty() ? m_buyer : token);
    const QJsonArray listed1 = listed1Reply.json().value(u"instances"_s).toArray();
    for (const QJsonValue &value : listed1) {
        if (value.toObject().value(u"leaseId"_s).toInteger() == leaseId)
            return value.toObject();
    }
    return {};
}

void tst_Federation::settle(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        m_sim->processDueEvents();
        QTest::qWait(60); // jobs tick every 200 ms of real time, the poller every 20
    }
}

void tst_Federation::advance(qint64 ms)
{
    m_clock.advance(ms);
    settle();
}

QStringList tst_Federation::notificationKinds()
{
    QStringList kinds;
    const Reply listed2Reply = m_api->send("GET", u"/api/v1/notifications?limit=200"_s, m_buyer);
    const QJsonArray listed2 = listed2Reply.json().value(u"notifications"_s).toArray();
    for (const QJsonValue &value : listed2)
        kinds.append(value.toObject().value(u"kind"_s).toString());
    return kinds;
}

void tst_Federation::onboardingVerifiesTheCloud()
{
    // A wrong credential: refused, and nothing stored.
    Reply refused = m_api->send("POST",
                                u"/api/v1/seller/providers"_s,
                                m_seller,
                                QJsonObject{{u"name"_s, u"Wrong key"_s},
                                            {u"endpoint"_s, m_sim->baseUrl(0).toString()},
                                            {u"credential"_s, u"not-the-credential-at-all"_s}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.reason(), u"credential_refused"_s);
    // Nobody listening there.
    refused = m_api->send("POST",
                          u"/api/v1/seller/providers"_s,
                          m_seller,
                          QJsonObject{{u"name"_s, u"Nowhere"_s},
                                      {u"endpoint"_s, u"http://127.0.0.1:1/p/0"_s},
                                      {u"credential"_s, QString::fromLatin1(m_sim->credential(0))}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.reason(), u"cloud_unreachable"_s);
    // Plain http off loopback would send the credential in clear.
    refused = m_api->send("POST",
                          u"/api/v1/seller/providers"_s,
                          m_seller,
                          QJsonObject{{u"name"_s, u"Clear"_s},
                                      {u"endpoint"_s, u"http://cloud.example/api"_s},
                                      {u"credential"_s, QString::fromLatin1(m_sim->credential(0))}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller).json().value(u"providers"_s).toArray().size(),
             0);

    const QJsonObject provider = connectCloud(0);
    QVERIFY(provider.value(u"connected"_s).toBool());
    QCOMPARE(provider.value(u"health"_s).toObject().value(u"state"_s).toString(), u"up"_s);
    QVERIFY(!provider.value(u"regions"_s).toArray().isEmpty());
    QVERIFY(!provider.value(u"profiles"_s).toArray().isEmpty());
    QVERIFY(!sc::test::sellableInstrument(provider).first.isEmpty());
    // The credential is never shown again.
    const Reply listed = m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller);
    QVERIFY(!listed.body.contains(m_sim->credential(0)));
    QCOMPARE(listed.json().value(u"providers"_s).toArray().size(), 1);
}

void tst_Federation::buyRunExpireTerminate()
{
    const QJsonObject provider = connectCloud(1);
    const qint64 providerId = provider.value(u"id"_s).toInteger();
    const qint64 leaseId = buy(providerId, sc::test::sellableInstrument(provider), 2);
    QVERIFY(leaseId > 0);

    // Provisioning: the job asks the cloud, which takes 2 s to boot.
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"provisioning"_s, 5000);
    QJsonObject instance = instanceOfLease(leaseId);
    QCOMPARE(instance.value(u"provider"_s).toObject().value(u"pseudonym"_s).toString(),
             provider.value(u"pseudonym"_s).toString());
    QVERIFY(!QJsonDocument(instance).toJson().contains("Cloud 1")); // opaque
    advance(2'500);
    advance(34'000); // the next poll sees it running
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s, 5000);
    instance = instanceOfLease(leaseId);
    QCOMPARE(instance.value(u"leaseStatus"_s).toString(), u"active"_s);
    QVERIFY(!instance.value(u"address"_s).toString().isEmpty());
    QVERIFY(notificationKinds().contains(u"instance_running"_s));
    // Another organization's buyer finds nothing there, exactly as for no instance at all.
    const QByteArray other = account("bob@buyer.example", u"Bob Biotech"_s, u"buyer"_s);
    const qint64 instanceId = instance.value(u"id"_s).toInteger();
    for (const auto &[method, suffix] :
         QList<QPair<QByteArray, QString>>{{"GET", QString()}, {"GET", u"/utilization"_s}, {"DELETE", QString()}}) {
        const Reply foreign = m_api->send(method, u"/api/v1/instances/%1%2"_s.arg(instanceId).arg(suffix), other);
        const Reply missing = m_api->send(
            method, u"/api/v1/instances/"_s + QString::number(instanceId) + u"999"_s + suffix, other);
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.body.left(60), missing.body.left(60));
    }
    // Utilization comes from the cloud, through the broker.
    advance(30'000);
    const Reply utilization = m_api->send(
        "GET", u"/api/v1/instances/%1/utilization"_s.arg(instance.value(u"id"_s).toInteger()), m_buyer);
    QCOMPARE(utilization.status, 200);
    QVERIFY(!utilization.json().value(u"samples"_s).toArray().isEmpty());

    // An hour and fifty minutes on: the 10-minute warning.
    advance(2 * 3'600'000 - 10 * 60'000 - 63'000);
    QTRY_VERIFY_WITH_TIMEOUT(notificationKinds().contains(u"lease_expiring"_s), 5000);
    // The lease ends: the instance is stopped, then terminated at the cloud.
    advance(10 * 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"leaseStatus"_s).toString() == u"ended"_s, 5000);
    advance(1'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"terminated"_s, 5000);
    instance = instanceOfLease(leaseId);
    // Billed until the lease's end, not after.
    QCOMPARE(QDateTime::fromString(instance.value(u"leaseEndsAt"_s).toString(), Qt::ISODateWithMs),
             QDateTime::fromString(instance.value(u"leaseStartsAt"_s).toString(), Qt::ISODateWithMs).addSecs(7200));
    QVERIFY(notificationKinds().contains(u"lease_ended"_s));
    // Billed from running to the lease's end, then no more: the hold is
    // released and later hours take nothing.
    const auto balance = [this] { return m_api->send("GET", u"/api/v1/billing/balance"_s, m_buyer).json(); };
    QTRY_COMPARE_WITH_TIMEOUT(balance().value(u"held"_s).toInteger(), 0, 5000);
    const QJsonObject billed = balance();
    QVERIFY(billed.value(u"monthToDateSpend"_s).toInteger() > 0);
    advance(2 * 3'600'000);
    advance(60'000);
    QCOMPARE(balance().value(u"available"_s).toInteger(), billed.value(u"available"_s).toInteger());
    QCOMPARE(balance().value(u"monthToDateSpend"_s).toInteger(), billed.value(u"monthToDateSpend"_s).toInteger());
    const QByteArray usage = m_api->send("GET", u"/api/v1/billing/usage.csv"_s, m_buyer).body;
    qint64 seconds = 0;
    for (const QByteArray &row : usage.split('\n').mid(1)) {
        if (row.startsWith(QByteArray(QByteArray::number(leaseId) + ',')))
            seconds += row.split(',').value(6).toLongLong();
    }
    QVERIFY2(seconds > 7'000 && seconds <= 7'200, qPrintable(QString::number(seconds)));

    // The buyer reviews the lease, once; the provider's rating takes it in.
    const QString reviewPath = u"/api/v1/leases/%1/review"_s.arg(leaseId);
    QCOMPARE(m_api->send("POST", reviewPath, m_buyer, QJsonObject{{u"stars"_s, 6}}).status, 400);
    QCOMPARE(m_api->send("POST", reviewPath, other, QJsonObject{{u"stars"_s, 5}}).status, 404);
    QCOMPARE(m_api->send("POST", reviewPath, m_buyer, QJsonObject{{u"stars"_s, 5}, {u"comment"_s, u"fast"_s}}).status,
             204);
    QCOMPARE(m_api->send("POST", reviewPath, m_buyer, QJsonObject{{u"stars"_s, 1}}).reason(), u"reviewed"_s);
    QJsonObject rated;
    const Reply listed3Reply = m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller);
    const QJsonArray listed3 = listed3Reply.json().value(u"providers"_s).toArray();
    for (const QJsonValue &value : listed3) {
        if (value.toObject().value(u"id"_s).toInteger() == providerId)
            rated = value.toObject();
    }
    const QJsonObject breakdown = rated.value(u"ratingBreakdown"_s).toObject();
    QCOMPARE(breakdown.value(u"reviews"_s).toInt(), 1);
    QCOMPARE(breakdown.value(u"reviewStars"_s).toDouble(), 5.0);
    QCOMPARE(breakdown.value(u"provisioningSuccess"_s).toDouble(), 1.0);
    QCOMPARE(breakdown.value(u"stateFidelity"_s).toDouble(), 1.0);
    QCOMPARE(breakdown.value(u"uptime30d"_s).toDouble(), 1.0);
    // Everything went well, but one lease is little evidence: above the
    // neutral 3.0, well below 5.
    const double rating = rated.value(u"rating"_s).toDouble();
    QVERIFY2(rating > 3.0 && rating < 4.5, qPrintable(QString::number(rating)));
}

void tst_Federation::refusedProvisioningCancelsTheLease()
{
    QVERIFY(m_sim->setFaults(2, *CloudFaults::parse(u"refuse")));
    const QJsonObject provider = connectCloud(2);
    QVERIFY(provider.value(u"connected"_s).toBool());
    const qint64 leaseId = buy(provider.value(u"id"_s).toInteger(), sc::test::sellableInstrument(provider), 3);
    QVERIFY(leaseId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"failed"_s, 5000);
    const QJsonObject instance = instanceOfLease(leaseId);
    QCOMPARE(instance.value(u"leaseStatus"_s).toString(), u"cancelled"_s);
    QCOMPARE(instance.value(u"stateReason"_s).toString(), u"not_accepting"_s);
    QVERIFY(notificationKinds().contains(u"instance_failed"_s));
    // Nothing ran: nothing to review.
    QCOMPARE(
        m_api->send("POST", u"/api/v1/leases/%1/review"_s.arg(leaseId), m_buyer, QJsonObject{{u"stars"_s, 1}}).reason(),
        u"not_ended"_s);
    QVERIFY(m_sim->setFaults(2, CloudFaults()));
}

void tst_Federation::downCloudIsBackedOffAndComesBack()
{
    const QJsonObject provider = connectCloud(3);
    const qint64 providerId = provider.value(u"id"_s).toInteger();
    auto health = [this, providerId] {
        const Reply listed4Reply = m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller);
        const QJsonArray listed4 = listed4Reply.json().value(u"providers"_s).toArray();
        for (const QJsonValue &value : listed4) {
            if (value.toObject().value(u"id"_s).toInteger() == providerId)
                return value.toObject().value(u"health"_s).toObject();
        }
        return QJsonObject();
    };
    QVERIFY(m_sim->setFaults(3, *CloudFaults::parse(u"error5xx:1")));
    // Three failed polls in a row (30 s, then 10 s apart): down.
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(health().value(u"consecutiveFailures"_s).toInt(), 1, 5000);
    advance(12'000);
    advance(12'000);
    QTRY_COMPARE_WITH_TIMEOUT(health().value(u"state"_s).toString(), u"down"_s, 5000);
    QVERIFY(health().value(u"lastError"_s).toString().contains(u"server error"_s));
    QVERIFY(health().value(u"stalenessSeconds"_s).toDouble() >= 50);
    // Operators see it among the stalest clouds.
    const QJsonObject fleet = m_api->send("GET", u"/api/v1/operator/providers?limit=1"_s, m_operator).json();
    QVERIFY(fleet.value(u"summary"_s).toObject().value(u"down"_s).toInt() >= 1);
    QCOMPARE(fleet.value(u"providers"_s).toArray().first().toObject().value(u"id"_s).toInteger(), providerId);
    QCOMPARE(m_api->send("GET", u"/api/v1/operator/providers"_s, m_seller).status, 403);
    // Backed off: asked again after a minute, not every 30 s.
    const int failures = health().value(u"consecutiveFailures"_s).toInt();
    advance(34'000);
    QCOMPARE(health().value(u"consecutiveFailures"_s).toInt(), failures);
    QVERIFY(m_sim->setFaults(3, CloudFaults()));
    advance(40'000);
    QTRY_COMPARE_WITH_TIMEOUT(health().value(u"state"_s).toString(), u"up"_s, 5000);
    QCOMPARE(health().value(u"consecutiveFailures"_s).toInt(), 0);
    // The outage counts against its uptime once ratings are recomputed (every 10 minutes).
    advance(10 * 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Reply listed5Reply = m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller);
            const QJsonArray listed5 = listed5Reply.json().value(u"providers"_s).toArray();
            for (const QJsonValue &value : listed5) {
                const QJsonObject listed = value.toObject();
                if (listed.value(u"id"_s).toInteger() == providerId) {
                    const double uptime =
                        listed.value(u"ratingBreakdown"_s).toObject().value(u"uptime1d"_s).toDouble(1);
                    return uptime > 0.5 && uptime < 1.0;
                }
            }
            return false;
        }(),
        5000);
}

void tst_Federation::everyFaultKindIsSeenForWhatItIs_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("error"); // what the seller reads in lastError
    QTest::newRow("timeout") << u"timeout"_s << u"unreachable"_s;
    QTest::newRow("5xx") << u"error5xx:1"_s << u"server error"_s;
    QTest::newRow("malformed") << u"malformed"_s << u"malformed answer"_s;
    QTest::newRow("flapping") << u"flapping:40000"_s << u"server error"_s;
}

void tst_Federation::everyFaultKindIsSeenForWhatItIs()
{
    // A healthy cloud turns faulty: its next poll fails for what it is, the
    // broker keeps serving, and the cloud is fine again once the fault goes.
    QFETCH(QString, faults);
    QFETCH(QString, error);
    static int cloud = 0;
    const QJsonObject provider = connectCloud(cloud % 2 == 0 ? 0 : 1);
    ++cloud;
    QVERIFY(provider.value(u"connected"_s).toBool());
    const qint64 providerId = provider.value(u"id"_s).toInteger();
    const int index = provider.value(u"endpoint"_s).toString().section(u'/', -1).toInt();
    auto health = [this, providerId] {
        const Reply listed6Reply = m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller);
        const QJsonArray listed6 = listed6Reply.json().value(u"providers"_s).toArray();
        for (const QJsonValue &value : listed6) {
            if (value.toObject().value(u"id"_s).toInteger() == providerId)
                return value.toObject().value(u"health"_s).toObject();
        }
        return QJsonObject();
    };
    QVERIFY(m_sim->setFaults(index, *CloudFaults::parse(faults)));
    if (faults.startsWith(u"flapping"_s)) {
        // Up for 40 s, down for 40 s: within a few polls it fails, then recovers.
        bool failedOnce = false;
        for (int i = 0; i < 8 && !failedOnce; ++i) {
            advance(i == 0 ? 34'000 : 12'000);
            QTest::qWait(200);
            failedOnce = health().value(u"consecutiveFailures"_s).toInt() >= 1;
        }
        QVERIFY(failedOnce);
    } else {
        advance(34'000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(health().value(u"consecutiveFailures"_s).toInt() >= 1, 5000);
    QVERIFY2(health().value(u"lastError"_s).toString().startsWith(error),
             qPrintable(health().value(u"lastError"_s).toString()));
    QCOMPARE(m_api->send("GET", u"/api/v1/market/snapshot"_s, m_buyer).status, 200);
    QVERIFY(m_sim->setFaults(index, CloudFaults()));
    advance(12'000);
    QTRY_COMPARE_WITH_TIMEOUT(health().value(u"consecutiveFailures"_s).toInt(), 0, 5000);
}

void tst_Federation::vanishedInstanceIsLost()
{
    QVERIFY(m_sim->setFaults(4, *CloudFaults::parse(u"vanish:60000")));
    const QJsonObject provider = connectCloud(4);
    const qint64 leaseId = buy(provider.value(u"id"_s).toInteger(), sc::test::sellableInstrument(provider), 5);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"provisioning"_s, 5000);
    advance(2'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s, 5000);
    // A minute later the cloud forgets it; a full list shows it is gone.
    for (int i = 0; i < 12 && instanceOfLease(leaseId).value(u"state"_s).toString() == u"running"_s; ++i)
        advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"lost"_s, 5000);
    const QJsonObject instance = instanceOfLease(leaseId);
    QCOMPARE(instance.value(u"leaseStatus"_s).toString(), u"ended"_s);
    // Billing stops at the loss: the lease ends early.
    QVERIFY(
        QDateTime::fromString(instance.value(u"leaseEndsAt"_s).toString(), Qt::ISODateWithMs)
        < QDateTime::fromString(instance.value(u"leaseStartsAt"_s).toString(), Qt::ISODateWithMs).addSecs(5 * 3600));
    QVERIFY(notificationKinds().contains(u"instance_lost"_s));
    QVERIFY(m_sim->setFaults(4, CloudFaults()));
}

void tst_Federation::restartDuringProvisioningMakesOneInstance()
{
    const QJsonObject provider = connectCloud(5);
    // The cloud makes the instance but answers only after 3 s...
    QVERIFY(m_sim->setFaults(5, *CloudFaults::parse(u"slow:3000")));
    const qint64 leaseId = buy(provider.value(u"id"_s).toInteger(), sc::test::sellableInstrument(provider), 4);
    QVERIFY(leaseId > 0);
    QTest::qWait(600); // the provision job is under way
    // ...and the broker dies before the answer comes.
    m_api.reset();
    m_broker.reset();
    QVERIFY(m_sim->setFaults(5, CloudFaults()));
    startBroker();
    m_seller = login("sam@seller.example");
    m_buyer = login("ann@buyer.example");
    QCOMPARE(instanceOfLease(leaseId).value(u"state"_s).toString(), u"pending"_s);
    // The job's lease runs out; the job runs again with the same client token.
    advance(121'000);
    QTRY_VERIFY_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString() != u"pending"_s, 5000);
    advance(2'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s, 5000);
    // The cloud made exactly one instance for it.
    QCOMPARE(m_sim->describe(5).value(u"instances"_s).toInt(), 1);
}

void tst_Federation::renewalsAsTheSellerAllows()
{
    const QJsonObject provider = connectCloud(0);
    const qint64 providerId = provider.value(u"id"_s).toInteger();
    const qint64 leaseId = buy(providerId, sc::test::sellableInstrument(provider), 1, 3);
    QVERIFY(leaseId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"provisioning"_s, 5000);
    advance(2'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s, 5000);
    const QDateTime firstEnd = QDateTime::fromString(instanceOfLease(leaseId).value(u"leaseEndsAt"_s).toString(),
                                                     Qt::ISODateWithMs);

    const QString renew = u"/api/v1/leases/%1/renew"_s.arg(leaseId);
    Reply renewed = m_api->send("POST", renew, m_buyer, QJsonObject{{u"hours"_s, 2}});
    QCOMPARE(renewed.status, 200);
    QCOMPARE(renewed.json().value(u"renewedHours"_s).toInt(), 2);
    QCOMPARE(QDateTime::fromString(renewed.json().value(u"endsAt"_s).toString(), Qt::ISODateWithMs),
             firstEnd.addSecs(2 * 3600));
    // Beyond what the seller allows: refused, nothing changes.
    renewed = m_api->send("POST", renew, m_buyer, QJsonObject{{u"hours"_s, 2}});
    QCOMPARE(renewed.status, 409);
    QCOMPARE(renewed.reason(), u"renewal_limit"_s);
    // Auto-renew one hour at a time, within a budget of one hour's price.
    const Reply autoRenew = m_api->send("PUT",
                                        u"/api/v1/leases/%1/auto-renew"_s.arg(leaseId),
                                        m_buyer,
                                        QJsonObject{{u"hours"_s, 1}, {u"budget"_s, m_price}});
    QCOMPARE(autoRenew.status, 200);
    QCOMPARE(autoRenew.json().value(u"autoRenewHours"_s).toInt(), 1);
    settle(); // the job that tells the cloud runs

    // The first end passes: the cloud was told, the instance runs on.
    advance(firstEnd.toMSecsSinceEpoch() - m_clock.now().toMSecsSinceEpoch() + 1'000);
    advance(34'000);
    QCOMPARE(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s);
    // 15 minutes before the renewed end, auto-renew adds the last hour the seller allows.
    advance(2 * 3'600'000 - 35'000 - 15 * 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(notificationKinds().contains(u"lease_renewed"_s), 5000);
    settle();
    advance(15 * 60'000 + 34'000);
    QCOMPARE(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s);
    // Nothing left to renew: the lease ends and the instance stops.
    advance(3'600'000);
    advance(2'000);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"terminated"_s, 5000);
    QCOMPARE(QDateTime::fromString(instanceOfLease(leaseId).value(u"leaseEndsAt"_s).toString(), Qt::ISODateWithMs),
             firstEnd.addSecs(3 * 3600));
}

qint64 tst_Federation::runningLeaseWithEarnings(QJsonObject *provider)
{
    *provider = connectCloud(0);
    const qint64 leaseId = buy(provider->value(u"id"_s).toInteger(), sc::test::sellableInstrument(*provider), 24);
    if (!QTest::qWaitFor([&] { return instanceOfLease(leaseId).value(u"state"_s).toString() == u"provisioning"_s; },
                         5000))
        return 0;
    advance(2'500);
    advance(34'000);
    if (!QTest::qWaitFor([&] { return instanceOfLease(leaseId).value(u"state"_s).toString() == u"running"_s; }, 5000))
        return 0;
    advance(3 * 3'600'000);
    return leaseId;
}

void tst_Federation::verifyLedger()
{
    Database database(m_dir.filePath(u"broker.sqlite"_s));
    database.open();
    const LedgerAudit::Report report = LedgerAudit(database, Ledger::Options().nonNegative, true).run();
    QVERIFY2(report.ok(), qPrintable(report.summary()));
}

void tst_Federation::buyBackAcceptedEndsTheLeaseAndPaysTheBuyer()
{
    QJsonObject provider;
    const qint64 leaseId = runningLeaseWithEarnings(&provider);
    QVERIFY(leaseId > 0);
    const qint64 payable =
        m_api->send("GET", u"/api/v1/seller/earnings"_s, m_seller).json().value(u"payable"_s).toInteger();
    QVERIFY2(payable > 0, "the seller earned from the lease");

    // More than the earnings cannot be offered; the offer holds what it pays.
    const QJsonObject tooMuch{{u"leaseId"_s, leaseId}, {u"amount"_s, payable + 1}, {u"noticeHours"_s, 1}};
    QCOMPARE(keyed("POST", u"/api/v1/seller/buybacks"_s, m_seller, tooMuch, "bb-too-much").reason(),
             u"insufficient_funds"_s);
    const QJsonObject offerBody{{u"leaseId"_s, leaseId}, {u"amount"_s, payable}, {u"noticeHours"_s, 1}};
    const Reply offered = keyed("POST", u"/api/v1/seller/buybacks"_s, m_seller, offerBody, "bb-1");
    QCOMPARE(offered.status, 201);
    QCOMPARE(offered.json().value(u"status"_s).toString(), u"open"_s);
    const qint64 offerId = offered.json().value(u"id"_s).toInteger();
    QCOMPARE(keyed("POST", u"/api/v1/seller/buybacks"_s, m_seller, offerBody, "bb-1").json().value(u"id"_s).toInteger(),
             offerId);
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/earnings"_s, m_seller).json().value(u"payable"_s).toInteger(), 0);
    verifyLedger();

    // The buyer sees the provider's pseudonym and rating, nothing of the seller.
    QTRY_VERIFY_WITH_TIMEOUT(notificationKinds().contains(u"buyback_offered"_s), 5000);
    const Reply listed = m_api->send("GET", u"/api/v1/buybacks"_s, m_buyer);
    const QJsonObject seen = listed.json().value(u"offers"_s).toArray().first().toObject();
    QCOMPARE(seen.value(u"id"_s).toInteger(), offerId);
    QCOMPARE(seen.value(u"provider"_s).toObject().value(u"pseudonym"_s).toString(),
             provider.value(u"pseudonym"_s).toString());
    QVERIFY(!listed.body.contains("Cloud 0"));
    QVERIFY(!listed.body.contains("Harbor"));
    QVERIFY(!listed.body.contains("seller"));
    // Nobody else decides it.
    const QByteArray other = account("dora@buyer.example", u"Dora Data"_s, u"buyer"_s);
    QCOMPARE(keyed("POST", u"/api/v1/buybacks/%1/accept"_s.arg(offerId), other, {}, "dora-1").status, 404);

    const qint64 before =
        m_api->send("GET", u"/api/v1/billing/balance"_s, m_buyer).json().value(u"available"_s).toInteger();
    const Reply accepted = keyed("POST", u"/api/v1/buybacks/%1/accept"_s.arg(offerId), m_buyer, {}, "accept-1");
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(QDateTime::fromString(accepted.json().value(u"leaseEndsAt"_s).toString(), Qt::ISODateWithMs),
             m_clock.now().addSecs(3600));
    const QJsonArray transactions = m_api->send("GET", u"/api/v1/billing/transactions?limit=5"_s, m_buyer)
                                        .json()
                                        .value(u"transactions"_s)
                                        .toArray();
    bool paid = false;
    for (const QJsonValue &value : transactions)
        paid = paid
               || (value.toObject().value(u"description"_s).toString() == u"Buy-back of lease %1"_s.arg(leaseId)
                   && value.toObject().value(u"availableChange"_s).toInteger() == payable);
    QVERIFY2(paid, "the buyer was paid the offer");
    QVERIFY(m_api->send("GET", u"/api/v1/billing/balance"_s, m_buyer).json().value(u"available"_s).toInteger()
            >= before + payable - 1'000);
    QCOMPARE(keyed("POST", u"/api/v1/buybacks/%1/refuse"_s.arg(offerId), m_buyer, {}, "refuse-late").status, 409);
    verifyLedger();

    // After the notice the instance stops and the slot is the provider's again.
    advance(3'600'000 + 1'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"terminated"_s, 5000);
    QCOMPARE(instanceOfLease(leaseId).value(u"leaseStatus"_s).toString(), u"ended"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notificationKinds().contains(u"lease_ended"_s), 5000);
    verifyLedger();
}

void tst_Federation::buyBackRefusedOrByRule()
{
    QJsonObject provider;
    const qint64 leaseId = runningLeaseWithEarnings(&provider);
    QVERIFY(leaseId > 0);
    const qint64 payable =
        m_api->send("GET", u"/api/v1/seller/earnings"_s, m_seller).json().value(u"payable"_s).toInteger();
    QVERIFY(payable > 1);
    const QString endsBefore = instanceOfLease(leaseId).value(u"leaseEndsAt"_s).toString();
    const Reply offered = keyed("POST",
                                u"/api/v1/seller/buybacks"_s,
                                m_seller,
                                QJsonObject{{u"leaseId"_s, leaseId}, {u"amount"_s, 1}, {u"noticeHours"_s, 2}},
                                "bb-refused");
    QCOMPARE(offered.status, 201);
    const qint64 offerId = offered.json().value(u"id"_s).toInteger();
    const Reply refused = m_api->send("POST", u"/api/v1/buybacks/%1/refuse"_s.arg(offerId), m_buyer);
    QCOMPARE(refused.json().value(u"status"_s).toString(), u"refused"_s);
    // The hold is back with the seller; the lease runs on as it was.
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/earnings"_s, m_seller).json().value(u"payable"_s).toInteger(),
             payable);
    QCOMPARE(instanceOfLease(leaseId).value(u"leaseEndsAt"_s).toString(), endsBefore);
    QCOMPARE(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s);
    const QJsonArray sellerView =
        m_api->send("GET", u"/api/v1/seller/buybacks"_s, m_seller).json().value(u"offers"_s).toArray();
    QCOMPARE(sellerView.first().toObject().value(u"status"_s).toString(), u"refused"_s);
    verifyLedger();

    // A standing rule takes any offer of at least its amount at once.
    QCOMPARE(m_api->send("PUT", u"/api/v1/buybacks/rule"_s, m_buyer, QJsonObject{{u"minAmount"_s, 2}})
                 .json()
                 .value(u"minAmount"_s)
                 .toInteger(),
             2);
    const Reply low = keyed("POST",
                            u"/api/v1/seller/buybacks"_s,
                            m_seller,
                            QJsonObject{{u"leaseId"_s, leaseId}, {u"amount"_s, 1}, {u"noticeHours"_s, 2}},
                            "bb-low");
    QCOMPARE(low.json().value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/seller/buybacks/%1"_s.arg(low.json().value(u"id"_s).toInteger()), m_seller)
                 .status,
             204);
    const Reply high = keyed("POST",
                             u"/api/v1/seller/buybacks"_s,
                             m_seller,
                             QJsonObject{{u"leaseId"_s, leaseId}, {u"amount"_s, 2}, {u"noticeHours"_s, 2}},
                             "bb-high");
    QCOMPARE(high.json().value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(QDateTime::fromString(instanceOfLease(leaseId).value(u"leaseEndsAt"_s).toString(), Qt::ISODateWithMs),
             m_clock.now().addSecs(2 * 3600));
    QCOMPARE(m_api->send("PUT", u"/api/v1/buybacks/rule"_s, m_buyer, QJsonObject{{u"minAmount"_s, QJsonValue()}})
                 .json()
                 .value(u"minAmount"_s)
                 .isNull(),
             true);
    verifyLedger();
}

qint64 tst_Federation::bidFor(const QByteArray &token, const QPair<QString, QString> &instrument, qint64 price,
                              int hours)
{
    const Reply bought = m_api->send("POST",
                                     u"/api/v1/market/bids"_s,
                                     token,
                                     QJsonObject{{u"instanceType"_s, instrument.first},
                                                 {u"regions"_s, QJsonArray{instrument.second}},
                                                 {u"maxPricePerHour"_s, price},
                                                 {u"durationHours"_s, hours},
                                                 {u"quantity"_s, 1},
                                                 {u"timeInForce"_s, u"ioc"_s}});
    const QJsonArray leases = bought.json().value(u"leaseIds"_s).toArray();
    return leases.isEmpty() ? 0 : leases.first().toInteger();
}

void tst_Federation::letSwapRun(qint64 newLeaseId)
{
    // The reseller's instance stops (1 s at the cloud, then a poll sees it
    // gone); only then is the bidder's made in the slot (2 s to boot).
    advance(1'500);
    advance(34'000);
    for (int round = 0; round < 6; ++round) {
        advance(3'000);
        if (instanceOfLease(newLeaseId, m_bidder).value(u"state"_s).toString() != u"pending"_s)
            break;
    }
    advance(2'500);
    advance(34'000);
}

void tst_Federation::resaleAboveThePriceSwapsTheSlot()
{
    QJsonObject provider;
    const qint64 leaseId = runningLeaseWithEarnings(&provider);
    QVERIFY(leaseId > 0);
    const auto instrument = sc::test::sellableInstrument(provider);
    const QString path = u"/api/v1/leases/%1/resale"_s.arg(leaseId);
    const QJsonObject oldInstance = instanceOfLease(leaseId);
    const qint64 locked = oldInstance.value(u"pricePerHour"_s).toInteger();

    // What the buyer is told before selling: eligible, a suggestion from the trades of this capacity.
    const QJsonObject state = m_api->send("GET", path, m_buyer).json();
    QVERIFY(state.value(u"eligible"_s).toBool());
    QCOMPARE(state.value(u"lockedPricePerHour"_s).toInteger(), locked);
    QCOMPARE(state.value(u"suggestionBasis"_s).toString(), u"recent_trades"_s);
    QVERIFY(state.value(u"remainingHours"_s).toDouble() > 20);
    // Nobody else sees or sells it, exactly as for no lease at all.
    const Reply foreign = m_api->send("GET", path, m_bidder);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.body.left(60), m_api->send("GET", u"/api/v1/leases/999999/resale"_s, m_bidder).body.left(60));
    QCOMPARE(keyed("POST", path, m_bidder, QJsonObject{{u"pricePerHour"_s, 1}}, "rs-foreign").status, 404);
    // Money may move: the key is required.
    QCOMPARE(m_api->send("POST", path, m_buyer, QJsonObject{{u"pricePerHour"_s, locked + 40}}).status, 400);

    const qint64 price = locked + 40;
    const Reply offered = keyed("POST", path, m_buyer, QJsonObject{{u"pricePerHour"_s, price}}, "rs-above");
    QCOMPARE(offered.status, 201);
    QCOMPARE(offered.json().value(u"ask"_s).toObject().value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(offered.json().value(u"ask"_s).toObject().value(u"heldAmount"_s).toInteger(), 0);
    QCOMPARE(offered.json().value(u"reason"_s).toString(), u"already_offered"_s);
    QCOMPARE(keyed("POST", path, m_buyer, QJsonObject{{u"pricePerHour"_s, price}}, "rs-above").body, offered.body);
    QCOMPARE(keyed("POST", path, m_buyer, QJsonObject{{u"pricePerHour"_s, price}}, "rs-again").reason(),
             u"already_offered"_s);
    QVERIFY(instanceOfLease(leaseId).value(u"onSale"_s).toBool());
    verifyLedger();

    // Buyers see it in the same book as any offer: the provider's badge and the time left, nothing else.
    const Reply offers = m_api->send(
        "GET",
        u"/api/v1/market/offers?instanceType=%1&regions=%2"_s.arg(instrument.first, instrument.second),
        m_bidder);
    QCOMPARE(offers.status, 200);
    QJsonObject seen;
    const QJsonArray listed = offers.json().value(u"offers"_s).toArray();
    for (const QJsonValue &value : listed) {
        if (value.toObject().value(u"pricePerHour"_s).toInteger() == price)
            seen = value.toObject();
    }
    QCOMPARE(seen.value(u"provider"_s).toObject().value(u"pseudonym"_s).toString(),
             provider.value(u"pseudonym"_s).toString());
    QVERIFY(seen.value(u"maxLeaseHours"_s).toInt() >= 20 && seen.value(u"maxLeaseHours"_s).toInt() <= 21);
    for (const QByteArray &secret : {QByteArray("Ann"), QByteArray("Cloud"), QByteArray("Sam"), QByteArray("resale")})
        QVERIFY2(!offers.body.contains(secret), secret.constData());
    // The same fields as any provider's offer: nothing that tells a resale apart but its time left.
    QStringList keys = seen.keys();
    QStringList offerKeys = sc::protocol::Offer().toJson().keys();
    keys.sort();
    offerKeys.sort();
    QCOMPARE(keys, offerKeys);

    // The bidder buys two hours of it: the reseller's lease ends now, billing to it stops.
    const qint64 newLeaseId = bidFor(m_bidder, instrument, price, 2);
    QVERIFY(newLeaseId > 0);
    QJsonObject old = instanceOfLease(leaseId);
    QCOMPARE(old.value(u"leaseStatus"_s).toString(), u"ended"_s);
    QVERIFY(old.value(u"resold"_s).toBool());
    QCOMPARE(old.value(u"state"_s).toString(), u"stopping"_s);
    QCOMPARE(QDateTime::fromString(old.value(u"leaseEndsAt"_s).toString(), Qt::ISODateWithMs), m_clock.now());
    QTRY_VERIFY_WITH_TIMEOUT(notificationKinds().contains(u"lease_resold"_s), 5000);
    QCOMPARE(m_api->send("GET", path, m_buyer).json().value(u"reason"_s).toString(), u"resold"_s);
    // The bidder's lease: the same provider, its own price, nothing of the reseller.
    const Reply bidderLease = m_api->send("GET", u"/api/v1/leases/%1"_s.arg(newLeaseId), m_bidder);
    QCOMPARE(bidderLease.json().value(u"pricePerHour"_s).toInteger(), price);
    QVERIFY(!bidderLease.body.contains("Ann"));
    // The same fields as any lease: nothing names the lease it came from.
    QCOMPARE(bidderLease.json().keys(), m_api->send("GET", u"/api/v1/leases/%1"_s.arg(leaseId), m_buyer).json().keys());
    QCOMPARE(instanceOfLease(newLeaseId, m_bidder).value(u"state"_s).toString(), u"pending"_s);

    // The slot changes hands: the old instance is terminated, then the new one runs.
    letSwapRun(newLeaseId);
    QCOMPARE(instanceOfLease(leaseId).value(u"state"_s).toString(), u"terminated"_s);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(newLeaseId, m_bidder).value(u"state"_s).toString(), u"running"_s, 5000);
    const QJsonObject swapped = instanceOfLease(newLeaseId, m_bidder);
    QCOMPARE(swapped.value(u"provider"_s).toObject().value(u"pseudonym"_s).toString(),
             provider.value(u"pseudonym"_s).toString());
    QVERIFY(!QJsonDocument(swapped).toJson().contains("Ann"));
    verifyLedger();

    // An hour on the bidder pays its price; the seller keeps its locked price
    // and the reseller gets the difference less the 10 % resale fee.
    advance(3'600'000);
    advance(60'000);
    const QByteArray usage = m_api->send("GET", u"/api/v1/billing/usage.csv"_s, m_bidder).body;
    qint64 seconds = 0;
    for (const QByteArray &row : usage.split('\n').mid(1)) {
        if (row.startsWith(QByteArray(QByteArray::number(newLeaseId) + ',')))
            seconds += row.split(',').value(6).toLongLong();
    }
    QVERIFY2(seconds > 3'500, qPrintable(QString::number(seconds)));
    const qint64 difference = seconds * price / 3600 - seconds * locked / 3600;
    const qint64 gain = difference - (difference * 1000 + 5000) / 10000;
    qint64 credited = 0;
    const QJsonArray transactions = transactionsOf(m_buyer);
    for (const QJsonValue &value : transactions) {
        const QJsonObject transaction = value.toObject();
        if (transaction.value(u"description"_s).toString().startsWith(u"Resale of lease %1"_s.arg(leaseId))) {
            credited += transaction.value(u"availableChange"_s).toInteger();
            QCOMPARE(transaction.value(u"leaseId"_s).toInteger(), leaseId); // its own lease, not the bidder's
        }
    }
    QCOMPARE(credited, gain);
    verifyLedger();

    // The bidder's two hours end; its instance stops like any other.
    advance(3'600'000);
    advance(2'000);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        instanceOfLease(newLeaseId, m_bidder).value(u"state"_s).toString(), u"terminated"_s, 5000);
    verifyLedger();
}

void tst_Federation::resaleBelowThePriceChargesTheReseller()
{
    QJsonObject provider;
    const qint64 leaseId = runningLeaseWithEarnings(&provider);
    QVERIFY(leaseId > 0);
    const auto instrument = sc::test::sellableInstrument(provider);
    const QString path = u"/api/v1/leases/%1/resale"_s.arg(leaseId);
    const qint64 locked = instanceOfLease(leaseId).value(u"pricePerHour"_s).toInteger();
    const qint64 heldBefore = balanceField(m_buyer, u"held"_s);

    // Selling 30 below the locked price: the worst case for the time left is held.
    const qint64 price = locked - 30;
    const Reply offered = keyed("POST", path, m_buyer, QJsonObject{{u"pricePerHour"_s, price}}, "rs-below");
    QCOMPARE(offered.status, 201);
    const qint64 held = offered.json().value(u"ask"_s).toObject().value(u"heldAmount"_s).toInteger();
    QVERIFY2(held >= 30 * 20, qPrintable(QString::number(held)));
    QCOMPARE(balanceField(m_buyer, u"held"_s), heldBefore + held);
    verifyLedger();
    // Withdrawn, the hold comes back; offered again, it is held again.
    QCOMPARE(m_api->send("DELETE", path, m_buyer).status, 204);
    QCOMPARE(m_api->send("DELETE", path, m_buyer).reason(), u"not_on_sale"_s);
    QCOMPARE(balanceField(m_buyer, u"held"_s), heldBefore);
    QVERIFY(!instanceOfLease(leaseId).value(u"onSale"_s).toBool());
    verifyLedger();
    const Reply again = keyed("POST", path, m_buyer, QJsonObject{{u"pricePerHour"_s, price}}, "rs-below-2");
    QCOMPARE(again.status, 201);
    const qint64 heldAgain = again.json().value(u"ask"_s).toObject().value(u"heldAmount"_s).toInteger();
    QCOMPARE(heldAgain, held);

    const qint64 newLeaseId = bidFor(m_bidder, instrument, price, 1);
    QVERIFY(newLeaseId > 0);
    letSwapRun(newLeaseId);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(newLeaseId, m_bidder).value(u"state"_s).toString(), u"running"_s, 5000);
    verifyLedger();
    // The bidder's hour: the reseller pays the shortfall (with its VAT) from the hold.
    advance(3'600'000);
    advance(2'000);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        instanceOfLease(newLeaseId, m_bidder).value(u"state"_s).toString(), u"terminated"_s, 5000);
    advance(60'000);
    qint64 fromHold = 0;
    qint64 fromBalance = 0;
    qint64 releasedAtEnd = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            fromHold = fromBalance = 0;
            releasedAtEnd = -1;
            const QJsonArray transactions = transactionsOf(m_buyer);
            for (const QJsonValue &value : transactions) {
                const QJsonObject transaction = value.toObject();
                const QString description = transaction.value(u"description"_s).toString();
                if (description.startsWith(u"Resale of lease %1: its buyer pays less"_s.arg(leaseId))) {
                    fromHold -= transaction.value(u"heldChange"_s).toInteger();
                    fromBalance -= transaction.value(u"availableChange"_s).toInteger();
                } else if (description == u"Released: the resale of lease %1 ended"_s.arg(leaseId)) {
                    releasedAtEnd = -transaction.value(u"heldChange"_s).toInteger();
                }
            }
            return releasedAtEnd >= 0;
        }(),
        5000);
    // Up to an hour of 30 an hour, plus VAT, all of it from the hold; the rest of the hold comes back.
    QVERIFY2(fromHold > 20 && fromHold <= 30 * 13 / 10, qPrintable(QString::number(fromHold)));
    QCOMPARE(fromBalance, 0);
    QCOMPARE(fromHold + releasedAtEnd, held);
    verifyLedger();
}

void tst_Federation::failedSwapIsRefunded()
{
    QJsonObject provider = connectCloud(2);
    const auto instrument = sc::test::sellableInstrument(provider);
    const qint64 leaseId = buy(provider.value(u"id"_s).toInteger(), instrument, 12);
    QVERIFY(leaseId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"provisioning"_s, 5000);
    advance(2'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s, 5000);
    const qint64 price = instanceOfLease(leaseId).value(u"pricePerHour"_s).toInteger() + 10;
    QCOMPARE(keyed("POST",
                   u"/api/v1/leases/%1/resale"_s.arg(leaseId),
                   m_buyer,
                   QJsonObject{{u"pricePerHour"_s, price}},
                   "rs-fails")
                 .status,
             201);
    const qint64 bidderAvailable = balanceField(m_bidder, u"available"_s);
    const qint64 bidderHeld = balanceField(m_bidder, u"held"_s);
    const qint64 bidderSpend = balanceField(m_bidder, u"monthToDateSpend"_s);

    // The cloud stops taking new instances: the old one stops, the new one is refused.
    QVERIFY(m_sim->setFaults(2, *CloudFaults::parse(u"refuse")));
    const qint64 newLeaseId = bidFor(m_bidder, instrument, price, 2);
    QVERIFY(newLeaseId > 0);
    QVERIFY(balanceField(m_bidder, u"held"_s) > bidderHeld);
    letSwapRun(newLeaseId);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(newLeaseId, m_bidder).value(u"state"_s).toString(), u"failed"_s, 5000);
    QCOMPARE(instanceOfLease(newLeaseId, m_bidder).value(u"leaseStatus"_s).toString(), u"cancelled"_s);
    QCOMPARE(instanceOfLease(leaseId).value(u"state"_s).toString(), u"terminated"_s);
    QCOMPARE(instanceOfLease(leaseId).value(u"leaseStatus"_s).toString(), u"ended"_s);
    // The bidder gets its hold back and pays nothing; the reseller is told.
    advance(60'000);
    QTRY_COMPARE_WITH_TIMEOUT(balanceField(m_bidder, u"held"_s), bidderHeld, 5000);
    QCOMPARE(balanceField(m_bidder, u"available"_s), bidderAvailable);
    QCOMPARE(balanceField(m_bidder, u"monthToDateSpend"_s), bidderSpend);
    QTRY_VERIFY_WITH_TIMEOUT(notificationKinds().contains(u"resale_failed"_s), 5000);
    const QJsonArray transactions = transactionsOf(m_buyer);
    for (const QJsonValue &value : transactions)
        QVERIFY(!value.toObject().value(u"description"_s).toString().startsWith(u"Resale of lease %1"_s.arg(leaseId)));
    QVERIFY(m_sim->setFaults(2, CloudFaults()));
    verifyLedger();
}

void tst_Federation::resaleRulesAreEnforced()
{
    const QJsonObject provider = connectCloud(1);
    const auto instrument = sc::test::sellableInstrument(provider);
    // Too little time left.
    const qint64 shortLease = buy(provider.value(u"id"_s).toInteger(), instrument, 1);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(shortLease).value(u"state"_s).toString(), u"provisioning"_s, 5000);
    advance(2'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(shortLease).value(u"state"_s).toString(), u"running"_s, 5000);
    const QString shortPath = u"/api/v1/leases/%1/resale"_s.arg(shortLease);
    QCOMPARE(m_api->send("GET", shortPath, m_buyer).json().value(u"reason"_s).toString(), u"too_little_time"_s);
    const Reply tooShort = keyed("POST", shortPath, m_buyer, QJsonObject{{u"pricePerHour"_s, 500}}, "rs-short");
    QCOMPARE(tooShort.status, 409);
    QCOMPARE(tooShort.reason(), u"too_little_time"_s);

    // A seller may forbid resale of what it sells.
    ++m_price;
    QCOMPARE(m_api
                 ->send("POST",
                        u"/api/v1/market/asks"_s,
                        m_seller,
                        QJsonObject{{u"providerId"_s, provider.value(u"id"_s).toInteger()},
                                    {u"instanceType"_s, instrument.first},
                                    {u"region"_s, instrument.second},
                                    {u"quantity"_s, 1},
                                    {u"pricePerHour"_s, m_price},
                                    {u"resaleAllowed"_s, false},
                                    {u"availableUntil"_s, m_clock.now().addDays(30).toString(Qt::ISODateWithMs)}})
                 .json()
                 .value(u"resaleAllowed"_s)
                 .toBool(true),
             false);
    const Reply bought = m_api->send("POST",
                                     u"/api/v1/market/bids"_s,
                                     m_buyer,
                                     QJsonObject{{u"instanceType"_s, instrument.first},
                                                 {u"regions"_s, QJsonArray{instrument.second}},
                                                 {u"maxPricePerHour"_s, m_price},
                                                 {u"durationHours"_s, 10},
                                                 {u"quantity"_s, 1},
                                                 {u"timeInForce"_s, u"ioc"_s}});
    const qint64 forbidden = bought.json().value(u"leaseIds"_s).toArray().first().toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(forbidden).value(u"state"_s).toString(), u"provisioning"_s, 5000);
    advance(2'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(forbidden).value(u"state"_s).toString(), u"running"_s, 5000);
    const Reply refused = keyed("POST",
                                u"/api/v1/leases/%1/resale"_s.arg(forbidden),
                                m_buyer,
                                QJsonObject{{u"pricePerHour"_s, 500}},
                                "rs-forbidden");
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.reason(), u"resale_not_allowed"_s);

    // Validation: a schedule step must start later than now and name a price.
    const qint64 leaseId = buy(provider.value(u"id"_s).toInteger(), instrument, 6);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"provisioning"_s, 5000);
    advance(2'500);
    advance(34'000);
    QTRY_COMPARE_WITH_TIMEOUT(instanceOfLease(leaseId).value(u"state"_s).toString(), u"running"_s, 5000);
    const QString path = u"/api/v1/leases/%1/resale"_s.arg(leaseId);
    const auto offer = [&](const QJsonObject &body, const QByteArray &key) {
        return keyed("POST", path, m_buyer, body, key);
    };
    QCOMPARE(offer(QJsonObject{{u"pricePerHour"_s, 0}}, "rs-v1").status, 400);
    QCOMPARE(
        offer(QJsonObject{{u"pricePerHour"_s, 900},
                          {u"schedule"_s, QJsonArray{QJsonObject{{u"belowHours"_s, 8}, {u"pricePerHour"_s, 800}}}}},
              "rs-v2")
            .json()
            .value(u"error"_s)
            .toObject()
            .value(u"details"_s)
            .toObject()
            .value(u"field"_s)
            .toString(),
        u"schedule"_s);
    QCOMPARE(offer(QJsonObject{{u"pricePerHour"_s, 900}, {u"color"_s, u"red"_s}}, "rs-v3").status, 400);

    // The price steps down by its schedule; unsold an hour before the end, the ask leaves the book.
    const Reply offered = offer(QJsonObject{{u"pricePerHour"_s, 9000},
                                            {u"schedule"_s,
                                             QJsonArray{QJsonObject{{u"belowHours"_s, 4}, {u"pricePerHour"_s, 8000}},
                                                        QJsonObject{{u"belowHours"_s, 3}, {u"pricePerHour"_s, 7000}}}}},
                                "rs-schedule");
    QCOMPARE(offered.status, 201);
    QCOMPARE(offered.json().value(u"ask"_s).toObject().value(u"pricePerHour"_s).toInteger(), 9000);
    advance(2 * 3'600'000 + 60'000); // under 4 hours left
    QCOMPARE(m_api->send("GET", path, m_buyer).json().value(u"ask"_s).toObject().value(u"pricePerHour"_s).toInteger(),
             8000);
    advance(3'600'000); // under 3
    QCOMPARE(m_api->send("GET", path, m_buyer).json().value(u"ask"_s).toObject().value(u"pricePerHour"_s).toInteger(),
             7000);
    // Buyers see the whole hours left, not those of the first offer.
    int hoursShown = 0;
    const QJsonArray offers = m_api
                                  ->send("GET",
                                         u"/api/v1/market/offers?instanceType=%1&regions=%2"_s.arg(instrument.first,
                                                                                                   instrument.second),
                                         m_bidder)
                                  .json()
                                  .value(u"offers"_s)
                                  .toArray();
    for (const QJsonValue &value : offers) {
        if (value.toObject().value(u"pricePerHour"_s).toInteger() == 7000)
            hoursShown = value.toObject().value(u"maxLeaseHours"_s).toInt();
    }
    QCOMPARE(hoursShown, 2);
    advance(2 * 3'600'000); // under an hour left: no longer on the market
    const QJsonObject left = m_api->send("GET", path, m_buyer).json();
    QCOMPARE(left.value(u"ask"_s).toObject().value(u"status"_s).toString(), u"expired"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notificationKinds().contains(u"resale_expired"_s), 5000);
    QVERIFY(instanceOfLease(leaseId).value(u"leaseStatus"_s).toString() == u"active"_s);
    verifyLedger();
}

QTEST_GUILESS_MAIN(tst_Federation)
#include "tst_federation.moc"
