#pragma once

#include "client/BillingClient.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sc::ui {

class DocumentDialog;
class PayoutModel;
class StatementModel;

// The Seller console's Earnings tab: what is payable now and the minimum
// payout, this month's gross, the broker's commission and the rate the next
// sale falls in, the commission tiers, "Request payout" (disabled below the
// minimum, saying why), the monthly statements (each opens in a
// DocumentDialog with its PDF) and the payouts so far.
class EarningsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EarningsPanel)

public:
    explicit EarningsPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    void refresh();
    void clear();
    void requestPayout();
    void openStatement(qint64 id);

    std::optional<protocol::SellerEarnings> earnings() const { return m_earnings; }
    QPushButton *payoutButton() const { return m_payoutButton; }
    QString payoutNote() const;
    QString payableText() const;
    QString figureText(const QString &objectName) const;
    QString tiersText() const;
    StatementModel *statementModel() const { return m_statements; }
    PayoutModel *payoutModel() const { return m_payouts; }
    DocumentDialog *documentDialog() const;

    // "15 % up to €1,000.00 a month, 10 % up to €10,000.00, then 7 %".
    static QString tiersDescription(const protocol::SellerEarnings &earnings);

Q_SIGNALS:
    void earningsLoaded();
    void statementsLoaded();
    void payoutsLoaded();
    void statementOpened();

private:
    void onEarnings(const protocol::Expected<protocol::SellerEarnings> &result);
    void updatePayoutButton();

    client::BillingClient m_billing;
    QLabel *m_payable;
    QLabel *m_minimum;
    QLabel *m_gross;
    QLabel *m_commission;
    QLabel *m_rate;
    QLabel *m_paidOut;
    QLabel *m_tiers;
    QPushButton *m_payoutButton;
    QLabel *m_payoutNote;
    StatementModel *m_statements;
    QSortFilterProxyModel *m_statementProxy;
    QTableView *m_statementTable;
    QLabel *m_statementNote;
    PayoutModel *m_payouts;
    QSortFilterProxyModel *m_payoutProxy;
    QTableView *m_payoutTable;
    QLabel *m_payoutListNote;
    QPointer<DocumentDialog> m_documentDialog;
    std::optional<protocol::SellerEarnings> m_earnings;
    quint64 m_serial = 0;
    bool m_requesting = false;
    bool m_showingOutcome = false; // the payout's outcome stays in the note over the refresh after it
};

} // namespace sc::ui
