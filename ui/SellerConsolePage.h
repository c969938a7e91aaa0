#pragma once

#include "client/BrokerConnection.h"
#include "client/SellerCloudClient.h"
#include "ui/market/CatalogIndex.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace sc::client {
class BrokerClient;
} // namespace sc::client

namespace sc::ui {

class CloudDetailPanel;
class CloudModel;
class ConnectCloudDialog;
class EarningsPanel;
class MessagePanel;
class PageHeader;
class SellerBuybackPanel;
class SellerLeaseModel;

// The seller's side of the portal, in two tabs. Clouds: every provider of
// the seller's organization with the health of the cloud behind it ("last
// heard from 12 s ago", failures in a row, the last error), and the selected
// one in detail (CloudDetailPanel: profiles, capacity over time,
// utilization, the rating's breakdown). Active leases: what buyers hold on
// the seller's providers, without who they are. Earnings: what is payable,
// the commission, statements and payouts (EarningsPanel). "Connect a cloud…" opens
// ConnectCloudDialog. Health changes without a push message, so both are
// loaded again every 15 s while the page is shown; the staleness counts on
// every second in between.
class SellerConsolePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SellerConsolePage)

public:
    enum class State { NotConnected, Connecting, ConnectionFailed, NotSeller, Loading, Failed, Empty, Loaded };
    Q_ENUM(State)

    SellerConsolePage(client::BrokerClient &client, client::BrokerConnection &connection, QWidget *parent = nullptr);

    State state() const { return m_state; }
    CloudModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CloudDetailPanel *detail() const { return m_detail; }
    SellerLeaseModel *leaseModel() const { return m_leaseModel; }
    QTableView *leaseTable() const { return m_leaseTable; }
    SellerBuybackPanel *buybackPanel() const { return m_buybackPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    EarningsPanel *earnings() const { return m_earnings; }
    QString leaseSummaryText() const;
    // The connect dialog while it is open.
    ConnectCloudDialog *connectDialog() const;
    void setTitle(const QString &title);
    void setPollInterval(int milliseconds);
    void setClock(std::function<QDateTime()> clock);

    void refresh();
    void openConnectDialog();
    void selectProvider(qint64 providerId);
    std::optional<client::SellerCloudClient::Provider> selectedProvider() const;

Q_SIGNALS:
    void connectRequested();
    void stateChanged(sc::ui::SellerConsolePage::State state);
    void providersLoaded();
    void leasesLoaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void onUserChanged();
    void onProviders(const protocol::Expected<QList<client::SellerCloudClient::Provider>> &result);
    void onMessageButton();
    void onSelectionChanged();
    void updateProvider(const client::SellerCloudClient::Provider &provider);
    void updateSummary();
    void refreshLeases();
    void tick();
    void setState(State state, const QString &detail = {});

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    client::SellerCloudClient m_clouds;
    PageHeader *m_header;
    CloudModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    CloudDetailPanel *m_detail;
    QLabel *m_summary;
    SellerLeaseModel *m_leaseModel;
    QSortFilterProxyModel *m_leaseProxy;
    QTableView *m_leaseTable;
    QLabel *m_leaseSummary;
    SellerBuybackPanel *m_buybackPanel = nullptr; // buy-back offers under the leases
    QTabWidget *m_tabs;
    EarningsPanel *m_earnings;
    QPushButton *m_connectButton;
    QStackedWidget *m_stack;
    MessagePanel *m_message;
    QWidget *m_content;
    QAction *m_refreshAction;
    QTimer *m_pollTimer;
    QTimer *m_clockTimer;
    std::function<QDateTime()> m_clock;
    QPointer<ConnectCloudDialog> m_dialog;
    std::optional<qint64> m_selectAfterLoad;
    State m_state = State::NotConnected;
    quint64 m_serial = 0;
    quint64 m_catalogSerial = 0; // the connection the catalog is asked of
    bool m_loading = false;
    bool m_loadingLeases = false;
};

} // namespace sc::ui
