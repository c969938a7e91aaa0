#pragma once

#include "protocol/MarketDto.h"
#include "ui/market/MinMaxDecimator.h"

#include <QDateTime>
#include <QWidget>

class QButtonGroup;
class QCPAxis;
class QCPAxisRect;
class QCPBars;
class QCPFinancial;
class QCPGraph;
class QCPItemText;
class QCPRange;
class QCustomPlot;
class QLabel;

namespace sc::ui {

// The price chart of one instrument, an adapter over QCustomPlot: candles
// (QCPFinancial) with the traded volume as bars underneath, a time axis in
// local time, range buttons (1 d, 7 d, 30 d), and zoom (wheel) and pan (drag)
// along time, with the price axis following what is visible.
//
// When candles would be narrower than a few pixels, or for a plain price
// series (setPriceSeries), the chart draws a line through MinMaxDecimator:
// the lowest and highest price of every pixel column, recomputed on every
// zoom or pan. That keeps a million points redrawing in a few milliseconds.
class PriceChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceChart)

public:
    enum class Range { Day, Week, Month };
    Q_ENUM(Range)

    explicit PriceChart(QWidget *parent = nullptr);

    static qint64 rangeSeconds(Range range);
    Range range() const { return m_range; }
    void setRange(Range range);

    void setTitle(const QString &title);
    // Candles of `intervalSeconds` each, prices in minor units of `currency`.
    // Shows [from, to] unless keepView and the user has zoomed or panned.
    void setCandles(const QList<protocol::Candle> &candles, qint64 intervalSeconds, const QString &currency,
                    const QDateTime &from, const QDateTime &to, bool keepView);
    // A plain price line: keys in seconds since the epoch (ascending), values in currency units.
    void setPriceSeries(QVector<double> keys, QVector<double> values);
    // Clears the chart and says why it is empty.
    void showMessage(const QString &message);

    int candleCount() const;
    int volumeBarCount() const;
    int linePointCount() const; // after decimation
    bool isLineMode() const { return m_lineMode; }
    QString message() const;

    // Redraws now (not on the next event loop turn); for benchmarks.
    void redraw();
    QCustomPlot *plot() const { return m_plot; }

Q_SIGNALS:
    void rangeChanged(sc::ui::PriceChart::Range range);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void styleAxis(QCPAxis *axis) const;
    void onTimeRangeChanged(const QCPRange &range);
    void updateVisibleData();
    void resetView();

    QLabel *m_title;
    QButtonGroup *m_rangeButtons;
    QCustomPlot *m_plot;
    QCPAxisRect *m_priceRect;
    QCPAxisRect *m_volumeRect;
    QCPFinancial *m_candles;
    QCPBars *m_volume;
    QCPGraph *m_line;
    QCPItemText *m_message;
    MinMaxDecimator m_decimator;
    Range m_range = Range::Week;
    qint64 m_intervalSeconds = 0; // 0: a plain series, no candles
    QString m_currency;
    double m_viewFrom = 0;
    double m_viewTo = 0;
    bool m_lineMode = false;
    bool m_syncing = false;
};

} // namespace sc::ui
