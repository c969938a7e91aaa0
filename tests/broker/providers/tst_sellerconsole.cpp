// What the seller console reads: capacity history (recording, roll-up,
// purge), a cloud's utilization, the rating breakdown, and the seller's
// leases without the buyer, through a real broker and simulated clouds.
#include "ProviderFixtures.h"
#include "TestApi.h"
#include "core/Broker.h"
#include "core/Clock.h"
#include "core/auth/PasswordHasher.h"
#include "core/providers/CapacityHistory.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "providersim/ProviderSimulator.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::providersim::ProviderSimulator;
using sc::providersim::ProviderSimulatorOptions;
using sc::test::Reply;
using sc::test::TestApi;

namespace {
constexpr QByteArrayView kPassword = "correct horse battery";
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

CapacityHistory::Sample sample(qint64 providerId, const QDateTime &at, qint64 total, qint64 used)
{
    return {providerId,
            at.toMSecsSinceEpoch(),
            total,
            used,
            total - used,
            QByteArray(R"({"g1.small":[)") + QByteArray::number(total) + ',' + QByteArray::number(used) + ','
                + QByteArray::number(total - used) + "]}"};
}

qint64 rows(Database &database, int bucketSeconds)
{
    DbQuery query = database.exec(u"SELECT COUNT(*) FROM capacity_history WHERE bucket_seconds = ?"_s, {bucketSeconds});
    return query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

class tst_SellerConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void historyKeepsOneRowPerBucket();
    void historyRollsUpHoursAndPurges();
    void pollsRecordCapacityHistory();
    void historyOfOthersIsNotFound();
    void historyRefusesBadRanges_data();
    void historyRefusesBadRanges();
    void ratingBreakdownCarriesTheFormula();
    void sellerLeasesShowNoBuyer();

private:
    BrokerConfig config() const;
    QByteArray login(const QByteArray &email);
    QByteArray account(const QByteArray &email, const QString &organization, const QString &role);
    QJsonObject connectCloud(int index, const QByteArray &seller);
    void settle(int rounds = 5);
    void advance(qint64 ms);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ProviderSimulator> m_sim;
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    QByteArray m_operator, m_seller, m_otherSeller, m_buyer;
    QJsonObject m_provider;
};

BrokerConfig tst_SellerConsole::config() const
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
    config.providerPolling.capacityEvery = 2; // every other poll
    return config;
}

QByteArray tst_SellerConsole::login(const QByteArray &email)
{
    return m_api->login(email, kPassword.toByteArray());
}

QByteArray tst_SellerConsole::account(const QByteArray &email, const QString &organization, const QString &role)
{
    return m_api->account(email, kPassword.toByteArray(), organization, role, m_operator);
}

QJsonObject tst_SellerConsole::connectCloud(int index, const QByteArray &seller)
{
    const Reply connected = m_api->send("POST",
                                        u"/api/v1/seller/providers"_s,
                                        seller,
                                        QJsonObject{{u"name"_s, u"Console cloud %1"_s.arg(index)},
                                                    {u"endpoint"_s, m_sim->baseUrl(index).toString()},
                                                    {u"credential"_s, QString::fromLatin1(m_sim->credential(index))}});
    if (connected.status != 201)
        qWarning() << "connect failed:" << connected.body;
    return connected.json();
}

void tst_SellerConsole::settle(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        m_sim->processDueEvents();
        QTest::qWait(60); // jobs tick every 200 ms of real time, the poller every 20
    }
}

void tst_SellerConsole::advance(qint64 ms)
{
    m_clock.advance(ms);
    settle();
}

void tst_SellerConsole::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);
    ProviderSimulatorOptions options;
    options.providers = 3;
    options.seed = 11;
    options.provisioningDelay = std::chrono::milliseconds(2'000);
    options.stoppingDelay = std::chrono::milliseconds(1'000);
    options.clock = [this] { return m_clock.now().toMSecsSinceEpoch(); };
    m_sim = std::make_unique<ProviderSimulator>(options);
    QVERIFY2(m_sim->listen(QHostAddress::LocalHost), qPrintable(m_sim->errorString()));

    QCOMPARE(Broker(config(), m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)),
             QString());
    m_broker = std::make_unique<Broker>(config(), m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    m_operator = login("root@ops.example");
    m_seller = account("sue@console-seller.example", u"Sue Console Hosting"_s, u"seller"_s);
    m_otherSeller = account("olaf@other-seller.example", u"Olaf Other Racks"_s, u"seller"_s);
    m_buyer = account("bert@console-buyer.example", u"Bert Console Buyers"_s, u"buyer"_s);
    QVERIFY(!m_seller.isEmpty() && !m_otherSeller.isEmpty() && !m_buyer.isEmpty());
    m_provider = connectCloud(0, m_seller);
    QVERIFY(m_provider.value(u"connected"_s).toBool());
}

void tst_SellerConsole::cleanupTestCase()
{
    m_api.reset();
    m_broker.reset();
    m_sim.reset();
}

void tst_SellerConsole::historyKeepsOneRowPerBucket()
{
    Database database(u":memory:"_s);
    database.open();
    Migrations::migrate(database);
    database.exec(u"PRAGMA foreign_keys = OFF"_s);
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    CapacityHistory history(database, clock);

    // Three readings in one 5-minute bucket: one row, the latest values, the peak kept.
    const QDateTime start = clock.now();
    history.record({sample(1, start.addSecs(10), 40, 10),
                    sample(1, start.addSecs(130), 40, 30),
                    sample(1, start.addSecs(250), 40, 20),
                    sample(2, start.addSecs(20), 8, 1)});
    QCOMPARE(rows(database, 300), 2);
    clock.advance(5 * kMinute);
    const QJsonArray points = history.points(1, start.addSecs(-3600), clock.now());
    QCOMPARE(points.size(), 1);
    const QJsonObject point = points.first().toObject();
    QCOMPARE(point.value(u"at"_s).toString(), u"2026-11-22T10:00:00.000Z"_s);
    QCOMPARE(point.value(u"bucketSeconds"_s).toInt(), 300);
    QCOMPARE(point.value(u"usedSlots"_s).toInt(), 20);
    QCOMPARE(point.value(u"freeSlots"_s).toInt(), 20);
    QCOMPARE(point.value(u"peakUsedSlots"_s).toInt(), 30);
    QCOMPARE(point.value(u"samples"_s).toInt(), 3);
    const QJsonArray byType = point.value(u"byType"_s).toArray();
    QCOMPARE(byType.size(), 1);
    QCOMPARE(byType.first().toObject().value(u"instanceType"_s).toString(), u"g1.small"_s);
    QCOMPARE(byType.first().toObject().value(u"usedSlots"_s).toInt(), 20);
}

void tst_SellerConsole::historyRollsUpHoursAndPurges()
{
    Database database(u":memory:"_s);
    database.open();
    Migrations::migrate(database);
    database.exec(u"PRAGMA foreign_keys = OFF"_s);
    const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    ManualClock clock(start);
    CapacityHistory history(database, clock);

    // 40 days of readings every 10 minutes, used slots following the hour
    // (0, 10, 20, ... 50 within each hour), maintained every 15 minutes as the job does.
    const qint64 days = 40;
    for (qint64 t = 0; t < days * 24 * kHour; t += 10 * kMinute) {
        clock.set(start.addMSecs(t));
        history.record({sample(7, clock.now(), 100, (t / (10 * kMinute)) % 6 * 10)});
        if (t % (15 * kMinute) == 0)
            history.rollUpAndPurge();
    }
    clock.set(start.addMSecs(days * 24 * kHour));
    history.rollUpAndPurge();

    // 5-minute rows only for the last 48 hours, hourly ones for 30 days.
    const qint64 fine = rows(database, 300);
    QVERIFY2(fine >= 48 * 6 - 1 && fine <= 48 * 6 + 1, qPrintable(QString::number(fine)));
    const qint64 hourly = rows(database, 3600);
    QVERIFY2(hourly >= 30 * 24 - 1 && hourly <= 30 * 24, qPrintable(QString::number(hourly)));

    // An hour: the mean of its rows, their peak, all their readings.
    const QJsonArray week = history.points(7, clock.now().addDays(-7), clock.now());
    QVERIFY(!week.isEmpty());
    const QJsonObject hour = week.first().toObject();
    QCOMPARE(hour.value(u"bucketSeconds"_s).toInt(), 3600);
    QCOMPARE(hour.value(u"usedSlots"_s).toInt(), 25);
    QCOMPARE(hour.value(u"freeSlots"_s).toInt(), 75);
    QCOMPARE(hour.value(u"peakUsedSlots"_s).toInt(), 50);
    QCOMPARE(hour.value(u"samples"_s).toInt(), 6);
    // Hourly points, then 5-minute ones, oldest first, never overlapping.
    qint64 previousEnd = 0;
    int fineSeen = 0;
    for (const QJsonValue &value : week) {
        const QJsonObject point = value.toObject();
        const qint64 at = QDateTime::fromString(point.value(u"at"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        QVERIFY(at >= previousEnd);
        previousEnd = at + point.value(u"bucketSeconds"_s).toInt() * 1000LL;
        fineSeen += point.value(u"bucketSeconds"_s).toInt() == 300 ? 1 : 0;
    }
    QCOMPARE(fineSeen, fine);
    QVERIFY(week.size() < 7 * 24 + 48 * 6 + 2);

    // Running again changes nothing.
    history.rollUpAndPurge();
    QCOMPARE(rows(database, 3600), hourly);
    QCOMPARE(rows(database, 300), fine);
}

void tst_SellerConsole::pollsRecordCapacityHistory()
{
    const qint64 id = m_provider.value(u"id"_s).toInteger();
    // Every other poll reads the capacity here; a 304 repeats the last reading.
    for (int i = 0; i < 8; ++i)
        advance(5 * kMinute / 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_api->send("GET", u"/api/v1/seller/providers/%1/capacity-history"_s.arg(id), m_seller)
                                     .json()
                                     .value(u"points"_s)
                                     .toArray()
                                     .size()
                                 >= 3,
                             5000);
    const Reply reply = m_api->send("GET", u"/api/v1/seller/providers/%1/capacity-history"_s.arg(id), m_seller);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    const QJsonArray points = body.value(u"points"_s).toArray();
    qint64 profileTotal = 0;
    const QJsonArray profiles = m_provider.value(u"profiles"_s).toArray();
    for (const QJsonValue &profile : profiles)
        profileTotal += profile.toObject().value(u"totalSlots"_s).toInteger();
    const QJsonObject last = points.last().toObject();
    QCOMPARE(last.value(u"totalSlots"_s).toInteger(), profileTotal);
    QCOMPARE(last.value(u"bucketSeconds"_s).toInt(), 300);
    QVERIFY(!last.value(u"byType"_s).toArray().isEmpty());

    const QJsonObject utilization = body.value(u"utilization"_s).toObject();
    QCOMPARE(utilization.value(u"totalSlots"_s).toInteger(), profileTotal);
    QCOMPARE(utilization.value(u"usedSlots"_s).toInteger() + utilization.value(u"freeSlots"_s).toInteger(),
             profileTotal);
    QCOMPARE(utilization.value(u"usedShare"_s).toDouble(),
             double(utilization.value(u"usedSlots"_s).toInteger()) / double(profileTotal));
    QVERIFY(utilization.contains(u"averageUsedShare"_s));
    QCOMPARE(utilization.value(u"marketInstances"_s).toInt(), 0);

    // A window before the cloud was connected is empty, not an error.
    const Reply before = m_api->send("GET",
                                     u"/api/v1/seller/providers/%1/capacity-history?from=2026-11-01T00:00:00.000Z&"
                                     "to=2026-11-02T00:00:00.000Z"_s.arg(id),
                                     m_seller);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json().value(u"points"_s).toArray().size(), 0);
}

void tst_SellerConsole::historyOfOthersIsNotFound()
{
    const qint64 id = m_provider.value(u"id"_s).toInteger();
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/providers/%1/capacity-history"_s.arg(id), m_otherSeller).status, 404);
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/providers/%1/capacity-history"_s.arg(id + 1000), m_seller).status,
             404);
    // Buyers have no providers at all.
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/providers/%1/capacity-history"_s.arg(id), m_buyer).status, 403);
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/leases"_s, m_buyer).status, 403);
    const Reply others = m_api->send("GET", u"/api/v1/seller/leases"_s, m_otherSeller);
    QCOMPARE(others.status, 200);
    QCOMPARE(others.json().value(u"leases"_s).toArray().size(), 0);
}

void tst_SellerConsole::historyRefusesBadRanges_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("not a time") << u"from=yesterday"_s;
    QTest::newRow("from after to") << u"from=2026-11-22T10:00:00.000Z&to=2026-11-22T09:00:00.000Z"_s;
    QTest::newRow("over 31 days") << u"from=2026-09-01T00:00:00.000Z&to=2026-11-22T00:00:00.000Z"_s;
}

void tst_SellerConsole::historyRefusesBadRanges()
{
    QFETCH(QString, query);
    const qint64 id = m_provider.value(u"id"_s).toInteger();
    const Reply reply = m_api->send(
        "GET", u"/api/v1/seller/providers/%1/capacity-history?%2"_s.arg(id).arg(query), m_seller);
    QCOMPARE(reply.status, 400);
}

void tst_SellerConsole::ratingBreakdownCarriesTheFormula()
{
    // The rating job runs every 10 minutes.
    advance(11 * kMinute);
    const qint64 id = m_provider.value(u"id"_s).toInteger();
    QJsonObject breakdown;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Reply listed = m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller);
            const QJsonArray providers = listed.json().value(u"providers"_s).toArray();
            for (const QJsonValue &value : providers) {
                if (value.toObject().value(u"id"_s).toInteger() == id)
                    breakdown = value.toObject().value(u"ratingBreakdown"_s).toObject();
            }
            return !breakdown.isEmpty();
        }(),
        5000);
    QCOMPARE(breakdown.value(u"formulaVersion"_s).toInt(), 1);
    const QJsonObject weights = breakdown.value(u"weights"_s).toObject();
    QCOMPARE(weights.value(u"uptime30d"_s).toDouble(), 0.35);
    QCOMPARE(weights.value(u"provisioningSuccess"_s).toDouble(), 0.25);
    QCOMPARE(weights.value(u"stateFidelity"_s).toDouble(), 0.20);
    QCOMPARE(weights.value(u"reviews"_s).toDouble(), 0.20);
    QCOMPARE(breakdown.value(u"prior"_s).toDouble(), 0.6);
    QCOMPARE(breakdown.value(u"priorWeight"_s).toDouble(), 10.0);
    QVERIFY(!breakdown.value(u"ratedAt"_s).toString().isEmpty());
    // New: no instances nor reviews yet, so those components are unknown and the rating is near 3.0.
    QVERIFY(breakdown.value(u"provisioningSuccess"_s).isNull());
    QVERIFY(breakdown.value(u"reviewStars"_s).isNull());
    QVERIFY(breakdown.value(u"evidence"_s).toDouble() < 10);
    QCOMPARE(breakdown.value(u"uptime1d"_s).toDouble(), 1.0);
}

void tst_SellerConsole::sellerLeasesShowNoBuyer()
{
    const qint64 id = m_provider.value(u"id"_s).toInteger();
    const auto instrument = sc::test::sellableInstrument(m_provider);
    QVERIFY(!instrument.first.isEmpty());
    const Reply ask = m_api->send(
        "POST",
        u"/api/v1/market/asks"_s,
        m_seller,
        QJsonObject{{u"providerId"_s, id},
                    {u"instanceType"_s, instrument.first},
                    {u"region"_s, instrument.second},
                    {u"quantity"_s, 1},
                    {u"pricePerHour"_s, 123},
                    {u"renewableHours"_s, 4},
                    {u"availableUntil"_s, m_clock.now().addDays(30).toString(Qt::ISODateWithMs)}});
    QCOMPARE(ask.status, 201);
    const Reply bought = m_api->send("POST",
                                     u"/api/v1/market/bids"_s,
                                     m_buyer,
                                     QJsonObject{{u"instanceType"_s, instrument.first},
                                                 {u"regions"_s, QJsonArray{instrument.second}},
                                                 {u"maxPricePerHour"_s, 123},
                                                 {u"durationHours"_s, 3},
                                                 {u"quantity"_s, 1},
                                                 {u"timeInForce"_s, u"ioc"_s}});
    const QJsonArray leaseIds = bought.json().value(u"leaseIds"_s).toArray();
    QCOMPARE(leaseIds.size(), 1);
    const qint64 leaseId = leaseIds.first().toInteger();

    // It runs on the cloud: the seller sees it with the instance's state.
    auto sellerLease = [&]() -> QJsonObject {
        const Reply listed = m_api->send("GET", u"/api/v1/seller/leases"_s, m_seller);
        const QJsonArray leases = listed.json().value(u"leases"_s).toArray();
        for (const QJsonValue &value : leases) {
            if (value.toObject().value(u"id"_s).toInteger() == leaseId)
                return value.toObject();
        }
        return {};
    };
    QTRY_COMPARE_WITH_TIMEOUT((settle(1), sellerLease().value(u"instanceState"_s).toString()), u"provisioning"_s, 5000);
    advance(3'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        (advance(2'000), sellerLease().value(u"instanceState"_s).toString()), u"running"_s, 10000);
    const QJsonObject lease = sellerLease();
    QCOMPARE(lease.value(u"providerId"_s).toInteger(), id);
    QCOMPARE(lease.value(u"pseudonym"_s).toString(), m_provider.value(u"pseudonym"_s).toString());
    QCOMPARE(lease.value(u"instanceType"_s).toString(), instrument.first);
    QCOMPARE(lease.value(u"region"_s).toString(), instrument.second);
    QCOMPARE(lease.value(u"pricePerHour"_s).toInt(), 123);
    QCOMPARE(lease.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(lease.value(u"renewableHours"_s).toInt(), 4);
    QVERIFY(!lease.value(u"runningSince"_s).toString().isEmpty());
    // Nothing about the buyer, under any name.
    const QStringList allowed{u"id"_s,
                              u"providerId"_s,
                              u"providerName"_s,
                              u"pseudonym"_s,
                              u"instanceType"_s,
                              u"region"_s,
                              u"startsAt"_s,
                              u"endsAt"_s,
                              u"pricePerHour"_s,
                              u"currency"_s,
                              u"status"_s,
                              u"renewableHours"_s,
                              u"renewedHours"_s,
                              u"instanceState"_s,
                              u"runningSince"_s};
    for (const QString &key : lease.keys())
        QVERIFY2(allowed.contains(key), qPrintable(key));
    const Reply listed = m_api->send("GET", u"/api/v1/seller/leases"_s, m_seller);
    QVERIFY(!listed.body.contains("Bert"));
    QVERIFY(!listed.body.contains("console-buyer.example"));
    QVERIFY(!listed.body.contains("organization"));
    QVERIFY(!listed.body.contains("user"));

    // The cloud's utilization counts the market's instance.
    const Reply history = m_api->send("GET", u"/api/v1/seller/providers/%1/capacity-history"_s.arg(id), m_seller);
    QCOMPARE(history.json().value(u"utilization"_s).toObject().value(u"marketInstances"_s).toInt(), 1);

    // Ended leases leave the list.
    const Reply instances = m_api->send("GET", u"/api/v1/instances"_s, m_buyer);
    const QJsonArray instanceList = instances.json().value(u"instances"_s).toArray();
    qint64 instanceId = 0;
    for (const QJsonValue &value : instanceList) {
        if (value.toObject().value(u"leaseId"_s).toInteger() == leaseId)
            instanceId = value.toObject().value(u"id"_s).toInteger();
    }
    QVERIFY(instanceId > 0);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/instances/%1"_s.arg(instanceId), m_buyer).status, 204);
    QVERIFY(sellerLease().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SellerConsole)
#include "tst_sellerconsole.moc"
