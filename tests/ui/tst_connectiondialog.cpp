#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "ui/ConnectionDialog.h"

#include "RemoteBroker.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::ui::ConnectionDialog;

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsToOfflineDemo();
    void remoteAddressIsValidated();
    void bareHostMeansHttps();
    void savedProfileRoundTrip();
    void brokerFailureShowsMessageAndLog();
    void missingBrokerIsSaidOnce();
    void fingerprintIsGroupedInPairs();
    void selfSignedBrokerIsTrustedByFingerprint();
    void connectsToDemoAndRemembersIt();

private:
    template<typename T>
    static T *child(const QWidget &parent, const QString &name)
    {
        auto *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    QTemporaryDir m_dataRoot;
};

void tst_ConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_connectiondialog"_s);
    QVERIFY(m_dataRoot.isValid());
}

void tst_ConnectionDialog::init()
{
    QSettings().clear();
}

void tst_ConnectionDialog::defaultsToOfflineDemo()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path());
    ConnectionDialog dialog(connection);
    QVERIFY(child<QRadioButton>(dialog, u"demoMode"_s)->isChecked());
    QVERIFY(!child<QLineEdit>(dialog, u"brokerUrl"_s)->isEnabled());
    QVERIFY(child<QPushButton>(dialog, u"connectButton"_s)->isEnabled());
    QCOMPARE(dialog.profile().mode, ConnectionProfile::Mode::OfflineDemo);
}

void tst_ConnectionDialog::remoteAddressIsValidated()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path());
    ConnectionDialog dialog(connection);
    dialog.show();
    auto *url = child<QLineEdit>(dialog, u"brokerUrl"_s);
    auto *allowHttp = child<QCheckBox>(dialog, u"allowPlainHttp"_s);
    auto *connectButton = child<QPushButton>(dialog, u"connectButton"_s);
    auto *problem = child<QLabel>(dialog, u"profileProblem"_s);

    child<QRadioButton>(dialog, u"remoteMode"_s)->click();
    QVERIFY(url->isEnabled());
    QVERIFY(!connectButton->isEnabled()); // no address yet, and no complaint about it either
    QVERIFY(problem->isHidden());

    QTest::keyClicks(url, u"http://broker.example.com"_s);
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"HTTP"_s));

    allowHttp->click();
    QVERIFY(connectButton->isEnabled());
    QVERIFY(problem->isHidden());
    QCOMPARE(dialog.profile().remoteUrl, QUrl(u"http://broker.example.com"_s));
    QVERIFY(dialog.profile().allowInsecureHttp);

    // Loopback needs no exception.
    allowHttp->click();
    url->setText(u"http://127.0.0.1:8080"_s);
    QVERIFY(connectButton->isEnabled());

    // Back to the demo: the address no longer matters.
    child<QRadioButton>(dialog, u"demoMode"_s)->click();
    QVERIFY(!url->isEnabled());
    QVERIFY(connectButton->isEnabled());
}

void tst_ConnectionDialog::bareHostMeansHttps()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path());
    ConnectionDialog dialog(connection);
    child<QRadioButton>(dialog, u"remoteMode"_s)->click();
    child<QLineEdit>(dialog, u"brokerUrl"_s)->setText(u"  broker.example.com:8443 "_s);
    QCOMPARE(dialog.profile().remoteUrl, QUrl(u"https://broker.example.com:8443"_s));
    QVERIFY(child<QPushButton>(dialog, u"connectButton"_s)->isEnabled());
}

void tst_ConnectionDialog::savedProfileRoundTrip()
{
    QSettings settings;
    QVERIFY(!ConnectionDialog::savedProfile(settings).has_value());

    const ConnectionProfile remote{ConnectionProfile::Mode::Remote, QUrl(u"https://broker.example.com"_s), false, {}};
    ConnectionDialog::saveProfile(settings, remote);
    const auto saved = ConnectionDialog::savedProfile(settings);
    QVERIFY(saved.has_value());
    QCOMPARE(*saved, remote);

    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path());
    ConnectionDialog dialog(connection);
    dialog.setProfile(*saved);
    QVERIFY(child<QRadioButton>(dialog, u"remoteMode"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, u"brokerUrl"_s)->text(), u"https://broker.example.com"_s);
}

void tst_ConnectionDialog::brokerFailureShowsMessageAndLog()
{
    // A broker that says why it cannot run, then exits.
    const QString fakeBroker = m_dataRoot.filePath(u"failing-broker"_s);
    {
        QFile script(fakeBroker);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'opening the database'\necho 'fatal: the disk is full'\nexit 3\n");
    }
    QVERIFY(QFile::setPermissions(fakeBroker, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path(), fakeBroker);
    ConnectionDialog dialog(connection);
    dialog.show();
    child<QRadioButton>(dialog, u"localMode"_s)->click();
    child<QPushButton>(dialog, u"connectButton"_s)->click();

    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), BrokerConnection::State::Failed, 10'000);
    auto *status = child<QLabel>(dialog, u"connectionDialogStatus"_s);
    auto *log = child<QPlainTextEdit>(dialog, u"brokerLog"_s);
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(connection.lastError()));
    QVERIFY(log->isVisible());
    // The broker's own words, once; the failure message is in the status line only.
    QCOMPARE(log->toPlainText(), u"opening the database\nfatal: the disk is full"_s);
    QCOMPARE(connection.brokerLog(), log->toPlainText());
    QVERIFY(!log->toPlainText().contains(connection.lastError()));
    // Still open, ready for another try; nothing saved.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(child<QPushButton>(dialog, u"connectButton"_s)->isEnabled());
    QSettings settings;
    QVERIFY(!ConnectionDialog::savedProfile(settings).has_value());

    // Reopened after the failure, the dialog says why at once.
    ConnectionDialog reopened(connection);
    QVERIFY(!child<QLabel>(reopened, u"connectionDialogStatus"_s)->isHidden());
    QVERIFY(!child<QPlainTextEdit>(reopened, u"brokerLog"_s)->isHidden());

    // Disconnecting keeps the last log for whoever looks later.
    connection.disconnectFromBroker();
    QCOMPARE(connection.brokerLog(), u"opening the database\nfatal: the disk is full"_s);
}

void tst_ConnectionDialog::missingBrokerIsSaidOnce()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path(), m_dataRoot.filePath(u"no-such-broker"_s));
    ConnectionDialog dialog(connection);
    dialog.show();
    child<QRadioButton>(dialog, u"localMode"_s)->click();
    child<QPushButton>(dialog, u"connectButton"_s)->click();

    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), BrokerConnection::State::Failed, 10'000);
    QVERIFY(child<QLabel>(dialog, u"connectionDialogStatus"_s)->text().contains(connection.lastError()));
    // The broker never ran, so it printed nothing: no empty or repeated output box.
    QVERIFY(connection.brokerLog().isEmpty());
    QVERIFY(child<QPlainTextEdit>(dialog, u"brokerLog"_s)->isHidden());
}

void tst_ConnectionDialog::fingerprintIsGroupedInPairs()
{
    const QByteArray hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    QCOMPARE(ConnectionDialog::formatFingerprint(hex),
             u"00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF\n00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"_s);
}

void tst_ConnectionDialog::selfSignedBrokerIsTrustedByFingerprint()
{
    RemoteBroker broker({u"--tls-self-signed"_s});
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QCOMPARE(broker.url().scheme(), u"https"_s);
    const QByteArray printed = broker.output().mid(broker.output().indexOf("fingerprint: ") + 13, 95);
    const QByteArray fingerprint = BrokerClient::normalizeFingerprint(printed);
    QVERIFY2(!fingerprint.isEmpty(), broker.output().constData());

    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path());
    ConnectionDialog dialog(connection);
    dialog.show();
    child<QRadioButton>(dialog, u"remoteMode"_s)->click();
    child<QLineEdit>(dialog, u"brokerUrl"_s)->setText(broker.url().toString());
    child<QPushButton>(dialog, u"connectButton"_s)->click();

    // Not verified: the dialog asks, showing the fingerprint in pairs.
    auto *panel = child<QWidget>(dialog, u"trustCertificatePanel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 15'000);
    QCOMPARE(connection.state(), BrokerConnection::State::Failed);
    QCOMPARE(child<QLabel>(dialog, u"certificateFingerprint"_s)->text(),
             ConnectionDialog::formatFingerprint(fingerprint));

    // Trusted: connected, and the profile keeps the fingerprint for next time.
    child<QPushButton>(dialog, u"trustCertificateButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), BrokerConnection::State::Connected, 15'000);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(connection.profile().trustedCertificateSha256, fingerprint);
    QSettings settings;
    const auto saved = ConnectionDialog::savedProfile(settings);
    QVERIFY(saved.has_value());
    QCOMPARE(BrokerClient::normalizeFingerprint(saved->trustedCertificateSha256), fingerprint);

    // Another address forgets the trust given to this one.
    ConnectionDialog again(connection);
    QCOMPARE(again.profile().trustedCertificateSha256, fingerprint);
    QTest::keyClick(child<QLineEdit>(again, u"brokerUrl"_s), Qt::Key_Backspace);
    QVERIFY(again.profile().trustedCertificateSha256.isEmpty());
}

void tst_ConnectionDialog::connectsToDemoAndRemembersIt()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path(), QStringLiteral(SPARECLOUD_BROKER_EXE));
    ConnectionDialog dialog(connection);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    child<QPushButton>(dialog, u"connectButton"_s)->click();
    QVERIFY(!child<QRadioButton>(dialog, u"demoMode"_s)->isEnabled()); // the form waits while connecting

    // Starting the broker takes about a second; QTRY waits twice as long again before it reports a timeout.
    QTRY_VERIFY_WITH_TIMEOUT(accepted.count() == 1 || connection.state() == BrokerConnection::State::Failed, 30'000);
    QVERIFY2(connection.state() == BrokerConnection::State::Connected,
             qPrintable(connection.lastError() + u"\n"_s + connection.brokerLog()));
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.isVisible());
    QSettings settings;
    const auto saved = ConnectionDialog::savedProfile(settings);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->mode, ConnectionProfile::Mode::OfflineDemo);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
