#include "ui/RegistrationDialog.h"

#include "client/BrokerClient.h"
#include "ui/AccountRules.h"
#include "ui/CountryModel.h"
#include "ui/StatusText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <initializer_list>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::ui {

namespace {

constexpr int kDialogWidth = 520;
constexpr int kMaxNameLength = 100;
constexpr int kOptionIndent = 26;

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(kOptionIndent, 0, 0, 2);
    return label;
}

} // namespace

RegistrationDialog::RegistrationDialog(client::BrokerClient &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_countries(new CountryModel(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_organization(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_buyer(new QRadioButton(tr("I &buy capacity"), this))
    , m_seller(new QRadioButton(tr("I &sell my cloud's spare capacity"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_createButton(m_buttons->addButton(tr("Create &Account"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"registrationDialog"_s);
    setWindowTitle(tr("Create an Account"));
    setMinimumWidth(kDialogWidth);

    auto *intro = new QLabel(tr("Your account belongs to an organization: the company or team that buys or sells "
                                "on this marketplace."),
                             this);
    intro->setWordWrap(true);

    m_email->setObjectName(u"registerEmail"_s);
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setMaxLength(254);
    m_password->setObjectName(u"registerPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(int(kMaxPasswordLength));
    m_password->setPlaceholderText(tr("At least %1 characters").arg(kMinPasswordLength));
    m_confirm->setObjectName(u"registerConfirmPassword"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setMaxLength(int(kMaxPasswordLength));
    m_displayName->setObjectName(u"registerDisplayName"_s);
    m_displayName->setMaxLength(kMaxNameLength);
    m_displayName->setPlaceholderText(tr("How others see you, for example Dana Fischer"));
    m_organization->setObjectName(u"registerOrganization"_s);
    m_organization->setMaxLength(kMaxNameLength);
    m_country->setObjectName(u"registerCountry"_s);
    m_country->setModel(m_countries);
    m_country->setMaxVisibleItems(15);
    m_country->setPlaceholderText(tr("Choose your country"));
    // The user's own country when the system says which; otherwise they choose.
    m_country->setCurrentIndex(m_countries->rowOf(QLocale::territoryToCode(QLocale().territory())));

    m_buyer->setObjectName(u"registerRoleBuyer"_s);
    m_seller->setObjectName(u"registerRoleSeller"_s);
    m_buyer->setChecked(true);
    auto *roles = new QButtonGroup(this);
    roles->addButton(m_buyer);
    roles->addButton(m_seller);
    auto *sellerNote = note(tr("A seller's organization is checked by the broker's operator first: you can log in "
                               "once it is approved."),
                            this);
    sellerNote->setObjectName(u"sellerApprovalNote"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Country:"), m_country);

    auto *roleLabel = new QLabel(tr("Your organization:"), this);

    m_problem->setObjectName(u"registrationProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_createButton->setObjectName(u"createAccountButton"_s);
    m_createButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(6);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(roleLabel);
    layout->addWidget(m_buyer);
    layout->addWidget(m_seller);
    layout->addWidget(sellerNote);
    layout->addSpacing(8);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_email, m_password, m_confirm, m_displayName, m_organization})
        connect(edit, &QLineEdit::textChanged, this, &RegistrationDialog::updateForm);
    connect(m_country, &QComboBox::currentIndexChanged, this, &RegistrationDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegistrationDialog::reject);
    updateForm();
}

void RegistrationDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

QString RegistrationDialog::email() const
{
    return m_email->text().trimmed();
}

bool RegistrationDialog::isSeller() const
{
    return m_seller->isChecked();
}

QString RegistrationDialog::validationProblem() const
{
    if (m_email->text().trimmed().isEmpty())
        return tr("Enter your email address.");
    if (const QString problem = emailProblem(m_email->text()); !problem.isEmpty())
        return problem;
    if (const QString problem = passwordProblem(m_password->text(), m_email->text()); !problem.isEmpty())
        return problem;
    if (m_confirm->text() != m_password->text())
        return tr("The two passwords are not the same.");
    if (m_displayName->text().trimmed().isEmpty())
        return tr("Enter your name.");
    if (m_organization->text().trimmed().isEmpty())
        return tr("Enter your organization's name.");
    if (m_country->currentIndex() < 0)
        return tr("Choose your country.");
    return {};
}

void RegistrationDialog::updateForm()
{
    // Say what is wrong with what was typed; fields still empty only keep the button off.
    QString shown;
    if (!m_email->text().trimmed().isEmpty())
        shown = emailProblem(m_email->text());
    if (shown.isEmpty() && !m_password->text().isEmpty())
        shown = passwordProblem(m_password->text(), m_email->text());
    if (shown.isEmpty() && !m_confirm->text().isEmpty() && m_confirm->text() != m_password->text())
        shown = tr("The two passwords are not the same.");
    setStatusText(m_problem, shown, StatusTone::Problem);

    for (QWidget *field : std::initializer_list<QWidget *>{
             m_email, m_password, m_confirm, m_displayName, m_organization, m_country, m_buyer, m_seller})
        field->setEnabled(!m_busy);
    m_createButton->setEnabled(!m_busy && validationProblem().isEmpty());
}

void RegistrationDialog::submit()
{
    if (m_busy || !validationProblem().isEmpty())
        return;
    m_busy = true;
    updateForm();
    setStatusText(m_problem, tr("Creating your account…"), StatusTone::Neutral);
    const QJsonObject body{
        {u"email"_s, email()},
        {u"password"_s, m_password->text()},
        {u"displayName"_s, m_displayName->text().trimmed()},
        {u"organizationName"_s, m_organization->text().trimmed()},
        {u"countryCode"_s, m_country->currentData(CountryModel::CodeRole).toString()},
        {u"role"_s, isSeller() ? u"seller"_s : u"buyer"_s},
    };
    m_client.sendJson("POST", u"/auth/register"_s, body, this, [this](const protocol::Expected<QJsonObject> &result) {
        m_busy = false;
        if (result) {
            accept();
            return;
        }
        updateForm();
        setStatusText(m_problem, describeError(result.error()), StatusTone::Problem);
        const QString field = result.error().details.value(u"field"_s).toString();
        if (field == u"email"_s)
            m_email->setFocus();
        else if (field == u"organizationName"_s)
            m_organization->setFocus();
        else if (field == u"password"_s)
            m_password->setFocus();
    });
}

QString RegistrationDialog::describeError(const ApiError &error)
{
    const QString field = error.details.value(u"field"_s).toString();
    switch (error.code) {
    case ErrorCode::Conflict:
        if (field == u"email"_s)
            return tr("An account with this email address exists already. Log in instead, or use another address.");
        if (field == u"organizationName"_s)
            return tr("An organization with this name exists already. Choose another name.");
        break;
    case ErrorCode::ValidationFailed:
        if (field == u"email"_s)
            return emailProblem({});
        if (field == u"password"_s)
            return tr("The broker did not accept this password: at least %1 characters, and not your email "
                      "address.")
                .arg(kMinPasswordLength);
        if (field == u"countryCode"_s)
            return tr("Choose your country.");
        break;
    case ErrorCode::RateLimited:
        return tr("Too many new accounts from this computer. Try again in %1 s.")
            .arg(error.details.value(u"retryAfterSeconds"_s).toInteger(60));
    default: break;
    }
    return error.message;
}

} // namespace sc::ui
