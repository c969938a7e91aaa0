#pragma once

#include "protocol/BillingDto.h"

#include <QWidget>

class QCPBars;
class QCPItemText;
class QCustomPlot;

namespace sc::ui {

// Usage per day (VAT included) as bars, an adapter over QCustomPlot: one bar
// per UTC day of the series, the days on the horizontal axis, money on the
// vertical one in the series' currency. Says why when there is nothing to show.
class SpendChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendChart)

public:
    explicit SpendChart(QWidget *parent = nullptr);

    void setSeries(const protocol::SpendSeries &series);
    // Clears the chart and says why it is empty.
    void showMessage(const QString &message);

    int barCount() const { return m_barCount; }
    // The plotted amount of bar i, in minor units (tests).
    qint64 amountAt(int i) const;
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QCustomPlot *m_plot;
    QCPBars *m_bars;
    QCPItemText *m_message;
    int m_barCount = 0;
};

} // namespace sc::ui
