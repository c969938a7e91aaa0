#pragma once

#include "client/BrokerConnection.h"
#include "client/InstanceClient.h"
#include "ui/market/CatalogIndex.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sc::client {
class BrokerClient;
class MarketStream;
} // namespace sc::client

namespace sc::ui {

class BuybackOffersPanel;
class InstanceDetailPanel;
class InstanceModel;
class MessagePanel;

// The buyer's instances: a sortable table of every instance of the
// organization (state as a coloured badge, type, region, provider, locked
// price, time left counting down to the lease's end, address), a filter by
// state, and beside it the selected instance in detail with its use over
// the last hour and "Terminate…". Loaded when the connection becomes ready
// and again whenever the push channel (stream) says an instance changed;
// polled slowly only while the stream is down; a resale of one of the
// buyer's leases sold, failed or expired (a notification) loads them too. A clear message instead of
// an empty table when there is nothing to show.
class InstancesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesPage)

public:
    enum class State { NotConnected, Connecting, ConnectionFailed, Loading, Failed, Forbidden, Empty, Loaded };
    Q_ENUM(State)

    // The stream is shared with the Marketplace page, which starts and stops it.
    InstancesPage(client::BrokerClient &client, client::BrokerConnection &connection, client::MarketStream &stream,
                  QWidget *parent = nullptr);
    ~InstancesPage() override;

    QAction *refreshAction() const { return m_refreshAction; }
    // The selected instance's "Sell remaining time…" and "Withdraw from sale" (the table's context menu).
    QAction *sellAction() const { return m_sellAction; }
    QAction *withdrawSaleAction() const { return m_withdrawSaleAction; }
    State state() const { return m_state; }
    InstanceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    InstanceDetailPanel *detail() const { return m_detail; }
    BuybackOffersPanel *buybackPanel() const { return m_buybackPanel; }
    // How often the instances are polled while the stream is down (15 s).
    void setPollInterval(int milliseconds);
    // Where "now" comes from for the countdowns (tests use a fixed clock).
    void setClock(std::function<QDateTime()> clock);
    // "" for every state, else one of InstanceClient::stateNames().
    void setStateFilter(const QString &state);
    QString stateFilter() const;

    void refresh();
    // Forgets what is shown and what is on its way (another user, another filter), then loads.
    void reload();
    // Selects the instance of this lease (after loading it when it is not shown yet).
    void showLease(qint64 leaseId);
    std::optional<client::InstanceClient::Instance> selectedInstance() const;

Q_SIGNALS:
    void connectRequested();
    void marketplaceRequested();
    void stateChanged(sc::ui::InstancesPage::State state);
    // After every answer to a refresh.
    void instancesLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void onInstances(const protocol::Expected<QList<client::InstanceClient::Instance>> &result);
    void onMessageButton();
    void onSelectionChanged();
    void onStreamConnectedChanged(bool connected);
    void updatePolling();
    void updateCount();
    void tick();
    bool selectLease(qint64 leaseId);
    void setState(State state, const QString &detail = {});

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    QPointer<client::MarketStream> m_stream; // another page's; it may go first
    client::InstanceClient m_instances;
    CatalogIndex m_catalog;
    InstanceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    InstanceDetailPanel *m_detail;
    BuybackOffersPanel *m_buybackPanel = nullptr; // open buy-back offers above the table
    QComboBox *m_filter;
    QLabel *m_count;
    QLabel *m_streamStatus;
    QStackedWidget *m_stack;
    MessagePanel *m_message;
    QWidget *m_content;
    QAction *m_refreshAction;
    QAction *m_sellAction;
    QAction *m_withdrawSaleAction;
    QTimer *m_pollTimer;
    QTimer *m_refreshDue;
    QTimer *m_clockTimer;
    std::function<QDateTime()> m_clock;
    std::optional<qint64> m_pendingLease;
    State m_state = State::NotConnected;
    quint64 m_serial = 0;
    quint64 m_catalogSerial = 0; // the connection the catalog is asked of
    bool m_loading = false;
    bool m_again = false;
    bool m_staleWhileHidden = false;
};

} // namespace sc::ui
