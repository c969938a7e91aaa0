#pragma once

#include "client/BillingClient.h"
#include "client/BrokerConnection.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace sc::ui {

class BalanceSummary;
class InvoicesPanel;
class MessagePanel;
class NoticeBanner;
class SpendChart;
class ThresholdsDialog;
class TopUpDialog;
class TransactionModel;

// The buyer's money: the balance (available, held, owed, this month's
// spend) with a banner when the credit is low or running leases are about to
// end for want of it, "Add credit…" (TopUpDialog), the low-balance alerts
// (ThresholdsDialog), what each day of the last 30 cost (SpendChart), the
// ledger's transactions a page at a time, and the invoices (InvoicesPanel).
// Loaded again every 30 s while shown.
class BillingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingPage)

public:
    enum class State { NotConnected, Connecting, ConnectionFailed, NotBuyer, Loading, Failed, Loaded };
    Q_ENUM(State)

    static constexpr int kSpendDays = 30;
    static constexpr int kTransactionPage = 50;

    BillingPage(client::BrokerClient &client, client::BrokerConnection &connection, QWidget *parent = nullptr);

    State state() const { return m_state; }
    std::optional<protocol::BillingBalance> balance() const { return m_balance; }
    BalanceSummary *summary() const { return m_summary; }
    SpendChart *spendChart() const { return m_spend; }
    TransactionModel *transactionModel() const { return m_transactions; }
    InvoicesPanel *invoices() const { return m_invoices; }
    QTabWidget *tabs() const { return m_tabs; }
    QString bannerText() const;
    TopUpDialog *topUpDialog() const;
    ThresholdsDialog *thresholdsDialog() const;
    void setPollInterval(int milliseconds);

    void refresh();
    void openTopUp();
    void openThresholds();
    void loadOlderTransactions();

Q_SIGNALS:
    void connectRequested();
    void stateChanged(sc::ui::BillingPage::State state);
    // After every answer to the balance (refresh).
    void balanceLoaded();
    void transactionsLoaded();
    // A transaction's lease was double-clicked: show it on the Instances page.
    void leaseRequested(qint64 leaseId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createTransactionsTab();
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void onUserChanged();
    void onBalance(const protocol::Expected<protocol::BillingBalance> &result);
    void refreshDetails();
    void updateDebtColumn();
    void updateBanner();
    void onMessageButton();
    void setState(State state, const QString &detail = {});

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    client::BillingClient m_billing;
    NoticeBanner *m_banner;
    BalanceSummary *m_summary;
    SpendChart *m_spend;
    TransactionModel *m_transactions;
    QSortFilterProxyModel *m_transactionProxy;
    QTableView *m_transactionTable;
    QLabel *m_transactionNote;
    QPushButton *m_olderButton;
    InvoicesPanel *m_invoices;
    QPushButton *m_addCreditButton;
    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    MessagePanel *m_message;
    QWidget *m_content;
    QAction *m_refreshAction;
    QTimer *m_pollTimer;
    QPointer<TopUpDialog> m_topUpDialog;
    QPointer<ThresholdsDialog> m_thresholdsDialog;
    std::optional<protocol::BillingBalance> m_balance;
    std::optional<qint64> m_nextBefore;
    State m_state = State::NotConnected;
    quint64 m_serial = 0;
    bool m_loading = false;
};

} // namespace sc::ui
