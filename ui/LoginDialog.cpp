#include "ui/LoginDialog.h"

#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "ui/RegistrationDialog.h"
#include "ui/StatusText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::ui {

namespace {
constexpr int kDialogWidth = 440;
} // namespace

LoginDialog::LoginDialog(client::BrokerClient &client, BrokerConnection &connection, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_connection(connection)
    , m_notice(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_loginButton(m_buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole))
    , m_registerButton(m_buttons->addButton(tr("Create an &Account…"), QDialogButtonBox::ResetRole))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log In"));
    setMinimumWidth(kDialogWidth);

    const QUrl broker = m_connection.profile().remoteUrl;
    auto *title = new QLabel(tr("Log in to %1").arg(broker.adjusted(QUrl::RemoveUserInfo).authority()), this);
    title->setObjectName(u"loginTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setWordWrap(true);

    m_notice->setObjectName(u"loginNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_email->setObjectName(u"loginEmail"_s);
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setMaxLength(254);
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_remember->setObjectName(u"rememberMe"_s);
    m_remember->setToolTip(tr("Keeps your session in the system keyring, so you are logged in when SpareCloud "
                              "starts. Your password is never stored."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setDefault(true);
    m_registerButton->setObjectName(u"registerButton"_s);
    m_registerButton->setAutoDefault(false);
    m_registerButton->setToolTip(tr("New here? Create an account for your organization."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addSpacing(10);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);

    connect(m_email, &QLineEdit::textChanged, this, &LoginDialog::updateForm);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_registerButton, &QPushButton::clicked, this, &LoginDialog::openRegistration);
    connect(&m_connection, &BrokerConnection::userChanged, this, &LoginDialog::onUserChanged);
    connect(&m_connection, &BrokerConnection::loginFailed, this, &LoginDialog::onLoginFailed);
    updateForm();
}

void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    // With the address known, the password is what is left to type.
    (email.isEmpty() ? m_email : m_password)->setFocus();
}

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}

bool LoginDialog::rememberMe() const
{
    return m_remember->isChecked();
}

void LoginDialog::setRememberMe(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::setNotice(const QString &text)
{
    setStatusText(m_notice, text, StatusTone::Neutral);
}

void LoginDialog::updateForm()
{
    m_email->setEnabled(!m_busy);
    m_password->setEnabled(!m_busy);
    m_remember->setEnabled(!m_busy);
    m_registerButton->setEnabled(!m_busy);
    m_loginButton->setEnabled(!m_busy && !email().isEmpty() && !m_password->text().isEmpty());
}

void LoginDialog::submit()
{
    if (m_busy || email().isEmpty() || m_password->text().isEmpty())
        return;
    m_busy = true;
    updateForm();
    setStatusText(m_message, tr("Logging in…"), StatusTone::Neutral);
    m_connection.login(email(), m_password->text(), rememberMe());
}

void LoginDialog::onUserChanged()
{
    if (!m_busy || !m_connection.currentUser())
        return;
    m_busy = false;
    m_password->clear();
    setStatusText(m_message, {}, StatusTone::Neutral);
    accept();
}

void LoginDialog::onLoginFailed(const ApiError &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    updateForm();
    setStatusText(m_message, describeError(error), StatusTone::Problem);
    m_password->setFocus();
    m_password->selectAll();
}

RegistrationDialog *LoginDialog::registrationDialog() const
{
    return m_registration;
}

void LoginDialog::openRegistration()
{
    if (m_registration) {
        m_registration->raise();
        return;
    }
    m_registration = new RegistrationDialog(m_client, this);
    m_registration->setAttribute(Qt::WA_DeleteOnClose);
    m_registration->setEmail(email());
    connect(m_registration, &QDialog::accepted, this, [this] {
        const bool seller = m_registration->isSeller();
        setEmail(m_registration->email());
        m_password->clear();
        setStatusText(m_message, {}, StatusTone::Neutral);
        setNotice(seller ? tr("Your seller account was created. An operator checks your organization first: you "
                              "can log in once it is approved.")
                         : tr("Your account is ready. Log in with your new password."));
    });
    m_registration->open();
}

QString LoginDialog::describeError(const ApiError &error)
{
    const QString reason = error.details.value(u"reason"_s).toString();
    switch (error.code) {
    case ErrorCode::Unauthorized: return tr("The email address or the password is wrong.");
    case ErrorCode::RateLimited: {
        const qint64 seconds = error.details.value(u"retryAfterSeconds"_s).toInteger(60);
        if (reason == u"locked"_s) {
            return tr("This account is locked for a while after too many wrong passwords. Try again in %1 min.")
                .arg((seconds + 59) / 60);
        }
        return tr("Too many login attempts from this computer. Try again in %1 s.").arg(seconds);
    }
    case ErrorCode::Forbidden:
        if (reason == u"pending_approval"_s) {
            return tr("Your seller account is waiting for an operator's approval. You can log in once it is "
                      "approved.");
        }
        if (reason == u"suspended"_s)
            return tr("Your organization is suspended. Contact the broker's operator.");
        break;
    case ErrorCode::ValidationFailed: return tr("Enter your email address and your password.");
    default: break;
    }
    return error.message;
}

} // namespace sc::ui
