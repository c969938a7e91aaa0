#pragma once

#include "protocol/MarketDto.h"

#include <QWidget>

class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QLabel;

namespace sc::ui {

// The order book of one instrument as cumulative depth: how many slots buyers
// want at a price or more (bids, stepping down to the left of the best bid)
// and how many sellers offer at a price or less (asks, stepping up to the
// right of the best ask). An adapter over QCustomPlot.
class DepthChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepthChart)

public:
    explicit DepthChart(QWidget *parent = nullptr);

    void setDepth(const protocol::Depth &depth, const QString &currency);
    void showMessage(const QString &message);

    int bidPointCount() const;
    int askPointCount() const;
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_title;
    QLabel *m_summary;
    QCustomPlot *m_plot;
    QCPGraph *m_bids;
    QCPGraph *m_asks;
    QCPItemText *m_message;
};

} // namespace sc::ui
