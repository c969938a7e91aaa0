// WatchClient and MarketStream's notifications against a real broker in this
// process: creating, listing and deleting watches with the broker's refusals
// typed, and a matching ask raising a notification that arrives over the
// stream and is marked read.
#include "TestApi.h"
#include "client/BrokerClient.h"
#include "client/MarketStream.h"
#include "client/WatchClient.h"
#include "core/Broker.h"
#include "core/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::WatchClient;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;
using sc::test::Reply;
using sc::test::TestApi;

namespace {

const QByteArray kPassword = "correct horse battery";

template<typename T>
Expected<T> wait(const std::function<void(BrokerClient::Callback<T>)> &call)
{
    std::optional<Expected<T>> result;
    call([&result](const Expected<T> &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000))
        return sc::protocol::ApiError{ErrorCode::Internal, u"no answer"_s, {}, {}};
    return *result;
}

} // namespace

class tst_WatchClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createListAndDelete();
    void refusalsAreTyped();
    void notificationArrivesOverTheStream();

private:
    QByteArray login(const QByteArray &email);
    Expected<sc::protocol::Watch> create(const QString &name, qint64 maxPrice, const QString &type = u"g1.small"_s);

    QTemporaryDir m_dir;
    sc::broker::SystemClock m_clock;
    std::unique_ptr<sc::broker::Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    std::unique_ptr<BrokerClient> m_client; // the buyer
    QByteArray m_buyer, m_seller;
    qint64 m_provider = 0;
};

QByteArray tst_WatchClient::login(const QByteArray &email)
{
    return m_api
        ->send("POST",
               u"/api/v1/auth/login"_s,
               {},
               QJsonObject{{u"email"_s, QString::fromLatin1(email)}, {u"password"_s, QString::fromLatin1(kPassword)}})
        .json()
        .value(u"token"_s)
        .toString()
        .toLatin1();
}

Expected<sc::protocol::Watch> tst_WatchClient::create(const QString &name, qint64 maxPrice, const QString &type)
{
    sc::client::MarketClient::OfferFilter search;
    search.instanceType = type;
    search.countries = {u"DE"_s};
    return wait<sc::protocol::Watch>([&](auto callback) {
        WatchClient(*m_client).createWatch(name, WatchClient::watchFilter(search, maxPrice), m_client.get(), callback);
    });
}

void tst_WatchClient::initTestCase()
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
    m_client = std::make_unique<BrokerClient>();
    m_client->setBaseUrl(m_broker->url());
    m_client->setAccessToken(m_buyer);
}

void tst_WatchClient::cleanupTestCase()
{
    m_client.reset();
    m_api.reset();
    m_broker.reset();
}

void tst_WatchClient::createListAndDelete()
{
    const auto watch = create(u"Small in Germany"_s, 30);
    QVERIFY2(watch.hasValue(), qPrintable(watch ? QString() : watch.error().message));
    QVERIFY(watch->id > 0);
    QCOMPARE(watch->name, u"Small in Germany"_s);
    QCOMPARE(watch->filter.maxPricePerHour, std::optional<qint64>(30));
    QCOMPARE(watch->filter.countries, QStringList{u"DE"_s});
    QCOMPARE(watch->matchingNow, 0);
    QVERIFY(!watch->lastNotifiedAt.isValid());

    const auto second = create(u"Medium"_s, 60, u"g1.medium"_s);
    QVERIFY(second.hasValue());
    const auto listed = wait<QList<sc::protocol::Watch>>(
        [this](auto callback) { WatchClient(*m_client).fetchWatches(m_client.get(), callback); });
    QVERIFY(listed.hasValue());
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).id, second->id); // newest first

    const auto deleted = wait<WatchClient::Done>(
        [&](auto callback) { WatchClient(*m_client).deleteWatch(second->id, m_client.get(), callback); });
    QVERIFY(deleted.hasValue());
    const auto again = wait<WatchClient::Done>(
        [&](auto callback) { WatchClient(*m_client).deleteWatch(second->id, m_client.get(), callback); });
    QVERIFY(!again.hasValue());
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

void tst_WatchClient::refusalsAreTyped()
{
    const auto unnamed = create(QString(), 30);
    QVERIFY(!unnamed.hasValue());
    QCOMPARE(unnamed.error().code, ErrorCode::ValidationFailed);
    QCOMPARE(unnamed.error().details.value(u"field"_s).toString(), u"name"_s);
    const auto priceless = create(u"Free"_s, 0);
    QVERIFY(!priceless.hasValue());
    QCOMPARE(priceless.error().code, ErrorCode::ValidationFailed);
    QCOMPARE(priceless.error().details.value(u"field"_s).toString(), u"filter.maxPricePerHour"_s);

    // 20 at most: one is there from createListAndDelete.
    QList<qint64> made;
    for (int i = 1; i < WatchClient::kMaxWatches; ++i) {
        const auto watch = create(u"Filler %1"_s.arg(i), 10);
        QVERIFY(watch.hasValue());
        made.append(watch->id);
    }
    const auto tooMany = create(u"One too many"_s, 10);
    QVERIFY(!tooMany.hasValue());
    QCOMPARE(tooMany.error().code, ErrorCode::Conflict);
    for (const qint64 id : made) {
        QVERIFY(wait<WatchClient::Done>([&](auto callback) {
                    WatchClient(*m_client).deleteWatch(id, m_client.get(), callback);
                }).hasValue());
    }
}

void tst_WatchClient::notificationArrivesOverTheStream()
{
    sc::client::MarketStream stream(*m_client);
    QSignalSpy notifications(&stream, &sc::client::MarketStream::notificationReceived);
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 10'000);

    const QString until = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs);
    auto ask = [&](qint64 price) {
        return m_api
            ->send("POST",
                   u"/api/v1/market/asks"_s,
                   m_seller,
                   QJsonObject{{u"providerId"_s, m_provider},
                               {u"instanceType"_s, u"g1.small"_s},
                               {u"region"_s, u"eu-de-fra"_s},
                               {u"quantity"_s, 1},
                               {u"pricePerHour"_s, price},
                               {u"availableUntil"_s, until}})
            .status;
    };
    QCOMPARE(ask(31), 201); // a cent too dear for "Small in Germany"
    QCOMPARE(ask(29), 201);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.size(), 1, 5'000);
    const auto notification = notifications.constFirst().constFirst().value<sc::protocol::Notification>();
    QCOMPARE(notification.watchName, u"Small in Germany"_s);
    QCOMPARE(notification.offer.pricePerHour, 29);
    QCOMPARE(notification.offer.region, u"eu-de-fra"_s);
    QVERIFY(!notification.readAt.isValid());

    auto list = wait<WatchClient::NotificationList>(
        [this](auto callback) { WatchClient(*m_client).fetchNotifications(true, 50, m_client.get(), callback); });
    QVERIFY(list.hasValue());
    QCOMPARE(list->unread, 1);
    QCOMPARE(list->notifications.size(), 1);
    QCOMPARE(list->notifications.constFirst().id, notification.id);

    const auto unread = wait<qint64>(
        [&](auto callback) { WatchClient(*m_client).markRead({notification.id}, m_client.get(), callback); });
    QVERIFY(unread.hasValue());
    QCOMPARE(*unread, 0);
    QCOMPARE(ask(28), 201);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.size(), 2, 5'000);
    const auto all = wait<qint64>([&](auto callback) { WatchClient(*m_client).markAllRead(m_client.get(), callback); });
    QVERIFY(all.hasValue());
    QCOMPARE(*all, 0);
    stream.stop();
}

QTEST_GUILESS_MAIN(tst_WatchClient)
#include "tst_watchclient.moc"
