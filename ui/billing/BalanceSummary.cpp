#include "ui/billing/BalanceSummary.h"

#include "ui/StatusText.h"
#include "ui/market/MoneyFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include "documents/BillingDocuments.h"

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

QLabel *caption(const QString &text)
{
    auto *label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

BalanceSummary::BalanceSummary(QWidget *parent)
    : QWidget(parent)
    , m_available(new QLabel)
    , m_held(new QLabel)
    , m_debtCaption(caption(tr("Owed")))
    , m_debt(new QLabel)
    , m_month(new QLabel)
    , m_vat(new QLabel)
    , m_alerts(new QLabel)
    , m_editAlerts(new QPushButton(tr("Change…")))
{
    setObjectName(u"balanceSummary"_s);
    m_available->setObjectName(u"availableBalance"_s);
    QFont big = m_available->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_available->setFont(big);
    m_held->setObjectName(u"heldBalance"_s);
    m_debt->setObjectName(u"debtBalance"_s);
    m_month->setObjectName(u"monthToDateSpend"_s);
    m_vat->setObjectName(u"vatNote"_s);
    m_vat->setForegroundRole(QPalette::PlaceholderText);
    m_vat->setWordWrap(true);
    m_alerts->setObjectName(u"lowBalanceAlerts"_s);
    m_alerts->setWordWrap(true);
    m_editAlerts->setObjectName(u"editThresholdsButton"_s);
    m_editAlerts->setToolTip(tr("Choose below which amounts of credit you are warned"));
    connect(m_editAlerts, &QPushButton::clicked, this, &BalanceSummary::editThresholdsRequested);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    grid->addWidget(caption(tr("Available credit")), 0, 0, 1, 2);
    grid->addWidget(m_available, 1, 0, 1, 2);
    grid->addWidget(caption(tr("Held for bids and running leases")), 2, 0);
    grid->addWidget(m_held, 2, 1, Qt::AlignRight);
    grid->addWidget(m_debtCaption, 3, 0);
    grid->addWidget(m_debt, 3, 1, Qt::AlignRight);
    grid->addWidget(caption(tr("Spent this month")), 4, 0);
    grid->addWidget(m_month, 4, 1, Qt::AlignRight);
    grid->addWidget(m_vat, 5, 0, 1, 2);
    grid->setRowMinimumHeight(6, 8);
    auto *alertsRow = new QHBoxLayout;
    alertsRow->addWidget(m_alerts, 1);
    alertsRow->addWidget(m_editAlerts, 0, Qt::AlignTop);
    grid->addLayout(alertsRow, 7, 0, 1, 2);
    grid->setRowStretch(8, 1);
    clear();
}

void BalanceSummary::setBalance(const protocol::BillingBalance &balance)
{
    m_available->setText(MoneyFormat::amount(balance.available, balance.currency));
    m_held->setText(MoneyFormat::amount(balance.held, balance.currency));
    m_debt->setText(MoneyFormat::amount(balance.debt, balance.currency));
    setStatusText(m_debt, MoneyFormat::amount(balance.debt, balance.currency), StatusTone::Problem);
    m_debt->setVisible(balance.debt > 0);
    m_debtCaption->setVisible(balance.debt > 0);
    m_month->setText(MoneyFormat::amount(balance.monthToDateSpend, balance.currency));
    m_vat->setText(
        balance.vatRateBasisPoints > 0
            ? tr("Usage includes %1 VAT (%2).").arg(documents::formatRate(balance.vatRateBasisPoints), balance.country)
            : QString());
    m_vat->setVisible(balance.vatRateBasisPoints > 0);
    QStringList amounts;
    for (qint64 threshold : balance.lowBalanceThresholds)
        amounts << MoneyFormat::amount(threshold, balance.currency);
    m_alerts->setText(amounts.isEmpty() ? tr("No low-balance alerts.")
                                        : tr("Alerts below %1.").arg(QLocale().createSeparatedList(amounts)));
    m_editAlerts->setEnabled(true);
}

void BalanceSummary::clear()
{
    for (QLabel *label : {m_available, m_held, m_month})
        label->setText(u"—"_s);
    m_debt->hide();
    m_debtCaption->hide();
    m_vat->hide();
    m_alerts->clear();
    m_editAlerts->setEnabled(false);
}

QString BalanceSummary::availableText() const
{
    return m_available->text();
}

QString BalanceSummary::heldText() const
{
    return m_held->text();
}

QString BalanceSummary::debtText() const
{
    return m_debt->isHidden() ? QString() : m_debt->text();
}

QString BalanceSummary::monthText() const
{
    return m_month->text();
}

QString BalanceSummary::alertsText() const
{
    return m_alerts->text();
}

} // namespace sc::ui
