// Order book benchmark: market::OrderBook against the obvious std::map +
// std::list book (tests/support/ReferenceOrderBook.h), same order streams,
// same run. Prints operations per second and the ratio.
//
//   build/bin/bench_orderbook [orders]
#include "ReferenceOrderBook.h"
#include "core/market/OrderBook.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace sc::broker::market;
using sc::test::ReferenceOrderBook;
using Clock = std::chrono::steady_clock;

namespace {

struct Order
{
    OrderId id;
    Side side;
    Price price;
    Quantity quantity;
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The stream the best public C++ order book library publishes figures for:
// alternating buy/sell limit orders, buys uniform in 1880..1889, sells in
// 1884..1893 (about half cross), quantities 1..100.
std::vector<Order> crossingStream(std::size_t count, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<Price> buyPrice(1880, 1889);
    std::uniform_int_distribution<Price> sellPrice(1884, 1893);
    std::uniform_int_distribution<Quantity> quantity(1, 100);
    std::vector<Order> orders;
    orders.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Side side = i % 2 == 0 ? Side::Buy : Side::Sell;
        orders.push_back(
            {OrderId(i + 1), side, side == Side::Buy ? buyPrice(random) : sellPrice(random), quantity(random)});
    }
    return orders;
}

double insertsFast(const std::vector<Order> &orders, std::size_t &tradesOut)
{
    OrderBook book;
    std::vector<Fill> fills;
    std::vector<DepthLevel> bidDepth, askDepth;
    fills.reserve(64);
    std::size_t trades = 0;
    const auto start = Clock::now();
    for (const Order &order : orders) {
        book.submit(order.id, order.side, order.price, order.quantity, TimeInForce::GoodTillCancelled, fills);
        trades += fills.size();
        // Keep a 5-level depth view current, as the published figure does.
        book.depth(Side::Buy, 5, bidDepth);
        book.depth(Side::Sell, 5, askDepth);
    }
    const double seconds = secondsSince(start);
    tradesOut = trades;
    return double(orders.size()) / seconds;
}

double insertsReference(const std::vector<Order> &orders)
{
    ReferenceOrderBook book;
    std::vector<Fill> fills;
    const auto start = Clock::now();
    for (const Order &order : orders)
        book.submit(order.id, order.side, order.price, order.quantity, TimeInForce::GoodTillCancelled, fills);
    return double(orders.size()) / secondsSince(start);
}

// Cancels with `perLevel` resting orders at each of `levels` prices, in
// random order, so most cancels hit the middle of a long queue.
template<typename Book, typename Submit, typename Cancel>
double cancels(std::size_t levels, std::size_t perLevel, Submit submit, Cancel cancel)
{
    Book book;
    std::vector<OrderId> ids;
    OrderId next = 1;
    for (std::size_t level = 0; level < levels; ++level) {
        for (std::size_t i = 0; i < perLevel; ++i) {
            submit(book, next, Price(1000 + level));
            ids.push_back(next++);
        }
    }
    std::shuffle(ids.begin(), ids.end(), std::mt19937_64(7));
    const auto start = Clock::now();
    for (OrderId id : ids)
        cancel(book, id);
    return double(ids.size()) / secondsSince(start);
}

struct MixResult
{
    double opsPerSecond;
    std::size_t adds, cancelled, crosses;
};

// A day in a busy instrument: 60 % new limit orders around the mid price,
// 30 % cancels of resting orders, 10 % marketable orders that cross.
MixResult realisticMix(std::size_t operations, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<int> roll(0, 99);
    std::uniform_int_distribution<Price> offset(1, 25);
    std::uniform_int_distribution<Quantity> quantity(1, 50);
    struct Step
    {
        int kind;
        Side side;
        Price price;
        Quantity quantity;
        std::size_t pick;
    };
    std::vector<Step> steps(operations);
    for (Step &step : steps)
        step = {roll(random),
                random() % 2 ? Side::Buy : Side::Sell,
                offset(random),
                quantity(random),
                std::size_t(random())};

    OrderBook book;
    std::vector<Fill> fills;
    std::vector<OrderHandle> live;
    live.reserve(operations);
    MixResult result{0, 0, 0, 0};
    const Price mid = 10'000;
    const auto start = Clock::now();
    OrderId id = 0;
    for (const Step &step : steps) {
        if (step.kind < 30 && !live.empty()) {
            const std::size_t pick = step.pick % live.size();
            book.cancel(live[pick]);
            live[pick] = live.back();
            live.pop_back();
            ++result.cancelled;
        } else if (step.kind < 40) {
            const Price limit = step.side == Side::Buy ? mid + 30 : mid - 30;
            book.submit(++id, step.side, limit, step.quantity, TimeInForce::ImmediateOrCancel, fills);
            ++result.crosses;
        } else {
            const Price price = step.side == Side::Buy ? mid - step.price : mid + step.price;
            const auto placed = book.submit(
                ++id, step.side, price, step.quantity, TimeInForce::GoodTillCancelled, fills);
            if (placed.handle.isValid())
                live.push_back(placed.handle);
            ++result.adds;
        }
    }
    result.opsPerSecond = double(operations) / secondsSince(start);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    const std::size_t count = argc > 1 ? std::size_t(std::strtoull(argv[1], nullptr, 10)) : 1'000'000;
    std::printf("order book benchmark (one instrument, one thread)\n");

    const auto stream = crossingStream(count, 2026);
    // Warm up once, then take the best of three runs of each.
    std::size_t trades = 0;
    insertsFast(stream, trades);
    double fast = 0, reference = 0;
    for (int run = 0; run < 3; ++run) {
        fast = std::max(fast, insertsFast(stream, trades));
        reference = std::max(reference, insertsReference(stream));
    }
    std::printf("inserts, %zu alternating limit orders (buys 1880-1889, sells 1884-1893), 5-level depth kept current:\n"
                "  OrderBook          %6.2f M/s  (%zu trades)\n"
                "  reference map+list %6.2f M/s\n"
                "  ratio              %6.1fx   target >= 3.5 M/s\n",
                count,
                fast / 1e6,
                trades,
                reference / 1e6,
                fast / reference);

    for (std::size_t perLevel : {10u, 500u, 5000u}) {
        const std::size_t levels = 20;
        const double fastCancels = cancels<OrderBook>(
            levels,
            perLevel,
            [](OrderBook &book, OrderId id, Price price) {
                static std::vector<Fill> fills;
                book.submit(id, Side::Buy, price, 1, TimeInForce::GoodTillCancelled, fills);
            },
            [](OrderBook &book, OrderId id) {
                // Handles are slot ids assigned in submission order on a fresh book.
                book.cancel(OrderHandle{std::uint32_t(id - 1), 0});
            });
        const double referenceCancels = cancels<ReferenceOrderBook>(
            levels,
            perLevel,
            [](ReferenceOrderBook &book, OrderId id, Price price) {
                static std::vector<Fill> fills;
                book.submit(id, Side::Buy, price, 1, TimeInForce::GoodTillCancelled, fills);
            },
            [](ReferenceOrderBook &book, OrderId id) { book.cancel(id); });
        std::printf("cancels, %zu orders per level x %zu levels, random order:\n"
                    "  OrderBook          %6.2f M/s\n"
                    "  reference map+list %6.2f M/s\n"
                    "  ratio              %6.1fx   target >= 3 M/s at any queue length\n",
                    perLevel,
                    levels,
                    fastCancels / 1e6,
                    referenceCancels / 1e6,
                    fastCancels / referenceCancels);
    }

    const MixResult mix = realisticMix(count * 2, 99);
    std::printf("realistic mix, %zu operations (%zu adds, %zu cancels, %zu crossing IOC orders):\n"
                "  OrderBook          %6.2f M ops/s\n",
                count * 2,
                mix.adds,
                mix.cancelled,
                mix.crosses,
                mix.opsPerSecond / 1e6);
    return 0;
}
