#pragma once

#include "client/MarketClient.h"
#include "ui/market/CatalogIndex.h"

#include <QWidget>

class QComboBox;
class QCPGraph;
class QCustomPlot;
class QLabel;

namespace sc::ui {

// What the market pays, for sellers pricing their asks: average prices per
// vCPU-hour and GiB-hour, the most traded types and regions, and the daily
// 10th percentile, median and 90th percentile price per vCPU-hour as a chart.
class MarketStatsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketStatsView)

public:
    explicit MarketStatsView(client::BrokerClient &client, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog) { m_catalog = catalog; }
    void refresh();
    void clear();
    void setStatistics(const client::MarketClient::MarketStatistics &stats);

    int dailyPointCount() const;
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    client::MarketClient m_market;
    CatalogIndex m_catalog;
    QComboBox *m_days;
    QLabel *m_summary;
    QLabel *m_popular;
    QCustomPlot *m_plot;
    QCPGraph *m_p10;
    QCPGraph *m_median;
    QCPGraph *m_p90;
    quint64 m_serial = 0;
};

} // namespace sc::ui
