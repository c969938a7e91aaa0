// The push channel end to end: the broker's /api/v1/stream and the desktop's
// MarketStream, against a broker in this process on loopback.
#include "TestApi.h"
#include "client/BrokerClient.h"
#include "client/MarketStream.h"
#include "core/Broker.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using sc::test::Reply;
using sc::test::TestApi;

namespace {
const QByteArray kPassword = "correct horse battery";
}

class tst_MarketStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ticketIsNeededAndSingleUse();
    void streamCarriesTradesBooksAndOrders();

private:
    QByteArray login(const QByteArray &email);
    QUrl streamUrl(const QByteArray &token);

    QTemporaryDir m_dir;
    sc::broker::SystemClock m_clock;
    std::unique_ptr<sc::broker::Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    QByteArray m_buyer, m_seller;
    qint64 m_provider = 0;
};

QByteArray tst_MarketStream::login(const QByteArray &email)
{
    return m_api->login(email, kPassword);
}

QUrl tst_MarketStream::streamUrl(const QByteArray &token)
{
    const Reply ticket = m_api->send("POST", u"/api/v1/stream/tickets"_s, token);
    QUrl url = m_broker->url();
    url.setScheme(u"ws"_s);
    url.setPath(u"/api/v1/stream"_s);
    url.setQuery(u"ticket="_s + ticket.json().value(u"ticket"_s).toString());
    return url;
}

void tst_MarketStream::initTestCase()
{
    sc::broker::BrokerConfig config;
    // Buyers start with ample credit: what is tested here is not the money.
    config.billing.welcomeCredit = 100'000'000;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.passwordParameters = sc::broker::PasswordHasher::fastParametersForTests();
    QCOMPARE(sc::broker::Broker(config, m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)),
             QString());
    m_broker = std::make_unique<sc::broker::Broker>(config, m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    const QByteArray root = login("root@ops.example");
    for (const auto &[email, role, organization] :
         {std::tuple{u"ann@buyer.example"_s, u"buyer"_s, u"Ann Analytics"_s},
          std::tuple{u"sam@seller.example"_s, u"seller"_s, u"Sam Hosting"_s}}) {
        const Reply registered = m_api->send("POST",
                                             u"/api/v1/auth/register"_s,
                                             {},
                                             QJsonObject{{u"email"_s, email},
                                                         {u"password"_s, QString::fromLatin1(kPassword)},
                                                         {u"displayName"_s, u"Someone"_s},
                                                         {u"organizationName"_s, organization},
                                                         {u"countryCode"_s, u"DE"_s},
                                                         {u"role"_s, role}});
        if (role == u"seller"_s) {
            m_api->send("POST",
                        u"/api/v1/operator/organizations/%1/approve"_s.arg(
                            registered.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger()),
                        root);
        }
    }
    m_buyer = login("ann@buyer.example");
    m_seller = login("sam@seller.example");
    m_provider = m_api->send("POST", u"/api/v1/seller/providers"_s, m_seller, QJsonObject{{u"name"_s, u"Rack"_s}})
                     .json()
                     .value(u"id"_s)
                     .toInteger();
    QVERIFY(m_provider > 0);
}

void tst_MarketStream::cleanupTestCase()
{
    m_api.reset();
    m_broker.reset();
}

void tst_MarketStream::ticketIsNeededAndSingleUse()
{
    QCOMPARE(m_api->send("POST", u"/api/v1/stream/tickets"_s, {}).status, 401);

    auto openAndWait = [](const QUrl &url) {
        auto socket = std::make_unique<QWebSocket>();
        QSignalSpy disconnected(socket.get(), &QWebSocket::disconnected);
        QSignalSpy messages(socket.get(), &QWebSocket::textMessageReceived);
        socket->open(url);
        // Either a hello arrives or the broker closes the socket.
        const bool settled = QTest::qWaitFor([&] { return !messages.isEmpty() || !disconnected.isEmpty(); }, 5'000);
        Q_UNUSED(settled);
        return std::pair{messages.size(), socket->closeCode()};
    };
    const QUrl url = streamUrl(m_buyer);
    QCOMPARE(openAndWait(url).first, 1);
    const auto reused = openAndWait(url);
    QCOMPARE(reused.first, 0);
    QUrl forged = url;
    forged.setQuery(u"ticket=made-up"_s);
    QCOMPARE(openAndWait(forged).first, 0);
}

void tst_MarketStream::streamCarriesTradesBooksAndOrders()
{
    sc::client::BrokerClient client;
    client.setBaseUrl(m_broker->url());
    client.setAccessToken(m_buyer);
    sc::client::MarketStream stream(client);
    QSignalSpy connected(&stream, &sc::client::MarketStream::connectedChanged);
    QSignalSpy trades(&stream, &sc::client::MarketStream::tradesReceived);
    QSignalSpy instruments(&stream, &sc::client::MarketStream::instrumentsChanged);
    QSignalSpy orders(&stream, &sc::client::MarketStream::ordersChanged);
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 10'000);

    // A seller's ask changes a book: every client hears of the instrument.
    const QString until = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs);
    QCOMPARE(m_api
                 ->send("POST",
                        u"/api/v1/market/asks"_s,
                        m_seller,
                        QJsonObject{{u"providerId"_s, m_provider},
                                    {u"instanceType"_s, u"g1.small"_s},
                                    {u"region"_s, u"eu-de-fra"_s},
                                    {u"quantity"_s, 3},
                                    {u"pricePerHour"_s, 44},
                                    {u"availableUntil"_s, until}})
                 .status,
             201);
    QTRY_VERIFY_WITH_TIMEOUT(!instruments.isEmpty(), 5'000);
    const auto changed = instruments.constLast().constFirst().value<QList<QPair<QString, QString>>>();
    QCOMPARE(changed.constFirst(), (QPair<QString, QString>{u"g1.small"_s, u"eu-de-fra"_s}));
    QVERIFY2(orders.isEmpty(), "the seller's order is not the buyer's news");

    // The buyer's bid trades: the print and the buyer's own order update arrive.
    QCOMPARE(m_api
                 ->send("POST",
                        u"/api/v1/market/bids"_s,
                        m_buyer,
                        QJsonObject{{u"instanceType"_s, u"g1.small"_s},
                                    {u"regions"_s, QJsonArray{u"eu-de-fra"_s}},
                                    {u"maxPricePerHour"_s, 50},
                                    {u"durationHours"_s, 2},
                                    {u"quantity"_s, 2}})
                 .status,
             201);
    QTRY_VERIFY_WITH_TIMEOUT(!trades.isEmpty(), 5'000);
    const auto prints = trades.constLast().constFirst().value<QList<sc::protocol::TradePrint>>();
    QCOMPARE(prints.constFirst().pricePerHour, 44);
    QCOMPARE(prints.constFirst().quantity, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!orders.isEmpty(), 5'000);

    stream.stop();
    QVERIFY(!stream.isConnected());
}

QTEST_GUILESS_MAIN(tst_MarketStream)
#include "tst_marketstream.moc"
