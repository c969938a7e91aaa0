// How long the Marketplace's price chart takes to redraw a 1,000,000-point
// price series offscreen: through PriceChart (MinMaxDecimator: the lowest and
// highest price of each pixel column, recomputed on every zoom and pan) and,
// as the baseline, the same points handed to a plain QCPGraph (with and
// without QCustomPlot's own adaptive sampling).
//
//   QT_QPA_PLATFORM=offscreen bench_chart [points]
//
// Target: ≤ 20 ms per redraw of the adapter with 1 M points.
#include "ui/market/PriceChart.h"
#include "ui/market/QCustomPlotInclude.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using sc::ui::PriceChart;

namespace {

constexpr QSize kChartSize(1200, 700);
constexpr double kTargetMs = 20.0;

struct Series
{
    QVector<double> keys;
    QVector<double> values;
};

// A random walk of prices per hour, one point every 2.6 s: 30 days in a million points.
Series randomWalk(int points)
{
    Series series;
    series.keys.resize(points);
    series.values.resize(points);
    QRandomGenerator random(42);
    const double start = 1'790'000'000.0;
    double price = 0.40;
    for (int i = 0; i < points; ++i) {
        price = std::clamp(price + (random.generateDouble() - 0.5) * 0.004, 0.05, 2.0);
        series.keys[i] = start + i * (30.0 * 86'400.0 / points);
        series.values[i] = price;
    }
    return series;
}

struct Timing
{
    double median = 0;
    double worst = 0;
};

Timing measure(int runs, const std::function<void(int)> &step)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        step(run);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}

void report(const char *what, const Timing &timing)
{
    std::printf("  %-52s median %8.2f ms   worst %8.2f ms\n", what, timing.median, timing.worst);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int points = argc > 1 ? std::max(2, QByteArray(argv[1]).toInt()) : 1'000'000;
    const Series series = randomWalk(points);
    std::printf("bench_chart: %d points, %dx%d px, platform %s\n",
                points,
                kChartSize.width(),
                kChartSize.height(),
                qPrintable(QGuiApplication::platformName()));

    // The adapter, as the Marketplace page uses it.
    PriceChart chart;
    chart.resize(kChartSize);
    chart.show();
    QCoreApplication::processEvents();
    QElapsedTimer load;
    load.start();
    chart.setPriceSeries(series.keys, series.values);
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    chart.redraw();
    QCoreApplication::processEvents();
    QCPAxis *time = chart.plot()->axisRect()->axis(QCPAxis::atBottom);
    const QCPRange full = time->range();

    std::printf("PriceChart (min/max per pixel column):\n");
    std::printf("  %-52s          %8.2f ms\n", "setPriceSeries (copy, min/max pyramid)", loadMs);
    const Timing same = measure(50, [&](int) { chart.redraw(); });
    report("redraw, whole range", same);
    const Timing pan = measure(50, [&](int run) {
        const double shift = full.size() * 0.01 * (run % 2 == 0 ? 1 : -1);
        time->setRange(time->range().lower + shift, time->range().upper + shift);
        chart.redraw();
    });
    report("pan 1 % and redraw (decimate + replot)", pan);
    const Timing zoom = measure(50, [&](int run) {
        const double factor = run % 2 == 0 ? 0.8 : 1.25;
        time->scaleRange(factor, time->range().center());
        chart.redraw();
    });
    report("zoom 20 % and redraw (decimate + replot)", zoom);
    time->setRange(full);
    const Timing reset = measure(20, [&](int run) {
        time->setRange(run % 2 == 0 ? QCPRange(full.lower, full.lower + full.size() / 100) : full);
        chart.redraw();
    });
    report("jump between 1 % and 100 % of the range", reset);
    std::printf("  points drawn after decimation: %d\n", chart.linePointCount());

    // Baseline: every point handed to QCustomPlot.
    QCustomPlot naive;
    naive.resize(chart.plot()->size());
    naive.show();
    QCPGraph *graph = naive.addGraph();
    graph->setData(series.keys, series.values, true);
    naive.rescaleAxes();
    std::printf("Naive QCPGraph with all points:\n");
    graph->setAdaptiveSampling(false);
    report("redraw, adaptive sampling off", measure(5, [&](int) { naive.replot(QCustomPlot::rpImmediateRefresh); }));
    graph->setAdaptiveSampling(true);
    naive.replot(QCustomPlot::rpImmediateRefresh);
    report("redraw, QCustomPlot's adaptive sampling",
           measure(20, [&](int) { naive.replot(QCustomPlot::rpImmediateRefresh); }));

    const double worstMedian = std::max({same.median, pan.median, zoom.median});
    std::printf("Target: redraw of %d points <= %.0f ms: %s (median %.2f ms)\n",
                points,
                kTargetMs,
                worstMedian <= kTargetMs ? "met" : "MISSED",
                worstMedian);
    return worstMedian <= kTargetMs ? 0 : 1;
}
