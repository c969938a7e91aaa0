// Where "remember me" keeps session tokens: the in-memory store of tests and
// the demo, the keyring store without a keyring, and the per-broker index.
#include "client/CredentialStore.h"
#include "client/KeychainCredentialStore.h"
#include "client/MemoryCredentialStore.h"
#include "client/RememberedLogins.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using sc::client::CredentialStore;
using sc::client::KeychainCredentialStore;
using sc::client::MemoryCredentialStore;
using sc::client::RememberedLogins;

namespace {

constexpr int kKeyringTimeoutMs = 30'000;

// Runs one store call and waits for its answer.
CredentialStore::Result await(const std::function<void(CredentialStore::Callback)> &call, int timeoutMs = 5'000)
{
    std::optional<CredentialStore::Result> result;
    call([&result](const CredentialStore::Result &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return CredentialStore::Result{CredentialStore::Status::Failed, {}, u"no answer"_s};
    return *result;
}

} // namespace

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void memoryStoreRoundTrip();
    void memoryStoreAnswersLater();
    void answersAreDroppedWithTheirContext();
    void rememberedLoginsRoundTrip();
    void rememberedLoginsAreKeyedByBrokerAndEmail();
    void keychainWithoutSecretServiceReportsError();

private:
    QTemporaryDir m_home;
};

void tst_CredentialStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Whatever a store writes to disk lands here, where the keyring test looks for it.
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_credentialstore"_s);
}

void tst_CredentialStore::init()
{
    QSettings().clear();
}

void tst_CredentialStore::memoryStoreRoundTrip()
{
    MemoryCredentialStore store;
    QCOMPARE(await([&](auto done) { store.read(u"k"_s, this, done); }).status, CredentialStore::Status::NotFound);

    QVERIFY(await([&](auto done) { store.write(u"k"_s, "secret-1", this, done); }).ok());
    auto read = await([&](auto done) { store.read(u"k"_s, this, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QByteArray("secret-1"));

    // Writing again replaces.
    QVERIFY(await([&](auto done) { store.write(u"k"_s, "secret-2", this, done); }).ok());
    QCOMPARE(await([&](auto done) { store.read(u"k"_s, this, done); }).secret, QByteArray("secret-2"));
    QCOMPARE(store.size(), 1);

    QVERIFY(await([&](auto done) { store.remove(u"k"_s, this, done); }).ok());
    QVERIFY(!store.contains(u"k"_s));
    QCOMPARE(await([&](auto done) { store.read(u"k"_s, this, done); }).status, CredentialStore::Status::NotFound);
    QCOMPARE(await([&](auto done) { store.remove(u"k"_s, this, done); }).status, CredentialStore::Status::NotFound);
}

void tst_CredentialStore::memoryStoreAnswersLater()
{
    // Like a keyring: never inside the call, so callers cannot come to rely on that.
    MemoryCredentialStore store;
    bool answered = false;
    store.write(u"k"_s, "s", this, [&](const CredentialStore::Result &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void tst_CredentialStore::answersAreDroppedWithTheirContext()
{
    MemoryCredentialStore store;
    bool answered = false;
    {
        QObject context;
        store.read(u"k"_s, &context, [&](const CredentialStore::Result &) { answered = true; });
    }
    QTest::qWait(50); // nothing to wait for: the answer must not come
    QVERIFY(!answered);
}

void tst_CredentialStore::rememberedLoginsRoundTrip()
{
    MemoryCredentialStore store;
    RememberedLogins logins(store);
    const QUrl broker(u"https://broker.example.com"_s);

    auto recall = [&] {
        std::optional<RememberedLogins::Recalled> recalled;
        logins.recall(broker, this, [&](const RememberedLogins::Recalled &answer) { recalled = answer; });
        if (!QTest::qWaitFor([&] { return recalled.has_value(); }, 5'000))
            qWarning("no answer from recall()");
        return recalled.value_or(RememberedLogins::Recalled{});
    };

    // Nobody yet.
    auto recalled = recall();
    QVERIFY(recalled.email.isEmpty());
    QCOMPARE(recalled.token.status, CredentialStore::Status::NotFound);

    QVERIFY(await([&](auto done) { logins.remember(broker, u"dana@example.com"_s, "token-1", this, done); }).ok());
    recalled = recall();
    QCOMPARE(recalled.email, u"dana@example.com"_s);
    QVERIFY(recalled.token.ok());
    QCOMPARE(recalled.token.secret, QByteArray("token-1"));
    // The token lives in the store, never in the settings file.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("dana@example.com"));
    QVERIFY(!written.contains("token-1"));

    // Forgetting drops the token but still fills in the form.
    QVERIFY(await([&](auto done) { logins.forget(broker, u"dana@example.com"_s, this, done); }).ok());
    recalled = recall();
    QCOMPARE(recalled.email, u"dana@example.com"_s);
    QCOMPARE(recalled.token.status, CredentialStore::Status::NotFound);
}

void tst_CredentialStore::rememberedLoginsAreKeyedByBrokerAndEmail()
{
    const QUrl broker(u"https://Broker.Example.com/"_s);
    QCOMPARE(RememberedLogins::keyFor(broker, u" Dana@Example.com"_s),
             RememberedLogins::keyFor(QUrl(u"https://broker.example.com"_s), u"dana@example.com"_s));
    QVERIFY(RememberedLogins::keyFor(broker, u"dana@example.com"_s)
            != RememberedLogins::keyFor(QUrl(u"https://other.example.com"_s), u"dana@example.com"_s));
    QVERIFY(RememberedLogins::keyFor(broker, u"dana@example.com"_s)
            != RememberedLogins::keyFor(broker, u"sam@example.com"_s));

    MemoryCredentialStore store;
    RememberedLogins logins(store);
    logins.setLastEmail(QUrl(u"https://a.example.com"_s), u"a@example.com"_s);
    logins.setLastEmail(QUrl(u"https://b.example.com:8443/x"_s), u"b@example.com"_s);
    QCOMPARE(logins.lastEmail(QUrl(u"https://a.example.com/"_s)), u"a@example.com"_s);
    QCOMPARE(logins.lastEmail(QUrl(u"https://b.example.com:8443/x"_s)), u"b@example.com"_s);
    QVERIFY(logins.lastEmail(QUrl(u"https://c.example.com"_s)).isEmpty());
}

void tst_CredentialStore::keychainWithoutSecretServiceReportsError()
{
    // A secret service that runs, or that the bus would start on demand (GNOME Keyring installed), means
    // there is one: then this test has nothing to check.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface()) {
        const QString secrets = u"org.freedesktop.secrets"_s;
        if (bus.interface()->isServiceRegistered(secrets).value()
            || bus.interface()->activatableServiceNames().value().contains(secrets))
            QSKIP("A secret service is available on this session bus; this test needs one without.");
    }

    KeychainCredentialStore store(u"SpareCloudTests"_s);
    const QByteArray secret = "never-in-a-file-7d1f0c";
    const auto written = await(
        [&](auto done) { store.write(u"https://broker.example.com dana@example.com"_s, secret, this, done); },
        kKeyringTimeoutMs);
    QVERIFY2(!written.ok(), "a write succeeded without a secret service");
    QVERIFY(written.status != CredentialStore::Status::NotFound);
    QVERIFY(!written.error.isEmpty());
    qInfo().noquote() << "keyring said:" << written.error;

    const auto read = await(
        [&](auto done) { store.read(u"https://broker.example.com dana@example.com"_s, this, done); },
        kKeyringTimeoutMs);
    QVERIFY(!read.ok());
    QVERIFY(read.secret.isEmpty());

    // No plain-text fallback: the secret is in no file under HOME.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
