#include "ui/billing/SpendChart.h"

#include "ui/market/MoneyFormat.h"
#include "ui/market/QCustomPlotInclude.h"

#include <QEvent>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

constexpr double kDay = 86'400;

QColor barColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

// Money on the axis in whole units with the currency's symbol.
class MoneyTicker final : public QCPAxisTicker
{
public:
    explicit MoneyTicker(QString symbol)
        : m_symbol(std::move(symbol))
    {
    }

protected:
    double getTickStep(const QCPRange &range) override
    {
        m_step = QCPAxisTicker::getTickStep(range);
        return m_step;
    }
    double tickStep() const { return m_step; }

    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override
    {
        Q_UNUSED(formatChar)
        Q_UNUSED(precision)
        // Whole units while every tick is one (steps of 1, 2, 5, 10...), cents
        // otherwise (steps of 0.25 or 2.5 would round to wrong labels).
        const bool whole = tickStep() >= 1 && std::abs(tickStep() - std::round(tickStep())) < 1e-9;
        const int decimals = whole ? 0 : 2;
        return m_symbol + locale.toString(tick, 'f', decimals);
    }

private:
    QString m_symbol;
    double m_step = 1;
};

} // namespace

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot)
{
    setObjectName(u"spendChart"_s);
    m_plot->setObjectName(u"spendPlot"_s);
    m_plot->setMinimumHeight(170);

    QSharedPointer<QCPAxisTickerDateTime> dayTicker(new QCPAxisTickerDateTime);
    dayTicker->setDateTimeFormat(u"d MMM"_s);
    dayTicker->setDateTimeSpec(Qt::UTC);
    dayTicker->setTickCount(6);
    m_plot->xAxis->setTicker(dayTicker);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new MoneyTicker(MoneyFormat::symbol({}))));
    m_plot->yAxis->setRange(0, 1);

    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setName(tr("Spent per day"));
    m_bars->setWidth(kDay * 0.7);

    m_message = new QCPItemText(m_plot);
    m_message->setClipToAxisRect(false);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setPositionAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    applyPalette();
    showMessage(tr("Loading…"));
}

void SpendChart::setSeries(const protocol::SpendSeries &series)
{
    if (series.days.isEmpty()) {
        showMessage(tr("No usage to show yet."));
        return;
    }
    QVector<double> keys;
    QVector<double> values;
    double peak = 0;
    for (const protocol::SpendDay &day : series.days) {
        // At the middle of the day, so the bar stands over its date.
        keys.append(double(day.day.startOfDay(Qt::UTC).toSecsSinceEpoch()) + kDay / 2);
        values.append(MoneyFormat::unitsFromCents(day.amount));
        peak = std::max(peak, values.constLast());
    }
    m_bars->setData(keys, values, true);
    m_barCount = int(series.days.size());
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new MoneyTicker(MoneyFormat::symbol(series.currency))));
    m_plot->xAxis->setRange(keys.first() - kDay, keys.last() + kDay);
    m_plot->xAxis->setTickLabels(true);
    m_plot->yAxis->setTickLabels(true);
    m_plot->yAxis->setRange(0, peak > 0 ? peak * 1.15 : 1);
    m_message->setText(peak > 0 ? QString() : tr("Nothing spent in these %1 days.").arg(series.days.size()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpendChart::showMessage(const QString &message)
{
    m_bars->data()->clear();
    m_barCount = 0;
    m_plot->yAxis->setRange(0, 1);
    m_plot->xAxis->setTickLabels(false);
    m_plot->yAxis->setTickLabels(false);
    m_message->setText(message);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

qint64 SpendChart::amountAt(int i) const
{
    return i < m_bars->data()->size() ? MoneyFormat::centsFromUnits(m_bars->data()->at(i)->value) : 0;
}

QString SpendChart::message() const
{
    return m_message->text();
}

void SpendChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void SpendChart::applyPalette()
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
    m_plot->xAxis->grid()->setVisible(false);
    const QColor bar = barColor(colors);
    m_bars->setPen(QPen(bar, 1));
    QColor fill = bar;
    fill.setAlpha(170);
    m_bars->setBrush(fill);
    m_message->setColor(colors.color(QPalette::PlaceholderText));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace sc::ui
