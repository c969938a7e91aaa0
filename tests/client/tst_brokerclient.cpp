// The client library against a real sparecloud-broker process, plus small
// scripted servers for the failure modes a real broker will not produce on cue.
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "client/EmbeddedBroker.h"
#include "protocol/ApiVersion.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::client;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace {

// Answers each connection with the next canned response (or never, when empty).
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QList<QByteArray> responses)
        : m_responses(std::move(responses))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const QByteArray response = m_connections < m_responses.size() ? m_responses.at(m_connections)
                                                                               : QByteArray();
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket, response] {
                    if (!socket->readAll().contains("\r\n\r\n") || response.isEmpty())
                        return;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_responses;
    int m_connections = 0;
};

QByteArray httpResponse(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

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

class tst_BrokerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void embeddedBrokerAnswers();
    void catalogIsTyped();
    void missingTokenIsUnauthorized();
    void unknownPathIsTypedNotFound();
    void getRetriesOnUnavailable();
    void postIsNeverRetried();
    void refusedConnectionIsNetworkError();
    void silentServerTimesOut();
    void garbageIsInvalidResponse();
    void missingExecutableFailsClearly();
    void brokerThatCannotStartShowsItsLog();
    void stopEndsTheProcess();
    void connectionToOfflineDemo();
    void profileValidation_data();
    void profileValidation();
    void profileRoundTrip();

private:
    QTemporaryDir m_dir;
    EmbeddedBroker *m_broker = nullptr;
};

void tst_BrokerClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_broker = new EmbeddedBroker(this);
    QSignalSpy started(m_broker, &EmbeddedBroker::started);
    QSignalSpy failed(m_broker, &EmbeddedBroker::failed);
    EmbeddedBroker::Options options;
    options.executable = QStringLiteral(SPARECLOUD_BROKER_EXE);
    options.dataDir = m_dir.filePath(u"shared"_s);
    m_broker->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(m_broker->log()));
    QCOMPARE(m_broker->state(), EmbeddedBroker::State::Running);
}

void tst_BrokerClient::cleanupTestCase()
{
    delete m_broker;
}

void tst_BrokerClient::embeddedBrokerAnswers()
{
    QCOMPARE(m_broker->baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_broker->baseUrl().port() > 0);
    QVERIFY2(m_broker->accessToken().size() >= 43, "the one-time token carries at least 256 bits");

    BrokerClient client;
    client.setBaseUrl(m_broker->baseUrl());
    const auto version = wait<sc::protocol::VersionInfo>([&](auto callback) { client.fetchVersion(this, callback); });
    QVERIFY(version);
    QCOMPARE(version->apiVersion, sc::protocol::kApiVersion.toString());
}

void tst_BrokerClient::catalogIsTyped()
{
    BrokerClient client;
    client.setBaseUrl(m_broker->baseUrl());
    client.setBrokerToken(m_broker->accessToken());
    const auto session = wait<sc::protocol::SessionInfo>(
        [&](auto callback) { client.embeddedLogin(u"operator"_s, this, callback); });
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    QCOMPARE(session->user.role, u"operator"_s);
    QCOMPARE(client.accessToken(), session->token);
    const auto catalog = wait<sc::protocol::Catalog>([&](auto callback) { client.fetchCatalog(this, callback); });
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    QVERIFY(catalog->instanceTypes.size() >= 10);
    QVERIFY(catalog->regions.size() >= 10);
}

void tst_BrokerClient::missingTokenIsUnauthorized()
{
    BrokerClient client;
    client.setBaseUrl(m_broker->baseUrl());
    QSignalSpy failures(&client, &BrokerClient::requestFailed);
    // Another local program without the one-time token gets nothing, not even a login.
    const auto login = wait<sc::protocol::SessionInfo>(
        [&](auto callback) { client.embeddedLogin(u"operator"_s, this, callback); });
    QVERIFY(!login);
    QCOMPARE(login.error().code, ErrorCode::Unauthorized);
    QCOMPARE(login.error().details.value(u"reason"_s).toString(), u"broker_token"_s);
    QCOMPARE(failures.size(), 1);

    // The app's token without a session still needs a login for the catalog.
    client.setBrokerToken(m_broker->accessToken());
    const auto catalog = wait<sc::protocol::Catalog>([&](auto callback) { client.fetchCatalog(this, callback); });
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, ErrorCode::Unauthorized);
    QVERIFY(!catalog.error().message.isEmpty());
}

void tst_BrokerClient::unknownPathIsTypedNotFound()
{
    BrokerClient client;
    client.setBaseUrl(m_broker->baseUrl());
    client.setBrokerToken(m_broker->accessToken());
    const auto result = wait<QJsonObject>(
        [&](auto callback) { client.getJson(u"/no-such-thing"_s, {}, this, callback); });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY(!result.error().requestId.isEmpty());
}

void tst_BrokerClient::getRetriesOnUnavailable()
{
    ScriptedServer server({httpResponse(503, R"({"error":{"code":"unavailable","message":"busy"}})"),
                           httpResponse(200, R"({"ok":true})")});
    BrokerClient client;
    client.setBaseUrl(server.url());
    client.setRetryPolicy({3, std::chrono::milliseconds(50), std::chrono::milliseconds(200)});
    const auto result = wait<QJsonObject>([&](auto callback) { client.getJson(u"/x"_s, {}, this, callback); });
    QVERIFY(result);
    QCOMPARE(result->value(u"ok"_s).toBool(), true);
    QCOMPARE(server.connections(), 2);
}

void tst_BrokerClient::postIsNeverRetried()
{
    ScriptedServer server({httpResponse(503, R"({"error":{"code":"unavailable","message":"busy"}})"),
                           httpResponse(200, R"({"ok":true})")});
    BrokerClient client;
    client.setBaseUrl(server.url());
    client.setRetryPolicy({3, std::chrono::milliseconds(50), std::chrono::milliseconds(200)});
    const auto result = wait<QJsonObject>([&](auto callback) {
        client.sendJson("POST", u"/x"_s, QJsonObject{{u"a"_s, 1}}, this, callback);
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Unavailable);
    QCOMPARE(result.error().message, u"busy"_s);
    QCOMPARE(server.connections(), 1);
}

void tst_BrokerClient::refusedConnectionIsNetworkError()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        closedPort = probe.serverPort();
    }
    BrokerClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort)));
    client.setRetryPolicy({3, std::chrono::milliseconds(100), std::chrono::milliseconds(1'000)});
    QElapsedTimer timer;
    timer.start();
    const auto result = wait<sc::protocol::HealthStatus>([&](auto callback) { client.fetchHealth(this, callback); });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::NetworkError);
    QVERIFY2(timer.elapsed() >= 300, "two back-offs (100 ms, 200 ms) come before giving up");
}

void tst_BrokerClient::silentServerTimesOut()
{
    ScriptedServer server({});
    BrokerClient client;
    client.setBaseUrl(server.url());
    client.setTimeout(std::chrono::milliseconds(300));
    client.setRetryPolicy({1, std::chrono::milliseconds(10), std::chrono::milliseconds(10)});
    const auto result = wait<QJsonObject>([&](auto callback) { client.getJson(u"/x"_s, {}, this, callback); });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Timeout);
}

void tst_BrokerClient::garbageIsInvalidResponse()
{
    ScriptedServer server({httpResponse(200, "<html>not json</html>"), httpResponse(200, R"({"status": 7})")});
    BrokerClient client;
    client.setBaseUrl(server.url());
    const auto notJson = wait<QJsonObject>([&](auto callback) { client.getJson(u"/x"_s, {}, this, callback); });
    QVERIFY(!notJson);
    QCOMPARE(notJson.error().code, ErrorCode::InvalidResponse);
    const auto wrongShape = wait<sc::protocol::HealthStatus>(
        [&](auto callback) { client.fetchHealth(this, callback); });
    QVERIFY(!wrongShape);
    QCOMPARE(wrongShape.error().code, ErrorCode::InvalidResponse);
}

void tst_BrokerClient::missingExecutableFailsClearly()
{
    EmbeddedBroker broker;
    QSignalSpy failed(&broker, &EmbeddedBroker::failed);
    EmbeddedBroker::Options options;
    options.executable = m_dir.filePath(u"no-such-broker"_s);
    options.dataDir = m_dir.filePath(u"missing"_s);
    broker.start(options);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(u"sparecloud-broker"_s));
    QCOMPARE(broker.state(), EmbeddedBroker::State::Failed);
}

void tst_BrokerClient::brokerThatCannotStartShowsItsLog()
{
    EmbeddedBroker broker;
    QSignalSpy failed(&broker, &EmbeddedBroker::failed);
    EmbeddedBroker::Options options;
    options.executable = QStringLiteral(SPARECLOUD_BROKER_EXE);
    options.dataDir = m_dir.filePath(u"bad-db"_s);
    options.extraArguments = {u"--database"_s, u"postgresql://db.invalid/sparecloud"_s};
    broker.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20'000);
    QVERIFY2(broker.log().contains(u"PostgreSQL is not supported yet"_s), qPrintable(broker.log()));
}

void tst_BrokerClient::stopEndsTheProcess()
{
    EmbeddedBroker broker;
    QSignalSpy started(&broker, &EmbeddedBroker::started);
    QSignalSpy stopped(&broker, &EmbeddedBroker::stopped);
    EmbeddedBroker::Options options;
    options.executable = QStringLiteral(SPARECLOUD_BROKER_EXE);
    options.dataDir = m_dir.filePath(u"stop"_s);
    broker.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20'000);
    const QUrl url = broker.baseUrl();
    broker.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10'000);
    QCOMPARE(broker.state(), EmbeddedBroker::State::Stopped);

    BrokerClient client;
    client.setBaseUrl(url);
    client.setRetryPolicy({1, std::chrono::milliseconds(10), std::chrono::milliseconds(10)});
    const auto health = wait<sc::protocol::HealthStatus>([&](auto callback) { client.fetchHealth(this, callback); });
    QVERIFY(!health);
    QCOMPARE(health.error().code, ErrorCode::NetworkError);
}

void tst_BrokerClient::connectionToOfflineDemo()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dir.filePath(u"profiles"_s), QStringLiteral(SPARECLOUD_BROKER_EXE));
    QSignalSpy states(&connection, &BrokerConnection::stateChanged);
    connection.connectTo(ConnectionProfile{});
    QCOMPARE(connection.state(), BrokerConnection::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), BrokerConnection::State::Connected, 20'000);
    QVERIFY(connection.description().startsWith(u"Offline demo"_s));
    const auto health = wait<sc::protocol::HealthStatus>([&](auto callback) { client.fetchHealth(this, callback); });
    QVERIFY(health);
    QVERIFY2(health->demo, "the offline demo runs the broker with --demo");
    const auto catalog = wait<sc::protocol::Catalog>([&](auto callback) { client.fetchCatalog(this, callback); });
    QVERIFY2(catalog, "the connection hands the embedded broker's token to the client");
    QVERIFY(QFileInfo::exists(m_dir.filePath(u"profiles/demo/broker.sqlite"_s)));

    // The demo opens straight into a ready session as its buyer, and switches to its seller.
    QVERIFY(connection.currentUser());
    QCOMPARE(connection.currentUser()->role, u"buyer"_s);
    QSignalSpy userChanged(&connection, &BrokerConnection::userChanged);
    connection.switchAccount(u"seller"_s);
    QVERIFY(userChanged.wait(10'000));
    QCOMPARE(connection.currentUser()->role, u"seller"_s);
    const auto me = wait<sc::protocol::UserInfo>([&](auto callback) { client.fetchCurrentUser(this, callback); });
    QVERIFY(me);
    QCOMPARE(me->email, connection.currentUser()->email);

    QSignalSpy loginFailed(&connection, &BrokerConnection::loginFailed);
    connection.switchAccount(u"nobody"_s);
    QVERIFY(loginFailed.wait(10'000));
    QCOMPARE(connection.currentUser()->role, u"seller"_s);

    connection.disconnectFromBroker();
    QCOMPARE(connection.state(), BrokerConnection::State::Disconnected);
}

void tst_BrokerClient::profileValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << u"https://broker.example.com"_s << false << true;
    QTest::newRow("http remote") << u"http://broker.example.com"_s << false << false;
    QTest::newRow("http remote allowed") << u"http://broker.example.com"_s << true << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << false << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << false << true;
    QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080"_s << false << true;
    QTest::newRow("ftp") << u"ftp://broker.example.com"_s << true << false;
    QTest::newRow("empty") << QString() << false << false;
}

void tst_BrokerClient::profileValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, valid);
    ConnectionProfile profile{ConnectionProfile::Mode::Remote, QUrl(url), allowInsecure, {}};
    QCOMPARE(profile.validationError().isEmpty(), valid);
    // Embedded modes need no URL.
    profile.mode = ConnectionProfile::Mode::LocalEmbedded;
    QVERIFY(profile.validationError().isEmpty());
}

void tst_BrokerClient::profileRoundTrip()
{
    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const ConnectionProfile profile{
        ConnectionProfile::Mode::Remote, QUrl(u"https://b.example.com:8443"_s), true, "ab12"};
    profile.save(settings);
    QCOMPARE(ConnectionProfile::load(settings), profile);
}

QTEST_GUILESS_MAIN(tst_BrokerClient)
#include "tst_brokerclient.moc"
