#include "ReferenceOrderBook.h"
#include "core/market/OrderBook.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <unordered_map>

using namespace sc::broker::market;
using sc::test::ReferenceOrderBook;

namespace {

std::vector<std::pair<Price, Quantity>> depthOf(const OrderBook &book, Side side)
{
    std::vector<DepthLevel> levels;
    book.depth(side, 1'000'000, levels);
    std::vector<std::pair<Price, Quantity>> out;
    for (const DepthLevel &level : levels)
        out.emplace_back(level.price, level.quantity);
    return out;
}

} // namespace

class tst_OrderBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tradeAtRestingPrice();
    void priceTimePriority();
    void partialFillRestsTheRest();
    void immediateOrCancelNeverRests();
    void fillOrKillIsAllOrNothing();
    void cancelIsExactAndStaleHandlesAreRefused();
    void reduceKeepsQueuePlace();
    void eligibilitySkipsWithoutLosingPriority();
    void depthIsCurrent();
    void randomizedAgainstReference_data();
    void randomizedAgainstReference();
};

void tst_OrderBook::tradeAtRestingPrice()
{
    OrderBook book;
    std::vector<Fill> fills;
    book.submit(1, Side::Sell, 100, 5, TimeInForce::GoodTillCancelled, fills);
    const auto result = book.submit(2, Side::Buy, 120, 3, TimeInForce::GoodTillCancelled, fills);
    QCOMPARE(result.filled, 3);
    QCOMPARE(fills.size(), 1u);
    QCOMPARE(fills[0].price, 100);
    QCOMPARE(fills[0].maker, 1u);
    QCOMPARE(fills[0].taker, 2u);
    QVERIFY(!fills[0].makerDone);
    Price ask = 0;
    QVERIFY(book.bestAsk(ask));
    QCOMPARE(ask, 100);
    Price bid = 0;
    QVERIFY(!book.bestBid(bid));
}

void tst_OrderBook::priceTimePriority()
{
    OrderBook book;
    std::vector<Fill> fills;
    book.submit(1, Side::Sell, 101, 1, TimeInForce::GoodTillCancelled, fills);
    book.submit(2, Side::Sell, 100, 1, TimeInForce::GoodTillCancelled, fills);
    book.submit(3, Side::Sell, 100, 1, TimeInForce::GoodTillCancelled, fills);
    book.submit(4, Side::Buy, 101, 3, TimeInForce::GoodTillCancelled, fills);
    QCOMPARE(fills.size(), 3u);
    QCOMPARE(fills[0].maker, 2u); // best price first
    QCOMPARE(fills[1].maker, 3u); // then time at that price
    QCOMPARE(fills[2].maker, 1u);
    QCOMPARE(fills[2].price, 101);
}

void tst_OrderBook::partialFillRestsTheRest()
{
    OrderBook book;
    std::vector<Fill> fills;
    book.submit(1, Side::Sell, 100, 2, TimeInForce::GoodTillCancelled, fills);
    const auto result = book.submit(2, Side::Buy, 100, 5, TimeInForce::GoodTillCancelled, fills);
    QCOMPARE(result.filled, 2);
    QCOMPARE(result.rested, 3);
    QVERIFY(result.handle.isValid());
    QCOMPARE(book.remaining(result.handle), 3);
    Price bid = 0;
    QVERIFY(book.bestBid(bid));
    QCOMPARE(bid, 100);
}

void tst_OrderBook::immediateOrCancelNeverRests()
{
    OrderBook book;
    std::vector<Fill> fills;
    book.submit(1, Side::Sell, 100, 2, TimeInForce::GoodTillCancelled, fills);
    const auto result = book.submit(2, Side::Buy, 100, 5, TimeInForce::ImmediateOrCancel, fills);
    QCOMPARE(result.filled, 2);
    QCOMPARE(result.rested, 0);
    QCOMPARE(book.orderCount(), 0u);
}

void tst_OrderBook::fillOrKillIsAllOrNothing()
{
    OrderBook book;
    std::vector<Fill> fills;
    book.submit(1, Side::Sell, 100, 2, TimeInForce::GoodTillCancelled, fills);
    book.submit(2, Side::Sell, 105, 2, TimeInForce::GoodTillCancelled, fills);
    auto killed = book.submit(3, Side::Buy, 104, 3, TimeInForce::FillOrKill, fills);
    QVERIFY(killed.killed);
    QVERIFY(fills.empty());
    QCOMPARE(book.orderCount(), 2u);
    auto filled = book.submit(4, Side::Buy, 105, 3, TimeInForce::FillOrKill, fills);
    QVERIFY(!filled.killed);
    QCOMPARE(filled.filled, 3);
}

void tst_OrderBook::cancelIsExactAndStaleHandlesAreRefused()
{
    OrderBook book;
    std::vector<Fill> fills;
    const auto a = book.submit(1, Side::Buy, 100, 1, TimeInForce::GoodTillCancelled, fills).handle;
    const auto b = book.submit(2, Side::Buy, 100, 1, TimeInForce::GoodTillCancelled, fills).handle;
    QVERIFY(book.cancel(a));
    QVERIFY(!book.cancel(a));
    // The freed slot is reused by a new order; the old handle must not reach it.
    const auto c = book.submit(3, Side::Buy, 99, 1, TimeInForce::GoodTillCancelled, fills).handle;
    QCOMPARE(c.slot, a.slot);
    QVERIFY(!book.cancel(a));
    QCOMPARE(book.remaining(c), 1);
    QVERIFY(book.cancel(b));
    QCOMPARE(book.levelCount(Side::Buy), 1u);
    QVERIFY(!book.cancel(OrderHandle{}));
}

void tst_OrderBook::reduceKeepsQueuePlace()
{
    OrderBook book;
    std::vector<Fill> fills;
    const auto first = book.submit(1, Side::Sell, 100, 5, TimeInForce::GoodTillCancelled, fills).handle;
    book.submit(2, Side::Sell, 100, 5, TimeInForce::GoodTillCancelled, fills);
    QVERIFY(book.reduce(first, 2));
    QVERIFY2(!book.reduce(first, 3), "raising is a new order, not a reduce");
    book.submit(3, Side::Buy, 100, 1, TimeInForce::GoodTillCancelled, fills);
    QCOMPARE(fills[0].maker, 1u);
    std::vector<DepthLevel> depth;
    book.depth(Side::Sell, 5, depth);
    QCOMPARE(depth[0].quantity, 6);
}

void tst_OrderBook::eligibilitySkipsWithoutLosingPriority()
{
    OrderBook book;
    std::vector<Fill> fills;
    book.submit(1, Side::Sell, 100, 1, TimeInForce::GoodTillCancelled, fills); // low-rated provider
    book.submit(2, Side::Sell, 101, 1, TimeInForce::GoodTillCancelled, fills);
    const auto result = book.submit(
        3, Side::Buy, 101, 1, TimeInForce::ImmediateOrCancel, fills, [](OrderId maker) { return maker != 1; });
    QCOMPARE(result.filled, 1);
    QCOMPARE(fills[0].maker, 2u);
    // The skipped order still rests at the front.
    book.submit(4, Side::Buy, 101, 1, TimeInForce::ImmediateOrCancel, fills);
    QCOMPARE(fills[0].maker, 1u);
}

void tst_OrderBook::depthIsCurrent()
{
    OrderBook book;
    std::vector<Fill> fills;
    for (OrderId id = 1; id <= 10; ++id)
        book.submit(id, Side::Buy, Price(100 - id % 5), 10, TimeInForce::GoodTillCancelled, fills);
    std::vector<DepthLevel> depth;
    book.depth(Side::Buy, 3, depth);
    QCOMPARE(depth.size(), 3u);
    QCOMPARE(depth[0].price, 100);
    QCOMPARE(depth[0].quantity, 20);
    QCOMPARE(depth[0].orders, 2u);
    QCOMPARE(depth[1].price, 99);
    book.submit(99, Side::Sell, 100, 15, TimeInForce::GoodTillCancelled, fills);
    book.depth(Side::Buy, 3, depth);
    QCOMPARE(depth[0].price, 100);
    QCOMPARE(depth[0].quantity, 5);
}

void tst_OrderBook::randomizedAgainstReference_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2026u, 99991u})
        QTest::addRow("seed %u", seed) << seed;
}

void tst_OrderBook::randomizedAgainstReference()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    OrderBook book;
    ReferenceOrderBook reference;
    std::vector<Fill> fills;
    std::vector<Fill> expected;
    std::unordered_map<OrderId, OrderHandle> handles;
    std::unordered_map<OrderId, std::pair<Side, Price>> limits;
    std::unordered_map<OrderId, Quantity> submitted;
    std::unordered_map<OrderId, Quantity> traded;
    std::vector<OrderId> live;
    Quantity totalSubmitted = 0;
    Quantity totalDropped = 0;
    Quantity totalCancelled = 0;
    Quantity totalTraded = 0;

    for (OrderId id = 1; id <= 20'000; ++id) {
        const int action = int(random.bounded(100));
        if (action < 25 && !live.empty()) {
            const std::size_t pick = random.bounded(quint32(live.size()));
            const OrderId victim = live[pick];
            live[pick] = live.back();
            live.pop_back();
            const Quantity left = book.remaining(handles[victim]);
            const bool cancelled = book.cancel(handles[victim]);
            QCOMPARE(cancelled, reference.cancel(victim));
            if (cancelled)
                totalCancelled += left;
            continue;
        }
        const Side side = random.bounded(2) ? Side::Buy : Side::Sell;
        const Price price = side == Side::Buy ? 1880 + random.bounded(10) : 1884 + random.bounded(10);
        const Quantity quantity = 1 + random.bounded(20);
        const int tifRoll = int(random.bounded(10));
        const TimeInForce tif = tifRoll < 7   ? TimeInForce::GoodTillCancelled
                                : tifRoll < 9 ? TimeInForce::ImmediateOrCancel
                                              : TimeInForce::FillOrKill;
        const auto result = book.submit(id, side, price, quantity, tif, fills);
        const Quantity referenceFilled = reference.submit(id, side, price, quantity, tif, expected);
        QCOMPARE(result.filled, referenceFilled);
        QCOMPARE(fills.size(), expected.size());
        for (std::size_t i = 0; i < fills.size(); ++i) {
            QCOMPARE(fills[i].maker, expected[i].maker);
            QCOMPARE(fills[i].price, expected[i].price);
            QCOMPARE(fills[i].quantity, expected[i].quantity);
            // No trade outside either side's limit.
            const auto &[makerSide, makerLimit] = limits[fills[i].maker];
            QVERIFY(makerSide != side);
            QCOMPARE(fills[i].price, makerLimit);
            QVERIFY(side == Side::Buy ? fills[i].price <= price : fills[i].price >= price);
            traded[fills[i].maker] += fills[i].quantity;
            // No slot sold twice: a maker never trades more than it offered.
            QVERIFY(traded[fills[i].maker] <= submitted[fills[i].maker]);
            totalTraded += fills[i].quantity;
        }
        submitted[id] = quantity;
        limits[id] = {side, price};
        totalSubmitted += quantity;
        if (result.handle.isValid()) {
            handles[id] = result.handle;
            live.push_back(id);
        }
        totalDropped += quantity - result.filled - result.rested;
        QCOMPARE(depthOf(book, Side::Buy), reference.depth(Side::Buy));
        QCOMPARE(depthOf(book, Side::Sell), reference.depth(Side::Sell));
    }

    // Conservation: every submitted slot was traded (by both sides), rests,
    // was cancelled, or was dropped (IOC remainder, FOK kill).
    Quantity resting = 0;
    for (const auto &level : depthOf(book, Side::Buy))
        resting += level.second;
    for (const auto &level : depthOf(book, Side::Sell))
        resting += level.second;
    QCOMPARE(totalSubmitted, 2 * totalTraded + resting + totalCancelled + totalDropped);

    // A book rebuilt from its resting orders equals the original.
    OrderBook rebuilt;
    for (Side side : {Side::Buy, Side::Sell}) {
        book.forEachOrder(
            side, [&](OrderId id, Price price, Quantity quantity) { rebuilt.restore(id, side, price, quantity); });
    }
    QCOMPARE(depthOf(rebuilt, Side::Buy), depthOf(book, Side::Buy));
    QCOMPARE(depthOf(rebuilt, Side::Sell), depthOf(book, Side::Sell));
    std::vector<std::tuple<OrderId, Price, Quantity>> original, restored;
    book.forEachOrder(Side::Sell, [&](OrderId id, Price p, Quantity q) { original.emplace_back(id, p, q); });
    rebuilt.forEachOrder(Side::Sell, [&](OrderId id, Price p, Quantity q) { restored.emplace_back(id, p, q); });
    QVERIFY(original == restored);
}

QTEST_GUILESS_MAIN(tst_OrderBook)
#include "tst_orderbook.moc"
