#include "ui/ChangePasswordDialog.h"

#include "client/BrokerClient.h"
#include "ui/AccountRules.h"
#include "ui/StatusText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::ui {

namespace {
constexpr int kDialogWidth = 460;
} // namespace

ChangePasswordDialog::ChangePasswordDialog(client::BrokerClient &client, QString email, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_email(std::move(email))
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_changeButton(m_buttons->addButton(tr("&Change Password"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change Password"));
    setMinimumWidth(kDialogWidth);

    auto *intro = new QLabel(tr("After the change, your other computers and sessions are logged out; this one "
                                "stays logged in."),
                             this);
    intro->setWordWrap(true);

    for (QLineEdit *edit : {m_current, m_new, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(int(kMaxPasswordLength));
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateForm);
    }
    m_current->setObjectName(u"currentPassword"_s);
    m_new->setObjectName(u"newPassword"_s);
    m_new->setPlaceholderText(tr("At least %1 characters").arg(kMinPasswordLength));
    m_confirm->setObjectName(u"confirmNewPassword"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_confirm);

    m_problem->setObjectName(u"changePasswordProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_changeButton->setObjectName(u"changePasswordButton"_s);
    m_changeButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(6);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    updateForm();
}

QString ChangePasswordDialog::validationProblem() const
{
    if (m_current->text().isEmpty())
        return tr("Enter your current password.");
    if (const QString problem = passwordProblem(m_new->text(), m_email); !problem.isEmpty())
        return problem;
    if (m_confirm->text() != m_new->text())
        return tr("The two new passwords are not the same.");
    return {};
}

void ChangePasswordDialog::updateForm()
{
    QString shown;
    if (!m_new->text().isEmpty())
        shown = passwordProblem(m_new->text(), m_email);
    if (shown.isEmpty() && !m_confirm->text().isEmpty() && m_confirm->text() != m_new->text())
        shown = tr("The two new passwords are not the same.");
    setStatusText(m_problem, shown, StatusTone::Problem);
    for (QLineEdit *edit : {m_current, m_new, m_confirm})
        edit->setEnabled(!m_busy);
    m_changeButton->setEnabled(!m_busy && validationProblem().isEmpty());
}

void ChangePasswordDialog::submit()
{
    if (m_busy || !validationProblem().isEmpty())
        return;
    m_busy = true;
    updateForm();
    setStatusText(m_problem, tr("Changing your password…"), StatusTone::Neutral);
    const QJsonObject body{{u"currentPassword"_s, m_current->text()}, {u"newPassword"_s, m_new->text()}};
    m_client.sendJson("POST", u"/auth/password"_s, body, this, [this](const protocol::Expected<QJsonObject> &result) {
        m_busy = false;
        if (result) {
            accept();
            return;
        }
        updateForm();
        setStatusText(m_problem, describeError(result.error()), StatusTone::Problem);
        if (result.error().details.value(u"field"_s).toString() == u"currentPassword"_s) {
            m_current->setFocus();
            m_current->selectAll();
        }
    });
}

QString ChangePasswordDialog::describeError(const ApiError &error)
{
    const QString field = error.details.value(u"field"_s).toString();
    if (error.code == ErrorCode::Unauthorized && field == u"currentPassword"_s)
        return tr("The current password is wrong.");
    if (error.code == ErrorCode::ValidationFailed && field == u"password"_s) {
        return tr("The broker did not accept the new password: at least %1 characters, and not your email "
                  "address.")
            .arg(kMinPasswordLength);
    }
    return error.message;
}

} // namespace sc::ui
