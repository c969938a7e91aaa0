#include "ui/instances/LeaseDialogs.h"

#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::InstanceClient;

namespace sc::ui {

namespace {

QLabel *errorLabel(QWidget *dialog, const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"color: %1;"_s.arg(MarketColors::falling(dialog->palette()).name()));
    label->hide();
    return label;
}

QLabel *introLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

void fit(QDialog *dialog)
{
    const int wanted = dialog->layout()->totalHeightForWidth(dialog->width());
    if (wanted > dialog->height())
        dialog->resize(dialog->width(), wanted);
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RenewLeaseDialog::RenewLeaseDialog(client::BrokerClient &client, const InstanceClient::Instance &instance,
                                   const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_instances(client)
    , m_instance(instance)
    , m_hours(new QSpinBox)
    , m_cost(new QLabel)
    , m_error(errorLabel(this, u"renewError"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"renewLeaseDialog"_s);
    setWindowTitle(tr("Renew lease"));
    auto *intro = introLabel(tr("Extend the lease of %1 at its locked price of %2. The seller decides how many hours "
                                "a lease can be renewed by in all.")
                                 .arg(what, MoneyFormat::perHour(instance.pricePerHour, instance.currency)));
    m_hours->setObjectName(u"renewHours"_s);
    m_hours->setRange(1, InstanceClient::kMaxRenewHours);
    m_hours->setValue(1);
    m_hours->setSuffix(tr(" h"));
    m_cost->setObjectName(u"renewCost"_s);
    m_cost->setWordWrap(true);
    connect(m_hours, &QSpinBox::valueChanged, this, [this] {
        updateCost();
        showError({});
    });

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Renew"));
    ok->setObjectName(u"renewButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RenewLeaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RenewLeaseDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("Cost:"), m_cost);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    updateCost();
    setMinimumWidth(480);
    resize(480, layout->totalHeightForWidth(480));
}

void RenewLeaseDialog::setHours(int hours)
{
    m_hours->setValue(hours);
}

QString RenewLeaseDialog::costText() const
{
    return m_cost->text();
}

QString RenewLeaseDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void RenewLeaseDialog::updateCost()
{
    const int hours = m_hours->value();
    m_cost->setText(tr("%1 for %n hour(s); the lease then ends %2.", nullptr, hours)
                        .arg(MoneyFormat::amount(m_instance.pricePerHour * hours, m_instance.currency),
                             when(m_instance.leaseEndsAt.addSecs(qint64(hours) * 3600))));
}

void RenewLeaseDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    fit(this);
}

QString RenewLeaseDialog::explain(const protocol::ApiError &error)
{
    const QString reason = error.details.value(u"reason"_s).toString();
    if (reason == u"renewal_limit") {
        const int left = error.details.value(u"hoursLeft"_s).toInt();
        if (left <= 0)
            return tr("The seller allows no more renewals of this lease: it has been renewed as far as it can be.");
        return tr(
            "The seller allows this lease to be renewed by only %n more hour(s). Choose fewer hours.", nullptr, left);
    }
    if (reason == u"not_renewable")
        return tr("The seller of this instance allows no renewals: the lease ends as agreed.");
    if (reason == u"not_active")
        return tr("The lease has ended, so it can no longer be renewed.");
    if (error.code == protocol::ErrorCode::ValidationFailed)
        return tr("The broker did not accept these values: %1").arg(error.message);
    return tr("The lease could not be renewed: %1").arg(error.message);
}

void RenewLeaseDialog::accept()
{
    if (m_pending)
        return;
    m_pending = true;
    showError({});
    m_buttons->setEnabled(false);
    m_hours->setReadOnly(true);
    m_instances.renew(m_instance.leaseId,
                      m_hours->value(),
                      this,
                      [this](const protocol::Expected<InstanceClient::LeaseRenewal> &renewal) {
                          m_pending = false;
                          m_buttons->setEnabled(true);
                          m_hours->setReadOnly(false);
                          if (!renewal) {
                              showError(explain(renewal.error()));
                              return;
                          }
                          Q_EMIT renewed(*renewal);
                          QDialog::accept();
                      });
}

AutoRenewDialog::AutoRenewDialog(client::BrokerClient &client, const InstanceClient::Instance &instance,
                                 const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_instances(client)
    , m_instance(instance)
    , m_on(new QCheckBox(tr("Renew this lease &automatically")))
    , m_hours(new QSpinBox)
    , m_budget(new QDoubleSpinBox)
    , m_hint(new QLabel)
    , m_error(errorLabel(this, u"autoRenewError"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"autoRenewDialog"_s);
    setWindowTitle(tr("Automatic renewal"));
    auto *intro = introLabel(tr("The broker renews the lease of %1 at its locked price of %2, 15 minutes before "
                                "each end, as long as the renewals cost no more than your budget in all.")
                                 .arg(what, MoneyFormat::perHour(instance.pricePerHour, instance.currency)));
    m_on->setObjectName(u"autoRenewOn"_s);
    m_on->setChecked(true);
    m_hours->setObjectName(u"autoRenewHours"_s);
    m_hours->setRange(1, InstanceClient::kMaxRenewHours);
    m_hours->setValue(1);
    m_hours->setSuffix(tr(" h"));
    m_budget->setObjectName(u"autoRenewBudget"_s);
    m_budget->setDecimals(2);
    m_budget->setRange(0, 1'000'000);
    m_budget->setValue(MoneyFormat::unitsFromCents(instance.pricePerHour * 24));
    m_budget->setPrefix(MoneyFormat::symbol(instance.currency));
    m_hint->setObjectName(u"autoRenewHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_on, &QCheckBox::toggled, this, &AutoRenewDialog::updateFields);
    connect(m_hours, &QSpinBox::valueChanged, this, &AutoRenewDialog::updateFields);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &AutoRenewDialog::updateFields);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Save"));
    ok->setObjectName(u"autoRenewButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AutoRenewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AutoRenewDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_on);
    form->addRow(tr("&Hours at a time:"), m_hours);
    form->addRow(tr("&Budget in all:"), m_budget);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    updateFields();
    setMinimumWidth(480);
    resize(480, layout->totalHeightForWidth(480));
}

void AutoRenewDialog::setEnabledRenewal(bool on)
{
    m_on->setChecked(on);
}

void AutoRenewDialog::setHours(int hours)
{
    m_hours->setValue(hours);
}

void AutoRenewDialog::setBudget(double euros)
{
    m_budget->setValue(euros);
}

QString AutoRenewDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void AutoRenewDialog::updateFields()
{
    const bool on = m_on->isChecked();
    m_hours->setEnabled(on);
    m_budget->setEnabled(on);
    if (!on) {
        m_hint->setText(tr("The lease ends as it stands; it is not renewed automatically."));
    } else {
        const int hours = m_hours->value();
        m_hint->setText(tr("Each renewal adds %n hour(s) for %1.", nullptr, hours)
                            .arg(MoneyFormat::amount(m_instance.pricePerHour * hours, m_instance.currency)));
    }
    showError({});
}

void AutoRenewDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    fit(this);
}

void AutoRenewDialog::accept()
{
    if (m_pending)
        return;
    const bool on = m_on->isChecked();
    const qint64 budget = on ? MoneyFormat::centsFromUnits(m_budget->value()) : 0;
    if (on && budget < m_instance.pricePerHour * m_hours->value()) {
        showError(tr("The budget does not cover even one renewal of %n hour(s). Raise the budget or choose fewer "
                     "hours.",
                     nullptr,
                     m_hours->value()));
        return;
    }
    m_pending = true;
    showError({});
    m_buttons->setEnabled(false);
    m_instances.setAutoRenew(m_instance.leaseId,
                             on ? m_hours->value() : 0,
                             budget,
                             this,
                             [this](const protocol::Expected<InstanceClient::LeaseRenewal> &renewal) {
                                 m_pending = false;
                                 m_buttons->setEnabled(true);
                                 if (!renewal) {
                                     showError(RenewLeaseDialog::explain(renewal.error()));
                                     return;
                                 }
                                 Q_EMIT changed(*renewal);
                                 QDialog::accept();
                             });
}

ReviewDialog::ReviewDialog(client::BrokerClient &client, qint64 leaseId, const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_instances(client)
    , m_leaseId(leaseId)
    , m_stars(new QSpinBox)
    , m_comment(new QPlainTextEdit)
    , m_error(errorLabel(this, u"reviewError"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"reviewDialog"_s);
    setWindowTitle(tr("Review the provider"));
    auto *intro = introLabel(tr("How did the provider of %1 do? Your review counts towards the rating other buyers "
                                "see. You can review each lease once.")
                                 .arg(what));
    m_stars->setObjectName(u"reviewStars"_s);
    m_stars->setRange(1, 5);
    m_stars->setValue(5);
    m_stars->setSuffix(tr(" ★"));
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setPlaceholderText(tr("Optional, up to %1 characters").arg(InstanceClient::kMaxCommentLength));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(120);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Send review"));
    ok->setObjectName(u"reviewButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Stars:"), m_stars);
    form->addRow(tr("&Comment:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    resize(480, layout->totalHeightForWidth(480));
}

void ReviewDialog::setStars(int stars)
{
    m_stars->setValue(stars);
}

void ReviewDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

QString ReviewDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ReviewDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    fit(this);
}

QString ReviewDialog::explain(const protocol::ApiError &error)
{
    const QString reason = error.details.value(u"reason"_s).toString();
    if (reason == u"reviewed")
        return tr("You have already reviewed this lease; each lease can be reviewed once.");
    if (reason == u"not_ended")
        return tr("You can review a lease only after its instance ran and the lease ended.");
    if (error.code == protocol::ErrorCode::NotFound)
        return tr("This lease is not one of yours, so you cannot review it.");
    if (error.code == protocol::ErrorCode::ValidationFailed)
        return tr("The broker did not accept the review: %1").arg(error.message);
    return tr("The review could not be sent: %1").arg(error.message);
}

void ReviewDialog::accept()
{
    if (m_pending)
        return;
    const QString comment = m_comment->toPlainText().trimmed();
    if (comment.size() > InstanceClient::kMaxCommentLength) {
        showError(tr("The comment has %1 characters; shorten it to %2.")
                      .arg(comment.size())
                      .arg(InstanceClient::kMaxCommentLength));
        return;
    }
    m_pending = true;
    showError({});
    m_buttons->setEnabled(false);
    m_instances.review(
        m_leaseId, m_stars->value(), comment, this, [this](const protocol::Expected<InstanceClient::Done> &done) {
            m_pending = false;
            m_buttons->setEnabled(true);
            if (!done) {
                showError(explain(done.error()));
                return;
            }
            Q_EMIT reviewed(m_leaseId);
            QDialog::accept();
        });
}

} // namespace sc::ui
