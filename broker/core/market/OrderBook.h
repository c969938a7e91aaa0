#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace sc::broker::market {

using Price = long long;       // minor currency units per slot-hour (qint64)
using Quantity = long long;    // slots
using OrderId = std::uint64_t; // the caller's id, echoed in fills

enum class Side : std::uint8_t { Buy, Sell };
enum class TimeInForce : std::uint8_t {
    GoodTillCancelled, // rest what does not fill
    ImmediateOrCancel, // fill what can be filled now, drop the rest
    FillOrKill,        // fill all now or nothing
};

// One match: the taker (incoming) order against a resting (maker) order, at
// the resting order's price.
struct Fill
{
    OrderId taker;
    OrderId maker;
    Price price;
    Quantity quantity;
    bool makerDone; // the resting order is now fully filled
};

// A place in the book that makes cancel O(1): the slot in the order pool and
// its generation (a stale handle of a reused slot is recognised).
struct OrderHandle
{
    std::uint32_t slot = UINT32_MAX;
    std::uint32_t generation = 0;
    bool isValid() const { return slot != UINT32_MAX; }
};

struct DepthLevel
{
    Price price;
    Quantity quantity;
    std::uint32_t orders;
};

// The in-memory matching core of one instrument: price-time priority, the
// trade at the resting order's price, partial fills. Orders live in a pool
// and each price level is an intrusive FIFO list, so adding at a level and
// cancelling anywhere in its queue are O(1); levels are kept in sorted
// vectors with the best price last, so the best level is found in O(1) and a
// new level costs a short move. Each level keeps its total quantity, so the
// top of the book (depth) is always current. Not thread-safe: one owner.
class OrderBook
{
public:
    struct Result
    {
        Quantity filled = 0;
        Quantity rested = 0; // left in the book (GTC only)
        OrderHandle handle;  // valid when something rested
        bool killed = false; // FOK that could not fill completely
    };

    // Decides whether a resting order may trade with the incoming one (a bid's
    // minimum provider rating, a buyer never trading with itself). Empty: all.
    using Eligibility = std::function<bool(OrderId maker)>;

    OrderBook();

    // Matches the order against the other side, then (GTC) rests what is left.
    // Fills are appended to `fills` (cleared first).
    Result submit(OrderId id, Side side, Price limit, Quantity quantity, TimeInForce timeInForce,
                  std::vector<Fill> &fills, const Eligibility &eligible = {});

    // Puts an order straight into the book without matching (rebuilding the
    // book from the database after a restart). Must not cross.
    OrderHandle restore(OrderId id, Side side, Price limit, Quantity quantity);

    // Removes a resting order; false when it is no longer in the book.
    bool cancel(OrderHandle handle);
    // Lowers a resting order's quantity keeping its place in the queue (a
    // raise or a price change is a cancel and a new order).
    bool reduce(OrderHandle handle, Quantity newQuantity);

    Quantity remaining(OrderHandle handle) const;
    // How much an order could fill now (what fill-or-kill checks), counting
    // at most `wanted`.
    Quantity fillable(Side takerSide, Price limit, Quantity wanted, const Eligibility &eligible = {}) const
    {
        return fillableQuantity(takerSide, limit, wanted, eligible);
    }
    // The best price on `side` with at least one eligible order.
    bool bestEligible(Side side, Price &price, const Eligibility &eligible) const;
    bool bestBid(Price &price) const;
    bool bestAsk(Price &price) const;
    // Up to `levels` levels from the best outward.
    void depth(Side side, std::size_t levels, std::vector<DepthLevel> &out) const;
    std::size_t orderCount() const { return m_liveOrders; }
    std::size_t levelCount(Side side) const;

    // Visits resting orders best price first, in time order within a level.
    void forEachOrder(Side side, const std::function<void(OrderId, Price, Quantity)> &visit) const;

private:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    struct Node
    {
        OrderId id = 0;
        Quantity quantity = 0;
        std::uint32_t level = kNone; // index into m_levels, kNone when free
        std::uint32_t previous = kNone;
        std::uint32_t next = kNone;
        std::uint32_t generation = 0;
    };

    struct Level
    {
        Price price = 0;
        Quantity quantity = 0;
        std::uint32_t orders = 0;
        std::uint32_t head = kNone;
        std::uint32_t tail = kNone;
        Side side = Side::Buy;
    };

    struct LevelRef
    {
        Price price;
        std::uint32_t level;
    };

    std::uint32_t allocateNode();
    void releaseNode(std::uint32_t slot);
    std::uint32_t levelFor(Side side, Price price);
    void removeLevel(std::uint32_t level);
    void unlink(std::uint32_t slot);
    OrderHandle rest(OrderId id, Side side, Price price, Quantity quantity);
    Quantity fillableQuantity(Side side, Price limit, Quantity wanted, const Eligibility &eligible) const;
    // Sorted so the best price is last: bids ascending, asks descending.
    std::vector<LevelRef> &sideLevels(Side side) { return side == Side::Buy ? m_bids : m_asks; }
    const std::vector<LevelRef> &sideLevels(Side side) const { return side == Side::Buy ? m_bids : m_asks; }

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_freeNodes;
    std::vector<Level> m_levels;
    std::vector<std::uint32_t> m_freeLevels;
    std::vector<LevelRef> m_bids;
    std::vector<LevelRef> m_asks;
    std::size_t m_liveOrders = 0;
};

} // namespace sc::broker::market
