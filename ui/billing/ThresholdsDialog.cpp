#include "ui/billing/ThresholdsDialog.h"

#include "ui/StatusText.h"
#include "ui/market/MoneyFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sc::ui {

ThresholdsDialog::ThresholdsDialog(client::BrokerClient &client, const QString &currency,
                                   const QList<qint64> &thresholds, QWidget *parent)
    : QDialog(parent)
    , m_billing(client)
    , m_currency(currency)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(u"thresholdsDialog"_s);
    setWindowTitle(tr("Low-Balance Alerts"));
    auto *intro = new QLabel(tr("Warn me when my available credit falls below these amounts. Leave an amount at "
                                "“off” to use fewer alerts."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    QList<qint64> sorted = thresholds;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (int i = 0; i < kFields; ++i) {
        auto *field = new QDoubleSpinBox;
        field->setObjectName(u"threshold%1"_s.arg(i));
        field->setDecimals(2);
        field->setRange(0, 100'000);
        field->setSingleStep(5);
        field->setPrefix(MoneyFormat::symbol(currency));
        field->setSpecialValueText(tr("off"));
        field->setValue(i < sorted.size() ? MoneyFormat::unitsFromCents(sorted.at(i)) : 0);
        m_fields.append(field);
        form->addRow(tr("Alert %1:").arg(i + 1), field);
    }
    m_error->setObjectName(u"thresholdsError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ThresholdsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
}

QList<qint64> ThresholdsDialog::thresholds() const
{
    QList<qint64> values;
    for (const QDoubleSpinBox *field : m_fields) {
        const qint64 minor = MoneyFormat::centsFromUnits(field->value());
        if (minor > 0 && !values.contains(minor))
            values.append(minor);
    }
    std::sort(values.begin(), values.end(), std::greater<>());
    return values;
}

void ThresholdsDialog::setThreshold(int field, qint64 minor)
{
    m_fields.at(field)->setValue(MoneyFormat::unitsFromCents(minor));
}

QString ThresholdsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ThresholdsDialog::accept()
{
    if (m_pending)
        return;
    m_pending = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    const QList<qint64> values = thresholds();
    m_billing.setLowBalanceThresholds(
        m_currency, values, this, [this, values](const protocol::Expected<client::BillingClient::Done> &result) {
            m_pending = false;
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            if (!result) {
                setStatusText(m_error,
                              tr("The alerts were not saved: %1").arg(client::BillingClient::errorText(result.error())),
                              StatusTone::Problem);
                return;
            }
            Q_EMIT saved(values);
            QDialog::accept();
        });
}

} // namespace sc::ui
