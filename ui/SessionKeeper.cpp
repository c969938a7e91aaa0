#include "ui/SessionKeeper.h"

#include "client/BrokerClient.h"
#include "client/RememberedLogins.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/LoginDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::client::CredentialStore;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::ui {

SessionKeeper::SessionKeeper(client::BrokerClient &client, BrokerConnection &connection, CredentialStore &store,
                             QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_connection(connection)
    , m_remembered(new client::RememberedLogins(store, this))
    , m_window(window)
    , m_loginAction(new QAction(tr("&Log In…"), this))
    , m_logoutAction(new QAction(tr("Log &Out"), this))
    , m_logoutEverywhereAction(new QAction(tr("Log Out &Everywhere…"), this))
    , m_changePasswordAction(new QAction(tr("&Change Password…"), this))
    , m_demoAccounts(new QActionGroup(this))
    , m_demoBuyerAction(new QAction(tr("Switch to Demo &Buyer"), m_demoAccounts))
    , m_demoSellerAction(new QAction(tr("Switch to Demo &Seller"), m_demoAccounts))
    , m_demoOperatorAction(new QAction(tr("Switch to Demo O&perator"), m_demoAccounts))
    , m_demoSeparator(new QAction(this))
{
    m_loginAction->setObjectName(u"loginAction"_s);
    m_logoutAction->setObjectName(u"logoutAction"_s);
    m_logoutEverywhereAction->setObjectName(u"logoutEverywhereAction"_s);
    m_logoutEverywhereAction->setToolTip(tr("End your sessions on every computer and revoke your API keys"));
    m_changePasswordAction->setObjectName(u"changePasswordAction"_s);
    m_demoSeparator->setSeparator(true);

    const QList<std::pair<QAction *, QString>> demoAccounts{
        {m_demoBuyerAction, u"buyer"_s}, {m_demoSellerAction, u"seller"_s}, {m_demoOperatorAction, u"operator"_s}};
    for (const auto &[action, account] : demoAccounts) {
        action->setObjectName(u"switchToDemo"_s + account.at(0).toUpper() + account.mid(1) + u"Action"_s);
        action->setCheckable(true);
        action->setData(account);
        connect(action, &QAction::triggered, this, [this, account = account] {
            if (!m_connection.currentUser() || m_connection.currentUser()->role != account || m_expired)
                m_connection.switchAccount(account);
        });
    }
    m_demoAccounts->setExclusive(true);

    connect(m_loginAction, &QAction::triggered, this, &SessionKeeper::logInAgain);
    connect(m_logoutAction, &QAction::triggered, this, &SessionKeeper::logout);
    connect(m_logoutEverywhereAction, &QAction::triggered, this, &SessionKeeper::logoutEverywhere);
    connect(m_changePasswordAction, &QAction::triggered, this, &SessionKeeper::openChangePasswordDialog);

    connect(&m_connection, &BrokerConnection::stateChanged, this, &SessionKeeper::onStateChanged);
    connect(&m_connection, &BrokerConnection::userChanged, this, &SessionKeeper::onUserChanged);
    connect(&m_connection, &BrokerConnection::loginFailed, this, &SessionKeeper::onLoginFailed);
    connect(&m_client, &client::BrokerClient::sessionExpired, this, &SessionKeeper::onSessionExpired);
    updateActions();
}

SessionKeeper::~SessionKeeper() = default;

QList<QAction *> SessionKeeper::actions() const
{
    return {m_demoBuyerAction,
            m_demoSellerAction,
            m_demoOperatorAction,
            m_demoSeparator,
            m_loginAction,
            m_changePasswordAction,
            m_logoutEverywhereAction,
            m_logoutAction};
}

bool SessionKeeper::isLoginNeeded() const
{
    return isRemote() && m_connection.state() == BrokerConnection::State::Connected && !m_connection.currentUser()
           && !m_resuming && !m_loginDialog;
}

LoginDialog *SessionKeeper::loginDialog() const
{
    return m_loginDialog;
}

bool SessionKeeper::isRemote() const
{
    return m_connection.profile().mode == ConnectionProfile::Mode::Remote;
}

void SessionKeeper::onStateChanged(BrokerConnection::State state)
{
    ++m_connectionSerial;
    m_resuming = false;
    m_loggingOut = false;
    setExpired(false);
    if (state != BrokerConnection::State::Connected) {
        // The dialogs belong to the broker that is gone.
        if (m_loginDialog)
            m_loginDialog->reject();
        if (m_passwordDialog)
            m_passwordDialog->reject();
    } else if (isRemote()) {
        resumeOrAskForLogin();
    }
    updateActions();
}

void SessionKeeper::resumeOrAskForLogin()
{
    const QUrl broker = m_connection.profile().remoteUrl;
    const quint64 serial = m_connectionSerial;
    m_resuming = true; // until the keyring has answered and the broker has checked what it gave
    m_remembered->recall(broker, this, [this, serial](const client::RememberedLogins::Recalled &recalled) {
        if (serial != m_connectionSerial || m_connection.currentUser())
            return;
        if (recalled.token.ok() && !recalled.token.secret.isEmpty()) {
            m_resumingEmail = recalled.email;
            m_connection.resumeSession(recalled.token.secret);
            return;
        }
        m_resuming = false;
        if (recalled.token.status != CredentialStore::Status::NotFound) {
            Q_EMIT notice(
                tr("Your saved login could not be read from the system keyring (%1).").arg(recalled.token.error));
        }
        showLoginDialog(recalled.email, {});
        updateActions();
    });
}

void SessionKeeper::onLoginFailed(const ApiError &error)
{
    if (m_resuming) {
        m_resuming = false;
        // The broker no longer knows the remembered session: forget it. A network error proves nothing.
        const bool refused = error.code == ErrorCode::Unauthorized || error.code == ErrorCode::Forbidden;
        if (refused)
            forgetToken(m_resumingEmail);
        showLoginDialog(m_resumingEmail, refused ? tr("Your saved session has ended. Log in again.") : error.message);
        updateActions();
        return;
    }
    if (!m_loginDialog) // the login dialog reports its own failures
        Q_EMIT notice(tr("Could not log in: %1").arg(error.message));
}

void SessionKeeper::onUserChanged()
{
    const auto user = m_connection.currentUser();
    if (user) {
        m_resuming = false;
        setExpired(false);
        Q_EMIT sessionStarted();
    } else if (m_loggingOut) {
        m_loggingOut = false;
        // Logged out of a remote broker: ask who is next, as a web portal does.
        if (isRemote() && m_connection.state() == BrokerConnection::State::Connected)
            showLoginDialog(m_remembered->lastEmail(m_connection.profile().remoteUrl), {});
    }
    updateActions();
}

void SessionKeeper::onSessionExpired(const ApiError &error)
{
    Q_UNUSED(error)
    // Only a session someone was working in can expire; a remembered token being checked just fails.
    if (!m_connection.currentUser() || m_loggingOut || m_resuming || m_expired)
        return;
    setExpired(true);
    updateActions();
    if (isRemote()) {
        // Its token is worthless now; a new login may remember a new one.
        forgetToken(m_connection.currentUser()->email);
        showLoginDialog(m_connection.currentUser()->email, tr("Your session has expired — log in again."));
    }
}

void SessionKeeper::setExpired(bool expired)
{
    if (m_expired == expired)
        return;
    m_expired = expired;
    Q_EMIT sessionExpiredChanged(expired);
}

void SessionKeeper::openLoginDialog()
{
    if (!isRemote() || m_connection.state() != BrokerConnection::State::Connected)
        return;
    const QString email = m_connection.currentUser() ? m_connection.currentUser()->email
                                                     : m_remembered->lastEmail(m_connection.profile().remoteUrl);
    showLoginDialog(email, m_expired ? tr("Your session has expired — log in again.") : QString());
}

void SessionKeeper::logInAgain()
{
    if (isRemote()) {
        openLoginDialog();
        return;
    }
    // An embedded broker: a new session for the same account, no password needed.
    const auto user = m_connection.currentUser();
    m_connection.switchAccount(user ? user->role : u"buyer"_s);
}

void SessionKeeper::showLoginDialog(const QString &email, const QString &notice)
{
    const bool alreadyOpen = m_loginDialog;
    if (!alreadyOpen) {
        m_loginDialog = new LoginDialog(m_client, m_connection, m_window);
        m_loginDialog->setAttribute(Qt::WA_DeleteOnClose);
        LoginDialog *dialog = m_loginDialog;
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            onLoginAccepted(dialog->email(), dialog->rememberMe());
        });
        // Closed either way: the window offers to log in if nobody did.
        connect(dialog, &QDialog::finished, this, [this] {
            m_loginDialog = nullptr;
            updateActions();
        });
    }
    m_loginDialog->setEmail(email);
    m_loginDialog->setNotice(notice);
    if (alreadyOpen) {
        m_loginDialog->raise();
        m_loginDialog->activateWindow();
        return;
    }
    m_loginDialog->open();
    updateActions();
}

void SessionKeeper::onLoginAccepted(const QString &email, bool rememberMe)
{
    const QUrl broker = m_connection.profile().remoteUrl;
    if (!rememberMe) {
        m_remembered->setLastEmail(broker, email);
        forgetToken(email); // a token kept from an earlier "remember me" is not wanted any more
        return;
    }
    m_remembered->remember(broker, email, m_client.accessToken(), this, [this](const CredentialStore::Result &result) {
        if (!result.ok()) {
            Q_EMIT notice(tr("SpareCloud could not keep your login in the system keyring (%1). You will be asked "
                             "to log in next time.")
                              .arg(result.error));
        }
    });
}

void SessionKeeper::forgetToken(const QString &email)
{
    if (email.isEmpty())
        return;
    m_remembered->forget(m_connection.profile().remoteUrl, email, this, [](const CredentialStore::Result &) {});
}

void SessionKeeper::logout()
{
    const auto user = m_connection.currentUser();
    if (!user)
        return;
    m_loggingOut = true;
    if (isRemote())
        forgetToken(user->email);
    m_connection.logout();
}

void SessionKeeper::logoutEverywhere()
{
    if (!m_connection.currentUser())
        return;
    auto *question = new QMessageBox(QMessageBox::Question,
                                     tr("Log Out Everywhere"),
                                     tr("Log out on every computer?"),
                                     QMessageBox::Cancel,
                                     m_window);
    question->setObjectName(u"logoutEverywhereQuestion"_s);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setInformativeText(tr("This ends all your sessions, here and elsewhere, and revokes your API keys. "
                                    "Programs that use them stop working until you create new keys."));
    QPushButton *confirm = question->addButton(tr("Log Out Everywhere"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmLogoutEverywhere"_s);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this] {
        const auto user = m_connection.currentUser();
        if (!user)
            return;
        m_loggingOut = true;
        if (isRemote())
            forgetToken(user->email);
        m_connection.logoutEverywhere();
    });
    question->open();
}

void SessionKeeper::openChangePasswordDialog()
{
    const auto user = m_connection.currentUser();
    if (!user || m_passwordDialog)
        return;
    m_passwordDialog = new ChangePasswordDialog(m_client, user->email, m_window);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passwordDialog, &QDialog::accepted, this, [this] {
        Q_EMIT notice(tr("Your password was changed. Your other sessions were logged out."));
    });
    m_passwordDialog->open();
}

void SessionKeeper::updateActions()
{
    const bool connected = m_connection.state() == BrokerConnection::State::Connected;
    const auto user = m_connection.currentUser();
    const bool remote = isRemote();
    const bool demo = connected && m_connection.profile().mode == ConnectionProfile::Mode::OfflineDemo;
    const bool loggedIn = user.has_value() && !m_expired;

    for (QAction *action : m_demoAccounts->actions()) {
        action->setVisible(demo);
        action->setChecked(loggedIn && user->role == action->data().toString());
    }
    m_demoSeparator->setVisible(demo);
    m_loginAction->setVisible(connected && (remote ? !loggedIn : m_expired));
    m_loginAction->setText(m_expired ? tr("&Log In Again…") : tr("&Log In…"));
    // Embedded brokers' accounts have no password: switching is their way in and out.
    m_changePasswordAction->setVisible(connected && remote && loggedIn);
    m_logoutEverywhereAction->setVisible(connected && remote && loggedIn);
    m_logoutAction->setVisible(connected && remote && loggedIn);
    Q_EMIT loginNeededChanged();
}

} // namespace sc::ui
