#pragma once

#include "protocol/BillingDto.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sc::ui {

// The buyer's money at a glance: the available credit large, what is held
// for open bids and the next hour of running leases, any debt, what this
// month cost so far, and the low-balance alerts with a button to change them.
class BalanceSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceSummary)

public:
    explicit BalanceSummary(QWidget *parent = nullptr);

    void setBalance(const protocol::BillingBalance &balance);
    void clear();

    QString availableText() const;
    QString heldText() const;
    QString debtText() const;
    QString monthText() const;
    QString alertsText() const;

Q_SIGNALS:
    void editThresholdsRequested();

private:
    QLabel *m_available;
    QLabel *m_held;
    QLabel *m_debtCaption;
    QLabel *m_debt;
    QLabel *m_month;
    QLabel *m_vat;
    QLabel *m_alerts;
    QPushButton *m_editAlerts;
};

} // namespace sc::ui
