#pragma once

#include "protocol/ApiError.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sc::client {
class BrokerClient;
}

namespace sc::ui {

class CountryModel;

// Creates an account on a remote broker (POST /auth/register): email,
// password twice, name, organization, country and whether the organization
// buys or sells. The broker's rules are checked while typing; what the broker
// still refuses is said next to the form. Closes accepted once the account
// exists; a seller's account then waits for an operator's approval.
class RegistrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationDialog)

public:
    explicit RegistrationDialog(client::BrokerClient &client, QWidget *parent = nullptr);

    void setEmail(const QString &email);
    QString email() const;
    bool isSeller() const;
    // The first thing that keeps the form from being sent, for people; empty when it can be.
    QString validationProblem() const;

    static QString describeError(const protocol::ApiError &error);

private:
    void updateForm();
    void submit();

    client::BrokerClient &m_client;
    CountryModel *m_countries;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLineEdit *m_displayName;
    QLineEdit *m_organization;
    QComboBox *m_country;
    QRadioButton *m_buyer;
    QRadioButton *m_seller;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_createButton;
    bool m_busy = false;
};

} // namespace sc::ui
