#include "ui/market/PriceChart.h"

#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/market/QCustomPlotInclude.h"

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

constexpr double kMinCandlePixels = 3.0; // narrower candles turn into a line
constexpr double kCandleWidth = 0.7;     // of the interval
constexpr double kPricePadding = 0.08;   // above and below the visible prices
constexpr qint64 kDaySeconds = 86'400;

double units(qint64 cents)
{
    return MoneyFormat::unitsFromCents(cents);
}

} // namespace

PriceChart::PriceChart(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_rangeButtons(new QButtonGroup(this))
    , m_plot(new QCustomPlot)
{
    setObjectName(u"priceChart"_s);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"chartTitle"_s);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(4);
    toolbar->addWidget(m_title, 1);
    const struct
    {
        Range range;
        QString text;
        QString toolTip;
        QString name;
    } ranges[] = {
        {Range::Day, tr("1 d"), tr("The last day in one-minute candles"), u"range1dButton"_s},
        {Range::Week, tr("7 d"), tr("The last 7 days in one-hour candles"), u"range7dButton"_s},
        {Range::Month, tr("30 d"), tr("The last 30 days in one-day candles"), u"range30dButton"_s},
    };
    for (const auto &entry : ranges) {
        auto *button = new QToolButton;
        button->setObjectName(entry.name);
        button->setText(entry.text);
        button->setToolTip(entry.toolTip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_rangeButtons->addButton(button, int(entry.range));
        toolbar->addWidget(button);
    }
    m_rangeButtons->button(int(m_range))->setChecked(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) {
        if (Range(id) == m_range)
            return;
        m_range = Range(id);
        Q_EMIT rangeChanged(m_range);
    });
    auto *resetButton = new QToolButton;
    resetButton->setObjectName(u"resetZoomButton"_s);
    resetButton->setText(tr("Reset zoom"));
    resetButton->setToolTip(tr("Show the whole range again. Scroll to zoom, drag to pan."));
    resetButton->setAutoRaise(true);
    connect(resetButton, &QToolButton::clicked, this, &PriceChart::resetView);
    toolbar->addSpacing(8);
    toolbar->addWidget(resetButton);

    m_plot->setObjectName(u"priceChartPlot"_s);
    m_plot->setMinimumHeight(220);
    m_priceRect = m_plot->axisRect();
    m_volumeRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_volumeRect);
    m_plot->plotLayout()->setRowStretchFactors({3.0, 1.0});
    m_plot->plotLayout()->setRowSpacing(0);
    auto *margins = new QCPMarginGroup(m_plot);
    m_priceRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_volumeRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_priceRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    m_priceRect->setMargins(QMargins(0, 0, 0, 2));
    m_volumeRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_volumeRect->setMargins(QMargins(0, 2, 0, 0));

    QCPAxis *priceTime = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis *volumeTime = m_volumeRect->axis(QCPAxis::atBottom);
    QSharedPointer<QCPAxisTickerDateTime> timeTicker(new QCPAxisTickerDateTime);
    timeTicker->setDateTimeFormat(u"d MMM"_s);
    timeTicker->setDateTimeSpec(Qt::LocalTime);
    timeTicker->setTickCount(5);
    priceTime->setTicker(timeTicker);
    priceTime->setTickLabels(false);
    volumeTime->setTicker(timeTicker);
    QSharedPointer<QCPAxisTickerFixed> slotTicker(new QCPAxisTickerFixed);
    slotTicker->setTickStep(1.0);
    slotTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    slotTicker->setTickCount(2);
    m_volumeRect->axis(QCPAxis::atLeft)->setTicker(slotTicker);
    m_volumeRect->axis(QCPAxis::atLeft)->setLabel(tr("Slots"));

    m_candles = new QCPFinancial(priceTime, m_priceRect->axis(QCPAxis::atLeft));
    m_candles->setName(tr("Price"));
    m_candles->setChartStyle(QCPFinancial::csCandlestick);
    m_candles->setTwoColored(true);
    m_volume = new QCPBars(volumeTime, m_volumeRect->axis(QCPAxis::atLeft));
    m_volume->setName(tr("Volume"));
    m_line = m_plot->addGraph(priceTime, m_priceRect->axis(QCPAxis::atLeft));
    m_line->setAdaptiveSampling(false); // MinMaxDecimator already did it, over the whole series at once
    m_line->setVisible(false);

    m_message = new QCPItemText(m_plot);
    m_message->setClipToAxisRect(false);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setAxisRect(m_priceRect);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setPositionAlignment(Qt::AlignCenter);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    for (QCPAxisRect *rect : {m_priceRect, m_volumeRect}) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes({priceTime, volumeTime}, {});
        rect->setRangeZoomAxes({priceTime, volumeTime}, {});
    }
    connect(priceTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this](const QCPRange &range) {
        onTimeRangeChanged(range);
    });
    connect(volumeTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this](const QCPRange &range) {
        onTimeRangeChanged(range);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(m_plot, 1);

    applyPalette();
    showMessage(tr("Select an instrument to see its prices."));
}

qint64 PriceChart::rangeSeconds(Range range)
{
    switch (range) {
    case Range::Day: return kDaySeconds;
    case Range::Week: return 7 * kDaySeconds;
    case Range::Month: return 30 * kDaySeconds;
    }
    return 7 * kDaySeconds;
}

void PriceChart::setRange(Range range)
{
    m_range = range;
    m_rangeButtons->button(int(range))->setChecked(true);
}

void PriceChart::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PriceChart::setCandles(const QList<protocol::Candle> &candles, qint64 intervalSeconds, const QString &currency,
                            const QDateTime &from, const QDateTime &to, bool keepView)
{
    m_intervalSeconds = std::max<qint64>(1, intervalSeconds);
    m_currency = currency;
    const qsizetype count = candles.size();
    QVector<double> keys(count), open(count), high(count), low(count), close(count), volume(count);
    for (qsizetype i = 0; i < count; ++i) {
        const protocol::Candle &candle = candles.at(i);
        keys[i] = double(candle.start.toSecsSinceEpoch()) + double(m_intervalSeconds) / 2;
        open[i] = units(candle.open);
        high[i] = units(candle.high);
        low[i] = units(candle.low);
        close[i] = units(candle.close);
        volume[i] = double(candle.volume);
    }
    m_candles->setData(keys, open, high, low, close, true);
    m_candles->setWidth(double(m_intervalSeconds) * kCandleWidth);
    m_volume->setData(keys, volume, true);
    m_volume->setWidth(double(m_intervalSeconds) * kCandleWidth);
    m_decimator.setData(std::move(keys), std::move(close));
    m_priceRect->axis(QCPAxis::atLeft)->setLabel(tr("Price (%1 per h)").arg(MoneyFormat::symbol(currency).trimmed()));

    m_message->setText(tr("No trades in this period"));
    m_message->setVisible(count == 0);

    const QCPRange current = m_priceRect->axis(QCPAxis::atBottom)->range();
    const bool userMoved = current.lower != m_viewFrom || current.upper != m_viewTo;
    m_viewFrom = double(from.toSecsSinceEpoch());
    m_viewTo = double(to.toSecsSinceEpoch());
    if (!keepView || !userMoved)
        resetView();
    updateVisibleData();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PriceChart::setPriceSeries(QVector<double> keys, QVector<double> values)
{
    m_intervalSeconds = 0;
    m_candles->data()->clear();
    m_volume->data()->clear();
    m_viewFrom = keys.isEmpty() ? 0 : keys.constFirst();
    m_viewTo = keys.isEmpty() ? 1 : keys.constLast();
    m_decimator.setData(std::move(keys), std::move(values));
    m_message->setText(tr("No prices"));
    m_message->setVisible(m_decimator.size() == 0);
    resetView();
    updateVisibleData();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PriceChart::showMessage(const QString &message)
{
    m_intervalSeconds = 0;
    m_candles->data()->clear();
    m_volume->data()->clear();
    m_line->data()->clear();
    m_decimator.clear();
    m_message->setText(message);
    m_message->setVisible(true);
    const double now = double(QDateTime::currentSecsSinceEpoch());
    m_viewFrom = now - double(rangeSeconds(m_range));
    m_viewTo = now;
    resetView();
    m_priceRect->axis(QCPAxis::atLeft)->setRange(0, 1);
    m_volumeRect->axis(QCPAxis::atLeft)->setRange(0, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int PriceChart::candleCount() const
{
    return m_candles->data()->size();
}

int PriceChart::volumeBarCount() const
{
    return m_volume->data()->size();
}

int PriceChart::linePointCount() const
{
    return m_line->data()->size();
}

QString PriceChart::message() const
{
    return m_message->visible() ? m_message->text() : QString();
}

void PriceChart::redraw()
{
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

void PriceChart::resetView()
{
    const QCPRange range(m_viewFrom, m_viewTo > m_viewFrom ? m_viewTo : m_viewFrom + 1);
    m_priceRect->axis(QCPAxis::atBottom)->setRange(range);
    m_volumeRect->axis(QCPAxis::atBottom)->setRange(range);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PriceChart::onTimeRangeChanged(const QCPRange &range)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_priceRect->axis(QCPAxis::atBottom)->setRange(range);
    m_volumeRect->axis(QCPAxis::atBottom)->setRange(range);
    m_syncing = false;
    updateVisibleData();
}

void PriceChart::updateVisibleData()
{
    const QCPRange range = m_priceRect->axis(QCPAxis::atBottom)->range();
    // Times of day within a day or so, dates beyond.
    if (auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(m_volumeRect->axis(QCPAxis::atBottom)->ticker()))
        ticker->setDateTimeFormat(range.size() <= 1.5 * kDaySeconds ? u"HH:mm"_s : u"d MMM"_s);
    const int width = std::max(1, m_priceRect->width() > 0 ? m_priceRect->width() : m_plot->width());
    const bool hasCandles = m_intervalSeconds > 0 && !m_candles->data()->isEmpty();
    m_lineMode = m_decimator.size() > 0
                 && (!hasCandles || range.size() / double(m_intervalSeconds) * kMinCandlePixels > width);
    m_candles->setVisible(hasCandles && !m_lineMode);
    m_line->setVisible(m_lineMode);

    QCPRange prices;
    bool found = false;
    if (m_lineMode) {
        QVector<double> keys, values;
        m_decimator.decimate(range.lower, range.upper, width, keys, values);
        if (!values.isEmpty()) {
            const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
            prices = QCPRange(*low, *high);
            found = true;
        }
        m_line->setData(keys, values, true);
    } else if (hasCandles) {
        prices = m_candles->getValueRange(found, QCP::sdBoth, range);
    }
    if (found) {
        const double padding = std::max(prices.size() * kPricePadding, 0.01);
        m_priceRect->axis(QCPAxis::atLeft)->setRange(std::max(0.0, prices.lower - padding), prices.upper + padding);
    }
    bool foundVolume = false;
    const QCPRange volume = m_volume->getValueRange(foundVolume, QCP::sdPositive, range);
    m_volumeRect->axis(QCPAxis::atLeft)->setRange(0, foundVolume ? std::max(1.0, volume.upper * 1.15) : 1.0);
}

void PriceChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void PriceChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The axis rect has its new width after the plot's next layout pass.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_plot->replot(QCustomPlot::rpImmediateRefresh);
            updateVisibleData();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        },
        Qt::QueuedConnection);
}

void PriceChart::styleAxis(QCPAxis *axis) const
{
    const QPalette colors = palette();
    const QColor text = colors.color(QPalette::Text);
    QColor grid = colors.color(QPalette::Mid);
    grid.setAlpha(90);
    axis->setBasePen(QPen(colors.color(QPalette::Mid)));
    axis->setTickPen(QPen(colors.color(QPalette::Mid)));
    axis->setSubTickPen(QPen(colors.color(QPalette::Mid)));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

void PriceChart::applyPalette()
{
    const QPalette colors = palette();
    m_plot->setBackground(colors.brush(QPalette::Base));
    for (QCPAxisRect *rect : {m_priceRect, m_volumeRect}) {
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis);
    }
    const QColor up = MarketColors::rising(colors);
    const QColor down = MarketColors::falling(colors);
    m_candles->setBrushPositive(up);
    m_candles->setPenPositive(QPen(up));
    m_candles->setBrushNegative(down);
    m_candles->setPenNegative(QPen(down));
    QColor bars = colors.color(QPalette::Highlight);
    m_volume->setPen(Qt::NoPen);
    bars.setAlpha(150);
    m_volume->setBrush(bars);
    m_line->setPen(QPen(colors.color(QPalette::Highlight), 1));
    m_message->setColor(colors.color(QPalette::PlaceholderText));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace sc::ui
