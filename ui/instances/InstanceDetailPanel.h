#pragma once

#include "client/InstanceClient.h"
#include "client/ResaleClient.h"
#include "ui/market/CatalogIndex.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace sc::ui {

class UtilizationChart;

// One instance in detail: its state and why, the lease, the provider, the
// address, and its CPU, memory and network use over the last hour
// (UtilizationChart), loaded again every 10 s while a running instance is
// shown. "Terminate…" ends the lease now after a confirmation that says
// billing stops now. "Renew…" and "Auto-renew…" (pending or active leases)
// and "Review…" (ended leases whose instance ran) open LeaseDialogs.
// "Sell remaining time…" (a running instance on an active lease that is not
// on sale) opens SellRemainingTimeDialog; "Withdraw from sale" takes an
// open resale offer back.
class InstanceDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDetailPanel)

public:
    explicit InstanceDetailPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    // The instance to show (std::nullopt: none selected). The same instance
    // again (a refresh) keeps the chart and only updates the facts.
    void setInstance(const std::optional<client::InstanceClient::Instance> &instance);
    std::optional<qint64> instanceId() const;
    void setNow(const QDateTime &now);
    // How often the use of a running instance is loaded (10 s).
    void setUtilizationInterval(int milliseconds);

    UtilizationChart *chart() const { return m_chart; }
    QPushButton *terminateButton() const { return m_terminate; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *autoRenewButton() const { return m_autoRenew; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *sellButton() const { return m_sell; }
    QPushButton *withdrawSaleButton() const { return m_withdrawSale; }
    // Whether the lease can be renewed (pending or active) or reviewed (ended
    // after its instance ran: terminated or lost).
    static bool canRenew(const client::InstanceClient::Instance &instance);
    static bool canReview(const client::InstanceClient::Instance &instance);
    // Whether the lease's time left can be put on sale (running, active, not on sale, not resold).
    static bool canSell(const client::InstanceClient::Instance &instance);
    // Open their dialogs (window-modal, deleted on close).
    void renewLease();
    void setUpAutoRenew();
    void reviewLease();
    void sellRemainingTime();
    void withdrawFromSale();
    QString statusText() const;
    // Asks for confirmation, then ends the lease.
    void terminateInstance();
    void refreshUtilization();

Q_SIGNALS:
    // The broker accepted the termination: load the instances again.
    void terminated(qint64 instanceId);
    // The lease was renewed, its automatic renewal changed, it was reviewed, or put on or taken off sale.
    void leaseChanged(qint64 instanceId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateFacts();
    void updateUtilizationTimer();
    void setStatus(const QString &text, bool error = false);

    QString instanceLabel() const;

    client::BrokerClient &m_client;
    client::InstanceClient m_instances;
    client::ResaleClient m_resale;
    CatalogIndex m_catalog;
    std::optional<client::InstanceClient::Instance> m_instance;
    QDateTime m_now;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_reason;
    QLabel *m_provider;
    QLabel *m_price;
    QLabel *m_lease;
    QLabel *m_timeLeft;
    QLabel *m_address;
    QLabel *m_running;
    QLabel *m_lastSeen;
    QPushButton *m_terminate;
    QPushButton *m_renew;
    QPushButton *m_autoRenew;
    QPushButton *m_review;
    QPushButton *m_sell;
    QPushButton *m_withdrawSale;
    UtilizationChart *m_chart;
    QLabel *m_status;
    QTimer *m_utilizationTimer;
    QWidget *m_facts;
    QLabel *m_placeholder;
    quint64 m_serial = 0;
    bool m_terminating = false;
    bool m_withdrawing = false;
};

} // namespace sc::ui
