#pragma once

#include "client/BrokerConnection.h"
#include "protocol/ApiError.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QWidget;

namespace sc::client {
class BrokerClient;
class CredentialStore;
class RememberedLogins;
} // namespace sc::client

namespace sc::ui {

class ChangePasswordDialog;
class LoginDialog;

// Keeps the user logged in, and says so when that ends. For a remote broker:
// after connecting, a session remembered in the keyring is resumed, else the
// login dialog asks; "remember me" keeps the new session's token (never the
// password), logging out forgets it. When the broker refuses the session
// (expired, revoked) nothing on screen is torn down: the window shows a
// banner and the login dialog comes up filled in, and once logged in again
// the page loads what it could not. Embedded brokers log in by themselves;
// the demo offers its buyer, seller and operator to switch between.
//
// Dialogs are opened with open(), never exec(): tests find them by objectName.
class SessionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeeper)

public:
    SessionKeeper(client::BrokerClient &client, client::BrokerConnection &connection, client::CredentialStore &store,
                  QWidget *window);
    ~SessionKeeper() override;

    // For the account button and the Account menu, in order (separators included).
    QList<QAction *> actions() const;
    bool isSessionExpired() const { return m_expired; }
    // Connected to a remote broker, nobody logged in, and no login under way (the user cancelled it).
    bool isLoginNeeded() const;
    // The login dialog while it is open.
    LoginDialog *loginDialog() const;

    // Remote brokers: the login dialog, filled in with the last email used here.
    void openLoginDialog();
    // After the session expired: the login dialog again, or for an embedded broker a new session at once.
    void logInAgain();
    void logout();
    // Asks first, then ends every session of the user.
    void logoutEverywhere();
    void openChangePasswordDialog();

Q_SIGNALS:
    // The session ended without the user logging out: show it, keep the page.
    void sessionExpiredChanged(bool expired);
    // isLoginNeeded() may have changed.
    void loginNeededChanged();
    // Someone is logged in now (first login, another account, or again after expiry): load what needs a session.
    void sessionStarted();
    // Something for the status bar.
    void notice(const QString &text);

private:
    void onStateChanged(client::BrokerConnection::State state);
    void onUserChanged();
    void onLoginFailed(const protocol::ApiError &error);
    void onSessionExpired(const protocol::ApiError &error);
    void resumeOrAskForLogin();
    void showLoginDialog(const QString &email, const QString &notice);
    void onLoginAccepted(const QString &email, bool rememberMe);
    void setExpired(bool expired);
    void forgetToken(const QString &email);
    void updateActions();
    bool isRemote() const;

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    client::RememberedLogins *m_remembered;
    QWidget *m_window;
    QPointer<LoginDialog> m_loginDialog;
    QPointer<ChangePasswordDialog> m_passwordDialog;

    QAction *m_loginAction;
    QAction *m_logoutAction;
    QAction *m_logoutEverywhereAction;
    QAction *m_changePasswordAction;
    QActionGroup *m_demoAccounts;
    QAction *m_demoBuyerAction;
    QAction *m_demoSellerAction;
    QAction *m_demoOperatorAction;
    QAction *m_demoSeparator;

    bool m_expired = false;
    bool m_resuming = false;   // a remembered token is being checked
    bool m_loggingOut = false; // the user asked to end the session
    QString m_resumingEmail;
    quint64 m_connectionSerial = 0; // answers for an older connection are dropped
};

} // namespace sc::ui
