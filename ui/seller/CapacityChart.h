#pragma once

#include "client/SellerCloudClient.h"

#include <QWidget>

class QCPAxis;
class QCPGraph;
class QCPItemText;
class QCustomPlot;

namespace sc::ui {

// A cloud's slots over time, an adapter over QCustomPlot: used slots as a
// filled area from zero, free slots stacked on top of them up to the total,
// on a time axis in local time (hours for the last two days, days beyond).
// Says why when it is empty.
class CapacityChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityChart)

public:
    explicit CapacityChart(QWidget *parent = nullptr);

    void setPoints(const QList<client::SellerCloudClient::CapacityPoint> &points);
    // Clears the chart and says why it is empty.
    void showMessage(const QString &message);

    int pointCount() const { return m_pointCount; }
    QString message() const;
    // The plotted values at point i (tests).
    double usedAt(int i) const;
    double totalAt(int i) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QCustomPlot *m_plot;
    QCPGraph *m_used;
    QCPGraph *m_total;
    QCPItemText *m_message;
    int m_pointCount = 0;
};

} // namespace sc::ui
