#pragma once

// The obvious order book: std::map of price levels holding std::list queues,
// cancel by scanning the level. Slow on purpose and easy to check by eye: the
// oracle for randomized tests of market::OrderBook and the baseline its
// benchmark is measured against.
#include "core/market/OrderBook.h"

#include <algorithm>
#include <list>
#include <map>
#include <unordered_map>

namespace sc::test {

class ReferenceOrderBook
{
public:
    using Side = broker::market::Side;
    using Fill = broker::market::Fill;
    using Price = broker::market::Price;
    using Quantity = broker::market::Quantity;
    using OrderId = broker::market::OrderId;
    using TimeInForce = broker::market::TimeInForce;

    struct Order
    {
        OrderId id;
        Quantity quantity;
    };

    Quantity submit(OrderId id, Side side, Price limit, Quantity quantity, TimeInForce timeInForce,
                    std::vector<Fill> &fills)
    {
        fills.clear();
        if (timeInForce == TimeInForce::FillOrKill && available(side, limit) < quantity)
            return 0;
        Quantity left = quantity;
        auto matchAgainst = [&](auto &book, auto crosses) {
            while (left > 0 && !book.empty() && crosses(book.begin()->first)) {
                auto &[price, queue] = *book.begin();
                while (left > 0 && !queue.empty()) {
                    Order &maker = queue.front();
                    const Quantity traded = std::min(left, maker.quantity);
                    left -= traded;
                    maker.quantity -= traded;
                    fills.push_back(Fill{id, maker.id, price, traded, maker.quantity == 0});
                    if (maker.quantity == 0) {
                        m_where.erase(maker.id);
                        queue.pop_front();
                    }
                }
                if (queue.empty())
                    book.erase(book.begin());
            }
        };
        if (side == Side::Buy)
            matchAgainst(m_asks, [limit](Price price) { return price <= limit; });
        else
            matchAgainst(m_bids, [limit](Price price) { return price >= limit; });
        if (left > 0 && timeInForce == TimeInForce::GoodTillCancelled) {
            if (side == Side::Buy)
                m_bids[limit].push_back({id, left});
            else
                m_asks[limit].push_back({id, left});
            m_where[id] = {side, limit};
        }
        return quantity - left;
    }

    bool cancel(OrderId id)
    {
        const auto found = m_where.find(id);
        if (found == m_where.end())
            return false;
        const auto [side, price] = found->second;
        auto erase = [&](auto &book) {
            auto level = book.find(price);
            auto &queue = level->second;
            queue.remove_if([id](const Order &order) { return order.id == id; });
            if (queue.empty())
                book.erase(level);
        };
        if (side == Side::Buy)
            erase(m_bids);
        else
            erase(m_asks);
        m_where.erase(found);
        return true;
    }

    // Levels best first: (price, total quantity).
    std::vector<std::pair<Price, Quantity>> depth(Side side) const
    {
        std::vector<std::pair<Price, Quantity>> out;
        auto collect = [&out](const auto &book) {
            for (const auto &[price, queue] : book) {
                Quantity total = 0;
                for (const Order &order : queue)
                    total += order.quantity;
                out.emplace_back(price, total);
            }
        };
        if (side == Side::Buy)
            collect(m_bids);
        else
            collect(m_asks);
        return out;
    }

private:
    Quantity available(Side side, Price limit) const
    {
        Quantity total = 0;
        if (side == Side::Buy) {
            for (const auto &[price, queue] : m_asks)
                if (price <= limit)
                    for (const Order &order : queue)
                        total += order.quantity;
        } else {
            for (const auto &[price, queue] : m_bids)
                if (price >= limit)
                    for (const Order &order : queue)
                        total += order.quantity;
        }
        return total;
    }

    std::map<Price, std::list<Order>, std::greater<>> m_bids;
    std::map<Price, std::list<Order>> m_asks;
    std::unordered_map<OrderId, std::pair<Side, Price>> m_where;
};

} // namespace sc::test
