// The exchange through real HTTP: asks and bids, price-time matching with the
// resting price, leases, eligibility (rating, lease limits, own orders),
// search with reasons, market data, idempotency, and a restart.
#include "TestApi.h"
#include "core/Broker.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::test::Reply;
using sc::test::TestApi;

namespace {
const QByteArray kPassword = "correct horse battery";
}

class tst_MarketApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void askThenBidTradesAtRestingPrice();
    void bidRestsThenAskCrosses();
    void placementAnswerIsTheStoredOrder();
    void eligibilityIsRespected();
    void ownOrdersNeverTrade();
    void multiRegionBuyNowTakesCheapest();
    void fillOrKillLeavesNoTrace();
    void cancelAndWithdraw();
    void amendKeepsOrLosesPriority();
    void searchExplainsEmptyResults();
    void marketData();
    void idempotentPlacement();
    void validationErrors_data();
    void validationErrors();
    void asksExpire();
    void watchNotifiesWhenAMatchingOfferAppears();
    void watchValidationAndLimits();
    void bookSurvivesRestart();

private:
    BrokerConfig config() const;
    QByteArray login(const QByteArray &email);
    QByteArray account(const QByteArray &email, const QString &organization, const QString &role);
    qint64 provider(const QByteArray &seller, const QString &name);
    Reply ask(const QByteArray &seller, qint64 providerId, const QString &type, const QString &region, qint64 quantity,
              qint64 price, int minHours = 1, int maxHours = 720, int days = 7);
    Reply bid(const QByteArray &buyer, const QString &type, const QStringList &regions, qint64 price, qint64 quantity,
              const QString &tif = u"gtc"_s, int hours = 24, double minRating = 0);
    QJsonObject depth(const QString &type, const QString &region);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    QByteArray m_operator, m_ann, m_bob, m_sam, m_sue;
    qint64 m_samProvider = 0, m_sueProvider = 0;
};

BrokerConfig tst_MarketApi::config() const
{
    BrokerConfig config;
    // Buyers start with ample credit: what is tested here is not the money.
    config.billing.welcomeCredit = 100'000'000;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.passwordParameters = PasswordHasher::fastParametersForTests();
    config.accessLimits.perAddress = {1e6, 1e6};
    config.accessLimits.perCredential = {1e6, 1e6};
    config.housekeepingInterval = std::chrono::milliseconds(100);
    config.accountLimits.sessionLifetime = std::chrono::hours(24 * 365);
    return config;
}

QByteArray tst_MarketApi::login(const QByteArray &email)
{
    return m_api->login(email, kPassword);
}

QByteArray tst_MarketApi::account(const QByteArray &email, const QString &organization, const QString &role)
{
    return m_api->account(email, kPassword, organization, role, m_operator, QString(organization + u" person"_s));
}

qint64 tst_MarketApi::provider(const QByteArray &seller, const QString &name)
{
    return m_api->send("POST", u"/api/v1/seller/providers"_s, seller, QJsonObject{{u"name"_s, name}})
        .json()
        .value(u"id"_s)
        .toInteger();
}

Reply tst_MarketApi::ask(const QByteArray &seller, qint64 providerId, const QString &type, const QString &region,
                         qint64 quantity, qint64 price, int minHours, int maxHours, int days)
{
    return m_api->send("POST",
                       u"/api/v1/market/asks"_s,
                       seller,
                       QJsonObject{{u"providerId"_s, providerId},
                                   {u"instanceType"_s, type},
                                   {u"region"_s, region},
                                   {u"quantity"_s, quantity},
                                   {u"pricePerHour"_s, price},
                                   {u"availableUntil"_s, m_clock.now().addDays(days).toString(Qt::ISODateWithMs)},
                                   {u"minLeaseHours"_s, minHours},
                                   {u"maxLeaseHours"_s, maxHours}});
}

Reply tst_MarketApi::bid(const QByteArray &buyer, const QString &type, const QStringList &regions, qint64 price,
                         qint64 quantity, const QString &tif, int hours, double minRating)
{
    return m_api->send("POST",
                       u"/api/v1/market/bids"_s,
                       buyer,
                       QJsonObject{{u"instanceType"_s, type},
                                   {u"regions"_s, QJsonArray::fromStringList(regions)},
                                   {u"maxPricePerHour"_s, price},
                                   {u"durationHours"_s, hours},
                                   {u"quantity"_s, quantity},
                                   {u"timeInForce"_s, tif},
                                   {u"minRating"_s, minRating}});
}

QJsonObject tst_MarketApi::depth(const QString &type, const QString &region)
{
    return m_api->send("GET", u"/api/v1/market/instruments/%1/%2/depth"_s.arg(type, region), m_ann).json();
}

void tst_MarketApi::initTestCase()
{
    QCOMPARE(Broker(config(), m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)),
             QString());
    m_broker = std::make_unique<Broker>(config(), m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    m_operator = login("root@ops.example");
    m_ann = account("ann@buyer.example", u"Ann Analytics"_s, u"buyer"_s);
    m_bob = account("bob@buyer.example", u"Bob Biotech"_s, u"buyer"_s);
    m_sam = account("sam@seller.example", u"Sam Hosting"_s, u"seller"_s);
    m_sue = account("sue@seller.example", u"Sue Datacenters"_s, u"seller"_s);
    m_samProvider = provider(m_sam, u"Sam Frankfurt rack"_s);
    m_sueProvider = provider(m_sue, u"Sue Paris hall"_s);
    QVERIFY(m_samProvider > 0 && m_sueProvider > 0 && !m_ann.isEmpty() && !m_sue.isEmpty());
}

void tst_MarketApi::cleanupTestCase()
{
    m_api.reset();
    m_broker.reset();
}

void tst_MarketApi::askThenBidTradesAtRestingPrice()
{
    const Reply placed = ask(m_sam, m_samProvider, u"g1.small"_s, u"eu-de-fra"_s, 5, 40);
    QCOMPARE(placed.status, 201);
    QCOMPARE(placed.json().value(u"openQuantity"_s).toInteger(), 5);
    const Reply bought = bid(m_ann, u"g1.small"_s, {u"eu-de-fra"_s}, 55, 2);
    QCOMPARE(bought.status, 201);
    const QJsonObject order = bought.json();
    QCOMPARE(order.value(u"filledQuantity"_s).toInteger(), 2);
    QCOMPARE(order.value(u"status"_s).toString(), u"filled"_s);
    const QJsonArray trades = order.value(u"trades"_s).toArray();
    QCOMPARE(trades.size(), 1);
    QCOMPARE(trades.first().toObject().value(u"pricePerHour"_s).toInteger(), 40);
    QCOMPARE(order.value(u"leaseIds"_s).toArray().size(), 2);

    const Reply lease = m_api->send(
        "GET", u"/api/v1/leases/%1"_s.arg(order.value(u"leaseIds"_s).toArray().first().toInteger()), m_ann);
    QCOMPARE(lease.status, 200);
    QCOMPARE(lease.json().value(u"pricePerHour"_s).toInteger(), 40);
    QCOMPARE(QDateTime::fromString(lease.json().value(u"endsAt"_s).toString(), Qt::ISODateWithMs),
             m_clock.now().addSecs(24 * 3600));
    // Opaque: the buyer sees a pseudonym, never the seller's organization or provider name.
    QVERIFY(!lease.body.contains("Sam"));
    QVERIFY(lease.json().value(u"provider"_s).toObject().value(u"pseudonym"_s).toString().contains(u'-'));
    const Reply mine = m_api->send(
        "GET", u"/api/v1/market/asks/%1"_s.arg(placed.json().value(u"id"_s).toInteger()), m_sam);
    QCOMPARE(mine.json().value(u"openQuantity"_s).toInteger(), 3);
    QVERIFY(!mine.body.contains("Ann"));
}

void tst_MarketApi::placementAnswerIsTheStoredOrder()
{
    // The answer to a placement is built from what was written; it must be
    // exactly what reading the order back gives (resting, partly filled and
    // dropped, filled).
    QCOMPARE(ask(m_sue, m_sueProvider, u"c1.large"_s, u"eu-fr-par"_s, 2, 60).status, 201);
    const QList<Reply> placed = {bid(m_bob, u"c1.large"_s, {u"eu-fr-par"_s}, 20, 4),
                                 bid(m_bob, u"c1.large"_s, {u"eu-fr-par"_s}, 65, 3, u"ioc"_s),
                                 bid(m_ann, u"c1.large"_s, {u"eu-fr-par"_s}, 20, 1, u"fok"_s)};
    const QStringList statuses = {u"open"_s, u"cancelled"_s, u"cancelled"_s};
    for (qsizetype i = 0; i < placed.size(); ++i) {
        QCOMPARE(placed.at(i).status, 201);
        QJsonObject answer = placed.at(i).json();
        QCOMPARE(answer.value(u"status"_s).toString(), statuses.at(i));
        answer.remove(u"trades"_s);
        answer.remove(u"leaseIds"_s);
        const QByteArray owner = i == 2 ? m_ann : m_bob;
        const Reply stored = m_api->send(
            "GET", u"/api/v1/market/bids/%1"_s.arg(answer.value(u"id"_s).toInteger()), owner);
        QCOMPARE(stored.status, 200);
        QCOMPARE(answer, stored.json());
    }
    QCOMPARE(placed.at(1).json().value(u"filledQuantity"_s).toInteger(), 2);
    QCOMPARE(
        m_api->send("DELETE", u"/api/v1/market/bids/%1"_s.arg(placed.at(0).json().value(u"id"_s).toInteger()), m_bob)
            .status,
        204);
}

void tst_MarketApi::bidRestsThenAskCrosses()
{
    const Reply resting = bid(m_bob, u"m1.large"_s, {u"eu-nl-ams"_s}, 70, 3);
    QCOMPARE(resting.json().value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(depth(u"m1.large"_s, u"eu-nl-ams"_s)
                 .value(u"bids"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"quantity"_s)
                 .toInteger(),
             3);
    // A seller asking less than the resting bid sells at the bid's price.
    const Reply sold = ask(m_sue, m_sueProvider, u"m1.large"_s, u"eu-nl-ams"_s, 2, 60);
    const QJsonArray trades = sold.json().value(u"trades"_s).toArray();
    QCOMPARE(trades.size(), 1);
    QCOMPARE(trades.first().toObject().value(u"pricePerHour"_s).toInteger(), 70);
    QCOMPARE(sold.json().value(u"status"_s).toString(), u"filled"_s);
    const Reply after = m_api->send(
        "GET", u"/api/v1/market/bids/%1"_s.arg(resting.json().value(u"id"_s).toInteger()), m_bob);
    QCOMPARE(after.json().value(u"filledQuantity"_s).toInteger(), 2);
    QCOMPARE(after.json().value(u"status"_s).toString(), u"open"_s);
    const Reply leases = m_api->send("GET", u"/api/v1/leases"_s, m_bob);
    QCOMPARE(leases.json().value(u"leases"_s).toArray().size(), 2);
}

void tst_MarketApi::eligibilityIsRespected()
{
    // Rating 3.0 (new providers start neutral) does not satisfy a 4.5 minimum.
    ask(m_sam, m_samProvider, u"c1.medium"_s, u"eu-gb-lon"_s, 1, 20, 1, 720);
    Reply picky = bid(m_ann, u"c1.medium"_s, {u"eu-gb-lon"_s}, 30, 1, u"ioc"_s, 24, 4.5);
    QCOMPARE(picky.json().value(u"filledQuantity"_s).toInteger(), 0);
    QCOMPARE(picky.json().value(u"status"_s).toString(), u"cancelled"_s);
    // A lease longer than the ask allows does not match either.
    ask(m_sam, m_samProvider, u"c1.medium"_s, u"eu-gb-lon"_s, 1, 21, 1, 12);
    Reply tooLong = bid(m_ann, u"c1.medium"_s, {u"eu-gb-lon"_s}, 30, 2, u"ioc"_s, 24);
    QCOMPARE(tooLong.json().value(u"filledQuantity"_s).toInteger(), 1);
    QCOMPARE(tooLong.json().value(u"trades"_s).toArray().first().toObject().value(u"pricePerHour"_s).toInteger(), 20);
}

void tst_MarketApi::ownOrdersNeverTrade()
{
    ask(m_sam, m_samProvider, u"c1.xlarge"_s, u"eu-es-mad"_s, 1, 90);
    // Sellers may bid like buyers, but never against their own asks.
    const Reply own = bid(m_sam, u"c1.xlarge"_s, {u"eu-es-mad"_s}, 100, 1, u"ioc"_s);
    QCOMPARE(own.status, 201);
    QCOMPARE(own.json().value(u"filledQuantity"_s).toInteger(), 0);
    QCOMPARE(
        bid(m_bob, u"c1.xlarge"_s, {u"eu-es-mad"_s}, 100, 1, u"ioc"_s).json().value(u"filledQuantity"_s).toInteger(),
        1);
    // A seller that buys sees its leases like any buyer.
    ask(m_sue, m_sueProvider, u"c1.xlarge"_s, u"eu-es-mad"_s, 1, 95);
    QCOMPARE(
        bid(m_sam, u"c1.xlarge"_s, {u"eu-es-mad"_s}, 100, 1, u"ioc"_s).json().value(u"filledQuantity"_s).toInteger(),
        1);
    QCOMPARE(m_api->send("GET", u"/api/v1/leases"_s, m_sam).json().value(u"leases"_s).toArray().size(), 1);
}

void tst_MarketApi::multiRegionBuyNowTakesCheapest()
{
    ask(m_sam, m_samProvider, u"g1.medium"_s, u"eu-de-fra"_s, 2, 80);
    ask(m_sue, m_sueProvider, u"g1.medium"_s, u"eu-fr-par"_s, 1, 75);
    ask(m_sue, m_sueProvider, u"g1.medium"_s, u"eu-pl-waw"_s, 5, 70);
    const Reply bought = bid(m_ann, u"g1.medium"_s, {u"eu-de-fra"_s, u"eu-fr-par"_s}, 85, 2, u"ioc"_s);
    const QJsonArray trades = bought.json().value(u"trades"_s).toArray();
    QCOMPARE(trades.size(), 2);
    QCOMPARE(trades.at(0).toObject().value(u"region"_s).toString(), u"eu-fr-par"_s);
    QCOMPARE(trades.at(0).toObject().value(u"pricePerHour"_s).toInteger(), 75);
    QCOMPARE(trades.at(1).toObject().value(u"region"_s).toString(), u"eu-de-fra"_s);
    // Warsaw was cheaper but not asked for.
    QCOMPARE(depth(u"g1.medium"_s, u"eu-pl-waw"_s)
                 .value(u"asks"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"quantity"_s)
                 .toInteger(),
             5);
    const Reply resting = bid(m_ann, u"g1.medium"_s, {u"eu-de-fra"_s, u"eu-fr-par"_s}, 85, 2, u"gtc"_s);
    QCOMPARE(resting.status, 400);
    QCOMPARE(resting.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString(),
             u"timeInForce"_s);
}

void tst_MarketApi::fillOrKillLeavesNoTrace()
{
    ask(m_sam, m_samProvider, u"s1.large"_s, u"eu-se-sto"_s, 2, 120);
    const QJsonObject before = depth(u"s1.large"_s, u"eu-se-sto"_s);
    const Reply killed = bid(m_bob, u"s1.large"_s, {u"eu-se-sto"_s}, 200, 3, u"fok"_s);
    QCOMPARE(killed.json().value(u"filledQuantity"_s).toInteger(), 0);
    QCOMPARE(killed.json().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(depth(u"s1.large"_s, u"eu-se-sto"_s), before);
    // Naming the region twice must not count its book twice.
    const Reply twice = bid(m_bob, u"s1.large"_s, {u"eu-se-sto"_s, u"eu-se-sto"_s}, 200, 3, u"fok"_s);
    QCOMPARE(twice.json().value(u"filledQuantity"_s).toInteger(), 0);
    QCOMPARE(depth(u"s1.large"_s, u"eu-se-sto"_s), before);
    QCOMPARE(
        bid(m_bob, u"s1.large"_s, {u"eu-se-sto"_s}, 200, 2, u"fok"_s).json().value(u"filledQuantity"_s).toInteger(), 2);
}

void tst_MarketApi::cancelAndWithdraw()
{
    const Reply resting = bid(m_ann, u"m1.xlarge"_s, {u"ap-jp-tyo"_s}, 10, 1);
    const qint64 id = resting.json().value(u"id"_s).toInteger();
    QCOMPARE(m_api->send("DELETE", u"/api/v1/market/bids/%1"_s.arg(id), m_bob).status, 404);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/market/bids/%1"_s.arg(id), m_ann).status, 204);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/market/bids/%1"_s.arg(id), m_ann).status, 409);
    QVERIFY(depth(u"m1.xlarge"_s, u"ap-jp-tyo"_s).value(u"bids"_s).toArray().isEmpty());

    const Reply offered = ask(m_sue, m_sueProvider, u"m1.xlarge"_s, u"ap-jp-tyo"_s, 1, 99);
    const qint64 askId = offered.json().value(u"id"_s).toInteger();
    QCOMPARE(m_api->send("DELETE", u"/api/v1/market/asks/%1"_s.arg(askId), m_sam).status, 404);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/market/asks/%1"_s.arg(askId), m_sue).status, 204);
    QVERIFY(depth(u"m1.xlarge"_s, u"ap-jp-tyo"_s).value(u"asks"_s).toArray().isEmpty());
}

void tst_MarketApi::amendKeepsOrLosesPriority()
{
    const qint64 first =
        ask(m_sam, m_samProvider, u"c1.2xlarge"_s, u"us-va-ash"_s, 3, 150).json().value(u"id"_s).toInteger();
    ask(m_sue, m_sueProvider, u"c1.2xlarge"_s, u"us-va-ash"_s, 3, 150);
    // Fewer slots keeps Sam first in the queue.
    QCOMPARE(
        m_api->send("PATCH", u"/api/v1/market/asks/%1"_s.arg(first), m_sam, QJsonObject{{u"quantity"_s, 1}}).status,
        200);
    Reply taken = bid(m_ann, u"c1.2xlarge"_s, {u"us-va-ash"_s}, 150, 1, u"ioc"_s);
    QCOMPARE(m_api->send("GET", u"/api/v1/market/asks/%1"_s.arg(first), m_sam).json().value(u"status"_s).toString(),
             u"filled"_s);
    // A price cut below a resting bid trades at once.
    const Reply resting = bid(m_bob, u"c1.2xlarge"_s, {u"us-va-ash"_s}, 140, 1);
    QCOMPARE(resting.json().value(u"status"_s).toString(), u"open"_s);
    const qint64 sue = m_api->send("GET", u"/api/v1/market/asks?status=open"_s, m_sue)
                           .json()
                           .value(u"asks"_s)
                           .toArray()
                           .first()
                           .toObject()
                           .value(u"id"_s)
                           .toInteger();
    const Reply cut = m_api->send(
        "PATCH", u"/api/v1/market/asks/%1"_s.arg(sue), m_sue, QJsonObject{{u"pricePerHour"_s, 130}});
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.json().value(u"openQuantity"_s).toInteger(), 2);
    QCOMPARE(m_api->send("GET", u"/api/v1/market/bids/%1"_s.arg(resting.json().value(u"id"_s).toInteger()), m_bob)
                 .json()
                 .value(u"status"_s)
                 .toString(),
             u"filled"_s);
}

void tst_MarketApi::searchExplainsEmptyResults()
{
    ask(m_sue, m_sueProvider, u"gpu1.large"_s, u"eu-fr-par"_s, 1, 250);
    Reply found = m_api->send(
        "GET", u"/api/v1/market/offers?instanceType=gpu1.large&countries=fr&maxPricePerHour=300"_s, m_ann);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json().value(u"total"_s).toInt(), 1);
    QVERIFY(!found.body.contains("Sue"));

    const Reply empty = m_api->send(
        "GET", u"/api/v1/market/offers?instanceType=gpu1.large&maxPricePerHour=200"_s, m_ann);
    QCOMPARE(empty.json().value(u"total"_s).toInt(), 0);
    QVERIFY(empty.json().value(u"excludedBy"_s).toObject().value(u"maxPricePerHour"_s).toInt() >= 1);
    const QJsonArray near = empty.json().value(u"nearMisses"_s).toArray();
    QVERIFY(!near.isEmpty());
    const QJsonObject miss = near.first().toObject();
    QCOMPARE(miss.value(u"offer"_s).toObject().value(u"pricePerHour"_s).toInteger(), 250);
    QCOMPARE(miss.value(u"missed"_s).toArray().first().toObject().value(u"constraint"_s).toString(),
             u"maxPricePerHour"_s);
    QVERIFY(
        miss.value(u"missed"_s).toArray().first().toObject().value(u"detail"_s).toString().contains(u"0.50 over"_s));

    // Near Paris (within 100 km) finds it; near Tokyo does not, and says why.
    QCOMPARE(
        m_api
            ->send(
                "GET",
                u"/api/v1/market/offers?instanceType=gpu1.large&nearLatitude=48.85&nearLongitude=2.35&withinKm=100"_s,
                m_ann)
            .json()
            .value(u"total"_s)
            .toInt(),
        1);
    const Reply far = m_api->send(
        "GET",
        u"/api/v1/market/offers?instanceType=gpu1.large&nearLatitude=35.7&nearLongitude=139.7&withinKm=100"_s,
        m_ann);
    QVERIFY(far.json().value(u"excludedBy"_s).toObject().contains(u"distance"_s));
    QCOMPARE(m_api->send("GET", u"/api/v1/market/offers?sort=random"_s, m_ann).status, 400);
    QCOMPARE(m_api->send("GET", u"/api/v1/market/offers?minVcpus=lots"_s, m_ann).status, 400);
}

void tst_MarketApi::marketData()
{
    const QByteArray snapshot = m_api->send("GET", u"/api/v1/market/snapshot"_s, m_ann).body;
    const QJsonArray instruments = QJsonDocument::fromJson(snapshot).object().value(u"instruments"_s).toArray();
    bool sawFrankfurt = false;
    for (const QJsonValue &value : instruments) {
        const QJsonObject instrument = value.toObject();
        if (instrument.value(u"instanceType"_s) == u"g1.small"_s && instrument.value(u"region"_s) == u"eu-de-fra"_s) {
            sawFrankfurt = true;
            QCOMPARE(instrument.value(u"lastPrice"_s).toInteger(), 40);
            QCOMPARE(instrument.value(u"volume24h"_s).toInteger(), 2);
            QCOMPARE(instrument.value(u"bestAsk"_s).toInteger(), 40);
        }
    }
    QVERIFY(sawFrankfurt);
    const Reply candles = m_api->send(
        "GET", u"/api/v1/market/instruments/g1.small/eu-de-fra/candles?interval=1m"_s, m_ann);
    QCOMPARE(candles.status, 200);
    const QJsonArray list = candles.json().value(u"candles"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"close"_s).toInteger(), 40);
    QCOMPARE(list.first().toObject().value(u"volume"_s).toInteger(), 2);
    QCOMPARE(m_api->send("GET", u"/api/v1/market/instruments/g1.small/eu-de-fra/candles?interval=5m"_s, m_ann).status,
             400);
    const Reply trades = m_api->send("GET", u"/api/v1/market/instruments/g1.small/eu-de-fra/trades"_s, m_ann);
    QCOMPARE(trades.json().value(u"trades"_s).toArray().size(), 1);
    const Reply stats = m_api->send("GET", u"/api/v1/seller/market-stats?days=7"_s, m_sam);
    QCOMPARE(stats.status, 200);
    QVERIFY(stats.json().value(u"slotsTraded"_s).toInteger() > 0);
    QVERIFY(!stats.body.contains("Ann") && !stats.body.contains("Bob"));
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/market-stats"_s, m_ann).status, 403);
}

void tst_MarketApi::idempotentPlacement()
{
    const QJsonObject body{{u"instanceType"_s, u"m1.2xlarge"_s},
                           {u"regions"_s, QJsonArray{u"ap-sg-sin"_s}},
                           {u"maxPricePerHour"_s, 5},
                           {u"durationHours"_s, 4},
                           {u"quantity"_s, 1}};
    const QHash<QByteArray, QByteArray> key{{"Idempotency-Key", "order-7f3a"}};
    const Reply first = m_api->send("POST", u"/api/v1/market/bids"_s, m_ann, body, key);
    const Reply again = m_api->send("POST", u"/api/v1/market/bids"_s, m_ann, body, key);
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json(), first.json());
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    int count = 0;
    const Reply listed1Reply = m_api->send("GET", u"/api/v1/market/bids"_s, m_ann);
    const QJsonArray listed1 = listed1Reply.json().value(u"bids"_s).toArray();
    for (const QJsonValue &value : listed1)
        count += value.toObject().value(u"instanceType"_s) == u"m1.2xlarge"_s;
    QCOMPARE(count, 1);
    QJsonObject changed = body;
    changed.insert(u"quantity"_s, 2);
    const Reply conflicting = m_api->send("POST", u"/api/v1/market/bids"_s, m_ann, changed, key);
    QCOMPARE(conflicting.status, 422);
    // Keys belong to their user: Bob's same key is a new order.
    QCOMPARE(m_api->send("POST", u"/api/v1/market/bids"_s, m_bob, body, key).headers.value("idempotent-replayed"),
             QByteArray());
}

void tst_MarketApi::validationErrors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject good{{u"instanceType"_s, u"g1.small"_s},
                           {u"regions"_s, QJsonArray{u"eu-de-fra"_s}},
                           {u"maxPricePerHour"_s, 5},
                           {u"durationHours"_s, 4},
                           {u"quantity"_s, 1}};
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject body = good;
        body.insert(key, value);
        return body;
    };
    QTest::newRow("unknown type") << with(u"instanceType"_s, u"z9"_s) << u"instanceType"_s;
    QTest::newRow("unknown region") << with(u"regions"_s, QJsonArray{u"moon"_s}) << u"regions"_s;
    QTest::newRow("no region") << with(u"regions"_s, QJsonArray{}) << u"regions"_s;
    QTest::newRow("zero price") << with(u"maxPricePerHour"_s, 0) << u"bid.maxPricePerHour"_s;
    QTest::newRow("fraction") << with(u"quantity"_s, 1.5) << u"bid.quantity"_s;
    QTest::newRow("tif") << with(u"timeInForce"_s, u"forever"_s) << u"timeInForce"_s;
    QTest::newRow("mass assignment") << with(u"status"_s, u"filled"_s) << u"status"_s;
}

void tst_MarketApi::validationErrors()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply reply = m_api->send("POST", u"/api/v1/market/bids"_s, m_ann, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"validation_failed"_s);
    const QString reported =
        reply.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString();
    QVERIFY2(reported.endsWith(field.section(u'.', -1)), qPrintable(reported));
}

void tst_MarketApi::asksExpire()
{
    ask(m_sam, m_samProvider, u"c1.4xlarge"_s, u"af-za-jnb"_s, 1, 300, 1, 24, 1);
    QCOMPARE(depth(u"c1.4xlarge"_s, u"af-za-jnb"_s).value(u"asks"_s).toArray().size(), 1);
    // The broker sweeps every so often (here every 100 ms); time jumps past the availability.
    m_clock.advance(2LL * 86'400'000);
    QVERIFY(depth(u"c1.4xlarge"_s, u"af-za-jnb"_s).contains(u"asks"_s));
    QTRY_VERIFY_WITH_TIMEOUT(depth(u"c1.4xlarge"_s, u"af-za-jnb"_s).value(u"asks"_s).toArray().isEmpty(), 5'000);
    QCOMPARE(
        m_api->send("GET", u"/api/v1/market/asks?status=expired"_s, m_sam).json().value(u"asks"_s).toArray().size(), 1);
}

void tst_MarketApi::watchNotifiesWhenAMatchingOfferAppears()
{
    const QString type = u"m1.xlarge"_s;
    const QString region = u"eu-gb-lon"_s;
    const Reply created = m_api->send(
        "POST",
        u"/api/v1/market/watches"_s,
        m_ann,
        QJsonObject{
            {u"name"_s, u"  Big memory in London "_s},
            {u"filter"_s,
             QJsonObject{{u"instanceType"_s, type}, {u"regions"_s, QJsonArray{region}}, {u"maxPricePerHour"_s, 50}}}});
    QCOMPARE(created.status, 201);
    const qint64 watchId = created.json().value(u"id"_s).toInteger();
    QCOMPARE(created.json().value(u"name"_s).toString(), u"Big memory in London"_s);
    QCOMPARE(created.json().value(u"matchingNow"_s).toInteger(), 0);
    QVERIFY(created.json().value(u"lastNotifiedAt"_s).isNull());
    // The seller watches the same thing: it is never told of its own asks.
    QCOMPARE(m_api
                 ->send("POST",
                        u"/api/v1/market/watches"_s,
                        m_sam,
                        QJsonObject{{u"name"_s, u"mine"_s},
                                    {u"filter"_s, QJsonObject{{u"instanceType"_s, type}, {u"maxPricePerHour"_s, 50}}}})
                 .status,
             201);

    // Ann listens on the push channel.
    const Reply ticket = m_api->send("POST", u"/api/v1/stream/tickets"_s, m_ann);
    QCOMPARE(ticket.status, 201);
    QWebSocket socket;
    QStringList pushed;
    connect(&socket, &QWebSocket::textMessageReceived, &socket, [&pushed](const QString &message) {
        pushed.append(message);
    });
    QUrl streamUrl = m_broker->url();
    streamUrl.setScheme(u"ws"_s);
    streamUrl.setPath(u"/api/v1/stream"_s);
    streamUrl.setQuery(u"ticket="_s + ticket.json().value(u"ticket"_s).toString());
    socket.open(streamUrl);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);

    // The watch notifications only: lease notifications of earlier tests come and go beside them.
    auto notifications = [this](const QByteArray &token, bool unreadOnly = true) {
        const QJsonObject page = m_api
                                     ->send("GET",
                                            u"/api/v1/notifications?limit=200&unreadOnly=%1"_s.arg(
                                                unreadOnly ? u"true"_s : u"false"_s),
                                            token)
                                     .json();
        QJsonArray watchMatches;
        qint64 unread = 0;
        for (const QJsonValue &value : page.value(u"notifications"_s).toArray()) {
            if (value.toObject().value(u"kind"_s).toString() != u"watch_match"_s)
                continue;
            watchMatches.append(value);
            unread += value.toObject().value(u"readAt"_s).isNull() ? 1 : 0;
        }
        return QJsonObject{{u"notifications"_s, watchMatches}, {u"unread"_s, unread}};
    };
    // Too dear: nothing. Re-priced under the watch's price: notified.
    const Reply dear = ask(m_sam, m_samProvider, type, region, 2, 60);
    QCOMPARE(dear.status, 201);
    QCOMPARE(notifications(m_ann).value(u"unread"_s).toInteger(), 0);
    const qint64 dearId = dear.json().value(u"id"_s).toInteger();
    QCOMPARE(m_api->send("PATCH", u"/api/v1/market/asks/%1"_s.arg(dearId), m_sam, QJsonObject{{u"pricePerHour"_s, 45}})
                 .status,
             200);
    QJsonObject page = notifications(m_ann);
    QCOMPARE(page.value(u"unread"_s).toInteger(), 1);
    QJsonObject first = page.value(u"notifications"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"kind"_s).toString(), u"watch_match"_s);
    QCOMPARE(first.value(u"watchId"_s).toInteger(), watchId);
    QCOMPARE(first.value(u"watchName"_s).toString(), u"Big memory in London"_s);
    QCOMPARE(first.value(u"matches"_s).toInteger(), 1);
    QCOMPARE(first.value(u"offer"_s).toObject().value(u"pricePerHour"_s).toInteger(), 45);
    QCOMPARE(first.value(u"offer"_s).toObject().value(u"id"_s).toInteger(), dearId);
    QVERIFY(first.value(u"readAt"_s).isNull());
    QCOMPARE(notifications(m_sam).value(u"unread"_s).toInteger(), 0);

    // A cheaper offer from another seller while unread: the same notification, updated.
    QCOMPARE(ask(m_sue, m_sueProvider, type, region, 1, 40).status, 201);
    page = notifications(m_ann);
    QCOMPARE(page.value(u"unread"_s).toInteger(), 1);
    first = page.value(u"notifications"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"matches"_s).toInteger(), 2);
    QCOMPARE(first.value(u"offer"_s).toObject().value(u"pricePerHour"_s).toInteger(), 40);
    // Opaque: the buyer learns a pseudonym and a rating, not the seller.
    QVERIFY(!QJsonDocument(page).toJson().contains("Sue"));
    QVERIFY(!QJsonDocument(page).toJson().contains("Sam"));
    // Pushed to Ann, and only to her.
    // Watch notifications only: lease notifications of earlier tests may be pushed to Ann too.
    auto lastWatchPush = [&pushed] {
        for (qsizetype i = pushed.size() - 1; i >= 0; --i) {
            const QJsonObject candidate = QJsonDocument::fromJson(pushed.at(i).toUtf8()).object();
            if (candidate.value(u"notification"_s).toObject().value(u"kind"_s).toString() == u"watch_match"_s)
                return candidate;
        }
        return QJsonObject();
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        lastWatchPush().value(u"notification"_s).toObject().value(u"matches"_s).toInteger(), 2, 5000);
    const QJsonObject message = lastWatchPush();
    QCOMPARE(message.value(u"type"_s).toString(), u"notification"_s);
    QCOMPARE(message.value(u"notification"_s).toObject().value(u"matches"_s).toInteger(), 2);

    // Read: the next match starts a new notification.
    const Reply read = m_api->send("POST", u"/api/v1/notifications/read"_s, m_ann, QJsonObject{{u"all"_s, true}});
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(u"unread"_s).toInteger(), 0);
    QCOMPARE(ask(m_sue, m_sueProvider, type, region, 1, 48).status, 201);
    page = notifications(m_ann, false);
    QCOMPARE(page.value(u"unread"_s).toInteger(), 1);
    QCOMPARE(page.value(u"notifications"_s).toArray().size(), 2);
    const qint64 newest = page.value(u"notifications"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    // Bob cannot mark Ann's notifications; Ann can.
    QCOMPARE(
        m_api->send("POST", u"/api/v1/notifications/read"_s, m_bob, QJsonObject{{u"ids"_s, QJsonArray{newest}}}).status,
        200);
    QCOMPARE(notifications(m_ann).value(u"unread"_s).toInteger(), 1);
    QCOMPARE(
        m_api->send("POST", u"/api/v1/notifications/read"_s, m_ann, QJsonObject{{u"ids"_s, QJsonArray{newest}}}).status,
        200);
    QCOMPARE(notifications(m_ann).value(u"unread"_s).toInteger(), 0);

    // The watch now reports what matches, and when it last fired.
    const QJsonArray watches =
        m_api->send("GET", u"/api/v1/market/watches"_s, m_ann).json().value(u"watches"_s).toArray();
    QCOMPARE(watches.size(), 1);
    QCOMPARE(watches.first().toObject().value(u"matchingNow"_s).toInteger(), 3);
    QVERIFY(!watches.first().toObject().value(u"lastNotifiedAt"_s).isNull());

    // Deleted (only by its owner): its notifications go with it, and no more come.
    QCOMPARE(m_api->send("DELETE", u"/api/v1/market/watches/%1"_s.arg(watchId), m_bob).status, 404);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/market/watches/%1"_s.arg(watchId), m_ann).status, 204);
    QCOMPARE(ask(m_sue, m_sueProvider, type, region, 1, 30).status, 201);
    QCOMPARE(notifications(m_ann, false).value(u"notifications"_s).toArray().size(), 0);
    socket.close();
}

void tst_MarketApi::watchValidationAndLimits()
{
    auto create = [this](const QByteArray &token, const QJsonObject &body) {
        return m_api->send("POST", u"/api/v1/market/watches"_s, token, body);
    };
    const QJsonObject filter{{u"maxPricePerHour"_s, 10}};
    Reply reply = create(m_bob, QJsonObject{{u"name"_s, u"x"_s}, {u"filter"_s, QJsonObject{}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString(),
             u"filter.maxPricePerHour"_s);
    reply = create(
        m_bob,
        QJsonObject{{u"name"_s, u"x"_s}, {u"filter"_s, QJsonObject{{u"maxPricePerHour"_s, 10}, {u"colour"_s, 1}}}});
    QCOMPARE(reply.status, 400);
    reply = create(
        m_bob,
        QJsonObject{{u"name"_s, u"x"_s}, {u"filter"_s, QJsonObject{{u"maxPricePerHour"_s, 10}, {u"minRating"_s, 7}}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString(),
             u"filter.minRating"_s);
    QCOMPARE(create(m_bob, QJsonObject{{u"name"_s, u"   "_s}, {u"filter"_s, filter}}).status, 400);
    QCOMPARE(create(m_bob, QJsonObject{{u"name"_s, QString(81, u'n')}, {u"filter"_s, filter}}).status, 400);
    QCOMPARE(create(m_operator, QJsonObject{{u"name"_s, u"ops"_s}, {u"filter"_s, filter}}).status, 403);
    QCOMPARE(m_api->send("POST", u"/api/v1/notifications/read"_s, m_bob, QJsonObject{}).status, 400);
    QCOMPARE(m_api->send("GET", u"/api/v1/notifications?unreadOnly=maybe"_s, m_bob).status, 400);

    for (int i = 0; i < 20; ++i)
        QCOMPARE(create(m_bob, QJsonObject{{u"name"_s, u"w%1"_s.arg(i)}, {u"filter"_s, filter}}).status, 201);
    reply = create(m_bob, QJsonObject{{u"name"_s, u"one too many"_s}, {u"filter"_s, filter}});
    QCOMPARE(reply.status, 409);
    const QJsonArray watches =
        m_api->send("GET", u"/api/v1/market/watches"_s, m_bob).json().value(u"watches"_s).toArray();
    QCOMPARE(watches.size(), 20);
    QCOMPARE(watches.first().toObject().value(u"name"_s).toString(), u"w19"_s); // newest first
    for (const QJsonValue &watch : watches)
        QCOMPARE(
            m_api
                ->send("DELETE", u"/api/v1/market/watches/%1"_s.arg(watch.toObject().value(u"id"_s).toInteger()), m_bob)
                .status,
            204);
}

void tst_MarketApi::bookSurvivesRestart()
{
    ask(m_sue, m_sueProvider, u"g1.xlarge"_s, u"us-tx-dal"_s, 4, 200);
    ask(m_sam, m_samProvider, u"g1.xlarge"_s, u"us-tx-dal"_s, 2, 200);
    bid(m_ann, u"g1.xlarge"_s, {u"us-tx-dal"_s}, 150, 3);
    const QByteArray before = m_api->send("GET", u"/api/v1/market/snapshot"_s, m_ann).body;
    const QJsonObject depthBefore = depth(u"g1.xlarge"_s, u"us-tx-dal"_s);

    m_api.reset();
    m_broker.reset();
    m_broker = std::make_unique<Broker>(config(), m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    QCOMPARE(depth(u"g1.xlarge"_s, u"us-tx-dal"_s), depthBefore);
    QCOMPARE(QJsonDocument::fromJson(m_api->send("GET", u"/api/v1/market/snapshot"_s, m_ann).body)
                 .object()
                 .value(u"instruments"_s),
             QJsonDocument::fromJson(before).object().value(u"instruments"_s));
    // Time priority survived too: Sue's ask (first) fills before Sam's.
    const Reply bought = bid(m_bob, u"g1.xlarge"_s, {u"us-tx-dal"_s}, 200, 1, u"ioc"_s);
    QCOMPARE(bought.json().value(u"filledQuantity"_s).toInteger(), 1);
    const qint64 sueOpen = m_api->send("GET", u"/api/v1/market/asks?status=open"_s, m_sue)
                               .json()
                               .value(u"asks"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"openQuantity"_s)
                               .toInteger();
    QCOMPARE(sueOpen, 3);

    // Watches survive too: Sam's watch (any m1.xlarge at 50 or less) still fires.
    const auto samUnread = [this] {
        const Reply reply = m_api->send("GET", u"/api/v1/notifications?unreadOnly=true&limit=200"_s, m_sam);
        const QJsonArray notifications = reply.json().value(u"notifications"_s).toArray();
        for (const QJsonValue &value : notifications) {
            const QJsonObject notification = value.toObject();
            if (notification.value(u"kind"_s).toString() == u"watch_match"_s)
                return notification.value(u"matches"_s).toInteger();
        }
        qWarning() << "no watch notification among" << reply.status << reply.body.left(2000);
        return qint64(0);
    };
    const qint64 matchesBefore = samUnread();
    QVERIFY(matchesBefore > 0);
    QCOMPARE(ask(m_sue, m_sueProvider, u"m1.xlarge"_s, u"ap-sg-sin"_s, 1, 25).status, 201);
    QCOMPARE(samUnread(), matchesBefore + 1);
}

QTEST_GUILESS_MAIN(tst_MarketApi)
#include "tst_marketapi.moc"
