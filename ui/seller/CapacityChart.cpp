#include "ui/seller/CapacityChart.h"

#include "ui/market/QCustomPlotInclude.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

bool dark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor usedColor(const QPalette &palette)
{
    return dark(palette) ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

QColor freeColor(const QPalette &palette)
{
    return dark(palette) ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
}

} // namespace

CapacityChart::CapacityChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot)
{
    setObjectName(u"capacityChart"_s);
    m_plot->setObjectName(u"capacityPlot"_s);
    m_plot->setMinimumHeight(180);

    QSharedPointer<QCPAxisTickerDateTime> timeTicker(new QCPAxisTickerDateTime);
    timeTicker->setDateTimeFormat(u"HH:mm"_s);
    timeTicker->setDateTimeSpec(Qt::LocalTime);
    timeTicker->setTickCount(6);
    m_plot->xAxis->setTicker(timeTicker);
    m_plot->yAxis->setLabel(tr("Slots"));
    m_plot->yAxis->setRange(0, 1);

    // Free is drawn as the band between used and total.
    m_used = m_plot->addGraph();
    m_used->setName(tr("Used"));
    m_total = m_plot->addGraph();
    m_total->setName(tr("Free"));
    m_total->setChannelFillGraph(m_used);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setIconSize(14, 8);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    m_message = new QCPItemText(m_plot);
    m_message->setClipToAxisRect(false);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setPositionAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    applyPalette();
    showMessage(tr("Select a connected cloud to see its capacity."));
}

void CapacityChart::setPoints(const QList<client::SellerCloudClient::CapacityPoint> &points)
{
    if (points.isEmpty()) {
        showMessage(tr("No capacity readings in this period yet.\n"
                       "The broker reads the cloud's capacity every few minutes."));
        return;
    }
    QVector<double> keys;
    QVector<double> used;
    QVector<double> total;
    double peak = 1;
    for (const auto &point : points) {
        // At the middle of the bucket, so hourly and 5-minute points line up.
        keys.append(double(point.at.toMSecsSinceEpoch()) / 1'000.0 + point.bucketSeconds / 2.0);
        used.append(double(point.usedSlots));
        total.append(double(point.usedSlots + point.freeSlots));
        peak = std::max(peak, total.constLast());
    }
    m_used->setData(keys, used, true);
    m_total->setData(keys, total, true);
    m_pointCount = int(points.size());
    const double first = keys.first();
    const double last = keys.last();
    const double span = std::max(last - first, 3'600.0);
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (ticker)
        ticker->setDateTimeFormat(span > 2 * 86'400 ? u"d MMM"_s : u"HH:mm"_s);
    m_plot->xAxis->setRange(last - span - 60, last + 60);
    m_plot->xAxis->setTickLabels(true);
    m_plot->yAxis->setTickLabels(true);
    m_plot->yAxis->setRange(0, peak * 1.15);
    m_message->setText({});
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CapacityChart::showMessage(const QString &message)
{
    m_used->data()->clear();
    m_total->data()->clear();
    m_pointCount = 0;
    m_plot->yAxis->setRange(0, 1);
    // No time or slots to speak of: no ticks that would suggest some.
    m_plot->xAxis->setTickLabels(false);
    m_plot->yAxis->setTickLabels(false);
    m_message->setText(message);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString CapacityChart::message() const
{
    return m_message->text();
}

double CapacityChart::usedAt(int i) const
{
    return i < m_used->data()->size() ? m_used->data()->at(i)->value : 0;
}

double CapacityChart::totalAt(int i) const
{
    return i < m_total->data()->size() ? m_total->data()->at(i)->value : 0;
}

void CapacityChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void CapacityChart::applyPalette()
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
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    QColor used = usedColor(colors);
    m_used->setPen(QPen(used, 1.5));
    used.setAlpha(110);
    m_used->setBrush(used);
    QColor free = freeColor(colors);
    m_total->setPen(QPen(free, 1.5));
    free.setAlpha(60);
    m_total->setBrush(free);
    // Dots as well as lines: a cloud connected a minute ago has one point.
    for (QCPGraph *graph : {m_used, m_total})
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, graph->pen().color(), 3));
    m_plot->legend->setTextColor(text);
    m_message->setColor(colors.color(QPalette::PlaceholderText));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace sc::ui
