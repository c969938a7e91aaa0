#include "ui/market/MarketStatsView.h"

#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "ui/market/QCustomPlotInclude.h"

using namespace Qt::StringLiterals;
using sc::client::MarketClient;

namespace sc::ui {

namespace {
constexpr int kShownRanks = 5;
} // namespace

MarketStatsView::MarketStatsView(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_market(client)
    , m_days(new QComboBox)
    , m_summary(new QLabel)
    , m_popular(new QLabel)
    , m_plot(new QCustomPlot)
{
    setObjectName(u"marketStatsView"_s);
    m_days->setObjectName(u"statsDays"_s);
    for (const int days : {7, 30, 90})
        m_days->addItem(tr("Last %1 days").arg(days), days);
    m_days->setCurrentIndex(1);
    connect(m_days, &QComboBox::currentIndexChanged, this, &MarketStatsView::refresh);
    m_summary->setObjectName(u"statsSummary"_s);
    m_summary->setWordWrap(true);
    m_popular->setObjectName(u"statsPopular"_s);
    m_popular->setWordWrap(true);
    m_popular->setForegroundRole(QPalette::PlaceholderText);

    m_plot->setObjectName(u"marketStatsPlot"_s);
    m_plot->setMinimumHeight(160);
    m_p10 = m_plot->addGraph();
    m_p10->setName(tr("10th percentile"));
    m_median = m_plot->addGraph();
    m_median->setName(tr("Median"));
    m_p90 = m_plot->addGraph();
    m_p90->setName(tr("90th percentile"));
    QSharedPointer<QCPAxisTickerDateTime> days(new QCPAxisTickerDateTime);
    days->setDateTimeFormat(u"d MMM"_s);
    days->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(days);
    m_plot->yAxis->setLabel(tr("Price per vCPU (%1 per h)").arg(MoneyFormat::symbol({}).trimmed()));
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    auto *header = new QHBoxLayout;
    header->addWidget(TableStyle::sectionTitle(tr("Market statistics")), 1);
    header->addWidget(m_days);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_popular);
    layout->addWidget(m_plot, 1);
    applyPalette();
}

void MarketStatsView::refresh()
{
    const quint64 serial = ++m_serial;
    m_market.fetchMarketStatistics(m_days->currentData().toInt(),
                                   this,
                                   [this, serial](const protocol::Expected<MarketClient::MarketStatistics> &stats) {
                                       if (serial != m_serial)
                                           return;
                                       if (!stats) {
                                           m_summary->setText(
                                               tr("The statistics could not be loaded: %1").arg(stats.error().message));
                                           return;
                                       }
                                       setStatistics(*stats);
                                   });
}

void MarketStatsView::clear()
{
    ++m_serial;
    m_summary->clear();
    m_popular->clear();
    for (QCPGraph *graph : {m_p10, m_median, m_p90})
        graph->data()->clear();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MarketStatsView::setStatistics(const MarketClient::MarketStatistics &stats)
{
    const QLocale locale;
    if (stats.slotsTraded == 0) {
        m_summary->setText(tr("No trades in the last %1 days.").arg(locale.toString(stats.days)));
    } else {
        m_summary->setText(tr("Slots traded: %1 · Average %2 per vCPU · %3 per GiB of RAM")
                               .arg(locale.toString(stats.slotsTraded),
                                    MoneyFormat::perHour(stats.averagePricePerVcpuHour, stats.currency),
                                    MoneyFormat::perHour(stats.averagePricePerGibHour, stats.currency)));
    }
    auto ranking = [&locale](const QList<MarketClient::Ranked> &ranked, auto name) {
        QStringList entries;
        for (qsizetype i = 0; i < ranked.size() && i < kShownRanks; ++i)
            entries.append(tr("%1 (%2)").arg(name(ranked.at(i).id), locale.toString(ranked.at(i).slotCount)));
        return entries.join(u", "_s);
    };
    QStringList popular;
    if (!stats.popularInstanceTypes.isEmpty()) {
        popular.append(
            tr("Most traded types: %1").arg(ranking(stats.popularInstanceTypes, [](const QString &id) { return id; })));
    }
    if (!stats.popularRegions.isEmpty()) {
        popular.append(tr("Most traded regions: %1").arg(ranking(stats.popularRegions, [this](const QString &id) {
            return m_catalog.regionName(id);
        })));
    }
    m_popular->setText(popular.join(u'\n'));

    QVector<double> keys, p10, median, p90;
    for (const MarketClient::DailyPrices &day : stats.daily) {
        keys.append(double(day.day.startOfDay(Qt::UTC).toSecsSinceEpoch()));
        p10.append(MoneyFormat::unitsFromCents(day.p10));
        median.append(MoneyFormat::unitsFromCents(day.median));
        p90.append(MoneyFormat::unitsFromCents(day.p90));
    }
    m_p10->setData(keys, p10, true);
    m_median->setData(keys, median, true);
    m_p90->setData(keys, p90, true);
    m_plot->yAxis->setLabel(tr("Price per vCPU (%1 per h)").arg(MoneyFormat::symbol(stats.currency).trimmed()));
    if (keys.isEmpty()) {
        m_plot->xAxis->setRange(0, 1);
        m_plot->yAxis->setRange(0, 1);
    } else {
        m_plot->rescaleAxes();
        const double day = 86'400;
        m_plot->xAxis->setRange(m_plot->xAxis->range().lower - day / 2, m_plot->xAxis->range().upper + day / 2);
        const QCPRange prices = m_plot->yAxis->range();
        m_plot->yAxis->setRange(0, prices.upper + std::max(prices.size() * 0.15, 0.01));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int MarketStatsView::dailyPointCount() const
{
    return m_median->data()->size();
}

QString MarketStatsView::summaryText() const
{
    return m_summary->text();
}

void MarketStatsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void MarketStatsView::applyPalette()
{
    const QPalette colors = palette();
    m_plot->setBackground(colors.brush(QPalette::Base));
    m_plot->legend->setBrush(colors.brush(QPalette::Base));
    m_plot->legend->setTextColor(colors.color(QPalette::Text));
    m_plot->legend->setBorderPen(QPen(colors.color(QPalette::Mid)));
    QColor grid = colors.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setBasePen(QPen(colors.color(QPalette::Mid)));
        axis->setTickPen(QPen(colors.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(colors.color(QPalette::Mid)));
        axis->setTickLabelColor(colors.color(QPalette::Text));
        axis->setLabelColor(colors.color(QPalette::Text));
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    const QColor accent = colors.color(QPalette::Highlight);
    QColor band = accent;
    band.setAlpha(110);
    m_p10->setPen(QPen(band, 1, Qt::DashLine));
    m_p90->setPen(QPen(band, 1, Qt::DashLine));
    m_median->setPen(QPen(accent, 2));
    for (QCPGraph *graph : {m_p10, m_median, m_p90}) {
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace sc::ui
