#pragma once

#include "client/BrokerConnection.h"
#include "protocol/CatalogDto.h"
#include "protocol/Expected.h"

#include <QDateTime>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace sc::client {
class BrokerClient;
}

namespace sc::ui {

class InstanceTypeModel;
class MessagePanel;
class RegionModel;

// The buyer's first look at the market: the broker's catalog of instance
// types and regions, loaded whenever the connection becomes ready, filterable
// and sortable, with a clear message instead of empty tables when there is
// nothing to show.
class MarketplacePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketplacePage)

public:
    enum class CatalogState { NotConnected, Connecting, ConnectionFailed, Loading, Failed, Empty, Loaded };
    Q_ENUM(CatalogState)

    MarketplacePage(client::BrokerClient &client, client::BrokerConnection &connection, QWidget *parent = nullptr);

    QAction *refreshAction() const { return m_refreshAction; }
    CatalogState catalogState() const { return m_state; }

    // Loads the catalog again; does nothing unless connected.
    void refresh();

Q_SIGNALS:
    // The page offers "Connect…" when there is no usable connection.
    void connectRequested();
    void catalogStateChanged(sc::ui::MarketplacePage::CatalogState state);

private:
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void onCatalog(const protocol::Expected<protocol::Catalog> &result);
    void onMessageButton();
    void setCatalogState(CatalogState state, const QString &detail = {});
    void applyFilter(const QString &text);
    void updateSummary();
    QWidget *createTableSection(const QString &title, QTableView *table, QSortFilterProxyModel *proxy,
                                int stretchColumn);

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    InstanceTypeModel *m_instanceTypes;
    RegionModel *m_regions;
    QSortFilterProxyModel *m_instanceTypeProxy;
    QSortFilterProxyModel *m_regionProxy;
    QTableView *m_instanceTypeTable;
    QTableView *m_regionTable;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    MessagePanel *m_message;
    QWidget *m_content;
    QAction *m_refreshAction;
    CatalogState m_state = CatalogState::NotConnected;
    QDateTime m_loadedAt;
    quint64 m_requestSerial = 0;
};

} // namespace sc::ui
