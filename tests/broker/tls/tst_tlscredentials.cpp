// The certificate and key the broker serves HTTPS with: the generated
// self-signed pair, and the clear errors for files an operator gets wrong.
#include "core/Broker.h"
#include "core/BrokerConfig.h"
#include "core/Clock.h"
#include "core/tls/SelfSignedCertificate.h"
#include "core/tls/TlsCredentials.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QSslCertificateExtension>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {

// QVERIFY2 builds its message even when the check passes.
template<typename T>
QString failure(const sc::protocol::Expected<T> &result)
{
    return result ? QString() : result.error().message;
}

const QDateTime kNow(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_TlsCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedCertificate();
    void generatedRsaCertificate();
    void hostsThatCannotBeNamedAreSkipped();
    void selfSignedPairIsCreatedOnceAndReused();
    void expiredSelfSignedPairIsReplaced();
    void selfSignedPairProblems();
    void loadErrors_data();
    void loadErrors();
    void certificateChainIsKept();
    void fingerprintFormat();
    void configOptions_data();
    void configOptions();
    void brokerRefusesBadFilesBeforeCreatingAnything();

private:
    QTemporaryDir m_dir;
    SelfSignedCertificate::Pem m_ec;
    SelfSignedCertificate::Pem m_other;
};

void tst_TlsCredentials::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto ec = SelfSignedCertificate::generate({u"broker.example.org"_s, u"192.0.2.7"_s}, kNow);
    QVERIFY2(ec, qPrintable(failure(ec)));
    m_ec = *ec;
    const auto other = SelfSignedCertificate::generate({}, kNow);
    QVERIFY(other);
    m_other = *other;
}

void tst_TlsCredentials::generatedCertificate()
{
    const auto credentials = TlsCredentials::fromPem(m_ec.certificate, m_ec.privateKey, kNow, u"c"_s, u"k"_s);
    QVERIFY2(credentials, qPrintable(failure(credentials)));
    const QSslCertificate &certificate = credentials->certificate();

    // Issued by itself (QSslCertificate::isSelfSigned() says no: it wants
    // keyCertSign, which a certificate that is no CA must not carry).
    QCOMPARE(certificate.issuerDisplayName(), certificate.subjectDisplayName());
    QCOMPARE(certificate.issuerInfo(QSslCertificate::Organization), QStringList{u"SpareCloud (self-signed)"_s});
    QCOMPARE(certificate.version(), QByteArray("3"));
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{u"SpareCloud broker"_s});
    QCOMPARE(credentials->privateKey().algorithm(), QSsl::Ec);
    QCOMPARE(credentials->privateKey().length(), 256);
    QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);
    QVERIFY(certificate.effectiveDate() <= kNow);
    QCOMPARE(certificate.expiryDate(), kNow.addDays(365));
    QVERIFY(m_ec.privateKey.startsWith("-----BEGIN PRIVATE KEY-----"));

    const auto names = certificate.subjectAlternativeNames();
    QList<QString> dnsNames = names.values(QSsl::DnsEntry);
    std::sort(dnsNames.begin(), dnsNames.end());
    QCOMPARE(dnsNames, (QList<QString>{u"broker.example.org"_s, u"localhost"_s}));
    const QList<QString> addresses = names.values(QSsl::IpAddressEntry);
    QCOMPARE(addresses.size(), 3);
    QVERIFY(addresses.contains(u"127.0.0.1"_s));
    QVERIFY(addresses.contains(u"192.0.2.7"_s));
    QVERIFY(std::any_of(addresses.cbegin(), addresses.cend(), [](const QString &address) {
        return QHostAddress(address) == QHostAddress::LocalHostIPv6;
    }));

    bool serverAuth = false;
    bool notCa = false;
    for (const QSslCertificateExtension &extension : certificate.extensions()) {
        if (extension.name() == u"extendedKeyUsage"_s)
            serverAuth = extension.value().toList().contains(u"TLS Web Server Authentication"_s)
                         || extension.value().toString().contains(u"Server Authentication"_s);
        if (extension.name() == u"basicConstraints"_s)
            notCa = !extension.value().toMap().value(u"ca"_s).toBool();
    }
    QVERIFY(serverAuth);
    QVERIFY(notCa);

    QCOMPARE(credentials->sha256Fingerprint(), certificate.digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(credentials->sha256Fingerprint().size(), 64);
    // Two generated certificates never share a key or a fingerprint.
    QVERIFY(m_ec.certificate != m_other.certificate);
    QVERIFY(QSslCertificate(m_ec.certificate).serialNumber() != QSslCertificate(m_other.certificate).serialNumber());
}

void tst_TlsCredentials::generatedRsaCertificate()
{
    const auto rsa = SelfSignedCertificate::generate({}, kNow, SelfSignedCertificate::KeyType::Rsa3072);
    QVERIFY(rsa);
    const auto credentials = TlsCredentials::fromPem(rsa->certificate, rsa->privateKey, kNow, u"c"_s, u"k"_s);
    QVERIFY2(credentials, qPrintable(failure(credentials)));
    QCOMPARE(credentials->privateKey().algorithm(), QSsl::Rsa);
    QCOMPARE(credentials->privateKey().length(), 3072);
}

void tst_TlsCredentials::hostsThatCannotBeNamedAreSkipped()
{
    const auto pem = SelfSignedCertificate::generate({u"bad,host=name"_s, u""_s, u"ok-host"_s, u"LOCALHOST"_s}, kNow);
    QVERIFY(pem);
    const auto names = QSslCertificate(pem->certificate).subjectAlternativeNames();
    QList<QString> dnsNames = names.values(QSsl::DnsEntry);
    std::sort(dnsNames.begin(), dnsNames.end());
    QCOMPARE(dnsNames, (QList<QString>{u"localhost"_s, u"ok-host"_s}));
    QCOMPARE(names.values(QSsl::IpAddressEntry).size(), 2);
}

void tst_TlsCredentials::selfSignedPairIsCreatedOnceAndReused()
{
    const QString folder = m_dir.filePath(u"reuse/data/tls"_s);
    bool generated = false;
    const auto first = SelfSignedCertificate::loadOrCreate(folder, {}, kNow, &generated);
    QVERIFY2(first, qPrintable(failure(first)));
    QVERIFY(generated);

    const QString keyPath = folder + u"/broker-key.pem"_s;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions key = QFile::permissions(keyPath);
    QVERIFY(key.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(key & others));
    QVERIFY(!(key & QFileDevice::ExeOwner));
    QVERIFY(!(QFile::permissions(folder) & others));

    const auto second = SelfSignedCertificate::loadOrCreate(folder, {}, kNow.addDays(100), &generated);
    QVERIFY2(second, qPrintable(failure(second)));
    QVERIFY(!generated);
    QCOMPARE(second->sha256Fingerprint(), first->sha256Fingerprint());
}

void tst_TlsCredentials::expiredSelfSignedPairIsReplaced()
{
    const QString folder = m_dir.filePath(u"expiring"_s);
    const auto first = SelfSignedCertificate::loadOrCreate(folder, {}, kNow);
    QVERIFY(first);
    bool generated = false;
    const QDateTime later = kNow.addDays(366);
    const auto renewed = SelfSignedCertificate::loadOrCreate(folder, {}, later, &generated);
    QVERIFY2(renewed, qPrintable(failure(renewed)));
    QVERIFY(generated);
    QVERIFY(renewed->sha256Fingerprint() != first->sha256Fingerprint());
    QVERIFY(renewed->certificate().expiryDate() > later);
}

void tst_TlsCredentials::selfSignedPairProblems()
{
    // Only one of the two files: never overwritten silently.
    const QString lonely = m_dir.filePath(u"lonely"_s);
    QVERIFY(QDir().mkpath(lonely));
    QVERIFY(writeFile(lonely + u"/broker-cert.pem"_s, m_ec.certificate));
    const auto half = SelfSignedCertificate::loadOrCreate(lonely, {}, kNow);
    QVERIFY(!half);
    QVERIFY2(half.error().message.contains(u"Only one of"_s), qPrintable(half.error().message));
    QCOMPARE(readFile(lonely + u"/broker-cert.pem"_s), m_ec.certificate);

    // A key others can read is refused.
    const QString open = m_dir.filePath(u"open"_s);
    QVERIFY(SelfSignedCertificate::loadOrCreate(open, {}, kNow));
    QVERIFY(QFile::setPermissions(open + u"/broker-key.pem"_s,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const auto exposed = SelfSignedCertificate::loadOrCreate(open, {}, kNow);
    QVERIFY(!exposed);
    QVERIFY2(exposed.error().message.contains(u"chmod 600"_s), qPrintable(exposed.error().message));

    // A corrupted pair is an error, not a reason to make a new one.
    const QString broken = m_dir.filePath(u"broken"_s);
    QVERIFY(SelfSignedCertificate::loadOrCreate(broken, {}, kNow));
    QVERIFY(writeFile(broken + u"/broker-cert.pem"_s, m_other.certificate));
    const auto mismatched = SelfSignedCertificate::loadOrCreate(broken, {}, kNow);
    QVERIFY(!mismatched);
    QVERIFY2(mismatched.error().message.contains(u"does not belong"_s), qPrintable(mismatched.error().message));
}

void tst_TlsCredentials::loadErrors_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    const QByteArray encryptedKey = QSslKey(m_ec.privateKey, QSsl::Ec).toPem("a passphrase");
    QVERIFY(encryptedKey.contains("ENCRYPTED"));

    QTest::newRow("key of another certificate")
        << m_ec.certificate << m_other.privateKey << kNow << u"does not belong"_s;
    QTest::newRow("expired") << m_ec.certificate << m_ec.privateKey << kNow.addDays(400) << u"expired on 2027-11-22"_s;
    QTest::newRow("not yet valid") << m_ec.certificate << m_ec.privateKey << kNow.addDays(-2) << u"not valid before"_s;
    QTest::newRow("no certificate") << QByteArray("hello") << m_ec.privateKey << kNow << u"holds no PEM certificate"_s;
    QTest::newRow("files swapped") << m_ec.privateKey << m_ec.certificate << kNow << u"holds no PEM certificate"_s;
    QTest::newRow("no key") << m_ec.certificate << QByteArray() << kNow << u"holds no PEM private key"_s;
    QTest::newRow("certificate as key") << m_ec.certificate << m_ec.certificate << kNow
                                        << u"holds no PEM private key"_s;
    QTest::newRow("encrypted key") << m_ec.certificate << encryptedKey << kNow << u"is encrypted"_s;
    QTest::newRow("truncated key") << m_ec.certificate << m_ec.privateKey.left(m_ec.privateKey.size() / 2) << kNow
                                   << u"holds no PEM private key"_s;
}

void tst_TlsCredentials::loadErrors()
{
    QFETCH(QByteArray, certificate);
    QFETCH(QByteArray, key);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);

    // Through files, as the broker reads them.
    const QString certificatePath = m_dir.filePath(u"cert-%1.pem"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString keyPath = m_dir.filePath(u"key-%1.pem"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(writeFile(certificatePath, certificate));
    QVERIFY(writeFile(keyPath, key));
    const auto credentials = TlsCredentials::fromFiles(certificatePath, keyPath, now);
    QVERIFY(!credentials);
    QVERIFY2(credentials.error().message.contains(expected), qPrintable(credentials.error().message));
    // Every message names the file it is about.
    QVERIFY2(credentials.error().message.contains(certificatePath) || credentials.error().message.contains(keyPath),
             qPrintable(credentials.error().message));
}

void tst_TlsCredentials::certificateChainIsKept()
{
    // A leaf followed by an intermediate: both are served, the first is the leaf.
    const QByteArray chain = m_ec.certificate + m_other.certificate;
    const auto credentials = TlsCredentials::fromPem(chain, m_ec.privateKey, kNow, u"c"_s, u"k"_s);
    QVERIFY2(credentials, qPrintable(failure(credentials)));
    QCOMPARE(credentials->chain().size(), 2);
    QCOMPARE(credentials->configuration().localCertificateChain().size(), 2);
    QCOMPARE(credentials->certificate(), QSslCertificate(m_ec.certificate));

    const QString missing = m_dir.filePath(u"missing.pem"_s);
    const auto unreadable = TlsCredentials::fromFiles(missing, missing, kNow);
    QVERIFY(!unreadable);
    QVERIFY2(unreadable.error().message.startsWith(u"Cannot read the TLS certificate file "_s + missing),
             qPrintable(unreadable.error().message));
}

void tst_TlsCredentials::fingerprintFormat()
{
    QCOMPARE(TlsCredentials::formatFingerprint("0a1bff"), u"0A:1B:FF"_s);
    const auto credentials = TlsCredentials::fromPem(m_ec.certificate, m_ec.privateKey, kNow, u"c"_s, u"k"_s);
    QVERIFY(credentials);
    QCOMPARE(TlsCredentials::formatFingerprint(credentials->sha256Fingerprint()).size(), 32 * 3 - 1);
}

void tst_TlsCredentials::configOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<QString>("certificate");

    QTest::newRow("plain") << QStringList{} << QString() << false << QString();
    QTest::newRow("files") << QStringList{u"--tls-cert"_s, u"/c.pem"_s, u"--tls-key"_s, u"/k.pem"_s} << QString()
                           << false << u"/c.pem"_s;
    QTest::newRow("self-signed") << QStringList{u"--tls-self-signed"_s} << QString() << true << QString();
    QTest::newRow("certificate alone") << QStringList{u"--tls-cert"_s, u"/c.pem"_s} << u"go together"_s << false
                                       << QString();
    QTest::newRow("key alone") << QStringList{u"--tls-key"_s, u"/k.pem"_s} << u"go together"_s << false << QString();
    QTest::newRow("both kinds") << QStringList{u"--tls-self-signed"_s,
                                               u"--tls-cert"_s,
                                               u"/c.pem"_s,
                                               u"--tls-key"_s,
                                               u"/k.pem"_s}
                                << u"either"_s << false << QString();
}

void tst_TlsCredentials::configOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(bool, selfSigned);
    QFETCH(QString, certificate);

    arguments.prepend(u"sparecloud-broker"_s);
    arguments << u"--data-dir"_s << m_dir.filePath(u"config"_s);
    const auto config = BrokerConfig::fromArguments(arguments, QProcessEnvironment());
    if (!error.isEmpty()) {
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(error), qPrintable(config.error().message));
        return;
    }
    QVERIFY2(config, qPrintable(failure(config)));
    QCOMPARE(config->tlsSelfSigned, selfSigned);
    QCOMPARE(config->tlsCertificateFile, certificate);
    QCOMPARE(config->tlsEnabled(), selfSigned || !certificate.isEmpty());
    QCOMPARE(config->tlsFolder(), QDir(m_dir.filePath(u"config"_s)).filePath(u"tls"_s));
}

void tst_TlsCredentials::brokerRefusesBadFilesBeforeCreatingAnything()
{
    SystemClock clock;
    const auto pem = SelfSignedCertificate::generate({}, clock.now());
    const auto other = SelfSignedCertificate::generate({}, clock.now());
    QVERIFY(pem && other);
    const QString certificatePath = m_dir.filePath(u"broker-cert.pem"_s);
    const QString keyPath = m_dir.filePath(u"broker-other-key.pem"_s);
    QVERIFY(writeFile(certificatePath, pem->certificate));
    QVERIFY(writeFile(keyPath, other->privateKey));

    BrokerConfig config;
    config.port = 0;
    config.passwordParameters = PasswordHasher::fastParametersForTests();

    config.dataDir = m_dir.filePath(u"broker-missing"_s);
    config.tlsCertificateFile = m_dir.filePath(u"nowhere.pem"_s);
    config.tlsKeyFile = keyPath;
    Broker missing(config, clock);
    QVERIFY(!missing.start());
    QVERIFY2(missing.errorString().contains(u"Cannot read the TLS certificate file"_s),
             qPrintable(missing.errorString()));
    QVERIFY(!QDir(config.dataDir).exists());
    QVERIFY(missing.url().isEmpty());

    config.dataDir = m_dir.filePath(u"broker-mismatched"_s);
    config.tlsCertificateFile = certificatePath;
    Broker mismatched(config, clock);
    QVERIFY(!mismatched.start());
    QVERIFY2(mismatched.errorString().contains(u"does not belong to the certificate"_s),
             qPrintable(mismatched.errorString()));
    QVERIFY(!QDir(config.dataDir).exists());

    // Expired, by the broker's own clock.
    config.dataDir = m_dir.filePath(u"broker-expired"_s);
    QVERIFY(writeFile(keyPath, pem->privateKey));
    ManualClock future(clock.now().addYears(2));
    Broker expired(config, future);
    QVERIFY(!expired.start());
    QVERIFY2(expired.errorString().contains(u"expired on"_s), qPrintable(expired.errorString()));

    // The same files, in time: it starts and serves HTTPS.
    config.dataDir = m_dir.filePath(u"broker-good"_s);
    Broker good(config, clock);
    QVERIFY2(good.start(), qPrintable(good.errorString()));
    QCOMPARE(good.url().scheme(), u"https"_s);
    QCOMPARE(good.tlsFingerprint(), QSslCertificate(pem->certificate).digest(QCryptographicHash::Sha256).toHex());
}

QTEST_GUILESS_MAIN(tst_TlsCredentials)
#include "tst_tlscredentials.moc"
