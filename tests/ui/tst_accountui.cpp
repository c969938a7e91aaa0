// Accounts in the main window: the demo's switchable accounts, logging in to
// a remote broker, remembered sessions, logging out, and a session that
// expires while the user works.
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "client/MemoryCredentialStore.h"
#include "client/RememberedLogins.h"
#include "ui/AccountButton.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/MarketplacePage.h"
#include "ui/NoticeBanner.h"
#include "ui/SessionKeeper.h"

#include "RemoteBroker.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::client::MemoryCredentialStore;
using sc::client::RememberedLogins;
using sc::ui::AccountButton;
using sc::ui::LoginDialog;
using sc::ui::MainWindow;
using sc::ui::MarketplacePage;
using sc::ui::NoticeBanner;

namespace {

constexpr int kBrokerTimeoutMs = 30'000;
const QString kEmail = u"dana@example.com"_s;
const QString kPassword = u"correct horse battery"_s;

template<typename T>
T *child(const QObject &parent, const QString &name)
{
    auto *object = parent.findChild<T *>(name);
    if (!object)
        qFatal("no child %s", qPrintable(name));
    return object;
}

ConnectionProfile remoteProfile(const RemoteBroker &broker)
{
    ConnectionProfile profile;
    profile.mode = ConnectionProfile::Mode::Remote;
    profile.remoteUrl = broker.url();
    return profile;
}

// The app as main.cpp wires it, on a store the test can look into.
struct App
{
    App(const QString &dataRoot, MemoryCredentialStore &store, const QString &brokerExecutable = {})
        : connection(client, dataRoot, brokerExecutable)
        , window(client, connection, store)
    {
        window.show();
    }

    LoginDialog *loginDialog() const { return window.sessionKeeper()->loginDialog(); }
    AccountButton *accountButton() const { return child<AccountButton>(window, u"accountButton"_s); }
    QAction *action(const QString &name) const { return child<QAction>(window, name); }

    // Logs in through the login dialog the window opened.
    bool logInWithDialog(const QString &email, const QString &password, bool rememberMe)
    {
        if (!QTest::qWaitFor([this] { return loginDialog() && loginDialog()->isVisible(); }, kBrokerTimeoutMs))
            return false;
        LoginDialog &dialog = *loginDialog();
        child<QLineEdit>(dialog, u"loginEmail"_s)->setText(email);
        child<QLineEdit>(dialog, u"loginPassword"_s)->setText(password);
        child<QCheckBox>(dialog, u"rememberMe"_s)->setChecked(rememberMe);
        child<QPushButton>(dialog, u"loginButton"_s)->click();
        return QTest::qWaitFor([this] { return connection.currentUser().has_value() && !loginDialog(); },
                               kBrokerTimeoutMs);
    }

    BrokerClient client;
    BrokerConnection connection;
    MainWindow window;
};

} // namespace

class tst_AccountUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void demoOpensAsBuyerAndSwitchesToSeller();
    void remoteLoginIsRememberedWithoutPassword();
    void staleRememberedSessionAsksForLogin();
    void logoutThenLoginAgain();
    void logoutEverywhereEndsOtherSessions();
    void expiredSessionKeepsThePage();

private:
    QTemporaryDir m_dataRoot;
};

void tst_AccountUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_accountui"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dataRoot.isValid());
}

void tst_AccountUi::init()
{
    QSettings().clear();
}

void tst_AccountUi::demoOpensAsBuyerAndSwitchesToSeller()
{
    MemoryCredentialStore store;
    App app(m_dataRoot.path(), store, QStringLiteral(SPARECLOUD_BROKER_EXE));
    ConnectionProfile demo;
    demo.mode = ConnectionProfile::Mode::OfflineDemo;
    app.connection.connectTo(demo);

    // A ready session straight away: the demo buyer, no login dialog.
    QTRY_VERIFY_WITH_TIMEOUT(app.connection.state() == BrokerConnection::State::Connected
                                 || app.connection.state() == BrokerConnection::State::Failed,
                             kBrokerTimeoutMs);
    QVERIFY2(app.connection.state() == BrokerConnection::State::Connected,
             qPrintable(app.connection.lastError() + u"\n"_s + app.connection.brokerLog()));
    QTRY_COMPARE(app.accountButton()->text(), u"Dana Buyer · Buyer"_s);
    QVERIFY(app.accountButton()->isVisible());
    QVERIFY(!app.loginDialog());
    QVERIFY(app.action(u"switchToDemoBuyerAction"_s)->isChecked());
    QVERIFY(app.action(u"switchToDemoSellerAction"_s)->isVisible());
    QVERIFY(app.action(u"switchToDemoOperatorAction"_s)->isVisible());
    // Demo accounts have no password: nothing to log out of or change.
    QVERIFY(!app.action(u"logoutAction"_s)->isVisible());
    QVERIFY(!app.action(u"changePasswordAction"_s)->isVisible());

    app.action(u"switchToDemoSellerAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(app.accountButton()->text(), u"Sam Seller · Seller"_s, kBrokerTimeoutMs);
    QVERIFY(app.action(u"switchToDemoSellerAction"_s)->isChecked());
    QCOMPARE(app.connection.currentUser()->role, u"seller"_s);
    app.window.showPage(MainWindow::Page::SellerConsole);
    const QWidget *sellerPage = child<QWidget>(app.window, u"sellerPage"_s);
    QCOMPARE(child<QLabel>(*sellerPage, u"pageTitle"_s)->text(), u"Seller console — Harbor Cloud Co-op"_s);

    app.action(u"switchToDemoBuyerAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(app.accountButton()->text(), u"Dana Buyer · Buyer"_s, kBrokerTimeoutMs);
    // Nothing was kept: demo sessions are not remembered.
    QCOMPARE(store.size(), 0);
}

void tst_AccountUi::remoteLoginIsRememberedWithoutPassword()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(kEmail, kPassword, u"Dana Fischer"_s, u"Northwind"_s));
    MemoryCredentialStore store;
    const QString key = RememberedLogins::keyFor(broker.url(), kEmail);
    {
        App app(m_dataRoot.path(), store);
        QCOMPARE(app.accountButton()->text(), u"Not logged in"_s);
        app.connection.connectTo(remoteProfile(broker));
        // Nobody remembered: the window asks.
        QVERIFY(app.logInWithDialog(kEmail, kPassword, true));
        QCOMPARE(app.accountButton()->text(), u"Dana Fischer · Buyer"_s);
        QTRY_VERIFY(store.contains(key));
        QVERIFY(app.action(u"logoutAction"_s)->isVisible());
        QVERIFY(!app.action(u"switchToDemoSellerAction"_s)->isVisible());
        // The catalog, which needs a session, loaded once logged in.
        auto *page = child<MarketplacePage>(app.window, u"marketplacePage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page->catalogState(), MarketplacePage::CatalogState::Loaded, kBrokerTimeoutMs);
    }

    // Started again: the remembered session is used, no dialog, no password.
    App app(m_dataRoot.path(), store);
    app.connection.connectTo(remoteProfile(broker));
    QTRY_VERIFY_WITH_TIMEOUT(app.connection.currentUser().has_value(), kBrokerTimeoutMs);
    QCOMPARE(app.connection.currentUser()->email, kEmail);
    QVERIFY(!app.loginDialog());
    QCOMPARE(app.accountButton()->text(), u"Dana Fischer · Buyer"_s);
    auto *page = child<MarketplacePage>(app.window, u"marketplacePage"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page->catalogState(), MarketplacePage::CatalogState::Loaded, kBrokerTimeoutMs);
}

void tst_AccountUi::staleRememberedSessionAsksForLogin()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    MemoryCredentialStore store;
    RememberedLogins(store).remember(broker.url(), kEmail, "no-such-session", nullptr, [](const auto &) {});
    QTRY_COMPARE(store.size(), 1);

    App app(m_dataRoot.path(), store);
    app.connection.connectTo(remoteProfile(broker));
    QTRY_VERIFY_WITH_TIMEOUT(app.loginDialog() && app.loginDialog()->isVisible(), kBrokerTimeoutMs);
    // Filled in, the dead token forgotten, and no "expired" alarm for a session nobody was using.
    QCOMPARE(child<QLineEdit>(*app.loginDialog(), u"loginEmail"_s)->text(), kEmail);
    QTRY_COMPARE(store.size(), 0);
    auto *banner = child<NoticeBanner>(app.window, u"sessionBanner"_s);
    QVERIFY(banner->isHidden());

    // Cancelled: the window says nobody is logged in and offers the way back.
    app.loginDialog()->reject();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"not logged in"_s));
    QVERIFY(!banner->text().contains(u"expired"_s));
    child<QPushButton>(*banner, u"noticeButton"_s)->click();
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    QVERIFY(banner->isHidden());
}

void tst_AccountUi::logoutThenLoginAgain()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(kEmail, kPassword, u"Dana Fischer"_s, u"Northwind"_s));
    MemoryCredentialStore store;
    App app(m_dataRoot.path(), store);
    app.connection.connectTo(remoteProfile(broker));
    QVERIFY(app.logInWithDialog(kEmail, kPassword, true));
    QTRY_COMPARE(store.size(), 1);
    const QByteArray oldToken = app.client.accessToken();

    app.action(u"logoutAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!app.connection.currentUser().has_value(), kBrokerTimeoutMs);
    QCOMPARE(app.accountButton()->text(), u"Not logged in"_s);
    QTRY_COMPARE(store.size(), 0); // logging out forgets the remembered session
    // The broker ended the session too.
    QCOMPARE(broker.send("GET", u"/api/v1/me"_s, {}, oldToken).status, 401);
    // Asked who is next, with the last email filled in.
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    QCOMPARE(child<QLineEdit>(*app.loginDialog(), u"loginEmail"_s)->text(), kEmail);
    QVERIFY(app.action(u"loginAction"_s)->isVisible());

    QVERIFY(app.logInWithDialog(kEmail, kPassword, false));
    QCOMPARE(app.accountButton()->text(), u"Dana Fischer · Buyer"_s);
    QCOMPARE(store.size(), 0); // not remembered this time
}

void tst_AccountUi::logoutEverywhereEndsOtherSessions()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(kEmail, kPassword, u"Dana Fischer"_s, u"Northwind"_s));
    const QByteArray elsewhere = broker
                                     .send("POST",
                                           u"/api/v1/auth/login"_s,
                                           QJsonObject{{u"email"_s, kEmail}, {u"password"_s, kPassword}})
                                     .json.value(u"token"_s)
                                     .toString()
                                     .toLatin1();
    QVERIFY(!elsewhere.isEmpty());
    MemoryCredentialStore store;
    App app(m_dataRoot.path(), store);
    app.connection.connectTo(remoteProfile(broker));
    QVERIFY(app.logInWithDialog(kEmail, kPassword, true));

    // Asked first; cancelling changes nothing.
    app.action(u"logoutEverywhereAction"_s)->trigger();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = app.window.findChild<QMessageBox *>(u"logoutEverywhereQuestion"_s)));
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(100); // nothing to wait for: the session must stay
    QVERIFY(app.connection.currentUser().has_value());

    app.action(u"logoutEverywhereAction"_s)->trigger();
    QTRY_VERIFY((question = app.window.findChild<QMessageBox *>(u"logoutEverywhereQuestion"_s))
                && question->isVisible());
    child<QPushButton>(*question, u"confirmLogoutEverywhere"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!app.connection.currentUser().has_value(), kBrokerTimeoutMs);
    QCOMPARE(broker.send("GET", u"/api/v1/me"_s, {}, elsewhere).status, 401);
    QTRY_COMPARE(store.size(), 0);
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    // Logging out on purpose is not an expired session.
    QVERIFY(child<NoticeBanner>(app.window, u"sessionBanner"_s)->isHidden());
}

void tst_AccountUi::expiredSessionKeepsThePage()
{
    RemoteBroker broker;
    QVERIFY2(broker.isRunning(), broker.output().constData());
    QVERIFY(broker.registerAccount(kEmail, kPassword, u"Dana Fischer"_s, u"Northwind"_s));
    MemoryCredentialStore store;
    App app(m_dataRoot.path(), store);
    app.connection.connectTo(remoteProfile(broker));
    QVERIFY(app.logInWithDialog(kEmail, kPassword, true));
    auto *page = child<MarketplacePage>(app.window, u"marketplacePage"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page->catalogState(), MarketplacePage::CatalogState::Loaded, kBrokerTimeoutMs);
    auto *filter = child<QLineEdit>(app.window, u"catalogFilter"_s);
    auto *types = child<QTableView>(app.window, u"instanceTypeTable"_s);
    QTest::keyClicks(filter, u"gpu"_s);
    const int filteredRows = types->model()->rowCount();
    QVERIFY(filteredRows > 0);

    // Another client of the same user logs out everywhere: this window's session is revoked.
    BrokerClient other;
    other.setBaseUrl(broker.url());
    bool loggedOutEverywhere = false;
    other.login(kEmail, kPassword, false, this, [&](const auto &session) {
        QVERIFY(session.hasValue());
        other.sendJson("POST", u"/auth/logout-all"_s, {}, this, [&](const auto &result) {
            loggedOutEverywhere = result.hasValue();
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(loggedOutEverywhere, kBrokerTimeoutMs);

    // The next request finds out.
    page->refreshAction()->trigger();
    auto *banner = child<NoticeBanner>(app.window, u"sessionBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kBrokerTimeoutMs);
    QVERIFY(banner->text().contains(u"Your session has expired — log in again."_s));
    QVERIFY(app.window.sessionKeeper()->isSessionExpired());
    QCOMPARE(app.accountButton()->text(), u"Dana Fischer · session expired"_s);
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    QCOMPARE(child<QLineEdit>(*app.loginDialog(), u"loginEmail"_s)->text(), kEmail);
    QVERIFY(child<QLabel>(*app.loginDialog(), u"loginNotice"_s)->text().contains(u"expired"_s));
    QTRY_COMPARE(store.size(), 0); // the dead token is not kept

    // Nothing was torn down: the same page, the same filter, the same rows.
    QCOMPARE(app.window.currentPage(), MainWindow::Page::Marketplace);
    QCOMPARE(filter->text(), u"gpu"_s);
    QCOMPARE(page->catalogState(), MarketplacePage::CatalogState::Loaded);
    QCOMPARE(types->model()->rowCount(), filteredRows);

    // Logged in again, the banner goes and the page loads what it could not.
    QSignalSpy catalogLoads(page, &MarketplacePage::catalogStateChanged);
    child<QLineEdit>(*app.loginDialog(), u"loginPassword"_s)->setText(kPassword);
    child<QPushButton>(*app.loginDialog(), u"loginButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!app.window.sessionKeeper()->isSessionExpired(), kBrokerTimeoutMs);
    QVERIFY(banner->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(page->refreshAction()->isEnabled(), kBrokerTimeoutMs);
    QCOMPARE(page->catalogState(), MarketplacePage::CatalogState::Loaded);
    QCOMPARE(filter->text(), u"gpu"_s);
    QCOMPARE(types->model()->rowCount(), filteredRows);
    QCOMPARE(app.accountButton()->text(), u"Dana Fischer · Buyer"_s);
}

QTEST_MAIN(tst_AccountUi)
#include "tst_accountui.moc"
