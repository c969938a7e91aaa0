#include "core/demo/DemoActivity.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/demo/DemoParticipants.h"
#include "core/demo/DemoPriceModel.h"
#include "core/market/MarketService.h"
#include "core/store/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr int kMinLevels = 5;
constexpr int kMaxLevels = 15;
// Simulated asks are listed for a week and withdrawn after two days, so
// every bid duration below still fits in what is left of them.
constexpr qint64 kAskWindowMs = 7 * 24 * kHourMs;
constexpr qint64 kAskMaxAgeMs = 2 * 24 * kHourMs;
constexpr qint64 kBidMaxAgeMs = 12 * kHourMs;
constexpr int kAskMaxLeaseHours = 7 * 24;
// Short leases: the demo's clouds are small, and slots must come free again
// while someone watches.
const QList<int> kDurations{1, 2, 3, 4, 6, 8};

} // namespace

DemoActivity::DemoActivity(MarketService &market, Database &database, const Clock &clock, const DemoPriceModel &prices,
                           const DemoParticipants &participants, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_market(market)
    , m_database(database)
    , m_clock(clock)
    , m_prices(prices)
    , m_participants(participants)
    , m_random(seed)
{
    for (qint64 organization : participants.simulatedSellerOrganizations())
        m_sellerOrganizations.insert(organization);
    for (qint64 organization : participants.simulatedBuyerOrganizations())
        m_buyerOrganizations.insert(organization);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        try {
            step();
        } catch (const DatabaseError &error) {
            qCWarning(lcMarket) << "demo market activity failed:" << error.what();
        }
        scheduleNext();
    });
}

void DemoActivity::start(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_timer.stop();
    if (m_interval.count() > 0)
        scheduleNext();
}

void DemoActivity::scheduleNext()
{
    if (m_interval.count() <= 0)
        return;
    const double jitter = m_random.uniform(2.0 / 3.0, 4.0 / 3.0);
    m_timer.start(std::max(1, int(double(m_interval.count()) * jitter)));
}

void DemoActivity::fillBooks()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    for (const DemoInstrument &instrument : m_prices.instruments()) {
        const qint64 fair = m_prices.fairCents(instrument, now);
        topUp(instrument, fair, Side::Ask, int(m_random.integer(6, 10)));
        topUp(instrument, fair, Side::Bid, int(m_random.integer(4, 8)));
    }
}

void DemoActivity::step()
{
    const QList<DemoInstrument> &instruments = m_prices.instruments();
    if (instruments.isEmpty() || m_buyerOrganizations.isEmpty())
        return;
    const int actions = int(m_random.integer(1, 2));
    for (int i = 0; i < actions; ++i)
        act(m_random.pick(instruments));
}

void DemoActivity::act(const DemoInstrument &instrument)
{
    const qint64 fair = m_prices.fairCents(instrument, m_clock.now().toMSecsSinceEpoch());
    const qint64 tick = DemoPriceModel::tick(fair);
    const int reach = DemoPriceModel::bookReach(fair);
    const double roll = m_random.uniform();
    if (roll < 0.34) {
        // A seller lists, now and then below the best bid (and sells at once).
        postAsk(instrument, fair + m_random.integer(-2, reach) * tick, m_random.integer(1, 6));
    } else if (roll < 0.62) {
        // A buyer buys now, paying up to a few ticks over the fair price.
        postBid(instrument, fair + m_random.integer(0, 3) * tick, m_random.integer(1, 3), true);
    } else if (roll < 0.86) {
        // A buyer rests a bid, now and then over the best ask (and buys at once).
        postBid(instrument, fair - m_random.integer(-1, reach) * tick, m_random.integer(1, 4), false);
    } else {
        // Someone changes their mind.
        const Side side = m_random.chance(0.6) ? Side::Ask : Side::Bid;
        const QList<OpenOrder> orders = openOrders(instrument, side);
        if (!orders.isEmpty())
            remove(m_random.pick(orders), side);
    }
    keepBounded(instrument, fair);
}

void DemoActivity::keepBounded(const DemoInstrument &instrument, qint64 fair)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 tick = DemoPriceModel::tick(fair);
    const qint64 far = (DemoPriceModel::bookReach(fair) + 3) * tick;
    for (const Side side : {Side::Ask, Side::Bid}) {
        QList<OpenOrder> orders = openOrders(instrument, side);
        // Stale: left far behind by the price, or simply old.
        const qint64 maxAge = side == Side::Ask ? kAskMaxAgeMs : kBidMaxAgeMs;
        for (qsizetype i = orders.size() - 1; i >= 0; --i) {
            const OpenOrder &order = orders.at(i);
            const bool farOff = side == Side::Ask ? order.price > fair + far : order.price < fair - far;
            if (farOff || now - order.createdAt > maxAge) {
                remove(order, side);
                orders.removeAt(i);
            }
        }
        // Too deep: the orders farthest from the price go first.
        std::sort(orders.begin(), orders.end(), [side](const OpenOrder &a, const OpenOrder &b) {
            return side == Side::Ask ? a.price > b.price : a.price < b.price;
        });
        for (const OpenOrder &order : std::as_const(orders)) {
            if (levelCount(instrument, side) <= kMaxLevels)
                break;
            remove(order, side);
        }
        if (levelCount(instrument, side) < kMinLevels)
            topUp(instrument, fair, side, kMinLevels + int(m_random.integer(0, 3)));
    }
}

void DemoActivity::topUp(const DemoInstrument &instrument, qint64 fair, Side side, int levels)
{
    const qint64 tick = DemoPriceModel::tick(fair);
    const int reach = DemoPriceModel::bookReach(fair);
    const protocol::Depth depth = m_market.depth(instrument.instanceType, instrument.region, 100);
    QSet<qint64> taken;
    for (const auto &level : side == Side::Ask ? depth.asks : depth.bids)
        taken.insert(level.pricePerHour);
    for (int step = 1; step <= reach && taken.size() < levels; ++step) {
        const qint64 price = side == Side::Ask ? fair + step * tick : fair - step * tick;
        if (price < 1)
            break;
        if (taken.contains(price) || m_random.chance(0.2))
            continue;
        const bool placed = side == Side::Ask ? postAsk(instrument, price, m_random.integer(1, 8))
                                              : postBid(instrument, price, m_random.integer(1, 4), false);
        if (placed)
            taken.insert(price);
    }
}

int DemoActivity::levelCount(const DemoInstrument &instrument, Side side) const
{
    const protocol::Depth depth = m_market.depth(instrument.instanceType, instrument.region, kMaxLevels + 10);
    return int(side == Side::Ask ? depth.asks.size() : depth.bids.size());
}

QList<DemoActivity::OpenOrder> DemoActivity::openOrders(const DemoInstrument &instrument, Side side)
{
    DbQuery query = side == Side::Ask
                        ? m_database.exec(u"SELECT id, organization_id, price_per_hour, created_at FROM asks "
                                          "WHERE status = 'open' AND instance_type_id = ? AND region_id = ?"_s,
                                          {instrument.instanceType, instrument.region})
                        : m_database.exec(u"SELECT id, organization_id, max_price_per_hour, created_at FROM bids "
                                          "WHERE status = 'open' AND instance_type_id = ? AND region_ids = ?"_s,
                                          {instrument.instanceType, instrument.region});
    const QSet<qint64> &ours = side == Side::Ask ? m_sellerOrganizations : m_buyerOrganizations;
    QList<OpenOrder> orders;
    while (query.next()) {
        OpenOrder order{query.value(0).toLongLong(),
                        query.value(1).toLongLong(),
                        query.value(2).toLongLong(),
                        query.value(3).toLongLong()};
        if (ours.contains(order.organizationId))
            orders.append(order);
    }
    return orders;
}

bool DemoActivity::postAsk(const DemoInstrument &instrument, qint64 price, qint64 quantity)
{
    QList<DemoParticipants::Provider> providers = m_participants.providersIn(instrument.region, false);
    if (providers.isEmpty() || price < 1)
        return false;
    // Sellers list what their clouds can still run, like real ones.
    const DemoParticipants::Provider *chosen = nullptr;
    while (!providers.isEmpty() && !chosen) {
        const qsizetype at = qsizetype(m_random.integer(0, providers.size() - 1));
        const qint64 spare = spareSlots(providers.at(at).id, instrument);
        if (spare < 0 || spare > 0) {
            chosen = &providers.at(at);
            if (spare > 0)
                quantity = std::min(quantity, spare);
        } else {
            providers.removeAt(at);
        }
    }
    if (!chosen)
        return false;
    const DemoParticipants::Provider &provider = *chosen;
    const QDateTime now = m_clock.now();
    MarketService::AskRequest request;
    request.providerId = provider.id;
    request.instanceType = instrument.instanceType;
    request.region = instrument.region;
    request.quantity = quantity;
    request.pricePerHour = price;
    request.availableUntil = now.addMSecs(kAskWindowMs);
    request.maxLeaseHours = kAskMaxLeaseHours;
    const auto placed = m_market.placeAsk(provider.owner.principal(), request);
    if (!placed) {
        qCDebug(lcMarket).noquote() << "demo ask refused:" << placed.error().message;
        return false;
    }
    m_trades += placed->trades.size();
    return true;
}

qint64 DemoActivity::spareSlots(qint64 providerId, const DemoInstrument &instrument)
{
    // The cloud's slots for the instrument, less the instances alive or on
    // their way there and the slots already listed.
    DbQuery query = m_database.exec(
        u"SELECT EXISTS (SELECT 1 FROM provider_profiles WHERE provider_id = ?), "
        "(SELECT COALESCE(SUM(p.total_slots), 0) FROM provider_profiles p JOIN provider_regions r "
        "ON r.provider_id = p.provider_id AND r.code = p.region_code WHERE p.provider_id = ? "
        "AND p.instance_type_id = ? AND r.region_id = ?), "
        "(SELECT COUNT(*) FROM instances i JOIN leases l ON l.id = i.lease_id WHERE i.provider_id = ? "
        "AND i.state IN ('pending', 'provisioning', 'running', 'stopping') AND l.instance_type_id = ? "
        "AND l.region_id = ?), "
        "(SELECT COALESCE(SUM(open_quantity), 0) FROM asks WHERE provider_id = ? AND status = 'open' "
        "AND instance_type_id = ? AND region_id = ?)"_s,
        {providerId,
         providerId,
         instrument.instanceType,
         instrument.region,
         providerId,
         instrument.instanceType,
         instrument.region,
         providerId,
         instrument.instanceType,
         instrument.region});
    if (!query.next() || !query.value(0).toBool())
        return -1; // no cloud connected: sold by hand, no limit known
    return std::max<qint64>(0, query.value(1).toLongLong() - query.value(2).toLongLong() - query.value(3).toLongLong());
}

bool DemoActivity::postBid(const DemoInstrument &instrument, qint64 price, qint64 quantity, bool immediate)
{
    if (m_participants.simulatedBuyers().isEmpty() || price < 1)
        return false;
    MarketService::BidRequest request;
    request.instanceType = instrument.instanceType;
    request.regions = {instrument.region};
    request.maxPricePerHour = price;
    request.durationHours = m_random.pick(kDurations);
    request.quantity = quantity;
    request.timeInForce = immediate ? u"ioc"_s : u"gtc"_s;
    // Some buyers insist on well-rated providers when they buy now.
    if (immediate && m_random.chance(0.25))
        request.minRating = 3.5;
    const auto placed = m_market.placeBid(m_random.pick(m_participants.simulatedBuyers()).principal(), request);
    if (!placed) {
        qCDebug(lcMarket).noquote() << "demo bid refused:" << placed.error().message;
        return false;
    }
    m_trades += placed->trades.size();
    return true;
}

void DemoActivity::remove(const OpenOrder &order, Side side)
{
    Principal owner;
    owner.organizationId = order.organizationId;
    owner.role = side == Side::Ask ? Role::Seller : Role::Buyer;
    if (side == Side::Ask)
        m_market.withdrawAsk(owner, order.id);
    else
        m_market.cancelBid(owner, order.id);
}

} // namespace sc::broker
