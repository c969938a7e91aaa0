#include "ui/market/DepthChart.h"

#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "ui/market/QCustomPlotInclude.h"

using namespace Qt::StringLiterals;

namespace sc::ui {

DepthChart::DepthChart(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Depth")))
    , m_summary(new QLabel)
    , m_plot(new QCustomPlot)
{
    setObjectName(u"depthChart"_s);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_summary->setObjectName(u"depthSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    m_plot->setObjectName(u"depthChartPlot"_s);
    m_plot->setMinimumHeight(150);
    m_bids = m_plot->addGraph();
    m_bids->setName(tr("Bids"));
    m_bids->setLineStyle(QCPGraph::lsStepRight); // between two bid prices, the amount at the higher one
    m_asks = m_plot->addGraph();
    m_asks->setName(tr("Asks"));
    m_asks->setLineStyle(QCPGraph::lsStepLeft); // between two ask prices, the amount at the lower one
    m_plot->xAxis->setLabel(tr("Price (%1 per h)").arg(MoneyFormat::symbol({}).trimmed()));
    m_plot->yAxis->setLabel(tr("Slots (cumulative)"));
    m_plot->xAxis->ticker()->setTickCount(4);
    m_plot->xAxis->setNumberFormat(u"f"_s);
    m_plot->xAxis->setNumberPrecision(2);
    QSharedPointer<QCPAxisTickerFixed> slotTicker(new QCPAxisTickerFixed);
    slotTicker->setTickStep(1.0);
    slotTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->yAxis->setTicker(slotTicker);

    m_message = new QCPItemText(m_plot);
    m_message->setClipToAxisRect(false);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setPositionAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_summary);

    applyPalette();
    showMessage(tr("No instrument selected"));
}

void DepthChart::setDepth(const protocol::Depth &depth, const QString &currency)
{
    // Cumulative amounts from the best price outwards, plotted in ascending price.
    QVector<double> bidPrices, bidSlots, askPrices, askSlots;
    double cumulative = 0;
    for (const auto &level : depth.bids) {
        cumulative += double(level.quantity);
        bidPrices.prepend(MoneyFormat::unitsFromCents(level.pricePerHour));
        bidSlots.prepend(cumulative);
    }
    const double totalBids = cumulative;
    cumulative = 0;
    for (const auto &level : depth.asks) {
        cumulative += double(level.quantity);
        askPrices.append(MoneyFormat::unitsFromCents(level.pricePerHour));
        askSlots.append(cumulative);
    }
    const double totalAsks = cumulative;

    double low = bidPrices.isEmpty() ? (askPrices.isEmpty() ? 0 : askPrices.constFirst()) : bidPrices.constFirst();
    double high = askPrices.isEmpty() ? (bidPrices.isEmpty() ? 1 : bidPrices.constLast()) : askPrices.constLast();
    const double margin = std::max((high - low) * 0.15, 0.05);
    low = std::max(0.0, low - margin);
    high += margin;
    // Each side runs on to the chart's edge at its full amount.
    if (!bidPrices.isEmpty()) {
        bidPrices.prepend(low);
        bidSlots.prepend(bidSlots.constFirst());
    }
    if (!askPrices.isEmpty()) {
        askPrices.append(high);
        askSlots.append(askSlots.constLast());
    }
    m_bids->setData(bidPrices, bidSlots, true);
    m_asks->setData(askPrices, askSlots, true);
    m_plot->xAxis->setRange(low, high);
    m_plot->yAxis->setRange(0, std::max(1.0, std::max(totalBids, totalAsks) * 1.15));
    m_plot->xAxis->setLabel(tr("Price (%1 per h)").arg(MoneyFormat::symbol(currency).trimmed()));

    const bool empty = depth.bids.isEmpty() && depth.asks.isEmpty();
    m_message->setText(tr("The order book is empty"));
    m_message->setVisible(empty);

    const QLocale locale;
    QStringList parts;
    if (!depth.bids.isEmpty()) {
        parts.append(tr("Slots wanted: %1, best bid %2")
                         .arg(locale.toString(qint64(totalBids)),
                              MoneyFormat::perHour(depth.bids.constFirst().pricePerHour, currency)));
    }
    if (!depth.asks.isEmpty()) {
        parts.append(tr("Slots offered: %1, best ask %2")
                         .arg(locale.toString(qint64(totalAsks)),
                              MoneyFormat::perHour(depth.asks.constFirst().pricePerHour, currency)));
    }
    if (!depth.bids.isEmpty() && !depth.asks.isEmpty()) {
        parts.append(tr("Spread %1")
                         .arg(MoneyFormat::amount(
                             depth.asks.constFirst().pricePerHour - depth.bids.constFirst().pricePerHour, currency)));
    }
    m_summary->setText(parts.join(u"\n"_s));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DepthChart::showMessage(const QString &message)
{
    m_bids->data()->clear();
    m_asks->data()->clear();
    m_summary->clear();
    m_message->setText(message);
    m_message->setVisible(true);
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int DepthChart::bidPointCount() const
{
    return m_bids->data()->size();
}

int DepthChart::askPointCount() const
{
    return m_asks->data()->size();
}

QString DepthChart::summary() const
{
    return m_summary->text();
}

void DepthChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void DepthChart::applyPalette()
{
    const QPalette colors = palette();
    m_plot->setBackground(colors.brush(QPalette::Base));
    const QColor text = colors.color(QPalette::Text);
    QColor grid = colors.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setBasePen(QPen(colors.color(QPalette::Mid)));
        axis->setTickPen(QPen(colors.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(colors.color(QPalette::Mid)));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    for (auto [graph, color] :
         {std::pair{m_bids, MarketColors::bids(colors)}, std::pair{m_asks, MarketColors::asks(colors)}}) {
        graph->setPen(QPen(color, 1.5));
        QColor fill = color;
        fill.setAlpha(50);
        graph->setBrush(fill);
    }
    m_message->setColor(colors.color(QPalette::PlaceholderText));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace sc::ui
