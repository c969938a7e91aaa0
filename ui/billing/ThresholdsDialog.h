#pragma once

#include "client/BillingClient.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace sc::ui {

// "Low-balance alerts…": up to three amounts; when the available credit
// falls below one of them the broker warns the buyer (and the Billing page
// says so). An amount of zero is off. Saves with PUT
// /billing/low-balance-thresholds; a refusal stays in the dialog in words.
class ThresholdsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdsDialog)

public:
    static constexpr int kFields = 3;

    ThresholdsDialog(client::BrokerClient &client, const QString &currency, const QList<qint64> &thresholds,
                     QWidget *parent = nullptr);

    // The amounts entered, highest first, without the ones that are off.
    QList<qint64> thresholds() const;
    void setThreshold(int field, qint64 minor);
    QString errorText() const;
    void accept() override;

Q_SIGNALS:
    void saved(const QList<qint64> &thresholds);

private:
    client::BillingClient m_billing;
    QString m_currency;
    QList<QDoubleSpinBox *> m_fields;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;
};

} // namespace sc::ui
