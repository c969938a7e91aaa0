// Order placement with an Idempotency-Key: a submission whose answer is lost
// on the way back is sent again with the same key and the broker answers
// with the order it already placed; a request without a key is never sent
// twice. A real broker in this process, reached through a proxy that cuts
// answers off on cue.
#include "TestApi.h"
#include "client/BrokerClient.h"
#include "client/MarketClient.h"
#include "core/Broker.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::MarketClient;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;
using sc::test::Reply;
using sc::test::TestApi;

namespace {

const QByteArray kPassword = "correct horse battery";

// Forwards loopback connections to the broker. While cutBidAnswers > 0 the
// answer to the next POST /api/v1/market/bids is cut off after its headers and
// one byte of its body, as a dropped connection would: the broker has acted,
// the client never learns how.
class LossyProxy : public QObject
{
public:
    explicit LossyProxy(QUrl upstream)
        : m_upstream(std::move(upstream))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int cutBidAnswers = 0;
    // Every POST /market/bids that reached the broker, with its Idempotency-Key ("" without).
    QList<QByteArray> bidKeys;
    int replayedAnswers = 0;

private:
    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto cut = std::make_shared<bool>(false);
        auto answer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, cut] {
            const QByteArray bytes = client->readAll();
            static const QRegularExpression key(u"Idempotency-Key: *([^\\r]*)\\r\\n"_s,
                                                QRegularExpression::CaseInsensitiveOption);
            if (bytes.contains("POST /api/v1/market/bids ")) {
                const auto match = key.match(QString::fromLatin1(bytes));
                bidKeys.append(match.hasMatch() ? match.captured(1).toLatin1() : QByteArray());
                if (cutBidAnswers > 0) {
                    --cutBidAnswers;
                    *cut = true;
                }
            }
            upstream->write(bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, cut, answer] {
            const QByteArray bytes = upstream->readAll();
            if (bytes.contains("Idempotent-Replayed: true") || bytes.contains("idempotent-replayed: true"))
                ++replayedAnswers;
            if (!*cut) {
                client->write(bytes);
                return;
            }
            answer->append(bytes);
            const qsizetype headerEnd = answer->indexOf("\r\n\r\n");
            if (headerEnd < 0 || answer->size() < headerEnd + 5)
                return;
            client->write(answer->left(headerEnd + 5));
            client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        if (client->bytesAvailable() > 0)
            Q_EMIT client->readyRead();
    }

    QTcpServer m_server;
    QUrl m_upstream;
};

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

class tst_IdempotentOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void lostAnswerIsRetriedWithTheSameKey();
    void everySubmissionHasItsOwnKey();
    void postWithoutKeyIsSentOnce();
    void sameKeyForAnotherBodyIsRefused();

private:
    QByteArray login(const QByteArray &email);
    int openBidsAt(qint64 price);
    MarketClient::BidOrder restingBid(qint64 price) const;

    QTemporaryDir m_dir;
    sc::broker::SystemClock m_clock;
    std::unique_ptr<sc::broker::Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    std::unique_ptr<LossyProxy> m_proxy;
    std::unique_ptr<BrokerClient> m_client; // through the proxy
    QByteArray m_buyer;
};

QByteArray tst_IdempotentOrders::login(const QByteArray &email)
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

int tst_IdempotentOrders::openBidsAt(qint64 price)
{
    int count = 0;
    const Reply bids = m_api->send("GET", u"/api/v1/market/bids?status=open"_s, m_buyer);
    for (const QJsonValue &bid : bids.json().value(u"bids"_s).toArray()) {
        if (bid.toObject().value(u"maxPricePerHour"_s).toInteger() == price)
            ++count;
    }
    return count;
}

MarketClient::BidOrder tst_IdempotentOrders::restingBid(qint64 price) const
{
    MarketClient::BidOrder order;
    order.instanceType = u"g1.small"_s;
    order.regions = {u"eu-de-fra"_s};
    order.maxPricePerHour = price;
    order.durationHours = 2;
    order.quantity = 1;
    order.timeInForce = u"gtc"_s; // nothing sells: it rests in the book
    return order;
}

void tst_IdempotentOrders::initTestCase()
{
    sc::broker::BrokerConfig config;
    // Buyers start with ample credit: what is tested here is not the money.
    config.billing.welcomeCredit = 100'000'000;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.passwordParameters = sc::broker::PasswordHasher::fastParametersForTests();
    m_broker = std::make_unique<sc::broker::Broker>(config, m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    QCOMPARE(m_api
                 ->send("POST",
                        u"/api/v1/auth/register"_s,
                        {},
                        QJsonObject{{u"email"_s, u"ann@buyer.example"_s},
                                    {u"password"_s, QString::fromLatin1(kPassword)},
                                    {u"displayName"_s, u"Ann"_s},
                                    {u"organizationName"_s, u"Ann Analytics"_s},
                                    {u"countryCode"_s, u"DE"_s},
                                    {u"role"_s, u"buyer"_s}})
                 .status,
             201);
    m_buyer = login("ann@buyer.example");
    QVERIFY(!m_buyer.isEmpty());
}

void tst_IdempotentOrders::cleanupTestCase()
{
    m_client.reset();
    m_proxy.reset();
    m_api.reset();
    m_broker.reset();
}

void tst_IdempotentOrders::init()
{
    m_client.reset();
    m_proxy = std::make_unique<LossyProxy>(m_broker->url());
    m_client = std::make_unique<BrokerClient>();
    m_client->setBaseUrl(m_proxy->url());
    m_client->setAccessToken(m_buyer);
    m_client->setRetryPolicy({3, std::chrono::milliseconds(50), std::chrono::milliseconds(200)});
}

void tst_IdempotentOrders::lostAnswerIsRetriedWithTheSameKey()
{
    m_proxy->cutBidAnswers = 1;
    const auto placed = wait<MarketClient::BidPlacement>(
        [this](auto callback) { MarketClient(*m_client).placeBid(restingBid(11), m_client.get(), callback); });
    QVERIFY2(placed.hasValue(), qPrintable(placed ? QString() : placed.error().message));
    QCOMPARE(m_proxy->bidKeys.size(), 2);
    QVERIFY(!m_proxy->bidKeys.constFirst().isEmpty());
    QCOMPARE(m_proxy->bidKeys.at(1), m_proxy->bidKeys.at(0));
    QCOMPARE(m_proxy->replayedAnswers, 1);
    // One order, the one the first attempt placed.
    QCOMPARE(openBidsAt(11), 1);
    QVERIFY(placed->bid.id > 0);
}

void tst_IdempotentOrders::everySubmissionHasItsOwnKey()
{
    for (int submission = 0; submission < 2; ++submission) {
        const auto placed = wait<MarketClient::BidPlacement>(
            [this](auto callback) { MarketClient(*m_client).placeBid(restingBid(12), m_client.get(), callback); });
        QVERIFY(placed.hasValue());
    }
    QCOMPARE(m_proxy->bidKeys.size(), 2);
    QVERIFY(!m_proxy->bidKeys.at(0).isEmpty());
    QVERIFY(m_proxy->bidKeys.at(0) != m_proxy->bidKeys.at(1));
    QCOMPARE(m_proxy->replayedAnswers, 0);
    QCOMPARE(openBidsAt(12), 2); // the user asked twice
}

void tst_IdempotentOrders::postWithoutKeyIsSentOnce()
{
    m_proxy->cutBidAnswers = 1;
    const auto answer = wait<QJsonObject>([this](auto callback) {
        m_client->sendJson("POST", u"/market/bids"_s, restingBid(13).toJson(), m_client.get(), callback);
    });
    QVERIFY(!answer.hasValue());
    QCOMPARE(answer.error().code, ErrorCode::NetworkError);
    QCOMPARE(m_proxy->bidKeys, QList<QByteArray>{QByteArray()});
    // The broker did place it: which is why it must not be sent again blindly.
    QCOMPARE(openBidsAt(13), 1);
}

void tst_IdempotentOrders::sameKeyForAnotherBodyIsRefused()
{
    const BrokerClient::Headers key{{"Idempotency-Key", BrokerClient::newIdempotencyKey()}};
    const auto first = wait<QJsonObject>([&](auto callback) {
        m_client->sendJson("POST", u"/market/bids"_s, restingBid(14).toJson(), key, m_client.get(), callback);
    });
    QVERIFY(first.hasValue());
    const auto other = wait<QJsonObject>([&](auto callback) {
        m_client->sendJson("POST", u"/market/bids"_s, restingBid(15).toJson(), key, m_client.get(), callback);
    });
    QVERIFY(!other.hasValue());
    QCOMPARE(other.error().code, ErrorCode::Unprocessable);
    QCOMPARE(openBidsAt(14), 1);
    QCOMPARE(openBidsAt(15), 0);
}

QTEST_GUILESS_MAIN(tst_IdempotentOrders)
#include "tst_idempotentorders.moc"
