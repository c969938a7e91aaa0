#include "core/market/OrderBook.h"

#include <algorithm>
#include <cassert>

namespace sc::broker::market {

namespace {

// Bids are kept ascending and asks descending, so the best is always last.
bool before(Side side, Price a, Price b)
{
    return side == Side::Buy ? a < b : a > b;
}

bool crosses(Side takerSide, Price limit, Price resting)
{
    return takerSide == Side::Buy ? resting <= limit : resting >= limit;
}

Side opposite(Side side)
{
    return side == Side::Buy ? Side::Sell : Side::Buy;
}

} // namespace

OrderBook::OrderBook()
{
    m_nodes.reserve(1024);
    m_levels.reserve(256);
}

std::uint32_t OrderBook::allocateNode()
{
    if (!m_freeNodes.empty()) {
        const std::uint32_t slot = m_freeNodes.back();
        m_freeNodes.pop_back();
        return slot;
    }
    m_nodes.emplace_back();
    return std::uint32_t(m_nodes.size() - 1);
}

void OrderBook::releaseNode(std::uint32_t slot)
{
    Node &node = m_nodes[slot];
    node.level = kNone;
    ++node.generation;
    m_freeNodes.push_back(slot);
    --m_liveOrders;
}

std::uint32_t OrderBook::levelFor(Side side, Price price)
{
    std::vector<LevelRef> &levels = sideLevels(side);
    // Most orders arrive at or near the best price: look there first.
    if (!levels.empty() && levels.back().price == price)
        return levels.back().level;
    auto position = std::lower_bound(levels.begin(), levels.end(), price, [side](const LevelRef &ref, Price value) {
        return before(side, ref.price, value);
    });
    if (position != levels.end() && position->price == price)
        return position->level;

    std::uint32_t index;
    if (!m_freeLevels.empty()) {
        index = m_freeLevels.back();
        m_freeLevels.pop_back();
    } else {
        m_levels.emplace_back();
        index = std::uint32_t(m_levels.size() - 1);
    }
    m_levels[index] = Level{price, 0, 0, kNone, kNone, side};
    levels.insert(position, LevelRef{price, index});
    return index;
}

void OrderBook::removeLevel(std::uint32_t index)
{
    const Level &level = m_levels[index];
    std::vector<LevelRef> &levels = sideLevels(level.side);
    if (!levels.empty() && levels.back().level == index) {
        levels.pop_back();
    } else {
        auto position = std::lower_bound(
            levels.begin(), levels.end(), level.price, [side = level.side](const LevelRef &ref, Price value) {
                return before(side, ref.price, value);
            });
        assert(position != levels.end() && position->level == index);
        levels.erase(position);
    }
    m_freeLevels.push_back(index);
}

void OrderBook::unlink(std::uint32_t slot)
{
    Node &node = m_nodes[slot];
    Level &level = m_levels[node.level];
    if (node.previous != kNone)
        m_nodes[node.previous].next = node.next;
    else
        level.head = node.next;
    if (node.next != kNone)
        m_nodes[node.next].previous = node.previous;
    else
        level.tail = node.previous;
    level.quantity -= node.quantity;
    --level.orders;
}

OrderHandle OrderBook::rest(OrderId id, Side side, Price price, Quantity quantity)
{
    const std::uint32_t levelIndex = levelFor(side, price);
    const std::uint32_t slot = allocateNode();
    Node &node = m_nodes[slot];
    Level &level = m_levels[levelIndex];
    node.id = id;
    node.quantity = quantity;
    node.level = levelIndex;
    node.previous = level.tail;
    node.next = kNone;
    if (level.tail != kNone)
        m_nodes[level.tail].next = slot;
    else
        level.head = slot;
    level.tail = slot;
    level.quantity += quantity;
    ++level.orders;
    ++m_liveOrders;
    return OrderHandle{slot, node.generation};
}

Quantity OrderBook::fillableQuantity(Side side, Price limit, Quantity wanted, const Eligibility &eligible) const
{
    const std::vector<LevelRef> &levels = sideLevels(opposite(side));
    Quantity available = 0;
    for (auto it = levels.rbegin(); it != levels.rend() && available < wanted; ++it) {
        if (!crosses(side, limit, it->price))
            break;
        const Level &level = m_levels[it->level];
        if (!eligible) {
            available += level.quantity;
            continue;
        }
        for (std::uint32_t slot = level.head; slot != kNone && available < wanted; slot = m_nodes[slot].next) {
            if (eligible(m_nodes[slot].id))
                available += m_nodes[slot].quantity;
        }
    }
    return available;
}

OrderBook::Result OrderBook::submit(OrderId id, Side side, Price limit, Quantity quantity, TimeInForce timeInForce,
                                    std::vector<Fill> &fills, const Eligibility &eligible)
{
    fills.clear();
    Result result;
    if (quantity <= 0)
        return result;
    if (timeInForce == TimeInForce::FillOrKill && fillableQuantity(side, limit, quantity, eligible) < quantity) {
        result.killed = true;
        return result;
    }

    std::vector<LevelRef> &levels = sideLevels(opposite(side));
    Quantity left = quantity;
    // Walk levels from the best; a level is only skipped (not emptied) when
    // none of its orders is eligible.
    std::size_t position = levels.size();
    while (left > 0 && position > 0) {
        const LevelRef ref = levels[position - 1];
        if (!crosses(side, limit, ref.price))
            break;
        Level &level = m_levels[ref.level];
        std::uint32_t slot = level.head;
        while (slot != kNone && left > 0) {
            Node &maker = m_nodes[slot];
            const std::uint32_t next = maker.next;
            if (eligible && !eligible(maker.id)) {
                slot = next;
                continue;
            }
            const Quantity traded = std::min(left, maker.quantity);
            left -= traded;
            const bool makerDone = traded == maker.quantity;
            fills.push_back(Fill{id, maker.id, ref.price, traded, makerDone});
            if (makerDone) {
                unlink(slot);
                releaseNode(slot);
            } else {
                maker.quantity -= traded;
                level.quantity -= traded;
            }
            slot = next;
        }
        if (level.orders == 0) {
            // The level is at `position - 1`; usually the last one.
            if (position == levels.size()) {
                levels.pop_back();
                m_freeLevels.push_back(ref.level);
            } else {
                levels.erase(levels.begin() + std::ptrdiff_t(position - 1));
                m_freeLevels.push_back(ref.level);
            }
        }
        --position;
    }

    result.filled = quantity - left;
    if (left > 0 && timeInForce == TimeInForce::GoodTillCancelled) {
        result.handle = rest(id, side, limit, left);
        result.rested = left;
    }
    return result;
}

OrderHandle OrderBook::restore(OrderId id, Side side, Price limit, Quantity quantity)
{
    if (quantity <= 0)
        return {};
    return rest(id, side, limit, quantity);
}

bool OrderBook::cancel(OrderHandle handle)
{
    if (!handle.isValid() || handle.slot >= m_nodes.size())
        return false;
    Node &node = m_nodes[handle.slot];
    if (node.generation != handle.generation || node.level == kNone)
        return false;
    const std::uint32_t levelIndex = node.level;
    unlink(handle.slot);
    releaseNode(handle.slot);
    if (m_levels[levelIndex].orders == 0)
        removeLevel(levelIndex);
    return true;
}

bool OrderBook::reduce(OrderHandle handle, Quantity newQuantity)
{
    if (!handle.isValid() || handle.slot >= m_nodes.size())
        return false;
    Node &node = m_nodes[handle.slot];
    if (node.generation != handle.generation || node.level == kNone || newQuantity > node.quantity)
        return false;
    if (newQuantity <= 0)
        return cancel(handle);
    m_levels[node.level].quantity -= node.quantity - newQuantity;
    node.quantity = newQuantity;
    return true;
}

Quantity OrderBook::remaining(OrderHandle handle) const
{
    if (!handle.isValid() || handle.slot >= m_nodes.size())
        return 0;
    const Node &node = m_nodes[handle.slot];
    if (node.generation != handle.generation || node.level == kNone)
        return 0;
    return node.quantity;
}

bool OrderBook::bestBid(Price &price) const
{
    if (m_bids.empty())
        return false;
    price = m_bids.back().price;
    return true;
}

bool OrderBook::bestAsk(Price &price) const
{
    if (m_asks.empty())
        return false;
    price = m_asks.back().price;
    return true;
}

bool OrderBook::bestEligible(Side side, Price &price, const Eligibility &eligible) const
{
    const std::vector<LevelRef> &levels = sideLevels(side);
    for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
        const Level &level = m_levels[it->level];
        for (std::uint32_t slot = level.head; slot != kNone; slot = m_nodes[slot].next) {
            if (!eligible || eligible(m_nodes[slot].id)) {
                price = it->price;
                return true;
            }
        }
    }
    return false;
}

void OrderBook::depth(Side side, std::size_t count, std::vector<DepthLevel> &out) const
{
    out.clear();
    const std::vector<LevelRef> &levels = sideLevels(side);
    for (auto it = levels.rbegin(); it != levels.rend() && out.size() < count; ++it) {
        const Level &level = m_levels[it->level];
        out.push_back(DepthLevel{level.price, level.quantity, level.orders});
    }
}

std::size_t OrderBook::levelCount(Side side) const
{
    return sideLevels(side).size();
}

void OrderBook::forEachOrder(Side side, const std::function<void(OrderId, Price, Quantity)> &visit) const
{
    const std::vector<LevelRef> &levels = sideLevels(side);
    for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
        const Level &level = m_levels[it->level];
        for (std::uint32_t slot = level.head; slot != kNone; slot = m_nodes[slot].next)
            visit(m_nodes[slot].id, level.price, m_nodes[slot].quantity);
    }
}

} // namespace sc::broker::market
