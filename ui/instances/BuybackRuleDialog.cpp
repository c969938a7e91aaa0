#include "ui/instances/BuybackRuleDialog.h"

#include "ui/market/MoneyFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

BuybackRuleDialog::BuybackRuleDialog(std::optional<qint64> minAmount, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("Accept any buy-back offer of at least")))
    , m_amount(new QDoubleSpinBox)
{
    setWindowTitle(tr("Standing rule for buy-backs"));
    setObjectName(u"buybackRuleDialog"_s);
    m_enabled->setObjectName(u"buybackRuleEnabled"_s);
    m_amount->setObjectName(u"buybackRuleAmount"_s);
    m_amount->setDecimals(2);
    m_amount->setRange(0.01, 1'000'000.0);
    m_amount->setPrefix(MoneyFormat::symbol(currency));
    m_amount->setValue(10.0);

    auto *explain = new QLabel(tr("When a provider offers to buy back one of your leases for at least this amount, "
                                  "the offer is accepted for you: the lease ends after the provider's notice and "
                                  "the amount is credited to your balance. Off: you decide each offer yourself."));
    explain->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_enabled);
    row->addWidget(m_amount);
    row->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enabled, &QCheckBox::toggled, m_amount, &QWidget::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinAmount(minAmount);
}

std::optional<qint64> BuybackRuleDialog::minAmount() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    return MoneyFormat::centsFromUnits(m_amount->value());
}

void BuybackRuleDialog::setMinAmount(std::optional<qint64> minAmount)
{
    m_enabled->setChecked(minAmount.has_value());
    m_amount->setEnabled(minAmount.has_value());
    if (minAmount)
        m_amount->setValue(MoneyFormat::unitsFromCents(*minAmount));
}

} // namespace sc::ui
