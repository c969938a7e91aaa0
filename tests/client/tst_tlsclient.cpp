// The client against a real sparecloud-broker serving HTTPS with a
// self-signed certificate: refused unless the user trusts that very
// certificate by its SHA-256 fingerprint, and the refusal says which
// certificate was presented so the desktop can ask.
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"

#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::client;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace {

template<typename T>
Expected<T> wait(const std::function<void(BrokerClient::Callback<T>)> &call)
{
    std::optional<Expected<T>> result;
    call([&result](const Expected<T> &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000))
        return sc::protocol::ApiError{ErrorCode::Internal, u"no answer"_s, {}, {}};
    return *result;
}

Expected<sc::protocol::HealthStatus> health(BrokerClient &client, QObject *context)
{
    return wait<sc::protocol::HealthStatus>([&](auto callback) { client.fetchHealth(context, callback); });
}

// 3a:5f:… in upper case, as people copy it from `openssl x509 -fingerprint`.
QByteArray withColons(const QByteArray &hex)
{
    QByteArray out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (!out.isEmpty())
            out += ':';
        out += hex.mid(i, 2).toUpper();
    }
    return out;
}

} // namespace

class tst_TlsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void untrustedCertificateIsTlsError();
    void trustedFingerprintConnects();
    void otherFingerprintIsRefused();
    void withdrawnTrustIsNotReusedFromOpenConnections();
    void fingerprintInput_data();
    void fingerprintInput();
    void connectionUsesTheProfilesTrust();
    void profileKeepsTheTrustedFingerprint();

private:
    QTemporaryDir m_dir;
    QProcess m_broker;
    QUrl m_url;
    QByteArray m_fingerprint;
    QByteArray m_output;
};

void tst_TlsClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_broker.setProgram(QStringLiteral(SPARECLOUD_BROKER_EXE));
    m_broker.setArguments(
        {u"--tls-self-signed"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_dir.filePath(u"broker"_s)});
    m_broker.setProcessChannelMode(QProcess::MergedChannels);
    m_broker.start();
    QVERIFY(m_broker.waitForStarted(10'000));
    (void)QTest::qWaitFor(
        [this] {
            m_output += m_broker.readAll();
            return (m_output.contains("TLS certificate SHA-256 fingerprint: ") && m_output.endsWith('\n'))
                   || m_broker.state() == QProcess::NotRunning;
        },
        20'000);
    for (const QByteArray &line : m_output.split('\n')) {
        if (line.startsWith("SPARECLOUD_BROKER_LISTENING "))
            m_url = QUrl(QString::fromLatin1(line.mid(28).trimmed()));
        if (line.startsWith("TLS certificate SHA-256 fingerprint: "))
            m_fingerprint = line.mid(37).trimmed();
    }
    QVERIFY2(m_url.isValid() && m_fingerprint.size() == 64, m_output.constData());
    QCOMPARE(m_url.scheme(), u"https"_s);

    // What it printed is the certificate it wrote (and serves: see below).
    const QList<QSslCertificate> written = QSslCertificate::fromPath(m_dir.filePath(u"broker/tls/broker-cert.pem"_s),
                                                                     QSsl::Pem);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.constFirst().digest(QCryptographicHash::Sha256).toHex(), m_fingerprint);
}

void tst_TlsClient::cleanupTestCase()
{
    m_broker.terminate();
    if (!m_broker.waitForFinished(10'000))
        m_broker.kill();
}

void tst_TlsClient::untrustedCertificateIsTlsError()
{
    BrokerClient client;
    client.setBaseUrl(m_url);
    QSignalSpy failures(&client, &BrokerClient::requestFailed);
    const auto result = health(client, this);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::TlsError);
    const QJsonObject details = result.error().details;
    QCOMPARE(details.value(u"fingerprint"_s).toString().toLatin1(), m_fingerprint);
    QCOMPARE(details.value(u"subject"_s).toString(), u"SpareCloud broker"_s);
    QVERIFY(!details.value(u"expires"_s).toString().isEmpty());
    const QJsonArray errors = details.value(u"errors"_s).toArray();
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.at(0).toString().contains(u"self"_s, Qt::CaseInsensitive), qPrintable(errors.at(0).toString()));
    QVERIFY(result.error().message.contains(QString::fromLatin1(m_fingerprint)));
    QCOMPARE(failures.size(), 1); // a TLS failure is never retried
}

void tst_TlsClient::trustedFingerprintConnects()
{
    BrokerClient client;
    client.setBaseUrl(m_url);
    QVERIFY(client.setTrustedCertificate(m_fingerprint));
    const auto result = health(client, this);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->status, u"ok"_s);

    // As people paste it, too.
    BrokerClient pasted;
    pasted.setBaseUrl(m_url);
    QVERIFY(pasted.setTrustedCertificate(withColons(m_fingerprint)));
    QCOMPARE(pasted.trustedCertificate(), m_fingerprint);
    QVERIFY(health(pasted, this));

    // By name as well as by address: the certificate covers localhost.
    BrokerClient byName;
    QUrl url = m_url;
    url.setHost(u"localhost"_s);
    byName.setBaseUrl(url);
    byName.setTrustedCertificate(m_fingerprint);
    QVERIFY(health(byName, this));
}

void tst_TlsClient::otherFingerprintIsRefused()
{
    QByteArray other = m_fingerprint;
    other[63] = other.at(63) == '0' ? '1' : '0';
    BrokerClient client;
    client.setBaseUrl(m_url);
    QVERIFY(client.setTrustedCertificate(other));
    const auto result = health(client, this);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::TlsError);
    QCOMPARE(result.error().details.value(u"fingerprint"_s).toString().toLatin1(), m_fingerprint);
}

void tst_TlsClient::withdrawnTrustIsNotReusedFromOpenConnections()
{
    BrokerClient client;
    client.setBaseUrl(m_url);
    client.setTrustedCertificate(m_fingerprint);
    QVERIFY(health(client, this)); // leaves a kept-alive connection behind
    client.setTrustedCertificate({});
    const auto result = health(client, this);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::TlsError);
    client.setTrustedCertificate(m_fingerprint);
    QVERIFY(health(client, this));
}

void tst_TlsClient::fingerprintInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    const QByteArray hex(64, 'a');
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("hex") << hex << true;
    QTest::newRow("upper case with colons") << withColons(hex) << true;
    QTest::newRow("spaces and a newline") << QByteArray(hex.left(32) + ' ' + hex.mid(32) + '\n') << true;
    QTest::newRow("too short") << hex.left(62) << false;
    QTest::newRow("too long") << QByteArray(hex + "aa") << false;
    QTest::newRow("SHA-1 length") << hex.left(40) << false;
    QTest::newRow("not hex") << QByteArray(63, 'a') + 'g' << false;
}

void tst_TlsClient::fingerprintInput()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    BrokerClient client;
    client.setTrustedCertificate(m_fingerprint);
    QCOMPARE(client.setTrustedCertificate(input), valid);
    // Whatever it was given, it trusts nothing it cannot read.
    QCOMPARE(client.trustedCertificate(), input.isEmpty() || !valid ? QByteArray() : QByteArray(64, 'a'));

    ConnectionProfile profile{ConnectionProfile::Mode::Remote, QUrl(u"https://b.example.com"_s), false, input};
    QCOMPARE(profile.validationError().isEmpty(), valid);
}

void tst_TlsClient::connectionUsesTheProfilesTrust()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dir.filePath(u"app"_s));
    ConnectionProfile profile{ConnectionProfile::Mode::Remote, m_url, false, {}};

    connection.connectTo(profile);
    QTRY_VERIFY_WITH_TIMEOUT(connection.state() == BrokerConnection::State::Failed, 20'000);
    QVERIFY(connection.lastFailure().has_value());
    QCOMPARE(connection.lastFailure()->code, ErrorCode::TlsError);
    const QByteArray presented = connection.lastFailure()->details.value(u"fingerprint"_s).toString().toLatin1();
    QCOMPARE(presented, m_fingerprint);

    // The user compares it with what the operator said and trusts it.
    profile.trustedCertificateSha256 = presented;
    connection.connectTo(profile);
    QTRY_VERIFY_WITH_TIMEOUT(connection.state() == BrokerConnection::State::Connected, 20'000);
    QVERIFY(!connection.lastFailure().has_value());
    connection.disconnectFromBroker();
}

void tst_TlsClient::profileKeepsTheTrustedFingerprint()
{
    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const ConnectionProfile profile{ConnectionProfile::Mode::Remote, m_url, false, m_fingerprint};
    profile.save(settings);
    const ConnectionProfile loaded = ConnectionProfile::load(settings);
    QCOMPARE(loaded, profile);
    QCOMPARE(loaded.trustedCertificateSha256, m_fingerprint);
    QVERIFY(loaded.validationError().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TlsClient)
#include "tst_tlsclient.moc"
