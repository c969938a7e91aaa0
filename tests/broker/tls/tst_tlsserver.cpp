// The broker over HTTPS, probed with real TLS clients on 127.0.0.1: which
// protocol versions and ciphers it accepts, and how it treats handshakes that
// stall, fail or come in numbers. Every refusal is checked against a control
// server that accepts the very same client, so a refusal cannot come from
// the client's own library refusing to offer what the row asks for.
#include "core/Broker.h"
#include "core/Clock.h"
#include "core/tls/SelfSignedCertificate.h"
#include "core/tls/TlsCredentials.h"
#include "http/HttpServer.h"
#include "http/HttpTlsListener.h"
#include "http/RouteTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace sc::broker;

namespace {

// QVERIFY2 builds its message even when the check passes.
template<typename T>
QString failure(const sc::protocol::Expected<T> &result)
{
    return result ? QString() : result.error().message;
}

// TLS 1.0 and 1.1 are deprecated in Qt's API: named here, once.
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
constexpr QSsl::SslProtocol kTls10 = QSsl::TlsV1_0;
constexpr QSsl::SslProtocol kTls11 = QSsl::TlsV1_1;
QT_WARNING_POP

struct Attempt
{
    bool encrypted = false;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
    QString cipher;
    QString error;
    QByteArray response; // to the GET, when one was asked for
};

// A client that offers whatever a row asks for: OpenSSL 3 refuses to offer
// TLS 1.0/1.1 and SHA-1 signatures above security level 0, so the client
// runs at level 0. No certificate checks: the server's choices are tested here.
QSslConfiguration clientConfiguration(QSsl::SslProtocol protocol, const QStringList &ciphers = {})
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(protocol);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    QByteArray cipherString = ciphers.isEmpty() ? QByteArray("ALL") : ciphers.join(u':').toLatin1();
    configuration.setBackendConfigurationOption("CipherString", QByteArray(cipherString + ":@SECLEVEL=0"));
    if (!ciphers.isEmpty()) {
        QList<QSslCipher> list;
        for (const QString &name : ciphers)
            list.append(QSslCipher(name));
        configuration.setCiphers(list);
    }
    return configuration;
}

// Handshakes (through the event loop: the server runs on this thread) and,
// given a path, GETs it and reads the answer until the server closes.
Attempt attempt(quint16 port, const QSslConfiguration &configuration, const QByteArray &path = {})
{
    QSslSocket socket;
    socket.setSslConfiguration(configuration);
    Attempt result;
    bool failed = false;
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket, [&](QAbstractSocket::SocketError) {
        failed = true;
        if (result.error.isEmpty())
            result.error = socket.errorString();
    });
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    (void)QTest::qWaitFor([&] { return socket.isEncrypted() || failed; }, 10'000);
    result.encrypted = socket.isEncrypted();
    if (!result.encrypted) {
        if (result.error.isEmpty())
            result.error = u"no handshake within 10 s"_s;
        return result;
    }
    result.protocol = socket.sessionProtocol();
    result.cipher = socket.sessionCipher().name();
    if (!path.isEmpty()) {
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        (void)QTest::qWaitFor(
            [&] {
                result.response += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState || failed;
            },
            10'000);
        result.response += socket.readAll();
    }
    return result;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A server with the same certificate that accepts anything OpenSSL can do:
// the control for every refusal.
class PermissiveServer
{
public:
    explicit PermissiveServer(const TlsCredentials &credentials)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(credentials.chain());
        configuration.setPrivateKey(credentials.privateKey());
        configuration.setProtocol(QSsl::AnyProtocol);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        configuration.setBackendConfigurationOption("MinProtocol", QByteArray("TLSv1"));
        configuration.setBackendConfigurationOption("CipherString", QByteArray("ALL:@SECLEVEL=0"));
        m_server.setSslConfiguration(configuration);
        // Kept until the client leaves: closing at once could cut the
        // handshake's last message off before the client has read it.
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

// The smallest service: GET /api/v1/hello.
class HelloRoutes
{
public:
    HelloRoutes()
    {
        sc::http::RouteOptions open;
        open.isPublic = true;
        m_routes.addSync(
            sc::http::HttpMethod::Get,
            u"/api/v1/hello",
            [](const sc::http::HttpRequest &request) {
                return sc::http::HttpResponse::json(200, QJsonObject{{u"secure"_s, request.secure}});
            },
            open);
        sc::http::RouteOptions webSocket = open;
        webSocket.webSocket = true;
        m_routes.addSync(
            sc::http::HttpMethod::Get,
            u"/api/v1/ws",
            [](const sc::http::HttpRequest &) {
                return sc::http::HttpResponse::text(426, "Upgrade to a WebSocket.\n");
            },
            webSocket);
    }
    sc::http::RouteTable &routes() { return m_routes; }

private:
    sc::http::RouteTable m_routes;
};

} // namespace

class tst_TlsServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void brokerUrlIsHttps();
    void protocols_data();
    void protocols();
    void ciphers_data();
    void ciphers();
    void policyAllowsOnlyForwardSecretAead();
    void certificateVerifiesForClientsThatTrustIt();
    void handshakesCountAgainstTheLimits();
    void stalledHandshakeIsCut();
    void failedHandshakesLeaveNothingBehind();
    void shutdownDuringHandshakes();
    void plainHttpStillServes();
    void webSocketOverTls();

private:
    std::unique_ptr<sc::http::HttpServer> tlsServer(sc::http::RouteTable &routes, sc::http::HttpServerLimits limits);
    quint16 portOf(const QString &key) const;

    QTemporaryDir m_dir;
    SystemClock m_clock;                 // real time: clients check the certificate's dates against it
    std::unique_ptr<Broker> m_ecBroker;  // --tls-self-signed (EC P-256)
    std::unique_ptr<Broker> m_rsaBroker; // --tls-cert/--tls-key with an RSA 3072 pair
    std::optional<TlsCredentials> m_ecCredentials;
    std::optional<TlsCredentials> m_rsaCredentials;
    std::unique_ptr<PermissiveServer> m_ecControl;
    std::unique_ptr<PermissiveServer> m_rsaControl;
};

void tst_TlsServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSslSocket::supportsSsl());

    BrokerConfig ec;
    ec.port = 0;
    ec.dataDir = m_dir.filePath(u"ec"_s);
    ec.passwordParameters = PasswordHasher::fastParametersForTests();
    ec.tlsSelfSigned = true;
    m_ecBroker = std::make_unique<Broker>(ec, m_clock);
    QVERIFY2(m_ecBroker->start(), qPrintable(m_ecBroker->errorString()));
    const QString tlsFolder = ec.tlsFolder();
    auto ecCredentials = TlsCredentials::fromFiles(
        tlsFolder + u"/broker-cert.pem"_s, tlsFolder + u"/broker-key.pem"_s, m_clock.now());
    QVERIFY2(ecCredentials, qPrintable(failure(ecCredentials)));
    m_ecCredentials = *ecCredentials;

    const auto rsaPem = SelfSignedCertificate::generate({}, m_clock.now(), SelfSignedCertificate::KeyType::Rsa3072);
    QVERIFY(rsaPem);
    QVERIFY(writeFile(m_dir.filePath(u"rsa-cert.pem"_s), rsaPem->certificate));
    QVERIFY(writeFile(m_dir.filePath(u"rsa-key.pem"_s), rsaPem->privateKey));
    BrokerConfig rsa = ec;
    rsa.dataDir = m_dir.filePath(u"rsa"_s);
    rsa.tlsSelfSigned = false;
    rsa.tlsCertificateFile = m_dir.filePath(u"rsa-cert.pem"_s);
    rsa.tlsKeyFile = m_dir.filePath(u"rsa-key.pem"_s);
    m_rsaBroker = std::make_unique<Broker>(rsa, m_clock);
    QVERIFY2(m_rsaBroker->start(), qPrintable(m_rsaBroker->errorString()));
    auto rsaCredentials = TlsCredentials::fromPem(
        rsaPem->certificate, rsaPem->privateKey, m_clock.now(), u"rsa"_s, u"rsa"_s);
    QVERIFY(rsaCredentials);
    m_rsaCredentials = *rsaCredentials;
    QCOMPARE(m_rsaCredentials->privateKey().algorithm(), QSsl::Rsa);
    QCOMPARE(m_ecCredentials->privateKey().algorithm(), QSsl::Ec);

    m_ecControl = std::make_unique<PermissiveServer>(*m_ecCredentials);
    m_rsaControl = std::make_unique<PermissiveServer>(*m_rsaCredentials);
    QVERIFY(m_ecControl->port() != 0 && m_rsaControl->port() != 0);
}

void tst_TlsServer::cleanupTestCase()
{
    m_ecBroker.reset();
    m_rsaBroker.reset();
}

quint16 tst_TlsServer::portOf(const QString &key) const
{
    if (key == u"ec"_s)
        return quint16(m_ecBroker->url().port());
    if (key == u"rsa"_s)
        return quint16(m_rsaBroker->url().port());
    if (key == u"ec-control"_s)
        return m_ecControl->port();
    return m_rsaControl->port();
}

void tst_TlsServer::brokerUrlIsHttps()
{
    QCOMPARE(m_ecBroker->url().scheme(), u"https"_s);
    QCOMPARE(m_rsaBroker->url().scheme(), u"https"_s);
    QCOMPARE(m_ecBroker->tlsFingerprint(), m_ecCredentials->sha256Fingerprint());
    QCOMPARE(m_rsaBroker->tlsFingerprint(), m_rsaCredentials->sha256Fingerprint());
    QCOMPARE(m_ecBroker->tlsFingerprint().size(), 64);
}

void tst_TlsServer::protocols_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("accepted");
    for (const QString &server : {u"ec"_s, u"rsa"_s}) {
        QTest::addRow("%s TLS 1.0", qPrintable(server)) << server << int(kTls10) << false;
        QTest::addRow("%s TLS 1.1", qPrintable(server)) << server << int(kTls11) << false;
        QTest::addRow("%s TLS 1.2", qPrintable(server)) << server << int(QSsl::TlsV1_2) << true;
        QTest::addRow("%s TLS 1.3", qPrintable(server)) << server << int(QSsl::TlsV1_3) << true;
    }
}

void tst_TlsServer::protocols()
{
    QFETCH(QString, server);
    QFETCH(int, protocol);
    QFETCH(bool, accepted);
    const auto version = QSsl::SslProtocol(protocol);

    const Attempt result = attempt(portOf(server), clientConfiguration(version), "/api/v1/health");
    if (accepted) {
        QVERIFY2(result.encrypted, qPrintable(result.error));
        QCOMPARE(result.protocol, version);
        QVERIFY2(result.response.startsWith("HTTP/1.1 200 "), result.response.constData());
        QVERIFY(result.response.contains("\"status\":\"ok\""));
        return;
    }
    QVERIFY2(!result.encrypted, qPrintable(u"the broker accepted %1"_s.arg(result.cipher)));
    // The same client does get this protocol from a server that allows it.
    const Attempt control = attempt(portOf(server + u"-control"_s), clientConfiguration(version));
    QVERIFY2(control.encrypted, qPrintable(u"the control server refused it too: "_s + control.error));
    QCOMPARE(control.protocol, version);
}

void tst_TlsServer::ciphers_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<bool>("accepted");
    // Without forward secrecy (RSA key exchange), with and without AEAD.
    QTest::newRow("RSA kx, AES-CBC, SHA-1") << u"rsa"_s << u"AES256-SHA"_s << false;
    QTest::newRow("RSA kx, AES-GCM") << u"rsa"_s << u"AES128-GCM-SHA256"_s << false;
    // Forward secrecy but no AEAD.
    QTest::newRow("ECDHE-RSA, AES-CBC, SHA-1") << u"rsa"_s << u"ECDHE-RSA-AES128-SHA"_s << false;
    QTest::newRow("ECDHE-RSA, AES-CBC, SHA-384") << u"rsa"_s << u"ECDHE-RSA-AES256-SHA384"_s << false;
    QTest::newRow("ECDHE-ECDSA, AES-CBC, SHA-1") << u"ec"_s << u"ECDHE-ECDSA-AES128-SHA"_s << false;
    // The allowed ones.
    QTest::newRow("ECDHE-RSA, AES-128-GCM") << u"rsa"_s << u"ECDHE-RSA-AES128-GCM-SHA256"_s << true;
    QTest::newRow("ECDHE-RSA, ChaCha20-Poly1305") << u"rsa"_s << u"ECDHE-RSA-CHACHA20-POLY1305"_s << true;
    QTest::newRow("ECDHE-ECDSA, AES-256-GCM") << u"ec"_s << u"ECDHE-ECDSA-AES256-GCM-SHA384"_s << true;
    QTest::newRow("ECDHE-ECDSA, ChaCha20-Poly1305") << u"ec"_s << u"ECDHE-ECDSA-CHACHA20-POLY1305"_s << true;
}

void tst_TlsServer::ciphers()
{
    QFETCH(QString, server);
    QFETCH(QString, cipher);
    QFETCH(bool, accepted);
    QVERIFY2(!QSslCipher(cipher).isNull(), "the TLS library does not know this cipher");

    // TLS 1.2: in TLS 1.3 the key exchange is always ephemeral.
    const QSslConfiguration client = clientConfiguration(QSsl::TlsV1_2, {cipher});
    const Attempt result = attempt(portOf(server), client, accepted ? "/api/v1/health" : "");
    if (accepted) {
        QVERIFY2(result.encrypted, qPrintable(result.error));
        QCOMPARE(result.cipher, cipher);
        QVERIFY2(result.response.startsWith("HTTP/1.1 200 "), result.response.constData());
        return;
    }
    QVERIFY2(!result.encrypted, qPrintable(u"the broker accepted "_s + result.cipher));
    const Attempt control = attempt(portOf(server + u"-control"_s), client);
    QVERIFY2(control.encrypted, qPrintable(u"the control server refused it too: "_s + control.error));
    QCOMPARE(control.cipher, cipher);
}

void tst_TlsServer::policyAllowsOnlyForwardSecretAead()
{
    const QSslConfiguration policy = sc::http::HttpTlsListener::withPolicy(m_ecCredentials->configuration());
    QCOMPARE(policy.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(policy.peerVerifyMode(), QSslSocket::VerifyNone);
    QCOMPARE(policy.localCertificate(), m_ecCredentials->certificate());
    QVERIFY(!policy.ciphers().isEmpty());
    for (const QSslCipher &cipher : policy.ciphers()) {
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3;
        QVERIFY2(tls13 || cipher.keyExchangeMethod() == u"ECDH"_s, qPrintable(cipher.name()));
        QVERIFY2(cipher.encryptionMethod().startsWith(u"AESGCM"_s)
                     || cipher.encryptionMethod().startsWith(u"CHACHA20"_s),
                 qPrintable(cipher.name()));
    }
    // The server's configuration is the policy's, whatever it was given.
    QSslConfiguration loose = m_ecCredentials->configuration();
    loose.setProtocol(QSsl::AnyProtocol);
    loose.setCiphers(QSslConfiguration::supportedCiphers());
    HelloRoutes routes;
    sc::http::HttpServer server(routes.routes());
    server.setTlsConfiguration(loose);
    QVERIFY(server.isTlsEnabled());
    QCOMPARE(server.tlsConfiguration().protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(server.tlsConfiguration().ciphers(), sc::http::HttpTlsListener::modernCiphers());
}

// The generated certificate is an ordinary one for 127.0.0.1: a client that
// has it as its CA (curl --cacert, an operator's trust store) verifies it.
void tst_TlsServer::certificateVerifiesForClientsThatTrustIt()
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_ecBroker->url().toString() + u"/api/v1/health"_s));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_ecCredentials->certificate()});
    request.setSslConfiguration(configuration);
    QList<QSslError> errors;
    QNetworkReply *reply = network.get(request);
    connect(reply, &QNetworkReply::sslErrors, this, [&errors](const QList<QSslError> &list) { errors = list; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.constFirst().errorString()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    // Without it, verification fails: nothing is trusted by default. (A new
    // manager: one would reuse the connection it verified a moment ago.)
    QNetworkAccessManager fresh;
    QNetworkReply *untrusted = fresh.get(QNetworkRequest(request.url()));
    QSignalSpy untrustedFinished(untrusted, &QNetworkReply::finished);
    QVERIFY(untrustedFinished.wait(10'000));
    QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
    untrusted->deleteLater();
}

std::unique_ptr<sc::http::HttpServer> tst_TlsServer::tlsServer(sc::http::RouteTable &routes,
                                                               sc::http::HttpServerLimits limits)
{
    auto server = std::make_unique<sc::http::HttpServer>(routes, limits);
    server->setTlsConfiguration(m_ecCredentials->configuration());
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

// A connection is counted from its first byte, not from the end of its
// handshake, and one that never starts its handshake is dropped after the
// header timeout.
void tst_TlsServer::handshakesCountAgainstTheLimits()
{
    HelloRoutes routes;
    sc::http::HttpServerLimits limits;
    limits.maxConnectionsPerAddress = 3;
    limits.headerTimeout = 1500ms;
    const auto server = tlsServer(routes.routes(), limits);
    QVERIFY(server);

    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 3; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(QHostAddress::LocalHost, server->serverPort());
    }
    QTRY_COMPARE(server->connectionCount(), 3);

    const Attempt refused = attempt(server->serverPort(), clientConfiguration(QSsl::TlsV1_2));
    QVERIFY2(!refused.encrypted, "a fourth connection from the same address was served");
    QCOMPARE(server->connectionCount(), 3);

    // Silent sockets are cut at the header timeout; then there is room again.
    for (const auto &socket : silent)
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE(server->connectionCount(), 0);
    const Attempt hello = attempt(server->serverPort(), clientConfiguration(QSsl::TlsV1_3), "/api/v1/hello");
    QVERIFY2(hello.encrypted, qPrintable(hello.error));
    QVERIFY2(hello.response.startsWith("HTTP/1.1 200 "), hello.response.constData());
    QVERIFY2(hello.response.contains("\"secure\":true"), hello.response.constData()); // request.secure is set
}

// A client that starts its handshake late and then stalls is cut at the
// header timeout counted from its connection. (QSslServer's own timer
// restarts at the first ClientHello byte: alone, it would allow nearly twice
// as long.)
void tst_TlsServer::stalledHandshakeIsCut()
{
    HelloRoutes routes;
    sc::http::HttpServerLimits limits;
    limits.headerTimeout = 1000ms;
    const auto server = tlsServer(routes.routes(), limits);
    QVERIFY(server);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    QElapsedTimer elapsed;
    elapsed.start();
    QTest::qWait(900); // the client dawdles before it says anything
    // A TLS record header announcing a ClientHello that never comes.
    socket.write(QByteArray::fromHex("160301020001"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY2(elapsed.elapsed() < 1500, qPrintable(u"cut %1 ms after connecting"_s.arg(elapsed.elapsed())));
    QTRY_COMPARE(server->connectionCount(), 0);
}

void tst_TlsServer::failedHandshakesLeaveNothingBehind()
{
    HelloRoutes routes;
    sc::http::HttpServerLimits limits;
    limits.headerTimeout = 2000ms;
    const auto server = tlsServer(routes.routes(), limits);
    QVERIFY(server);
    const quint16 port = server->serverPort();

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    const QList<QByteArray> garbage{
        "GET /api/v1/hello HTTP/1.1\r\nHost: x\r\n\r\n",            // plain HTTP on the TLS port
        QByteArray::fromHex("16030100050100000100"),                // a ClientHello cut short
        QByteArray::fromHex("1603010010") + QByteArray(16, '\xff'), // a nonsense ClientHello
        QByteArray(4096, '\x16'),
        QByteArray::fromHex("8003010001"), // SSLv2-style hello
    };
    for (int round = 0; round < 10; ++round) {
        for (const QByteArray &bytes : garbage) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            QTcpSocket *raw = socket.get();
            connect(raw, &QTcpSocket::connected, raw, [raw, bytes] { raw->write(bytes); });
            clients.push_back(std::move(socket));
        }
    }
    // Clients that leave halfway through a real handshake.
    std::vector<std::unique_ptr<QSslSocket>> quitters;
    for (int i = 0; i < 10; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(clientConfiguration(QSsl::TlsV1_3));
        QSslSocket *raw = socket.get();
        connect(raw, &QAbstractSocket::connected, raw, [raw] { QTimer::singleShot(0, raw, [raw] { raw->abort(); }); });
        socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
        quitters.push_back(std::move(socket));
    }
    // And legacy clients, refused.
    for (int i = 0; i < 10; ++i)
        QVERIFY(!attempt(port, clientConfiguration(kTls10)).encrypted);

    for (const auto &socket : clients)
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 0, 5000);

    const Attempt good = attempt(port, clientConfiguration(QSsl::TlsV1_2));
    QVERIFY2(good.encrypted, qPrintable(good.error));
}

void tst_TlsServer::shutdownDuringHandshakes()
{
    HelloRoutes routes;
    sc::http::HttpServerLimits limits;
    limits.headerTimeout = 10s;
    auto server = tlsServer(routes.routes(), limits);
    QVERIFY(server);
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress::LocalHost, server->serverPort());
    connect(
        &stalled, &QTcpSocket::connected, &stalled, [&stalled] { stalled.write(QByteArray::fromHex("160301020001")); });
    QTRY_COMPARE(server->connectionCount(), 2);

    QSignalSpy drained(server.get(), &sc::http::HttpServer::drained);
    server->shutdown(5s);
    QVERIFY(drained.wait(2000));
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(stalled.state(), QAbstractSocket::UnconnectedState, 2000);
    QTRY_COMPARE(server->connectionCount(), 0);

    // Destroying a server with handshakes in flight is clean too.
    QVERIFY(server->listen(QHostAddress::LocalHost, 0));
    QTcpSocket another;
    another.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QTRY_COMPARE(server->connectionCount(), 1);
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(another.state(), QAbstractSocket::UnconnectedState, 2000);
}

void tst_TlsServer::plainHttpStillServes()
{
    const auto plainGet = [](quint16 port) -> QByteArray {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.write("GET /api/v1/hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray response;
        (void)QTest::qWaitFor(
            [&] {
                response += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return response + socket.readAll();
    };

    HelloRoutes routes;
    sc::http::HttpServer server(routes.routes());
    QVERIFY(!server.isTlsEnabled());
    QVERIFY(server.tlsConfiguration().isNull());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QByteArray response = plainGet(server.serverPort());
    QVERIFY2(response.startsWith("HTTP/1.1 200 "), response.constData());
    QVERIFY(response.contains("\"secure\":false"));

    // TLS on for one listen(), off again for the next: each serves what it says.
    sc::http::HttpServer toggled(routes.routes());
    toggled.setTlsConfiguration(m_ecCredentials->configuration());
    QVERIFY(toggled.listen(QHostAddress::LocalHost, 0));
    QVERIFY(toggled.isTlsEnabled());
    QVERIFY(attempt(toggled.serverPort(), clientConfiguration(QSsl::TlsV1_3)).encrypted);
    QTest::ignoreMessage(QtWarningMsg, "TLS turned off while listening: from the next listen()");
    toggled.setTlsConfiguration(QSslConfiguration()); // while listening: still TLS until the next listen()
    QVERIFY(toggled.isTlsEnabled());
    QSignalSpy drained(&toggled, &sc::http::HttpServer::drained);
    toggled.shutdown(1s);
    QVERIFY(drained.wait(2000));
    QVERIFY(!toggled.isTlsEnabled());
    QVERIFY(toggled.listen(QHostAddress::LocalHost, 0));
    QVERIFY(!toggled.isTlsEnabled());
    const QByteArray plainAgain = plainGet(toggled.serverPort());
    QVERIFY2(plainAgain.startsWith("HTTP/1.1 200 "), plainAgain.constData());

    // TLS without a key refuses to listen, saying why.
    sc::http::HttpServer keyless(routes.routes());
    QSslConfiguration certificateOnly;
    certificateOnly.setLocalCertificate(m_ecCredentials->certificate());
    keyless.setTlsConfiguration(certificateOnly);
    QVERIFY(!keyless.listen(QHostAddress::LocalHost, 0));
    QVERIFY(keyless.errorString().contains(u"private key"_s));
}

// wss://: the upgrade is handed to the WebSocket server as an encrypted
// socket, and it goes on speaking TLS.
void tst_TlsServer::webSocketOverTls()
{
    HelloRoutes routes;
    const auto server = tlsServer(routes.routes(), {});
    QVERIFY(server);
    QWebSocketServer webSockets(u"test"_s, QWebSocketServer::NonSecureMode);
    connect(&webSockets, &QWebSocketServer::newConnection, &webSockets, [&webSockets] {
        while (QWebSocket *socket = webSockets.nextPendingConnection()) {
            socket->setParent(&webSockets);
            connect(socket, &QWebSocket::textMessageReceived, socket, [socket](const QString &text) {
                socket->sendTextMessage(u"echo: "_s + text);
            });
        }
    });
    server->setWebSocketServer(&webSockets);

    QWebSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_ecCredentials->certificate()});
    client.setSslConfiguration(configuration);
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(u"wss://127.0.0.1:%1/api/v1/ws"_s.arg(server->serverPort())));
    QVERIFY(connected.wait(5000));
    client.sendTextMessage(u"hello"_s);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.constFirst().constFirst().toString(), u"echo: hello"_s);
    QTRY_COMPARE(server->connectionCount(), 0); // the WebSocket server has it now
    client.close();
}

QTEST_GUILESS_MAIN(tst_TlsServer)
#include "tst_tlsserver.moc"
