#pragma once

#include "client/MarketClient.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/PriceChart.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace sc::ui {

class DepthChart;
class InstrumentModel;
class OrderTicket;

// The market at a glance: every instrument with its prices (sortable,
// filterable, refreshed when the broker says they changed), and for the selected one its price
// chart, its order book's depth and the order ticket to buy it.
class MarketOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketOverview)

public:
    explicit MarketOverview(client::BrokerClient &client, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    // A panel beside the instrument table (the catalog).
    void addSidePanel(QWidget *panel);
    // Loads the snapshot and, for the selected instrument, its depth and candles.
    void refresh();
    // Loads the instrument table again (one request at a time: a call while
    // one is under way asks once more when it is answered, so no change is lost).
    void refreshSnapshot();
    // Loads the selected instrument's depth and candles again, keeping the chart's view.
    void refreshSelectedInstrument();
    bool isSelected(const QString &instanceType, const QString &region) const
    {
        return !m_type.isEmpty() && m_type == instanceType && m_region == region;
    }
    void clear();
    bool selectInstrument(const QString &instanceType, const QString &region);
    QString selectedInstanceType() const { return m_type; }
    QString selectedRegion() const { return m_region; }

    InstrumentModel *instrumentModel() const { return m_model; }
    PriceChart *priceChart() const { return m_chart; }
    DepthChart *depthChart() const { return m_depth; }
    OrderTicket *orderTicket() const { return m_ticket; }
    // The broker's clock, estimated from the last snapshot.
    QDateTime brokerNow() const;

Q_SIGNALS:
    void snapshotLoaded();
    void orderPlaced();

private:
    void onSnapshot(const protocol::Expected<client::MarketClient::Snapshot> &snapshot);
    void onCurrentChanged(const QModelIndex &current);
    void loadInstrument(bool keepView);
    void updateSummary();

    client::MarketClient m_market;
    CatalogIndex m_catalog;
    InstrumentModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_empty;
    QStackedWidget *m_tableStack;
    QSplitter *m_topSplitter;
    PriceChart *m_chart;
    DepthChart *m_depth;
    OrderTicket *m_ticket;
    QString m_type;
    QString m_region;
    qint64 m_clockOffsetMs = 0; // broker clock minus ours
    QDateTime m_updatedAt;
    quint64 m_serial = 0;
    quint64 m_instrumentSerial = 0;
    bool m_snapshotPending = false;
    bool m_snapshotAgain = false;
};

} // namespace sc::ui
