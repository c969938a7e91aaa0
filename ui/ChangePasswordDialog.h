#pragma once

#include "protocol/ApiError.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sc::client {
class BrokerClient;
}

namespace sc::ui {

// Changes the logged-in user's password (POST /auth/password): the current
// one, the new one twice, checked against the broker's rules while typing.
// The broker ends the user's other sessions; this one stays logged in.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    // email: the user's, since the new password must not be it.
    ChangePasswordDialog(client::BrokerClient &client, QString email, QWidget *parent = nullptr);

    QString validationProblem() const;
    static QString describeError(const protocol::ApiError &error);

private:
    void updateForm();
    void submit();

    client::BrokerClient &m_client;
    QString m_email;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_changeButton;
    bool m_busy = false;
};

} // namespace sc::ui
