// The demo market through a real demo broker: the first start seeds 30 days
// of history with regional and daily price differences, the demo accounts
// have leases, providers and asks, buyers never see a seller's name, a
// restart does not seed again, and the live activity trades.
#include "TestApi.h"
#include "core/Broker.h"
#include "core/Clock.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::test::Reply;
using sc::test::TestApi;

namespace {
const QByteArray kGateToken = "demo-market-test-gate";
const QHash<QByteArray, QByteArray> kGate{{"X-Broker-Token", kGateToken}};
constexpr qint64 kDayMs = 86'400'000;
} // namespace

class tst_DemoMarket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void snapshotHasManyPricedInstruments();
    void candlesCoverTheMonth();
    void regionsDiffer();
    void pricesAndVolumeFollowTheDay();
    void demoAccountsHaveData();
    void demoHasABillingPast();
    void buyersSeeNoSellerNames();
    void seedIsSmall();
    void restartDoesNotSeedAgain();
    void demoBuyersInstancesRunOnSimulatedClouds();
    void restartReconnectsTheClouds();
    void liveActivityTrades();

private:
    BrokerConfig config(std::chrono::milliseconds activity) const;
    void startBroker(std::chrono::milliseconds activity);
    QByteArray login(const QString &account);
    Reply get(const QString &path, const QByteArray &token) { return m_api->send("GET", path, token, {}, kGate); }
    QJsonArray trades(const QString &type, const QString &region);
    qint64 count(const QString &sql);
    // The demo buyer's instances: state by lease id.
    QHash<qint64, QString> demoBuyerInstances();
    // Moves the clock `ms` ahead in steps of 5 s, letting jobs, polls and the clouds act.
    void advance(qint64 ms);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    std::unique_ptr<Database> m_database; // a second connection, to look behind the API
    QByteArray m_buyer, m_seller;
};

BrokerConfig tst_DemoMarket::config(std::chrono::milliseconds activity) const
{
    BrokerConfig config;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.demo = true;
    config.brokerToken = kGateToken;
    config.passwordParameters = PasswordHasher::fastParametersForTests();
    config.accessLimits.perAddress = {1e6, 1e6};
    config.accessLimits.perCredential = {1e6, 1e6};
    config.accountLimits.sessionLifetime = std::chrono::hours(24 * 365);
    config.demoActivityInterval = activity;
    return config;
}

void tst_DemoMarket::startBroker(std::chrono::milliseconds activity)
{
    m_api.reset();
    m_broker.reset();
    m_broker = std::make_unique<Broker>(config(activity), m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    m_buyer = login(u"buyer"_s);
    m_seller = login(u"seller"_s);
    QVERIFY(!m_buyer.isEmpty() && !m_seller.isEmpty());
}

QByteArray tst_DemoMarket::login(const QString &account)
{
    return m_api->send("POST", u"/api/v1/auth/embedded-login"_s, {}, QJsonObject{{u"account"_s, account}}, kGate)
        .json()
        .value(u"token"_s)
        .toString()
        .toLatin1();
}

QJsonArray tst_DemoMarket::trades(const QString &type, const QString &region)
{
    return get(u"/api/v1/market/instruments/%1/%2/trades?limit=1000"_s.arg(type, region), m_buyer)
        .json()
        .value(u"trades"_s)
        .toArray();
}

qint64 tst_DemoMarket::count(const QString &sql)
{
    DbQuery query = m_database->exec(sql);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QHash<qint64, QString> tst_DemoMarket::demoBuyerInstances()
{
    QHash<qint64, QString> states;
    const Reply reply = get(u"/api/v1/instances"_s, m_buyer);
    const QJsonArray instances = reply.json().value(u"instances"_s).toArray();
    for (const QJsonValue &value : instances) {
        // The past leases of the demo's billing history ended long ago; only today's count.
        const QString state = value.toObject().value(u"state"_s).toString();
        if (state != u"terminated"_s)
            states.insert(value.toObject().value(u"leaseId"_s).toInteger(), state);
    }
    return states;
}

void tst_DemoMarket::advance(qint64 ms)
{
    for (qint64 done = 0; done < ms; done += 5'000) {
        m_clock.advance(5'000);
        QTest::qWait(20); // the poller ticks every 100 ms, jobs every 200 ms, the clouds look every second
    }
}

void tst_DemoMarket::initTestCase()
{
    QElapsedTimer elapsed;
    elapsed.start();
    // No live activity yet: the seeded market stays exactly as seeded.
    startBroker(std::chrono::milliseconds(0));
    const qint64 ms = elapsed.elapsed();
    qInfo("a first demo start (seed included) took %lld ms", qlonglong(ms));
    QVERIFY2(ms < 20'000, "seeding the demo market should take about a second, not this long");
    m_database = std::make_unique<Database>(config({}).databaseLocation());
    m_database->open();
}

void tst_DemoMarket::cleanupTestCase()
{
    m_api.reset();
    m_broker.reset();
    m_database.reset();
}

void tst_DemoMarket::snapshotHasManyPricedInstruments()
{
    const QJsonArray instruments = get(u"/api/v1/market/snapshot"_s, m_buyer).json().value(u"instruments"_s).toArray();
    int priced = 0, quoted = 0, changed = 0;
    for (const QJsonValue &value : instruments) {
        const QJsonObject instrument = value.toObject();
        if (instrument.contains(u"lastPrice"_s))
            ++priced;
        if (instrument.contains(u"bestBid"_s) && instrument.contains(u"bestAsk"_s)) {
            ++quoted;
            QVERIFY2(instrument.value(u"bestBid"_s).toInteger() < instrument.value(u"bestAsk"_s).toInteger(),
                     "a seeded book is never crossed");
        }
        if (instrument.value(u"volume24h"_s).toInteger() > 0 && instrument.contains(u"change24h"_s))
            ++changed;
    }
    QVERIFY2(priced >= 15, qPrintable(u"%1 instruments with a last price"_s.arg(priced)));
    QVERIFY2(quoted >= 15, qPrintable(u"%1 instruments with bids and asks"_s.arg(quoted)));
    QVERIFY(changed >= 15);
}

void tst_DemoMarket::candlesCoverTheMonth()
{
    const QDateTime now = m_clock.now();
    const QString base = u"/api/v1/market/instruments/g1.medium/us-va-ash/candles?interval=%1&from=%2&to=%3"_s;
    const QJsonArray hourly = get(base.arg(u"1h"_s, now.addDays(-30).toString(Qt::ISODate), now.toString(Qt::ISODate)),
                                  m_buyer)
                                  .json()
                                  .value(u"candles"_s)
                                  .toArray();
    QSet<QString> days;
    qint64 low = std::numeric_limits<qint64>::max(), high = 0;
    for (const QJsonValue &candle : hourly) {
        days.insert(candle.toObject().value(u"start"_s).toString().left(10));
        low = std::min(low, candle.toObject().value(u"low"_s).toInteger());
        high = std::max(high, candle.toObject().value(u"high"_s).toInteger());
    }
    qInfo("1 h candles: %lld over %lld days, prices %lld to %lld",
          qlonglong(hourly.size()),
          qlonglong(days.size()),
          qlonglong(low),
          qlonglong(high));
    QVERIFY2(days.size() >= 25, qPrintable(u"1 h candles on %1 of the last 30 days"_s.arg(days.size())));
    QVERIFY2(hourly.size() >= 300, "most hours have trades");
    QVERIFY2(high > low, "the price moves");

    const QJsonArray daily = get(base.arg(u"1d"_s, now.addDays(-30).toString(Qt::ISODate), now.toString(Qt::ISODate)),
                                 m_buyer)
                                 .json()
                                 .value(u"candles"_s)
                                 .toArray();
    QVERIFY(daily.size() >= 29);
    // The default 1 m window (the last 200 minutes) is busy too.
    const QJsonArray minutes = get(u"/api/v1/market/instruments/g1.medium/us-va-ash/candles?interval=1m"_s, m_buyer)
                                   .json()
                                   .value(u"candles"_s)
                                   .toArray();
    QVERIFY2(minutes.size() >= 30, qPrintable(u"%1 one-minute candles in 200 minutes"_s.arg(minutes.size())));
}

void tst_DemoMarket::regionsDiffer()
{
    auto average = [this](const QString &type, const QString &region) {
        const QJsonArray list = trades(type, region);
        double sum = 0;
        for (const QJsonValue &trade : list)
            sum += double(trade.toObject().value(u"pricePerHour"_s).toInteger());
        return list.isEmpty() ? 0.0 : sum / double(list.size());
    };
    const double ashburn = average(u"g1.medium"_s, u"us-va-ash"_s);
    const double frankfurt = average(u"g1.medium"_s, u"eu-de-fra"_s);
    const double tokyo = average(u"g1.medium"_s, u"ap-jp-tyo"_s);
    const double saoPaulo = average(u"g1.medium"_s, u"sa-br-sao"_s);
    qInfo("g1.medium average cents per hour: us-va-ash %.2f, eu-de-fra %.2f, ap-jp-tyo %.2f, sa-br-sao %.2f",
          ashburn,
          frankfurt,
          tokyo,
          saoPaulo);
    QVERIFY(ashburn > 0);
    QVERIFY(frankfurt > ashburn * 1.03);
    QVERIFY(tokyo > ashburn * 1.15);
    QVERIFY(tokyo > frankfurt);
    QVERIFY(saoPaulo > ashburn * 1.2);
    // Bigger instances cost more.
    QVERIFY(average(u"g1.large"_s, u"ap-jp-tyo"_s) > tokyo * 1.5);
    QVERIFY(average(u"gpu1.large"_s, u"us-va-ash"_s) > ashburn * 4);
}

void tst_DemoMarket::pricesAndVolumeFollowTheDay()
{
    // Ashburn is about five hours behind UTC: compare its local afternoon with its small hours.
    const QJsonArray list = trades(u"gpu1.large"_s, u"us-va-ash"_s);
    double daySum = 0, nightSum = 0;
    int day = 0, night = 0;
    for (const QJsonValue &value : list) {
        const QJsonObject trade = value.toObject();
        const QDateTime at = QDateTime::fromString(trade.value(u"executedAt"_s).toString(), Qt::ISODateWithMs);
        if (at.msecsTo(m_clock.now()) < 2 * kDayMs)
            continue; // the busy last two days trade around the clock
        const int localHour = (at.time().hour() + 24 - 5) % 24;
        if (localHour >= 12 && localHour < 18) {
            daySum += double(trade.value(u"pricePerHour"_s).toInteger());
            ++day;
        } else if (localHour < 6) {
            nightSum += double(trade.value(u"pricePerHour"_s).toInteger());
            ++night;
        }
    }
    QVERIFY(day > 0 && night > 0);
    qInfo("gpu1.large us-va-ash: %d afternoon trades averaging %.1f, %d night trades averaging %.1f",
          day,
          daySum / day,
          night,
          nightSum / night);
    QVERIFY2(daySum / day > nightSum / night * 1.05, "the afternoon is dearer than the night");
    QVERIFY2(day > night, "the afternoon is busier than the night");
}

void tst_DemoMarket::demoAccountsHaveData()
{
    const QJsonArray leases = get(u"/api/v1/leases"_s, m_buyer).json().value(u"leases"_s).toArray();
    int active = 0;
    for (const QJsonValue &lease : leases) {
        if (lease.toObject().value(u"status"_s).toString() == u"active"_s)
            ++active;
        QVERIFY(!lease.toObject().value(u"provider"_s).toObject().value(u"pseudonym"_s).toString().isEmpty());
    }
    QVERIFY2(leases.size() >= 5, qPrintable(u"%1 leases"_s.arg(leases.size())));
    QVERIFY2(active >= 2, qPrintable(u"%1 active leases"_s.arg(active)));

    const QJsonArray providers = get(u"/api/v1/seller/providers"_s, m_seller).json().value(u"providers"_s).toArray();
    QCOMPARE(providers.size(), 2);
    static const QRegularExpression pseudonym(u"^[A-Z][a-z]+-[0-9A-F]{4}$"_s);
    for (const QJsonValue &provider : providers)
        QVERIFY(pseudonym.match(provider.toObject().value(u"pseudonym"_s).toString()).hasMatch());
    QHash<QString, int> byStatus;
    for (const QJsonValue &ask : get(u"/api/v1/market/asks"_s, m_seller).json().value(u"asks"_s).toArray())
        ++byStatus[ask.toObject().value(u"status"_s).toString()];
    QVERIFY2(byStatus.value(u"open"_s) >= 3, qPrintable(u"%1 open asks"_s.arg(byStatus.value(u"open"_s))));
    QVERIFY(byStatus.value(u"filled"_s) >= 10);
    QVERIFY(byStatus.value(u"withdrawn"_s) >= 1);
}

void tst_DemoMarket::demoHasABillingPast()
{
    // The demo buyer topped up five weeks ago and its ended leases were billed:
    // last month is invoiced, this month has spend, the journal is sound.
    const QJsonArray invoices = get(u"/api/v1/billing/invoices"_s, m_buyer).json().value(u"invoices"_s).toArray();
    QVERIFY(!invoices.isEmpty());
    const QJsonObject october = invoices.last().toObject();
    QCOMPARE(october.value(u"number"_s).toString(), u"SC-2026-000001"_s);
    QCOMPARE(october.value(u"periodStart"_s).toString(), u"2026-10-01T00:00:00.000Z"_s);
    QCOMPARE(october.value(u"topUps"_s).toInteger(), 250'000);
    QCOMPARE(october.value(u"closingBalance"_s).toInteger(), 250'000 - october.value(u"usageTotal"_s).toInteger());
    const QJsonObject balance = get(u"/api/v1/billing/balance"_s, m_buyer).json();
    QVERIFY(balance.value(u"monthToDateSpend"_s).toInteger() > 0);
    QVERIFY(balance.value(u"available"_s).toInteger() < 250'000);
    const LedgerAudit::Report audit = LedgerAudit(*m_database, Ledger::Options().nonNegative, true).run();
    QVERIFY2(audit.ok(), qPrintable(audit.summary()));
}

void tst_DemoMarket::buyersSeeNoSellerNames()
{
    QStringList forbidden;
    DbQuery names = m_database->exec(u"SELECT name FROM organizations WHERE kind = 'seller' UNION "
                                     "SELECT name FROM providers UNION "
                                     "SELECT email FROM users WHERE role = 'seller' UNION "
                                     "SELECT display_name FROM users WHERE role = 'seller'"_s);
    while (names.next())
        forbidden.append(names.value(0).toString());
    QVERIFY(forbidden.size() > 20);
    const QStringList paths{
        u"/api/v1/market/snapshot"_s,
        u"/api/v1/market/offers?limit=500"_s,
        u"/api/v1/leases"_s,
        u"/api/v1/market/bids"_s,
        u"/api/v1/market/instruments/g1.medium/eu-de-fra/depth"_s,
        u"/api/v1/market/instruments/g1.medium/eu-de-fra/trades"_s,
    };
    for (const QString &path : paths) {
        const Reply reply = get(path, m_buyer);
        QCOMPARE(reply.status, 200);
        for (const QString &name : std::as_const(forbidden))
            QVERIFY2(!reply.body.contains(name.toUtf8()), qPrintable(u"%1 shows '%2'"_s.arg(path, name)));
        QVERIFY(!reply.body.contains("simulated"));
    }
    QVERIFY(get(u"/api/v1/market/offers?limit=500"_s, m_buyer).json().value(u"total"_s).toInt() >= 100);
}

void tst_DemoMarket::seedIsSmall()
{
    const QString file = config({}).databaseLocation();
    const qint64 bytes = QFileInfo(file).size() + QFileInfo(file + u"-wal"_s).size();
    const qint64 tradeCount = count(u"SELECT COUNT(*) FROM trades"_s);
    qInfo("demo database: %.1f MB, %lld trades, %lld asks, %lld bids, %lld leases",
          double(bytes) / 1e6,
          qlonglong(tradeCount),
          qlonglong(count(u"SELECT COUNT(*) FROM asks"_s)),
          qlonglong(count(u"SELECT COUNT(*) FROM bids"_s)),
          qlonglong(count(u"SELECT COUNT(*) FROM leases"_s)));
    QVERIFY(bytes < 30'000'000);
    QVERIFY(tradeCount >= 15 * 500);
    // Every trade's orders are filled, priced so that they could have matched.
    QCOMPARE(count(u"SELECT COUNT(*) FROM trades t JOIN asks a ON a.id = t.ask_id JOIN bids b ON b.id = t.bid_id "
                   "WHERE a.price_per_hour > t.price_per_hour OR b.max_price_per_hour < t.price_per_hour "
                   "OR a.instance_type_id <> t.instance_type_id OR b.region_ids <> t.region_id"_s),
             qint64(0));
    QCOMPARE(count(u"SELECT COUNT(*) FROM asks WHERE status = 'open' AND open_quantity = 0"_s), qint64(0));
    QCOMPARE(count(u"SELECT COUNT(*) FROM asks WHERE status = 'filled' AND open_quantity <> 0"_s), qint64(0));
    QVERIFY2(!m_database->exec(u"PRAGMA foreign_key_check"_s).next(), "a reference is broken");
}

void tst_DemoMarket::restartDoesNotSeedAgain()
{
    const QString countsSql = u"SELECT (SELECT COUNT(*) FROM trades) * 1000000 + (SELECT COUNT(*) FROM organizations) "
                              "* 10000 + (SELECT COUNT(*) FROM providers) * 100 + (SELECT COUNT(*) FROM leases)"_s;
    const qint64 before = count(countsSql);
    const QByteArray depthBefore = get(u"/api/v1/market/instruments/g1.medium/eu-de-fra/depth"_s, m_buyer).body;
    startBroker(std::chrono::milliseconds(0));
    QCOMPARE(count(countsSql), before);
    QCOMPARE(get(u"/api/v1/market/instruments/g1.medium/eu-de-fra/depth"_s, m_buyer).body, depthBefore);
}

void tst_DemoMarket::demoBuyersInstancesRunOnSimulatedClouds()
{
    // The first start bought a few instances for the demo buyer on the simulated clouds.
    QTRY_VERIFY_WITH_TIMEOUT(demoBuyerInstances().size() >= 2, 10'000);
    const QHash<qint64, QString> bought = demoBuyerInstances();
    QVERIFY2(bought.size() <= 4, qPrintable(u"%1 instances"_s.arg(bought.size())));
    // Booted by the cloud, seen running by the next poll (every 30 s of the clock).
    const auto allRunning = [this] {
        advance(10'000);
        const QHash<qint64, QString> states = demoBuyerInstances();
        return !states.isEmpty() && std::all_of(states.cbegin(), states.cend(), [](const QString &state) {
            return state == u"running"_s;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allRunning(), 30'000);
    for (auto it = bought.cbegin(); it != bought.cend(); ++it) {
        const Reply lease = get(u"/api/v1/leases"_s, m_buyer);
        bool active = false;
        const QJsonArray leases = lease.json().value(u"leases"_s).toArray();
        for (const QJsonValue &value : leases) {
            if (value.toObject().value(u"id"_s).toInteger() == it.key())
                active = value.toObject().value(u"status"_s).toString() == u"active"_s;
        }
        QVERIFY2(active, qPrintable(u"lease %1 is not active"_s.arg(it.key())));
    }
    // Utilization comes from the simulated cloud.
    advance(60'000);
    const Reply listed = get(u"/api/v1/instances"_s, m_buyer);
    const QJsonArray instances = listed.json().value(u"instances"_s).toArray();
    QVERIFY(!instances.isEmpty());
    const qint64 instanceId = instances.first().toObject().value(u"id"_s).toInteger();
    const Reply utilization = get(u"/api/v1/instances/%1/utilization"_s.arg(instanceId), m_buyer);
    QCOMPARE(utilization.status, 200);
    QVERIFY(!utilization.json().value(u"samples"_s).toArray().isEmpty());

    // The demo seller's clouds are connected and up.
    const Reply providersReply = get(u"/api/v1/seller/providers"_s, m_seller);
    const QJsonArray providers = providersReply.json().value(u"providers"_s).toArray();
    QCOMPARE(providers.size(), 2);
    for (const QJsonValue &value : providers) {
        const QJsonObject provider = value.toObject();
        QVERIFY(provider.value(u"connected"_s).toBool());
        QCOMPARE(provider.value(u"health"_s).toObject().value(u"state"_s).toString(), u"up"_s);
        QVERIFY(provider.value(u"endpoint"_s).toString().startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(!provider.value(u"profiles"_s).toArray().isEmpty());
    }
    // Every demo provider has a cloud, none lost an instance.
    QCOMPARE(count(u"SELECT COUNT(*) FROM providers WHERE endpoint IS NULL"_s), qint64(0));
    QCOMPARE(count(u"SELECT COUNT(*) FROM instances WHERE state IN ('lost', 'failed')"_s), qint64(0));
}

void tst_DemoMarket::restartReconnectsTheClouds()
{
    const QHash<qint64, QString> before = demoBuyerInstances();
    QVERIFY(!before.isEmpty());
    const QString endpointsSql = u"SELECT group_concat(endpoint) FROM providers"_s;
    const QString endpointsBefore = [&] {
        DbQuery query = m_database->exec(endpointsSql);
        return query.next() ? query.value(0).toString() : QString();
    }();
    const qint64 instancesBefore = count(u"SELECT COUNT(*) FROM instances"_s);

    startBroker(std::chrono::milliseconds(0));
    // The clouds listen on a new port: every provider is pointed there.
    const auto moved = [&] {
        DbQuery query = m_database->exec(endpointsSql);
        return query.next() && query.value(0).toString() != endpointsBefore;
    };
    QTRY_VERIFY_WITH_TIMEOUT(moved(), 10'000);
    // Two full lists later (one every 4 polls) the clouds still run every instance: nothing lost, nothing bought twice.
    advance(5 * 60'000);
    QCOMPARE(demoBuyerInstances(), before);
    QCOMPARE(count(u"SELECT COUNT(*) FROM instances"_s), instancesBefore);
    QCOMPARE(count(u"SELECT COUNT(*) FROM instances WHERE state IN ('lost', 'failed')"_s), qint64(0));
    const Reply providersReply = get(u"/api/v1/seller/providers"_s, m_seller);
    const QJsonArray providers = providersReply.json().value(u"providers"_s).toArray();
    QCOMPARE(providers.size(), 2);
    for (const QJsonValue &value : providers)
        QCOMPARE(value.toObject().value(u"health"_s).toObject().value(u"state"_s).toString(), u"up"_s);
}

void tst_DemoMarket::liveActivityTrades()
{
    const qint64 tradesBefore = count(u"SELECT COUNT(*) FROM trades"_s);
    const QString demoBuyerBidsSql =
        u"SELECT COUNT(*) FROM bids b JOIN users u ON u.organization_id = b.organization_id "
        "WHERE u.email = 'buyer@demo.sparecloud.invalid'"_s;
    const QString demoSellerAsksSql =
        u"SELECT COUNT(*) FROM asks a JOIN users u ON u.organization_id = a.organization_id "
        "WHERE u.email = 'seller@demo.sparecloud.invalid'"_s;
    const qint64 demoBuyerBids = count(demoBuyerBidsSql);
    const qint64 demoSellerAsks = count(demoSellerAsksSql);
    QVERIFY(demoBuyerBids > 0 && demoSellerAsks > 0);
    // Time moves a minute every 50 ms while the simulated traders act every ~10 ms.
    QTimer minutes;
    connect(&minutes, &QTimer::timeout, this, [this] { m_clock.advance(60'000); });
    minutes.start(50);
    startBroker(std::chrono::milliseconds(10));
    QTRY_VERIFY_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM trades"_s) >= tradesBefore + 50, 20'000);
    minutes.stop();
    qInfo("the live market made %lld trades", qlonglong(count(u"SELECT COUNT(*) FROM trades"_s) - tradesBefore));

    // Real matching: the live trades are in the market data.
    const QJsonArray recent = get(u"/api/v1/market/snapshot"_s, m_buyer).json().value(u"instruments"_s).toArray();
    int bounded = 0;
    for (const QJsonValue &value : recent) {
        const QJsonObject instrument = value.toObject();
        const QJsonObject depth = get(u"/api/v1/market/instruments/%1/%2/depth?levels=100"_s.arg(
                                          instrument.value(u"instanceType"_s).toString(),
                                          instrument.value(u"region"_s).toString()),
                                      m_buyer)
                                      .json();
        QVERIFY2(depth.value(u"asks"_s).toArray().size() <= 15 && depth.value(u"bids"_s).toArray().size() <= 15,
                 qPrintable(QString::fromUtf8(QJsonDocument(depth).toJson(QJsonDocument::Compact))));
        ++bounded;
    }
    QVERIFY(bounded >= 15);
    QVERIFY(count(u"SELECT COUNT(*) FROM trades WHERE executed_at > %1"_s.arg(
                QDateTime(QDate(2026, 11, 22), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch()))
            >= 50);
    // Never for the demo's own accounts.
    QCOMPARE(count(demoBuyerBidsSql), demoBuyerBids);
    QCOMPARE(count(demoSellerAsksSql), demoSellerAsks);
    m_api.reset();
    m_broker.reset();
}

QTEST_GUILESS_MAIN(tst_DemoMarket)
#include "tst_demomarket.moc"
