#pragma once

#include "protocol/ApiError.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sc::client {
class BrokerClient;
class BrokerConnection;
} // namespace sc::client

namespace sc::ui {

class RegistrationDialog;

// Logs in to a remote broker with email and password: the dialog logs in
// itself (BrokerConnection::login), stays open and says in plain words why
// when the broker refuses, and closes accepted once someone is logged in.
// "Create an account…" opens the registration form on top of it.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(client::BrokerClient &client, client::BrokerConnection &connection, QWidget *parent = nullptr);

    void setEmail(const QString &email);
    QString email() const;
    bool rememberMe() const;
    void setRememberMe(bool remember);
    // A line above the form: why the dialog is shown (session expired, account created).
    void setNotice(const QString &text);

    // The registration form while it is open (for tests and screenshots).
    RegistrationDialog *registrationDialog() const;
    void openRegistration();

    // What a refused login means, for people: wrong password, locked, waiting for approval…
    static QString describeError(const protocol::ApiError &error);

private:
    void updateForm();
    void submit();
    void onUserChanged();
    void onLoginFailed(const protocol::ApiError &error);

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    QLabel *m_notice;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_loginButton;
    QPushButton *m_registerButton;
    QPointer<RegistrationDialog> m_registration;
    bool m_busy = false;
};

} // namespace sc::ui
