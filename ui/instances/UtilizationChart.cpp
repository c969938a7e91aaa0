#include "ui/instances/UtilizationChart.h"

#include "ui/market/QCustomPlotInclude.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

QColor cpuColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

QColor memoryColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xba, 0x68, 0xc8) : QColor(0x7b, 0x1f, 0xa2);
}

QColor inColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
}

QColor outColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb4, 0x5f, 0x06);
}

} // namespace

UtilizationChart::UtilizationChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot)
{
    setObjectName(u"utilizationChart"_s);
    m_plot->setObjectName(u"utilizationPlot"_s);
    m_plot->setMinimumHeight(200);
    m_usageRect = m_plot->axisRect();
    m_networkRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_networkRect);
    m_plot->plotLayout()->setRowSpacing(4);
    auto *margins = new QCPMarginGroup(m_plot);
    m_usageRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_networkRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    QSharedPointer<QCPAxisTickerDateTime> timeTicker(new QCPAxisTickerDateTime);
    timeTicker->setDateTimeFormat(u"HH:mm"_s);
    timeTicker->setDateTimeSpec(Qt::LocalTime);
    timeTicker->setTickCount(6);
    QCPAxis *usageTime = m_usageRect->axis(QCPAxis::atBottom);
    QCPAxis *networkTime = m_networkRect->axis(QCPAxis::atBottom);
    usageTime->setTicker(timeTicker);
    usageTime->setTickLabels(false);
    networkTime->setTicker(timeTicker);
    connect(usageTime,
            qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            networkTime,
            [networkTime](const QCPRange &range) { networkTime->setRange(range); });

    QCPAxis *percent = m_usageRect->axis(QCPAxis::atLeft);
    percent->setRange(0, 100);
    percent->setLabel(tr("CPU, memory (%)"));
    QCPAxis *network = m_networkRect->axis(QCPAxis::atLeft);

    m_cpu = m_plot->addGraph(usageTime, percent);
    m_cpu->setName(tr("CPU"));
    m_memory = m_plot->addGraph(usageTime, percent);
    m_memory->setName(tr("Memory"));
    m_networkIn = m_plot->addGraph(networkTime, network);
    m_networkIn->setName(tr("Network in"));
    m_networkOut = m_plot->addGraph(networkTime, network);
    m_networkOut->setName(tr("Network out"));

    // One legend per rect, inside its top left corner.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_networkIn));
    m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_networkOut));
    m_usageRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_networkLegend = new QCPLegend;
    QCPLegend *networkLegend = m_networkLegend;
    m_networkRect->insetLayout()->addElement(networkLegend, Qt::AlignTop | Qt::AlignLeft);
    networkLegend->setLayer(u"legend"_s);
    networkLegend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_networkIn->addToLegend(networkLegend);
    m_networkOut->addToLegend(networkLegend);
    for (QCPLegend *legend : {m_plot->legend, networkLegend}) {
        legend->setBrush(Qt::NoBrush);
        legend->setBorderPen(Qt::NoPen);
        legend->setIconSize(14, 8);
    }

    m_message = new QCPItemText(m_plot);
    m_message->setClipToAxisRect(false);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setAxisRect(m_usageRect);
    m_message->position->setCoords(0.5, 0.9);
    m_message->setPositionAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    applyPalette();
    showMessage(tr("Select a running instance to see its use."));
}

void UtilizationChart::setSamples(const QList<client::InstanceClient::UtilizationSample> &samples)
{
    if (samples.isEmpty()) {
        showMessage(tr("No measurements yet."));
        return;
    }
    double peak = 0;
    for (const auto &sample : samples)
        peak = std::max({peak, sample.networkInBytesPerSecond, sample.networkOutBytesPerSecond});
    double scale = 1;
    m_networkUnit = tr("B/s");
    if (peak >= 1e6) {
        scale = 1e6;
        m_networkUnit = tr("MB/s");
    } else if (peak >= 1e3) {
        scale = 1e3;
        m_networkUnit = tr("kB/s");
    }
    QVector<double> keys;
    QVector<double> cpu;
    QVector<double> memory;
    QVector<double> in;
    QVector<double> out;
    for (const auto &sample : samples) {
        keys.append(double(sample.at.toMSecsSinceEpoch()) / 1'000.0);
        cpu.append(sample.cpuPercent);
        memory.append(sample.memoryPercent);
        in.append(sample.networkInBytesPerSecond / scale);
        out.append(sample.networkOutBytesPerSecond / scale);
    }
    m_cpu->setData(keys, cpu, true);
    m_memory->setData(keys, memory, true);
    m_networkIn->setData(keys, in, true);
    m_networkOut->setData(keys, out, true);
    m_sampleCount = int(samples.size());
    // The last hour, even while the first samples of a new instance come in.
    const double last = keys.last();
    m_usageRect->axis(QCPAxis::atBottom)->setRange(std::min(keys.first(), last - 3'600), last + 30);
    QCPAxis *network = m_networkRect->axis(QCPAxis::atLeft);
    network->setLabel(tr("Network (%1)").arg(m_networkUnit));
    network->setRange(0, std::max(1.0, peak / scale * 1.1));
    m_message->setText({});
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UtilizationChart::showMessage(const QString &message)
{
    for (QCPGraph *graph : {m_cpu, m_memory, m_networkIn, m_networkOut})
        graph->data()->clear();
    m_sampleCount = 0;
    m_networkRect->axis(QCPAxis::atLeft)->setLabel(tr("Network"));
    m_networkRect->axis(QCPAxis::atLeft)->setRange(0, 1);
    m_message->setText(message);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString UtilizationChart::message() const
{
    return m_message->text();
}

void UtilizationChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void UtilizationChart::styleAxis(QCPAxis *axis) const
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

void UtilizationChart::applyPalette()
{
    const QPalette colors = palette();
    m_plot->setBackground(colors.brush(QPalette::Base));
    for (QCPAxisRect *rect : {m_usageRect, m_networkRect}) {
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis);
    }
    m_cpu->setPen(QPen(cpuColor(colors), 1.5));
    m_memory->setPen(QPen(memoryColor(colors), 1.5));
    m_networkIn->setPen(QPen(inColor(colors), 1.5));
    m_networkOut->setPen(QPen(outColor(colors), 1.5));
    // Dots as well as lines: the first sample of a new instance is a point, not yet a line.
    for (QCPGraph *graph : {m_cpu, m_memory, m_networkIn, m_networkOut})
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, graph->pen().color(), 3));
    m_plot->legend->setTextColor(colors.color(QPalette::Text));
    m_networkLegend->setTextColor(colors.color(QPalette::Text));
    m_message->setColor(colors.color(QPalette::PlaceholderText));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace sc::ui
