#include "ui/market/DepthChart.h"
#include "ui/market/MinMaxDecimator.h"
#include "ui/market/PriceChart.h"
#include "ui/market/QCustomPlotInclude.h"

#include <QAbstractButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::ui::DepthChart;
using sc::ui::MinMaxDecimator;
using sc::ui::PriceChart;

namespace {

QList<sc::protocol::Candle> hourlyCandles(int count, const QDateTime &start)
{
    QList<sc::protocol::Candle> candles;
    for (int i = 0; i < count; ++i) {
        const qint64 open = 40 + i % 5;
        candles.append({start.addSecs(3600 * i), open, open + 3, open - 2, open + (i % 2 ? 1 : -1), 1 + i % 3});
    }
    return candles;
}

} // namespace

class tst_PriceChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decimatorKeepsEveryColumnsExtremes_data();
    void decimatorKeepsEveryColumnsExtremes();
    void decimatorPassesSmallRangesThrough();
    void candlesAndVolume();
    void denseCandlesBecomeALine();
    void millionPointsAreDecimatedToThePixelWidth();
    void rangeButtonsAskForOtherCandles();
    void depthIsCumulative();
};

void tst_PriceChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_PriceChart::decimatorKeepsEveryColumnsExtremes_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("columns");
    QTest::newRow("odd count") << 10'001 << 37;
    QTest::newRow("power of two") << 4'096 << 100;
    QTest::newRow("one column") << 999 << 1;
}

void tst_PriceChart::decimatorKeepsEveryColumnsExtremes()
{
    QFETCH(int, points);
    QFETCH(int, columns);
    QVector<double> keys(points), values(points);
    QRandomGenerator random(7);
    for (int i = 0; i < points; ++i) {
        keys[i] = i * 0.5;
        values[i] = random.generateDouble() * 100;
    }
    MinMaxDecimator decimator;
    decimator.setData(keys, values);

    // Every range of indices: the pyramid's answer equals a plain scan.
    for (int run = 0; run < 200; ++run) {
        const qsizetype from = random.bounded(points);
        const qsizetype to = from + 1 + random.bounded(int(points - from));
        const auto [low, high] = std::minmax_element(values.cbegin() + from, values.cbegin() + to);
        const MinMaxDecimator::Extent extent = decimator.extent(from, to);
        QCOMPARE(extent.min, *low);
        QCOMPARE(extent.max, *high);
    }

    // A window inside the data: at most two points per column plus one neighbour on either side,
    // and the window's lowest and highest values are among them.
    const double lower = keys.at(points / 10);
    const double upper = keys.at(points - points / 10);
    QVector<double> outKeys, outValues;
    decimator.decimate(lower, upper, columns, outKeys, outValues);
    QVERIFY(outKeys.size() <= 2 * columns + 2);
    QVERIFY(std::is_sorted(outKeys.cbegin(), outKeys.cend()));
    QCOMPARE(outKeys.constFirst(), keys.at(points / 10 - 1));
    QCOMPARE(outKeys.constLast(), keys.at(points - points / 10 + 1));
    const auto [low, high] = std::minmax_element(values.cbegin() + points / 10,
                                                 values.cbegin() + points - points / 10 + 1);
    QVERIFY(outValues.contains(*low));
    QVERIFY(outValues.contains(*high));
}

void tst_PriceChart::decimatorPassesSmallRangesThrough()
{
    MinMaxDecimator decimator;
    decimator.setData({1, 2, 3, 4, 5}, {10, 20, 30, 40, 50});
    QVector<double> keys, values;
    decimator.decimate(2, 4, 100, keys, values);
    QCOMPARE(keys, (QVector<double>{1, 2, 3, 4, 5})); // the three inside and a neighbour each side
    QCOMPARE(values, (QVector<double>{10, 20, 30, 40, 50}));
    decimator.decimate(10, 20, 100, keys, values);
    QCOMPARE(keys, QVector<double>{5}); // only the neighbour on the left
    decimator.clear();
    decimator.decimate(0, 10, 100, keys, values);
    QVERIFY(keys.isEmpty());
}

void tst_PriceChart::candlesAndVolume()
{
    PriceChart chart;
    chart.resize(900, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(!chart.message().isEmpty()); // nothing selected yet

    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    chart.setCandles(hourlyCandles(24, start), 3600, u"EUR"_s, start, start.addDays(1), false);
    QCOMPARE(chart.candleCount(), 24);
    QCOMPARE(chart.volumeBarCount(), 24);
    QVERIFY(!chart.isLineMode()); // 24 candles in 900 px are wide enough
    QVERIFY(chart.message().isEmpty());
    // The price axis shows the candles' range (in euros), not 0 to 1.
    QCPAxis *prices = chart.plot()->axisRect(0)->axis(QCPAxis::atLeft);
    QVERIFY(prices->range().lower <= 0.38 && prices->range().upper >= 0.47);

    // Zoomed in by the user: a refresh keeps the view.
    QCPAxis *time = chart.plot()->axisRect(0)->axis(QCPAxis::atBottom);
    const QCPRange zoomed(double(start.toSecsSinceEpoch()), double(start.addSecs(6 * 3600).toSecsSinceEpoch()));
    time->setRange(zoomed);
    chart.setCandles(hourlyCandles(25, start), 3600, u"EUR"_s, start, start.addDays(1), true);
    QCOMPARE(chart.candleCount(), 25);
    QCOMPARE(time->range().lower, zoomed.lower);
    QCOMPARE(chart.plot()->axisRect(1)->axis(QCPAxis::atBottom)->range().upper, zoomed.upper); // volume follows

    chart.setCandles({}, 3600, u"EUR"_s, start, start.addDays(1), false);
    QCOMPARE(chart.candleCount(), 0);
    QCOMPARE(chart.message(), u"No trades in this period"_s);
}

void tst_PriceChart::denseCandlesBecomeALine()
{
    PriceChart chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
    chart.setCandles(hourlyCandles(1440, start), 3600, u"EUR"_s, start, start.addDays(60), false);
    chart.redraw();
    QTRY_VERIFY(chart.isLineMode()); // 1,440 candles in about 600 px
    QVERIFY(chart.linePointCount() > 0);
    QVERIFY(chart.linePointCount() <= 2 * chart.width() + 2);
    // Zoomed in far enough, the candles come back.
    QCPAxis *time = chart.plot()->axisRect(0)->axis(QCPAxis::atBottom);
    time->setRange(double(start.toSecsSinceEpoch()), double(start.addDays(1).toSecsSinceEpoch()));
    QVERIFY(!chart.isLineMode());
}

void tst_PriceChart::millionPointsAreDecimatedToThePixelWidth()
{
    PriceChart chart;
    chart.resize(1000, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    constexpr int kPoints = 1'000'000;
    QVector<double> keys(kPoints), values(kPoints);
    for (int i = 0; i < kPoints; ++i) {
        keys[i] = 1'790'000'000.0 + i;
        values[i] = 0.4 + (i % 1000) / 10'000.0;
    }
    chart.setPriceSeries(keys, values);
    chart.redraw();
    QVERIFY(chart.isLineMode());
    QVERIFY(chart.linePointCount() > 0);
    QVERIFY2(chart.linePointCount() <= 2 * chart.width() + 2, qPrintable(QString::number(chart.linePointCount())));
    QCOMPARE(chart.candleCount(), 0);
}

void tst_PriceChart::rangeButtonsAskForOtherCandles()
{
    PriceChart chart;
    QSignalSpy changed(&chart, &PriceChart::rangeChanged);
    chart.show();
    auto *month = chart.findChild<QAbstractButton *>(u"range30dButton"_s);
    QVERIFY(month);
    QTest::mouseClick(month, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<PriceChart::Range>(), PriceChart::Range::Month);
    QCOMPARE(chart.range(), PriceChart::Range::Month);
    QTest::mouseClick(month, Qt::LeftButton); // the same range again asks for nothing
    QCOMPARE(changed.size(), 1);
    QCOMPARE(PriceChart::rangeSeconds(PriceChart::Range::Day), qint64(86'400));
}

void tst_PriceChart::depthIsCumulative()
{
    DepthChart chart;
    chart.show();
    sc::protocol::Depth depth;
    depth.instanceType = u"g1.small"_s;
    depth.region = u"eu-de-fra"_s;
    depth.bids = {{40, 2, 1}, {38, 3, 2}};
    depth.asks = {{42, 1, 1}, {45, 4, 1}, {50, 2, 1}};
    chart.setDepth(depth, u"EUR"_s);
    // Each side's levels plus one point that runs on to the chart's edge.
    QCOMPARE(chart.bidPointCount(), 3);
    QCOMPARE(chart.askPointCount(), 4);
    auto *plot = chart.findChild<QCustomPlot *>(u"depthChartPlot"_s);
    QVERIFY(plot);
    const auto asks = plot->graph(1)->data();
    QCOMPARE(asks->at(0)->value, 1.0); // at the best ask: 1 slot
    QCOMPARE(asks->at(1)->value, 5.0); // up to €0.45: 1 + 4
    QCOMPARE(asks->at(2)->value, 7.0);
    const auto bids = plot->graph(0)->data();
    QCOMPARE(bids->at(bids->size() - 1)->value, 2.0); // at the best bid: 2 slots
    QCOMPARE(bids->at(bids->size() - 2)->value, 5.0);
    QVERIFY2(chart.summary().contains(u"Spread €0.02"_s), qPrintable(chart.summary()));

    chart.setDepth({}, u"EUR"_s);
    QCOMPARE(chart.bidPointCount(), 0);
    QCOMPARE(chart.askPointCount(), 0);
}

QTEST_MAIN(tst_PriceChart)
#include "tst_pricechart.moc"
