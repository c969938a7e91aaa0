#pragma once

#include "core/demo/DemoRandom.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace sc::broker {

class Clock;
class Database;
class DemoParticipants;
class DemoPriceModel;
class MarketService;
struct DemoInstrument;

// The live part of the demo market: simulated sellers list and withdraw asks,
// simulated buyers place immediate-or-cancel and resting bids around the fair
// price of DemoPriceModel, all through MarketService (real matching, real
// trades, so the snapshot and the candles move). Each book keeps about 5 to
// 15 price levels a side: stale and surplus simulated orders are withdrawn.
// Never acts for the demo's own accounts.
class DemoActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoActivity)

public:
    DemoActivity(MarketService &market, Database &database, const Clock &clock, const DemoPriceModel &prices,
                 const DemoParticipants &participants, quint64 seed, QObject *parent = nullptr);

    // Tops every book up to several levels a side around the fair price.
    void fillBooks();
    // One round: a simulated trader or two act, and the touched books are kept bounded.
    void step();
    // Runs step() about every `interval`, jittered by a third either way; zero: never.
    void start(std::chrono::milliseconds interval);
    qint64 tradeCount() const { return m_trades; }

private:
    struct OpenOrder
    {
        qint64 id = 0;
        qint64 organizationId = 0;
        qint64 price = 0;
        qint64 createdAt = 0;
    };
    enum class Side { Ask, Bid };

    void act(const DemoInstrument &instrument);
    void keepBounded(const DemoInstrument &instrument, qint64 fair);
    void topUp(const DemoInstrument &instrument, qint64 fair, Side side, int levels);
    int levelCount(const DemoInstrument &instrument, Side side) const;
    // The simulated traders' open orders in one book.
    QList<OpenOrder> openOrders(const DemoInstrument &instrument, Side side);
    bool postAsk(const DemoInstrument &instrument, qint64 price, qint64 quantity);
    // Slots the provider's cloud could still sell in this instrument; -1
    // when it has no connected cloud (no limit known).
    qint64 spareSlots(qint64 providerId, const DemoInstrument &instrument);
    bool postBid(const DemoInstrument &instrument, qint64 price, qint64 quantity, bool immediate);
    void remove(const OpenOrder &order, Side side);
    void scheduleNext();

    MarketService &m_market;
    Database &m_database;
    const Clock &m_clock;
    const DemoPriceModel &m_prices;
    const DemoParticipants &m_participants;
    DemoRandom m_random;
    QSet<qint64> m_sellerOrganizations;
    QSet<qint64> m_buyerOrganizations;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
    qint64 m_trades = 0;
};

} // namespace sc::broker
