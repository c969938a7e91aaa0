// The login, registration and change-password dialogs against a real broker
// process, and what they say when the broker refuses.
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/CountryModel.h"
#include "ui/LoginDialog.h"
#include "ui/RegistrationDialog.h"

#include "RemoteBroker.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::ui::ChangePasswordDialog;
using sc::ui::CountryModel;
using sc::ui::LoginDialog;
using sc::ui::RegistrationDialog;

namespace {

constexpr int kBrokerTimeoutMs = 20'000;
const QString kPassword = u"correct horse battery"_s;

template<typename T>
T *child(const QObject &parent, const QString &name)
{
    auto *object = parent.findChild<T *>(name);
    if (!object)
        qFatal("no child %s", qPrintable(name));
    return object;
}

// A BrokerConnection to the test's remote broker, connected.
struct Session
{
    explicit Session(const RemoteBroker &broker, const QString &dataRoot)
        : connection(client, dataRoot)
    {
        ConnectionProfile profile;
        profile.mode = ConnectionProfile::Mode::Remote;
        profile.remoteUrl = broker.url();
        connection.connectTo(profile);
        if (!QTest::qWaitFor([this] { return connection.state() != BrokerConnection::State::Connecting; }, 10'000))
            qWarning("still connecting to %s", qPrintable(broker.url().toString()));
    }

    BrokerClient client;
    BrokerConnection connection;
};

void fillLogin(const LoginDialog &dialog, const QString &email, const QString &password)
{
    child<QLineEdit>(dialog, u"loginEmail"_s)->setText(email);
    auto *passwordField = child<QLineEdit>(dialog, u"loginPassword"_s);
    passwordField->clear();
    QTest::keyClicks(passwordField, password);
}

} // namespace

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void countryModel();
    void describesRefusedLogins_data();
    void describesRefusedLogins();
    void logsInToRemoteBroker();
    void wrongPasswordThenLockout();
    void sellerWaitingForApproval();
    void registrationIsValidatedWhileTyping();
    void registersFromTheLoginDialog();
    void changesPassword();

private:
    QTemporaryDir m_dataRoot;
};

void tst_LoginDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_logindialog"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dataRoot.isValid());
}

void tst_LoginDialog::init()
{
    QSettings().clear();
}

void tst_LoginDialog::countryModel()
{
    CountryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 200);
    const int germany = model.rowOf(u"de"_s);
    QVERIFY(germany >= 0);
    QCOMPARE(model.index(germany).data().toString(), u"Germany (DE)"_s);
    QCOMPARE(model.index(germany).data(CountryModel::CodeRole).toString(), u"DE"_s);
    QCOMPARE(model.rowOf(u"XX"_s), -1);
    // Countries only, each once: regions such as "419" (Latin America) are not offered.
    QSet<QString> codes;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString code = model.index(row).data(CountryModel::CodeRole).toString();
        QVERIFY2(code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter(), qPrintable(code));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
    }
    // Sorted by name, for people looking for theirs.
    QVERIFY(model.rowOf(u"AT"_s) < model.rowOf(u"DE"_s));
    QVERIFY(model.rowOf(u"DE"_s) < model.rowOf(u"NL"_s));
}

void tst_LoginDialog::describesRefusedLogins_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password") << int(ErrorCode::Unauthorized) << QJsonObject{}
                                    << u"The email address or the password is wrong."_s;
    QTest::newRow("locked, minutes rounded up")
        << int(ErrorCode::RateLimited) << QJsonObject{{u"reason"_s, u"locked"_s}, {u"retryAfterSeconds"_s, 61}}
        << u"Try again in 2 min."_s;
    QTest::newRow("too many attempts from here")
        << int(ErrorCode::RateLimited) << QJsonObject{{u"retryAfterSeconds"_s, 6}} << u"Try again in 6 s."_s;
    QTest::newRow("seller pending") << int(ErrorCode::Forbidden) << QJsonObject{{u"reason"_s, u"pending_approval"_s}}
                                    << u"waiting for an operator's approval"_s;
    QTest::newRow("suspended") << int(ErrorCode::Forbidden) << QJsonObject{{u"reason"_s, u"suspended"_s}}
                               << u"suspended"_s;
    QTest::newRow("network: the client's own words")
        << int(ErrorCode::NetworkError) << QJsonObject{} << u"the message"_s;
}

void tst_LoginDialog::describesRefusedLogins()
{
    QFETCH(int, code);
    QFETCH(QJsonObject, details);
    QFETCH(QString, expected);
    const QString text = LoginDialog::describeError(ApiError{ErrorCode(code), u"the message"_s, details, {}});
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void tst_LoginDialog::logsInToRemoteBroker()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(u"dana@example.com"_s, kPassword, u"Dana Fischer"_s, u"Northwind"_s));
    Session session(broker, m_dataRoot.path());
    QCOMPARE(session.connection.state(), BrokerConnection::State::Connected);

    LoginDialog dialog(session.client, session.connection);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *loginButton = child<QPushButton>(dialog, u"loginButton"_s);
    QVERIFY(child<QLabel>(dialog, u"loginTitle"_s)->text().contains(u"127.0.0.1"_s));
    QVERIFY(!loginButton->isEnabled()); // nothing typed yet
    child<QLineEdit>(dialog, u"loginEmail"_s)->setText(u"dana@example.com"_s);
    QVERIFY(!loginButton->isEnabled());
    fillLogin(dialog, u"dana@example.com"_s, kPassword);
    QVERIFY(loginButton->isEnabled());
    child<QCheckBox>(dialog, u"rememberMe"_s)->setChecked(true);

    loginButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kBrokerTimeoutMs);
    QVERIFY(!dialog.isVisible());
    QVERIFY(session.connection.currentUser());
    QCOMPARE(session.connection.currentUser()->displayName, u"Dana Fischer"_s);
    QVERIFY(dialog.rememberMe());
    QVERIFY(!session.client.accessToken().isEmpty());
    // The password does not linger in the form.
    QVERIFY(child<QLineEdit>(dialog, u"loginPassword"_s)->text().isEmpty());
}

void tst_LoginDialog::wrongPasswordThenLockout()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(u"dana@example.com"_s, kPassword, u"Dana Fischer"_s, u"Northwind"_s));
    Session session(broker, m_dataRoot.path());

    LoginDialog dialog(session.client, session.connection);
    dialog.show();
    auto *message = child<QLabel>(dialog, u"loginMessage"_s);
    auto *loginButton = child<QPushButton>(dialog, u"loginButton"_s);

    fillLogin(dialog, u"dana@example.com"_s, u"not the password"_s);
    loginButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"password is wrong"_s), kBrokerTimeoutMs);
    QVERIFY(message->isVisible());
    QVERIFY(dialog.isVisible()); // still there for another try
    QVERIFY(loginButton->isEnabled());
    QVERIFY(!session.connection.currentUser());

    // The broker locks the account after five wrong passwords and says for how long.
    for (int attempt = 2; attempt <= 5; ++attempt) {
        message->clear();
        loginButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"password is wrong"_s), kBrokerTimeoutMs);
    }
    fillLogin(dialog, u"dana@example.com"_s, kPassword); // right, but too late
    loginButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"locked"_s), kBrokerTimeoutMs);
    QVERIFY2(message->text().contains(u"Try again in 15 min."_s), qPrintable(message->text()));
    QVERIFY(!session.connection.currentUser());
}

void tst_LoginDialog::sellerWaitingForApproval()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(u"sam@example.com"_s, kPassword, u"Sam"_s, u"Harbor Cloud"_s, u"seller"_s));
    Session session(broker, m_dataRoot.path());

    LoginDialog dialog(session.client, session.connection);
    dialog.show();
    fillLogin(dialog, u"sam@example.com"_s, kPassword);
    child<QPushButton>(dialog, u"loginButton"_s)->click();
    auto *message = child<QLabel>(dialog, u"loginMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"waiting for an operator's approval"_s), kBrokerTimeoutMs);
    QVERIFY(dialog.isVisible());
    QVERIFY(!session.connection.currentUser());
}

void tst_LoginDialog::registrationIsValidatedWhileTyping()
{
    BrokerClient client; // never asked: nothing is sent while the form is incomplete
    RegistrationDialog dialog(client);
    dialog.show();
    auto *create = child<QPushButton>(dialog, u"createAccountButton"_s);
    auto *problem = child<QLabel>(dialog, u"registrationProblem"_s);
    auto *email = child<QLineEdit>(dialog, u"registerEmail"_s);
    auto *password = child<QLineEdit>(dialog, u"registerPassword"_s);
    auto *confirm = child<QLineEdit>(dialog, u"registerConfirmPassword"_s);

    // Empty: no complaint yet, but nothing to send.
    QVERIFY(!create->isEnabled());
    QVERIFY(problem->isHidden());

    QTest::keyClicks(email, u"dana@"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"valid email address"_s), qPrintable(problem->text()));
    QTest::keyClicks(email, u"example.com"_s);
    QVERIFY(problem->isHidden());

    QTest::keyClicks(password, u"short"_s);
    QVERIFY2(problem->text().contains(u"at least 10 characters"_s), qPrintable(problem->text()));
    password->setText(u"DANA@example.com"_s);
    QVERIFY2(problem->text().contains(u"must not be your email address"_s), qPrintable(problem->text()));
    password->setText(kPassword);
    QVERIFY(problem->isHidden());
    QTest::keyClicks(confirm, u"correct horse"_s);
    QVERIFY2(problem->text().contains(u"not the same"_s), qPrintable(problem->text()));
    QTest::keyClicks(confirm, u" battery"_s);
    QVERIFY(problem->isHidden());
    QVERIFY(!create->isEnabled()); // name and organization still missing
    QCOMPARE(dialog.validationProblem(), u"Enter your name."_s);

    QTest::keyClicks(child<QLineEdit>(dialog, u"registerDisplayName"_s), u"Dana Fischer"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"registerOrganization"_s), u"Northwind"_s);
    QVERIFY(dialog.validationProblem().isEmpty());
    QVERIFY(create->isEnabled());

    // The country list starts at the user's own country; sellers are told they wait for approval.
    QCOMPARE(child<QComboBox>(dialog, u"registerCountry"_s)->currentData(CountryModel::CodeRole).toString(), u"US"_s);
    QVERIFY(child<QRadioButton>(dialog, u"registerRoleBuyer"_s)->isChecked());
    QVERIFY(child<QLabel>(dialog, u"sellerApprovalNote"_s)->text().contains(u"approved"_s));
}

void tst_LoginDialog::registersFromTheLoginDialog()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(u"taken@example.com"_s, kPassword, u"Taken"_s, u"Taken Org"_s));
    Session session(broker, m_dataRoot.path());

    LoginDialog login(session.client, session.connection);
    login.show();
    child<QPushButton>(login, u"registerButton"_s)->click();
    QTRY_VERIFY(login.registrationDialog() && login.registrationDialog()->isVisible());
    RegistrationDialog &registration = *login.registrationDialog();
    auto fill = [&](const QString &email, const QString &organization) {
        child<QLineEdit>(registration, u"registerEmail"_s)->setText(email);
        child<QLineEdit>(registration, u"registerPassword"_s)->setText(kPassword);
        child<QLineEdit>(registration, u"registerConfirmPassword"_s)->setText(kPassword);
        child<QLineEdit>(registration, u"registerDisplayName"_s)->setText(u"Dana Fischer"_s);
        child<QLineEdit>(registration, u"registerOrganization"_s)->setText(organization);
    };

    // What the broker refuses is said in the form, which stays open.
    fill(u"taken@example.com"_s, u"Northwind"_s);
    child<QPushButton>(registration, u"createAccountButton"_s)->click();
    auto *problem = child<QLabel>(registration, u"registrationProblem"_s);
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(u"exists already"_s), kBrokerTimeoutMs);
    QVERIFY(registration.isVisible());

    fill(u"dana@example.com"_s, u"Northwind"_s);
    child<QPushButton>(registration, u"createAccountButton"_s)->click();
    // Back at the login form, filled in, told what to do next.
    QTRY_VERIFY_WITH_TIMEOUT(!login.registrationDialog(), kBrokerTimeoutMs);
    QCOMPARE(child<QLineEdit>(login, u"loginEmail"_s)->text(), u"dana@example.com"_s);
    QVERIFY(child<QLabel>(login, u"loginNotice"_s)->text().contains(u"Your account is ready"_s));

    QTest::keyClicks(child<QLineEdit>(login, u"loginPassword"_s), kPassword);
    child<QPushButton>(login, u"loginButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(session.connection.currentUser().has_value(), kBrokerTimeoutMs);
    QCOMPARE(session.connection.currentUser()->email, u"dana@example.com"_s);
    QCOMPARE(session.connection.currentUser()->organization.countryCode, u"US"_s);
}

void tst_LoginDialog::changesPassword()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(u"dana@example.com"_s, kPassword, u"Dana Fischer"_s, u"Northwind"_s));
    Session session(broker, m_dataRoot.path());
    session.connection.login(u"dana@example.com"_s, kPassword, false);
    QTRY_VERIFY_WITH_TIMEOUT(session.connection.currentUser().has_value(), kBrokerTimeoutMs);

    ChangePasswordDialog dialog(session.client, u"dana@example.com"_s);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *change = child<QPushButton>(dialog, u"changePasswordButton"_s);
    auto *problem = child<QLabel>(dialog, u"changePasswordProblem"_s);
    const QString newPassword = u"a much better passphrase"_s;
    child<QLineEdit>(dialog, u"currentPassword"_s)->setText(u"not the password"_s);
    child<QLineEdit>(dialog, u"newPassword"_s)->setText(u"dana@example.com"_s);
    QVERIFY(problem->text().contains(u"must not be your email address"_s));
    QVERIFY(!change->isEnabled());
    child<QLineEdit>(dialog, u"newPassword"_s)->setText(newPassword);
    child<QLineEdit>(dialog, u"confirmNewPassword"_s)->setText(newPassword);
    QVERIFY(change->isEnabled());

    change->click();
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(u"current password is wrong"_s), kBrokerTimeoutMs);
    QCOMPARE(accepted.count(), 0);
    // A wrong current password is not an expired session: still logged in.
    QVERIFY(session.connection.currentUser().has_value());

    child<QLineEdit>(dialog, u"currentPassword"_s)->setText(kPassword);
    change->click();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kBrokerTimeoutMs);

    const auto reply = broker.send("POST",
                                   u"/api/v1/auth/login"_s,
                                   QJsonObject{{u"email"_s, u"dana@example.com"_s}, {u"password"_s, newPassword}});
    QCOMPARE(reply.status, 200);
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
