#include "core/market/MarketService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/auth/Principal.h"
#include "core/catalog/CatalogRepository.h"
#include "core/store/Database.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kMaxQuantity = 1'000;
constexpr qint64 kMaxPricePerHour = 100'000'00; // 100,000.00 per slot-hour
constexpr int kMaxLeaseHours = 24 * 366;
constexpr int kMaxRegionsPerBid = 50;
constexpr int kListLimit = 500;

ApiError invalid(const QString &field, const QString &message)
{
    return ApiError{ErrorCode::ValidationFailed, message, QJsonObject{{u"field"_s, field}}, {}};
}

ApiError notFound(const QString &what)
{
    return ApiError{ErrorCode::NotFound, u"There is no such %1."_s.arg(what), {}, {}};
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const QString kAskColumns = u"id, provider_id, instance_type_id, region_id, quantity, open_quantity, price_per_hour, "
                            "currency, available_from, available_until, min_lease_hours, max_lease_hours, "
                            "renewable_hours, status, created_at, resale_allowed FROM asks"_s;
const QString kBidColumns = u"id, instance_type_id, region_ids, max_price_per_hour, currency, duration_hours, "
                            "min_rating, quantity, filled_quantity, time_in_force, status, created_at FROM bids"_s;

protocol::Ask readAsk(const DbQuery &query)
{
    protocol::Ask ask;
    ask.id = query.value(0).toLongLong();
    ask.providerId = query.value(1).toLongLong();
    ask.instanceType = query.value(2).toString();
    ask.region = query.value(3).toString();
    ask.quantity = query.value(4).toLongLong();
    ask.openQuantity = query.value(5).toLongLong();
    ask.pricePerHour = query.value(6).toLongLong();
    ask.currency = query.value(7).toString();
    ask.availableFrom = fromMs(query.value(8).toLongLong());
    ask.availableUntil = fromMs(query.value(9).toLongLong());
    ask.minLeaseHours = query.value(10).toInt();
    ask.maxLeaseHours = query.value(11).toInt();
    ask.renewableHours = query.value(12).toInt();
    ask.status = query.value(13).toString();
    ask.createdAt = fromMs(query.value(14).toLongLong());
    ask.resaleAllowed = query.value(15).toBool();
    return ask;
}

protocol::Bid readBid(const DbQuery &query)
{
    protocol::Bid bid;
    bid.id = query.value(0).toLongLong();
    bid.instanceType = query.value(1).toString();
    bid.regions = query.value(2).toString().split(u',', Qt::SkipEmptyParts);
    bid.maxPricePerHour = query.value(3).toLongLong();
    bid.currency = query.value(4).toString();
    bid.durationHours = query.value(5).toInt();
    bid.minRating = query.value(6).toDouble();
    bid.quantity = query.value(7).toLongLong();
    bid.filledQuantity = query.value(8).toLongLong();
    bid.timeInForce = query.value(9).toString();
    bid.status = query.value(10).toString();
    bid.createdAt = fromMs(query.value(11).toLongLong());
    return bid;
}

} // namespace

QJsonObject MarketService::Placement::toJson() const
{
    QJsonArray tradeList;
    for (const auto &trade : trades)
        tradeList.append(trade.toJson());
    QJsonArray leases;
    for (qint64 id : leaseIds)
        leases.append(id);
    QJsonObject json = order;
    json.insert(u"trades"_s, tradeList);
    if (!leaseIds.isEmpty())
        json.insert(u"leaseIds"_s, leases);
    return json;
}

MarketService::MarketService(Database &database, CatalogRepository &catalog, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_clock(clock)
{
    m_fills.reserve(64);
}

MarketService::~MarketService() = default;

MarketService::Instrument &MarketService::instrument(const QString &type, const QString &region)
{
    auto &slot = m_instruments[key(type, region)];
    if (!slot) {
        slot = std::make_shared<Instrument>();
        slot->instanceType = type;
        slot->region = region;
    }
    return *slot;
}

const MarketService::Instrument *MarketService::findInstrument(const QString &type, const QString &region) const
{
    const auto found = m_instruments.constFind(key(type, region));
    return found == m_instruments.constEnd() ? nullptr : found->get();
}

void MarketService::load()
{
    m_instruments.clear();
    m_asks.clear();
    m_bids.clear();
    // Orders go back in their original sequence (ids grow with time), so
    // every level's queue is rebuilt in the same time order.
    DbQuery asks = m_database.exec(
        u"SELECT a.id, a.organization_id, a.provider_id, p.pseudonym, p.rating, a.instance_type_id, a.region_id, "
        "a.available_from, a.available_until, a.min_lease_hours, a.max_lease_hours, a.renewable_hours, "
        "a.price_per_hour, a.open_quantity, a.resale_allowed, a.resale_of_lease_id, a.resale_schedule "
        "FROM asks a JOIN providers p ON p.id = a.provider_id "
        "WHERE a.status = 'open' ORDER BY a.id"_s);
    while (asks.next()) {
        AskMeta meta;
        const qint64 id = asks.value(0).toLongLong();
        meta.organizationId = asks.value(1).toLongLong();
        meta.providerId = asks.value(2).toLongLong();
        meta.pseudonym = asks.value(3).toString();
        meta.rating = asks.value(4).toDouble();
        meta.instanceType = asks.value(5).toString();
        meta.region = asks.value(6).toString();
        meta.availableFrom = asks.value(7).toLongLong();
        meta.availableUntil = asks.value(8).toLongLong();
        meta.minLeaseHours = asks.value(9).toInt();
        meta.maxLeaseHours = asks.value(10).toInt();
        meta.renewableHours = asks.value(11).toInt();
        meta.price = asks.value(12).toLongLong();
        meta.resaleAllowed = asks.value(14).toBool();
        meta.resaleOfLease = asks.value(15).toLongLong();
        if (meta.resaleOfLease != 0)
            meta.schedule = scheduleFromJson(asks.value(16).toString(), &meta.basePrice);
        meta.handle = instrument(meta.instanceType, meta.region)
                          .book.restore(askOrder(id), market::Side::Sell, meta.price, asks.value(13).toLongLong());
        m_asks.insert(id, meta);
    }
    DbQuery bids = m_database.exec(
        u"SELECT id, organization_id, user_id, instance_type_id, region_ids, duration_hours, min_rating, "
        "appliance_id, max_price_per_hour, quantity - filled_quantity FROM bids WHERE status = 'open' ORDER BY id"_s);
    while (bids.next()) {
        BidMeta meta;
        const qint64 id = bids.value(0).toLongLong();
        meta.organizationId = bids.value(1).toLongLong();
        meta.userId = bids.value(2).toLongLong();
        meta.instanceType = bids.value(3).toString();
        meta.region = bids.value(4).toString();
        meta.durationHours = bids.value(5).toInt();
        meta.minRating = bids.value(6).toDouble();
        if (!bids.value(7).isNull())
            meta.applianceId = bids.value(7).toLongLong();
        meta.handle = instrument(meta.instanceType, meta.region)
                          .book.restore(
                              bidOrder(id), market::Side::Buy, bids.value(8).toLongLong(), bids.value(9).toLongLong());
        m_bids.insert(id, meta);
    }
    qCInfo(lcMarket) << "order books loaded:" << m_asks.size() << "asks," << m_bids.size() << "bids in"
                     << m_instruments.size() << "instruments";
}

void MarketService::reloadAfterFailure()
{
    try {
        load();
    } catch (const DatabaseError &error) {
        qCCritical(lcMarket) << "cannot rebuild the order books:" << error.what();
    }
}

std::optional<ApiError> MarketService::validateAsk(const Principal &seller, const AskRequest &request, double *rating)
{
    if (!m_catalog.findInstanceType(request.instanceType))
        return invalid(u"instanceType"_s,
                       u"There is no instance type '%1' in the catalog."_s.arg(request.instanceType));
    if (!m_catalog.findRegion(request.region))
        return invalid(u"region"_s, u"There is no region '%1' in the catalog."_s.arg(request.region));
    if (request.quantity < 1 || request.quantity > kMaxQuantity)
        return invalid(u"quantity"_s, u"The quantity must be 1 to %1 slots."_s.arg(kMaxQuantity));
    if (request.pricePerHour < 1 || request.pricePerHour > kMaxPricePerHour)
        return invalid(u"pricePerHour"_s, u"The price must be 1 to %1 cents per hour."_s.arg(kMaxPricePerHour));
    if (request.minLeaseHours < 1 || request.maxLeaseHours > kMaxLeaseHours
        || request.minLeaseHours > request.maxLeaseHours)
        return invalid(u"maxLeaseHours"_s,
                       u"Lease lengths must satisfy 1 <= minimum <= maximum <= %1 hours."_s.arg(kMaxLeaseHours));
    if (request.renewableHours < 0 || request.renewableHours > kMaxLeaseHours)
        return invalid(u"renewableHours"_s, u"Renewal must be 0 to %1 hours."_s.arg(kMaxLeaseHours));
    const QDateTime now = m_clock.now();
    const QDateTime from = request.availableFrom.value_or(now);
    if (!request.availableUntil.isValid() || request.availableUntil <= from)
        return invalid(u"availableUntil"_s, u"The availability must end after it starts."_s);
    if (from.msecsTo(request.availableUntil) < qint64(request.minLeaseHours) * kHourMs)
        return invalid(u"availableUntil"_s, u"The availability window is shorter than the minimum lease."_s);
    DbQuery provider = m_database.exec(
        u"SELECT rating FROM providers WHERE id = ? AND organization_id = ? AND status = 'active'"_s,
        {request.providerId, seller.organizationId});
    if (!provider.next())
        return ApiError{ErrorCode::NotFound,
                        u"There is no such provider in your organization."_s,
                        QJsonObject{{u"field"_s, u"providerId"_s}},
                        {}};
    *rating = provider.value(0).toDouble();
    return std::nullopt;
}

std::optional<ApiError> MarketService::validateBid(const BidRequest &request)
{
    if (!m_catalog.findInstanceType(request.instanceType))
        return invalid(u"instanceType"_s,
                       u"There is no instance type '%1' in the catalog."_s.arg(request.instanceType));
    if (request.regions.isEmpty() || request.regions.size() > kMaxRegionsPerBid)
        return invalid(u"regions"_s, u"Name 1 to %1 regions."_s.arg(kMaxRegionsPerBid));
    for (const QString &region : request.regions) {
        if (!m_catalog.findRegion(region))
            return invalid(u"regions"_s, u"There is no region '%1' in the catalog."_s.arg(region));
    }
    if (request.regions.size() > 1 && request.timeInForce == u"gtc"_s)
        return invalid(u"timeInForce"_s, u"A bid over several regions can only buy now: use ioc or fok."_s);
    if (request.maxPricePerHour < 1 || request.maxPricePerHour > kMaxPricePerHour)
        return invalid(u"maxPricePerHour"_s, u"The price must be 1 to %1 cents per hour."_s.arg(kMaxPricePerHour));
    if (request.durationHours < 1 || request.durationHours > kMaxLeaseHours)
        return invalid(u"durationHours"_s, u"The lease must last 1 to %1 hours."_s.arg(kMaxLeaseHours));
    if (request.quantity < 1 || request.quantity > kMaxQuantity)
        return invalid(u"quantity"_s, u"The quantity must be 1 to %1 slots."_s.arg(kMaxQuantity));
    if (!(request.minRating >= 0 && request.minRating <= 5))
        return invalid(u"minRating"_s, u"The minimum rating must be 0 to 5."_s);
    if (request.timeInForce != u"gtc"_s && request.timeInForce != u"ioc"_s && request.timeInForce != u"fok"_s)
        return invalid(u"timeInForce"_s, u"Time in force must be gtc, ioc or fok."_s);
    return std::nullopt;
}

protocol::TradePrint MarketService::recordFill(const market::Fill &fill, qint64 askId, const AskMeta &ask, qint64 bidId,
                                               const BidMeta &bid, market::Side takerSide, QList<qint64> &leaseIds)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const QString currency = kCurrency.toString();
    const qint64 tradeId =
        m_database
            .exec(u"INSERT INTO trades (bid_id, ask_id, instance_type_id, region_id, price_per_hour, currency, "
                  "quantity, taker_side, executed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {bidId,
                   askId,
                   ask.instanceType,
                   ask.region,
                   fill.price,
                   currency,
                   fill.quantity,
                   takerSide == market::Side::Buy ? u"buy"_s : u"sell"_s,
                   now})
            .lastInsertId()
            .toLongLong();
    m_database.exec(u"UPDATE asks SET open_quantity = open_quantity - ?, updated_at = ?, "
                    "status = CASE WHEN open_quantity - ? = 0 THEN 'filled' ELSE status END WHERE id = ?"_s,
                    {fill.quantity, now, fill.quantity, askId});
    m_database.exec(u"UPDATE bids SET filled_quantity = filled_quantity + ?, updated_at = ?, "
                    "status = CASE WHEN filled_quantity + ? = quantity THEN 'filled' ELSE status END WHERE id = ?"_s,
                    {fill.quantity, now, fill.quantity, bidId});
    // One lease per slot, at the traded price, locked for the whole term.
    const qint64 ends = now + qint64(bid.durationHours) * kHourMs;
    const QVariant appliance = bid.applianceId ? QVariant(*bid.applianceId) : QVariant(QMetaType(QMetaType::LongLong));
    for (qint64 slot = 0; slot < fill.quantity; ++slot) {
        leaseIds.append(
            m_database
                .exec(u"INSERT INTO leases (trade_id, organization_id, user_id, provider_id, "
                      "instance_type_id, region_id, price_per_hour, currency, starts_at, ends_at, "
                      "renewable_hours, appliance_id, status, created_at, resale_allowed, "
                      "resold_from_lease_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"_s,
                      {tradeId,
                       bid.organizationId,
                       bid.userId,
                       ask.providerId,
                       ask.instanceType,
                       ask.region,
                       fill.price,
                       currency,
                       now,
                       ends,
                       ask.renewableHours,
                       appliance,
                       now,
                       // A lease bought on resale is not sold on again.
                       ask.resaleOfLease == 0 && ask.resaleAllowed,
                       ask.resaleOfLease != 0 ? QVariant(ask.resaleOfLease) : QVariant(QMetaType(QMetaType::LongLong))})
                .lastInsertId()
                .toLongLong());
        // In this transaction: the lease's hold, the instance and its jobs, or no lease at all.
        if (m_leaseFunded)
            m_leaseFunded(bidId, leaseIds.constLast());
        if (m_leaseOpened)
            m_leaseOpened(leaseIds.constLast());
    }
    return protocol::TradePrint{ask.instanceType, ask.region, fill.price, fill.quantity, fromMs(now)};
}

protocol::Expected<MarketService::Placement> MarketService::placeBid(const Principal &buyer,
                                                                     const BidRequest &bidRequest,
                                                                     const IdempotencyKeys::Request *idempotency)
{
    // A region named twice must not count its book twice (fill-or-kill).
    BidRequest request = bidRequest;
    request.regions.removeDuplicates();
    if (auto problem = validateBid(request))
        return *problem;
    if (request.applianceId && m_applianceCheck) {
        if (auto problem = m_applianceCheck(buyer.organizationId, *request.applianceId))
            return *problem;
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 durationMs = qint64(request.durationHours) * kHourMs;
    BidMeta meta;
    meta.organizationId = buyer.organizationId;
    meta.userId = buyer.userId;
    meta.instanceType = request.instanceType;
    meta.region = request.regions.constFirst();
    meta.durationHours = request.durationHours;
    meta.minRating = request.minRating;
    meta.applianceId = request.applianceId;

    // A resting ask may trade with this bid only if its provider is rated
    // well enough, its lease limits and availability fit, and it is not the
    // buyer's own organization.
    const market::OrderBook::Eligibility eligible = [&](market::OrderId order) {
        const auto found = m_asks.constFind(idOf(order));
        if (found == m_asks.constEnd())
            return false;
        const AskMeta &ask = *found;
        return ask.organizationId != buyer.organizationId && ask.rating >= request.minRating
               && request.durationHours >= ask.minLeaseHours && request.durationHours <= ask.maxLeaseHours
               && ask.availableFrom <= now && now + durationMs <= ask.availableUntil
               && (ask.resaleOfLease == 0 || resaleFits(ask, durationMs, now));
    };

    Placement placement;
    Change change;
    try {
        Transaction transaction(m_database);
        const qint64 bidId =
            m_database
                .exec(u"INSERT INTO bids (organization_id, user_id, instance_type_id, region_ids, max_price_per_hour, "
                      "currency, duration_hours, min_rating, quantity, time_in_force, appliance_id, status, "
                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"_s,
                      {buyer.organizationId,
                       buyer.userId,
                       request.instanceType,
                       request.regions.join(u','),
                       request.maxPricePerHour,
                       kCurrency.toString(),
                       request.durationHours,
                       request.minRating,
                       request.quantity,
                       request.timeInForce,
                       request.applianceId ? QVariant(*request.applianceId) : QVariant(QMetaType(QMetaType::LongLong)),
                       now,
                       now})
                .lastInsertId()
                .toLongLong();
        // The bid's money is held before it can trade; a bid the buyer cannot cover is refused whole.
        if (m_bidFunding) {
            if (auto problem = m_bidFunding(buyer.organizationId, bidId, request.quantity, request.maxPricePerHour))
                return *problem;
        }

        qint64 left = request.quantity;
        auto applyFills = [&](Instrument &target) {
            for (const market::Fill &fill : m_fills) {
                const qint64 askId = idOf(fill.maker);
                const AskMeta ask = m_asks.value(askId);
                placement.trades.append(
                    recordFill(fill, askId, ask, bidId, meta, market::Side::Buy, placement.leaseIds));
                if (fill.makerDone)
                    m_asks.remove(askId);
                left -= fill.quantity;
            }
            if (!m_fills.empty())
                change.instruments.append({target.instanceType, target.region});
        };

        if (request.regions.size() == 1) {
            Instrument &target = instrument(request.instanceType, meta.region);
            const market::TimeInForce tif = request.timeInForce == u"gtc"_s   ? market::TimeInForce::GoodTillCancelled
                                            : request.timeInForce == u"ioc"_s ? market::TimeInForce::ImmediateOrCancel
                                                                              : market::TimeInForce::FillOrKill;
            const auto result = target.book.submit(
                bidOrder(bidId), market::Side::Buy, request.maxPricePerHour, request.quantity, tif, m_fills, eligible);
            applyFills(target);
            if (result.handle.isValid()) {
                meta.handle = result.handle;
                m_bids.insert(bidId, meta);
                change.instruments.append({target.instanceType, target.region});
            }
        } else {
            QList<Instrument *> candidates;
            for (const QString &region : request.regions)
                candidates.append(&instrument(request.instanceType, region));
            bool killed = false;
            if (request.timeInForce == u"fok"_s) {
                qint64 available = 0;
                for (Instrument *candidate : candidates)
                    available += candidate->book.fillable(market::Side::Buy, request.maxPricePerHour, left, eligible);
                killed = available < left;
            }
            // Take the cheapest eligible slots across the regions, one price level at a time.
            while (!killed && left > 0) {
                Instrument *best = nullptr;
                market::Price bestPrice = 0;
                for (Instrument *candidate : candidates) {
                    market::Price price = 0;
                    if (candidate->book.bestEligible(market::Side::Sell, price, eligible)
                        && price <= request.maxPricePerHour && (!best || price < bestPrice)) {
                        best = candidate;
                        bestPrice = price;
                    }
                }
                if (!best)
                    break;
                best->book.submit(bidOrder(bidId),
                                  market::Side::Buy,
                                  bestPrice,
                                  left,
                                  market::TimeInForce::ImmediateOrCancel,
                                  m_fills,
                                  eligible);
                applyFills(*best);
            }
        }

        if (left > 0 && !m_bids.contains(bidId)) {
            // What an IOC or FOK bid could not fill now is dropped, not kept.
            m_database.exec(u"UPDATE bids SET status = 'cancelled', updated_at = ? WHERE id = ? AND status = 'open'"_s,
                            {now, bidId});
            if (m_bidClosed)
                m_bidClosed(bidId);
        }
        // The stored row, built from what this transaction wrote (no read back).
        protocol::Bid stored;
        stored.id = bidId;
        stored.instanceType = request.instanceType;
        stored.regions = request.regions;
        stored.maxPricePerHour = request.maxPricePerHour;
        stored.currency = kCurrency.toString();
        stored.durationHours = request.durationHours;
        stored.minRating = request.minRating;
        stored.quantity = request.quantity;
        stored.filledQuantity = request.quantity - left;
        stored.timeInForce = request.timeInForce;
        stored.status = left == 0 ? u"filled"_s : m_bids.contains(bidId) ? u"open"_s : u"cancelled"_s;
        stored.createdAt = fromMs(now);
        placement.order = stored.toJson();
        if (idempotency)
            IdempotencyKeys::store(m_database, *idempotency, 201, placement.toJson(), now);
        transaction.commit();
    } catch (const DatabaseError &error) {
        qCCritical(lcMarket) << "bid failed:" << error.what();
        reloadAfterFailure();
        return ApiError{ErrorCode::Internal, u"The bid could not be stored; nothing was traded."_s, {}, {}};
    }
    change.trades = placement.trades;
    change.organizations.append(buyer.organizationId);
    Q_EMIT changed(change);
    return placement;
}

MarketService::Placement MarketService::matchAsk(qint64 askId, AskMeta &meta, qint64 openQuantity)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const market::OrderBook::Eligibility eligible = [&](market::OrderId order) {
        const auto found = m_bids.constFind(idOf(order));
        if (found == m_bids.constEnd())
            return false;
        const BidMeta &bid = *found;
        const qint64 durationMs = qint64(bid.durationHours) * kHourMs;
        return bid.organizationId != meta.organizationId && meta.rating >= bid.minRating
               && bid.durationHours >= meta.minLeaseHours && bid.durationHours <= meta.maxLeaseHours
               && meta.availableFrom <= now && now + durationMs <= meta.availableUntil
               && (meta.resaleOfLease == 0 || resaleFits(meta, durationMs, now));
    };
    Placement placement;
    Instrument &target = instrument(meta.instanceType, meta.region);
    const auto result = target.book.submit(askOrder(askId),
                                           market::Side::Sell,
                                           meta.price,
                                           openQuantity,
                                           market::TimeInForce::GoodTillCancelled,
                                           m_fills,
                                           eligible);
    QList<qint64> leaseIds;
    for (const market::Fill &fill : m_fills) {
        const qint64 bidId = idOf(fill.maker);
        const BidMeta bid = m_bids.value(bidId);
        placement.trades.append(recordFill(fill, askId, meta, bidId, bid, market::Side::Sell, leaseIds));
        if (fill.makerDone)
            m_bids.remove(bidId);
    }
    if (result.handle.isValid()) {
        meta.handle = result.handle;
        m_asks.insert(askId, meta);
    }
    return placement;
}

protocol::Expected<MarketService::Placement> MarketService::placeAsk(const Principal &seller, const AskRequest &request,
                                                                     const IdempotencyKeys::Request *idempotency)
{
    double rating = 0;
    if (auto problem = validateAsk(seller, request, &rating))
        return *problem;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    AskMeta meta;
    meta.organizationId = seller.organizationId;
    meta.providerId = request.providerId;
    meta.rating = rating;
    meta.instanceType = request.instanceType;
    meta.region = request.region;
    meta.availableFrom = request.availableFrom ? request.availableFrom->toMSecsSinceEpoch() : now;
    meta.availableUntil = request.availableUntil.toMSecsSinceEpoch();
    meta.minLeaseHours = request.minLeaseHours;
    meta.maxLeaseHours = request.maxLeaseHours;
    meta.renewableHours = request.renewableHours;
    meta.resaleAllowed = request.resaleAllowed;
    meta.price = request.pricePerHour;

    Placement placement;
    qint64 askId = 0;
    try {
        Transaction transaction(m_database);
        DbQuery provider = m_database.exec(u"SELECT pseudonym FROM providers WHERE id = ?"_s, {request.providerId});
        meta.pseudonym = provider.next() ? provider.value(0).toString() : QString();
        askId = m_database
                    .exec(u"INSERT INTO asks (provider_id, organization_id, instance_type_id, region_id, quantity, "
                          "open_quantity, price_per_hour, currency, available_from, available_until, min_lease_hours, "
                          "max_lease_hours, renewable_hours, status, created_at, updated_at, resale_allowed) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"_s,
                          {request.providerId,
                           seller.organizationId,
                           request.instanceType,
                           request.region,
                           request.quantity,
                           request.quantity,
                           request.pricePerHour,
                           kCurrency.toString(),
                           meta.availableFrom,
                           meta.availableUntil,
                           request.minLeaseHours,
                           request.maxLeaseHours,
                           request.renewableHours,
                           now,
                           now,
                           request.resaleAllowed})
                    .lastInsertId()
                    .toLongLong();
        placement = matchAsk(askId, meta, request.quantity);
        placement.order = ask(seller, askId).value_or(protocol::Ask()).toJson();
        if (idempotency)
            IdempotencyKeys::store(m_database, *idempotency, 201, placement.toJson(), now);
        transaction.commit();
    } catch (const DatabaseError &error) {
        qCCritical(lcMarket) << "ask failed:" << error.what();
        reloadAfterFailure();
        return ApiError{ErrorCode::Internal, u"The ask could not be stored; nothing was traded."_s, {}, {}};
    }
    Change change;
    change.instruments.append({request.instanceType, request.region});
    change.trades = placement.trades;
    change.organizations.append(seller.organizationId);
    if (m_asks.contains(askId))
        change.offeredAsks.append(askId);
    Q_EMIT changed(change);
    return placement;
}

std::optional<ApiError> MarketService::cancelBid(const Principal &buyer, qint64 bidId)
{
    const auto stored = bid(buyer, bidId);
    if (!stored)
        return notFound(u"bid"_s);
    if (stored->status != u"open"_s)
        return ApiError{
            ErrorCode::Conflict, u"This bid is %1 and can no longer be cancelled."_s.arg(stored->status), {}, {}};
    {
        Transaction transaction(m_database);
        m_database.exec(u"UPDATE bids SET status = 'cancelled', updated_at = ? WHERE id = ?"_s,
                        {m_clock.now().toMSecsSinceEpoch(), bidId});
        if (m_bidClosed)
            m_bidClosed(bidId);
        transaction.commit();
    }
    const BidMeta meta = m_bids.take(bidId);
    instrument(meta.instanceType, meta.region).book.cancel(meta.handle);
    Q_EMIT changed(Change{{{meta.instanceType, meta.region}}, {}, {buyer.organizationId}, {}});
    return std::nullopt;
}

std::optional<ApiError> MarketService::withdrawAsk(const Principal &seller, qint64 askId)
{
    const auto stored = ask(seller, askId);
    if (!stored)
        return notFound(u"ask"_s);
    if (stored->status != u"open"_s)
        return ApiError{
            ErrorCode::Conflict, u"This ask is %1 and can no longer be withdrawn."_s.arg(stored->status), {}, {}};
    m_database.exec(u"UPDATE asks SET status = 'withdrawn', updated_at = ? WHERE id = ?"_s,
                    {m_clock.now().toMSecsSinceEpoch(), askId});
    const AskMeta meta = m_asks.take(askId);
    instrument(meta.instanceType, meta.region).book.cancel(meta.handle);
    Q_EMIT changed(Change{{{meta.instanceType, meta.region}}, {}, {seller.organizationId}, {}});
    return std::nullopt;
}

protocol::Expected<protocol::Ask> MarketService::amendAsk(const Principal &seller, qint64 askId,
                                                          std::optional<qint64> price, std::optional<qint64> quantity)
{
    const auto stored = ask(seller, askId);
    if (!stored)
        return notFound(u"ask"_s);
    if (stored->status != u"open"_s)
        return ApiError{
            ErrorCode::Conflict, u"This ask is %1 and can no longer be amended."_s.arg(stored->status), {}, {}};
    if (price && (*price < 1 || *price > kMaxPricePerHour))
        return invalid(u"pricePerHour"_s, u"The price must be 1 to %1 cents per hour."_s.arg(kMaxPricePerHour));
    if (quantity && (*quantity < 1 || *quantity > kMaxQuantity))
        return invalid(u"quantity"_s, u"The open quantity must be 1 to %1 slots."_s.arg(kMaxQuantity));
    const qint64 newOpen = quantity.value_or(stored->openQuantity);
    const qint64 newPrice = price.value_or(stored->pricePerHour);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    AskMeta meta = m_asks.value(askId);
    Instrument &target = instrument(meta.instanceType, meta.region);
    Placement placement;
    try {
        Transaction transaction(m_database);
        m_database.exec(
            u"UPDATE asks SET price_per_hour = ?, quantity = quantity + ?, open_quantity = ?, updated_at = ? "
            "WHERE id = ?"_s,
            {newPrice, newOpen - stored->openQuantity, newOpen, now, askId});
        if (newPrice == stored->pricePerHour && newOpen <= stored->openQuantity) {
            target.book.reduce(meta.handle, newOpen);
        } else {
            // A new price or more slots: the ask goes to the back, as a new order would.
            target.book.cancel(meta.handle);
            m_asks.remove(askId);
            meta.price = newPrice;
            placement = matchAsk(askId, meta, newOpen);
        }
        transaction.commit();
    } catch (const DatabaseError &error) {
        qCCritical(lcMarket) << "amend failed:" << error.what();
        reloadAfterFailure();
        return ApiError{ErrorCode::Internal, u"The ask could not be amended."_s, {}, {}};
    }
    Change change{{{meta.instanceType, meta.region}}, placement.trades, {seller.organizationId}, {}};
    if ((newPrice < stored->pricePerHour || newOpen > stored->openQuantity) && m_asks.contains(askId))
        change.offeredAsks.append(askId);
    Q_EMIT changed(change);
    return ask(seller, askId).value_or(protocol::Ask());
}

int MarketService::expireDue()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QList<qint64> due;
    QList<qint64> resalesDue;
    bool anyResale = false;
    for (auto it = m_asks.cbegin(); it != m_asks.cend(); ++it) {
        if (it->resaleOfLease != 0) {
            anyResale = true;
            if (it->availableUntil - qint64(kResaleLeavesBookHours) * kHourMs <= now)
                resalesDue.append(it.key());
        } else if (it->availableUntil <= now) {
            due.append(it.key());
        }
    }
    // Resale asks whose lease stopped running (ended, lost, bought back, sold) leave too.
    if (anyResale) {
        DbQuery gone = m_database.exec(u"SELECT a.id FROM asks a JOIN leases l ON l.id = a.resale_of_lease_id "
                                       "WHERE a.status = 'open' AND (l.status <> 'active' OR l.ends_at - ? <= ?)"_s,
                                       {qint64(kResaleLeavesBookHours) * kHourMs, now});
        while (gone.next()) {
            if (!resalesDue.contains(gone.value(0).toLongLong()))
                resalesDue.append(gone.value(0).toLongLong());
        }
    }
    Change change;
    if (!due.isEmpty() || !resalesDue.isEmpty()) {
        Transaction transaction(m_database);
        for (qint64 askId : std::as_const(due)) {
            m_database.exec(u"UPDATE asks SET status = 'expired', updated_at = ? WHERE id = ? AND status = 'open'"_s,
                            {now, askId});
        }
        closeResaleAsks(resalesDue, u"expired"_s, now);
        transaction.commit();
        for (qint64 askId : due + resalesDue) {
            const auto found = m_asks.constFind(askId);
            if (found == m_asks.cend())
                continue;
            const AskMeta meta = m_asks.take(askId);
            instrument(meta.instanceType, meta.region).book.cancel(meta.handle);
            change.instruments.append({meta.instanceType, meta.region});
            change.organizations.append(meta.organizationId);
        }
    }
    // Resale asks follow their schedule down as the time left shrinks, and
    // show buyers the whole hours left (that keeps their place in the queue).
    QList<QPair<qint64, qint64>> reprices;
    for (auto it = m_asks.begin(); it != m_asks.end(); ++it) {
        if (it->resaleOfLease == 0)
            continue;
        const qint64 price = scheduledPrice(*it, it->availableUntil - now);
        const int hours = hoursLeft(*it, now);
        if (price != it->price) {
            reprices.append({it.key(), price});
        } else if (hours < it->maxLeaseHours) {
            m_database.exec(u"UPDATE asks SET max_lease_hours = ? WHERE id = ?"_s, {hours, it.key()});
            it->maxLeaseHours = hours;
            change.instruments.append({it->instanceType, it->region});
        }
    }
    for (const auto &[askId, price] : std::as_const(reprices)) {
        const AskMeta meta = m_asks.value(askId);
        try {
            Transaction transaction(m_database);
            const Placement placement = repriceAsk(askId, price);
            transaction.commit();
            change.instruments.append({meta.instanceType, meta.region});
            change.trades += placement.trades;
            change.organizations.append(meta.organizationId);
            if (m_asks.contains(askId))
                change.offeredAsks.append(askId);
        } catch (const DatabaseError &error) {
            qCCritical(lcMarket) << "re-pricing resale ask" << askId << "failed:" << error.what();
            reloadAfterFailure();
        }
    }
    if (!change.instruments.isEmpty())
        Q_EMIT changed(change);
    return int(due.size() + resalesDue.size());
}

void MarketService::closeResaleAsks(const QList<qint64> &askIds, const QString &status, qint64 nowMs)
{
    for (qint64 askId : askIds) {
        const int closed = m_database
                               .exec(u"UPDATE asks SET status = ?, updated_at = ? WHERE id = ? AND status = 'open'"_s,
                                     {status, nowMs, askId})
                               .numRowsAffected();
        if (closed == 0)
            continue;
        if (m_resaleClosed)
            m_resaleClosed(askId);
    }
}

MarketService::Placement MarketService::repriceAsk(qint64 askId, qint64 newPrice)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    AskMeta meta = m_asks.value(askId);
    Instrument &target = instrument(meta.instanceType, meta.region);
    const qint64 open = target.book.remaining(meta.handle);
    meta.price = newPrice;
    meta.maxLeaseHours = hoursLeft(meta, now);
    m_database.exec(u"UPDATE asks SET price_per_hour = ?, max_lease_hours = ?, updated_at = ? WHERE id = ?"_s,
                    {newPrice, meta.maxLeaseHours, now, askId});
    target.book.cancel(meta.handle);
    m_asks.remove(askId);
    return matchAsk(askId, meta, open);
}

int MarketService::hoursLeft(const AskMeta &ask, qint64 nowMs)
{
    return int(std::max<qint64>(ask.minLeaseHours, (ask.availableUntil - nowMs) / kHourMs));
}

bool MarketService::resaleFits(const AskMeta &ask, qint64 durationMs, qint64 nowMs) const
{
    DbQuery lease = m_database.exec(u"SELECT l.ends_at, i.state FROM leases l LEFT JOIN instances i "
                                    "ON i.lease_id = l.id WHERE l.id = ? AND l.status = 'active'"_s,
                                    {ask.resaleOfLease});
    if (!lease.next())
        return false;
    const bool running = lease.value(1).isNull() || lease.value(1).toString() == u"running"_s;
    return running && nowMs + durationMs <= lease.value(0).toLongLong();
}

qint64 MarketService::scheduledPrice(const AskMeta &ask, qint64 remainingMs)
{
    qint64 price = ask.basePrice;
    int bestBelow = std::numeric_limits<int>::max();
    for (const ResaleStep &step : ask.schedule) {
        if (remainingMs < qint64(step.belowHours) * kHourMs && step.belowHours < bestBelow) {
            bestBelow = step.belowHours;
            price = step.pricePerHour;
        }
    }
    return price;
}

QJsonArray MarketService::scheduleArray(const QList<ResaleStep> &schedule)
{
    QJsonArray steps;
    for (const ResaleStep &step : schedule)
        steps.append(QJsonObject{{u"belowHours"_s, step.belowHours}, {u"pricePerHour"_s, step.pricePerHour}});
    return steps;
}

QString MarketService::scheduleJson(qint64 basePrice, const QList<ResaleStep> &schedule)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"basePricePerHour"_s, basePrice}, {u"steps"_s, scheduleArray(schedule)}})
            .toJson(QJsonDocument::Compact));
}

QList<MarketService::ResaleStep> MarketService::scheduleFromJson(const QString &text, qint64 *basePrice)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    *basePrice = object.value(u"basePricePerHour"_s).toInteger();
    QList<ResaleStep> steps;
    for (const QJsonValue &value : object.value(u"steps"_s).toArray()) {
        const QJsonObject step = value.toObject();
        steps.append({int(step.value(u"belowHours"_s).toInteger()), step.value(u"pricePerHour"_s).toInteger()});
    }
    return steps;
}

protocol::Expected<QJsonObject> MarketService::placeResale(const Principal &reseller, const ResaleRequest &request,
                                                           const IdempotencyKeys::Request *idempotency)
{
    if (request.pricePerHour < 1 || request.pricePerHour > kMaxPricePerHour)
        return invalid(u"pricePerHour"_s, u"The price must be 1 to %1 cents per hour."_s.arg(kMaxPricePerHour));
    if (request.schedule.size() > kResaleMaxSteps)
        return invalid(u"schedule"_s, u"A schedule has at most %1 steps."_s.arg(kResaleMaxSteps));
    QSet<int> stepHours;
    for (const ResaleStep &step : request.schedule) {
        if (step.belowHours < 1 || step.belowHours > kMaxLeaseHours)
            return invalid(u"schedule"_s, u"Each step's belowHours must be 1 to %1."_s.arg(kMaxLeaseHours));
        if (step.pricePerHour < 1 || step.pricePerHour > kMaxPricePerHour)
            return invalid(u"schedule"_s, u"Each step's price must be 1 to %1 cents per hour."_s.arg(kMaxPricePerHour));
        if (stepHours.contains(step.belowHours))
            return invalid(u"schedule"_s, u"Two steps start below %1 hours; name each once."_s.arg(step.belowHours));
        stepHours.insert(step.belowHours);
    }
    const auto state = resaleState(reseller, request.leaseId);
    if (!state)
        return state.error();
    const QString reason = state->value(u"reason"_s).toString();
    if (!reason.isEmpty())
        return ApiError{
            ErrorCode::Conflict, state->value(u"reasonText"_s).toString(), QJsonObject{{u"reason"_s, reason}}, {}};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    DbQuery lease = m_database.exec(
        u"SELECT l.provider_id, l.instance_type_id, l.region_id, l.ends_at, p.pseudonym, p.rating FROM leases l "
        "JOIN providers p ON p.id = l.provider_id WHERE l.id = ?"_s,
        {request.leaseId});
    if (!lease.next())
        return notFound(u"lease"_s);
    const qint64 endsAt = lease.value(3).toLongLong();
    for (const ResaleStep &step : request.schedule) {
        if (qint64(step.belowHours) * kHourMs >= endsAt - now)
            return invalid(u"schedule"_s,
                           u"A step below %1 hours starts at once: the lease has less left. Set the price "
                           "instead."_s.arg(step.belowHours));
    }
    AskMeta meta;
    meta.organizationId = reseller.organizationId;
    meta.providerId = lease.value(0).toLongLong();
    meta.pseudonym = lease.value(4).toString();
    meta.rating = lease.value(5).toDouble();
    meta.instanceType = lease.value(1).toString();
    meta.region = lease.value(2).toString();
    meta.availableFrom = now;
    meta.availableUntil = endsAt;
    meta.minLeaseHours = 1;
    meta.maxLeaseHours = hoursLeft(meta, now);
    meta.renewableHours = 0;
    meta.resaleAllowed = false;
    meta.resaleOfLease = request.leaseId;
    meta.basePrice = request.pricePerHour;
    meta.schedule = request.schedule;
    meta.price = scheduledPrice(meta, endsAt - now);
    QList<QPair<int, qint64>> steps;
    for (const ResaleStep &step : request.schedule)
        steps.append({step.belowHours, step.pricePerHour});

    Placement placement;
    qint64 askId = 0;
    QJsonObject answer;
    try {
        Transaction transaction(m_database);
        askId = m_database
                    .exec(u"INSERT INTO asks (provider_id, organization_id, instance_type_id, region_id, quantity, "
                          "open_quantity, price_per_hour, currency, available_from, available_until, min_lease_hours, "
                          "max_lease_hours, renewable_hours, status, created_at, updated_at, resale_allowed, "
                          "resale_of_lease_id, resale_schedule) "
                          "VALUES (?, ?, ?, ?, 1, 1, ?, ?, ?, ?, 1, ?, 0, 'open', ?, ?, 0, ?, ?)"_s,
                          {meta.providerId,
                           reseller.organizationId,
                           meta.instanceType,
                           meta.region,
                           meta.price,
                           kCurrency.toString(),
                           now,
                           endsAt,
                           meta.maxLeaseHours,
                           now,
                           now,
                           request.leaseId,
                           scheduleJson(meta.basePrice, meta.schedule)})
                    .lastInsertId()
                    .toLongLong();
        // Selling below the locked price: the worst case is held before the ask can trade.
        if (m_resaleFunding) {
            if (auto problem = m_resaleFunding(
                    reseller.organizationId, askId, request.leaseId, request.pricePerHour, steps, endsAt - now))
                return *problem;
        }
        placement = matchAsk(askId, meta, 1);
        auto after = resaleState(reseller, request.leaseId);
        answer = after ? *after : QJsonObject();
        QJsonArray trades;
        for (const auto &trade : std::as_const(placement.trades))
            trades.append(trade.toJson());
        answer.insert(u"trades"_s, trades);
        if (idempotency)
            IdempotencyKeys::store(m_database, *idempotency, 201, answer, now);
        transaction.commit();
    } catch (const DatabaseError &error) {
        qCCritical(lcMarket) << "resale ask failed:" << error.what();
        reloadAfterFailure();
        return ApiError{ErrorCode::Internal, u"The resale could not be stored; nothing was traded."_s, {}, {}};
    }
    Change change;
    change.instruments.append({meta.instanceType, meta.region});
    change.trades = placement.trades;
    change.organizations.append(reseller.organizationId);
    if (m_asks.contains(askId))
        change.offeredAsks.append(askId);
    Q_EMIT changed(change);
    return answer;
}

std::optional<ApiError> MarketService::withdrawResale(const Principal &reseller, qint64 leaseId)
{
    DbQuery owned = m_database.exec(u"SELECT 1 FROM leases WHERE id = ? AND organization_id = ?"_s,
                                    {leaseId, reseller.organizationId});
    if (!owned.next())
        return notFound(u"lease"_s);
    DbQuery open = m_database.exec(u"SELECT id FROM asks WHERE resale_of_lease_id = ? AND status = 'open'"_s,
                                   {leaseId});
    if (!open.next())
        return ApiError{
            ErrorCode::Conflict, u"This lease is not on sale."_s, QJsonObject{{u"reason"_s, u"not_on_sale"_s}}, {}};
    const qint64 askId = open.value(0).toLongLong();
    {
        Transaction transaction(m_database);
        closeResaleAsks({askId}, u"withdrawn"_s, m_clock.now().toMSecsSinceEpoch());
        transaction.commit();
    }
    const AskMeta meta = m_asks.take(askId);
    instrument(meta.instanceType, meta.region).book.cancel(meta.handle);
    Q_EMIT changed(Change{{{meta.instanceType, meta.region}}, {}, {reseller.organizationId}, {}});
    return std::nullopt;
}

protocol::Expected<QJsonObject> MarketService::resaleState(const Principal &reseller, qint64 leaseId)
{
    DbQuery lease = m_database.exec(
        u"SELECT l.status, l.ends_at, l.resale_allowed, l.resold_from_lease_id, l.resold_to_lease_id, "
        "l.instance_type_id, l.region_id, l.price_per_hour, l.currency, i.state FROM leases l "
        "LEFT JOIN instances i ON i.lease_id = l.id WHERE l.id = ? AND l.organization_id = ?"_s,
        {leaseId, reseller.organizationId});
    if (!lease.next())
        return notFound(u"lease"_s);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const QString status = lease.value(0).toString();
    const qint64 endsAt = lease.value(1).toLongLong();
    const bool allowed = lease.value(2).toBool();
    const bool boughtOnResale = !lease.value(3).isNull();
    const bool resold = !lease.value(4).isNull();
    const QString instanceType = lease.value(5).toString();
    const QString region = lease.value(6).toString();
    const bool running = lease.value(9).isNull() || lease.value(9).toString() == u"running"_s;
    const qint64 remainingMs = std::max<qint64>(0, endsAt - now);

    QJsonObject ask;
    DbQuery latest = m_database.exec(
        u"SELECT a.id, a.status, a.price_per_hour, a.resale_schedule, a.created_at, COALESCE(h.amount, 0) "
        "FROM asks a LEFT JOIN billing_resale_holds h ON h.ask_id = a.id WHERE a.resale_of_lease_id = ? "
        "ORDER BY a.id DESC LIMIT 1"_s,
        {leaseId});
    bool onSale = false;
    if (latest.next()) {
        qint64 base = 0;
        const QList<ResaleStep> schedule = scheduleFromJson(latest.value(3).toString(), &base);
        onSale = latest.value(1).toString() == u"open"_s;
        ask = QJsonObject{{u"id"_s, latest.value(0).toLongLong()},
                          {u"status"_s, latest.value(1).toString()},
                          {u"pricePerHour"_s, latest.value(2).toLongLong()},
                          {u"basePricePerHour"_s, base},
                          {u"schedule"_s, scheduleArray(schedule)},
                          {u"createdAt"_s, protocol::isoTime(fromMs(latest.value(4).toLongLong()))},
                          {u"heldAmount"_s, latest.value(5).toLongLong()}};
    }

    QString reason;
    QString reasonText;
    if (resold) {
        reason = u"resold"_s;
        reasonText = u"This lease was sold on already."_s;
    } else if (status != u"active"_s || !running) {
        reason = u"not_active"_s;
        reasonText = u"Only a running lease can be sold on; this one is %1."_s.arg(status);
    } else if (boughtOnResale) {
        reason = u"resale_not_allowed"_s;
        reasonText = u"A lease bought on resale cannot be sold on again."_s;
    } else if (!allowed) {
        reason = u"resale_not_allowed"_s;
        reasonText = u"The seller of this capacity does not allow resale."_s;
    } else if (onSale) {
        reason = u"already_offered"_s;
        reasonText = u"This lease is on sale already; withdraw it to change the price."_s;
    } else if (remainingMs < qint64(kResaleMinimumHours) * kHourMs) {
        reason = u"too_little_time"_s;
        reasonText = u"A lease needs at least %1 hours left to be sold on."_s.arg(kResaleMinimumHours);
    }

    // A suggestion from what the same capacity traded at lately (median of
    // up to 20 trades in the last week), else the best ask, else the price paid.
    QList<qint64> prices;
    DbQuery trades = m_database.exec(u"SELECT price_per_hour FROM trades WHERE instance_type_id = ? AND region_id = ? "
                                     "AND executed_at >= ? ORDER BY executed_at DESC LIMIT 20"_s,
                                     {instanceType, region, now - 7 * 24 * kHourMs});
    while (trades.next())
        prices.append(trades.value(0).toLongLong());
    qint64 suggested = lease.value(7).toLongLong();
    QString basis = u"locked_price"_s;
    if (!prices.isEmpty()) {
        std::sort(prices.begin(), prices.end());
        const qsizetype middle = prices.size() / 2;
        suggested = prices.size() % 2 ? prices.at(middle) : (prices.at(middle - 1) + prices.at(middle) + 1) / 2;
        basis = u"recent_trades"_s;
    } else if (const auto best = bestAsk(instanceType, region)) {
        suggested = *best;
        basis = u"best_ask"_s;
    }

    return QJsonObject{
        {u"leaseId"_s, leaseId},
        {u"instanceType"_s, instanceType},
        {u"region"_s, region},
        {u"currency"_s, lease.value(8).toString()},
        {u"lockedPricePerHour"_s, lease.value(7).toLongLong()},
        {u"leaseEndsAt"_s, protocol::isoTime(fromMs(endsAt))},
        {u"remainingHours"_s, double(remainingMs / 60'000) / 60.0},
        {u"resaleAllowed"_s, allowed && !boughtOnResale},
        {u"eligible"_s, reason.isEmpty()},
        {u"reason"_s, reason},
        {u"reasonText"_s, reasonText},
        {u"minimumRemainingHours"_s, kResaleMinimumHours},
        {u"leavesBookAt"_s, protocol::isoTime(fromMs(endsAt - qint64(kResaleLeavesBookHours) * kHourMs))},
        {u"suggestedPricePerHour"_s, suggested},
        {u"suggestionBasis"_s, basis},
        {u"recentTrades"_s, qint64(prices.size())},
        {u"resaleFeeBasisPoints"_s, m_resaleFeeBasisPoints},
        {u"ask"_s, ask.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ask)},
    };
}

QList<protocol::Ask> MarketService::asksOf(const Principal &seller, const QString &status)
{
    DbQuery query = m_database.exec(
        u"SELECT "_s + kAskColumns
            + u" WHERE organization_id = ? AND resale_of_lease_id IS NULL AND (? = '' OR status = ?) "
              "ORDER BY id DESC LIMIT ?"_s,
        {seller.organizationId, status, status, kListLimit});
    QList<protocol::Ask> asks;
    while (query.next())
        asks.append(readAsk(query));
    return asks;
}

QList<protocol::Bid> MarketService::bidsOf(const Principal &buyer, const QString &status)
{
    DbQuery query = m_database.exec(
        u"SELECT "_s + kBidColumns
            + u" WHERE organization_id = ? AND (? = '' OR status = ?) ORDER BY id DESC LIMIT ?"_s,
        {buyer.organizationId, status, status, kListLimit});
    QList<protocol::Bid> bids;
    while (query.next())
        bids.append(readBid(query));
    return bids;
}

std::optional<protocol::Ask> MarketService::ask(const Principal &seller, qint64 askId)
{
    DbQuery query = m_database.exec(u"SELECT "_s + kAskColumns
                                        + u" WHERE id = ? AND organization_id = ? AND resale_of_lease_id IS NULL"_s,
                                    {askId, seller.organizationId});
    if (!query.next())
        return std::nullopt;
    return readAsk(query);
}

std::optional<protocol::Bid> MarketService::bid(const Principal &buyer, qint64 bidId)
{
    DbQuery query = m_database.exec(u"SELECT "_s + kBidColumns + u" WHERE id = ? AND organization_id = ?"_s,
                                    {bidId, buyer.organizationId});
    if (!query.next())
        return std::nullopt;
    return readBid(query);
}

protocol::Offer MarketService::offerOf(qint64 askId, const AskMeta &meta) const
{
    const Instrument *target = findInstrument(meta.instanceType, meta.region);
    protocol::Offer offer;
    offer.id = askId;
    offer.instanceType = meta.instanceType;
    offer.region = meta.region;
    offer.pricePerHour = meta.price;
    offer.currency = kCurrency.toString();
    offer.availableQuantity = target ? target->book.remaining(meta.handle) : 0;
    offer.availableUntil = fromMs(meta.availableUntil);
    offer.minLeaseHours = meta.minLeaseHours;
    offer.maxLeaseHours = meta.maxLeaseHours;
    offer.renewableHours = meta.renewableHours;
    offer.provider = protocol::ProviderBadge{meta.pseudonym, meta.rating};
    return offer;
}

void MarketService::setProviderRating(qint64 providerId, double rating)
{
    for (AskMeta &meta : m_asks) {
        if (meta.providerId == providerId)
            meta.rating = rating;
    }
}

std::optional<MarketService::OwnedOffer> MarketService::openOffer(qint64 askId) const
{
    const auto found = m_asks.constFind(askId);
    if (found == m_asks.cend())
        return std::nullopt;
    return OwnedOffer{offerOf(askId, *found), found->organizationId};
}

QList<protocol::Offer> MarketService::openOffers() const
{
    QList<protocol::Offer> offers;
    offers.reserve(m_asks.size());
    for (auto it = m_asks.cbegin(); it != m_asks.cend(); ++it)
        offers.append(offerOf(it.key(), *it));
    std::sort(offers.begin(), offers.end(), [](const protocol::Offer &a, const protocol::Offer &b) {
        return a.pricePerHour != b.pricePerHour ? a.pricePerHour < b.pricePerHour : a.id < b.id;
    });
    return offers;
}

protocol::Depth MarketService::depth(const QString &instanceType, const QString &region, int levels) const
{
    protocol::Depth depth;
    depth.instanceType = instanceType;
    depth.region = region;
    const Instrument *target = findInstrument(instanceType, region);
    if (!target)
        return depth;
    std::vector<market::DepthLevel> side;
    target->book.depth(market::Side::Buy, std::size_t(levels), side);
    for (const auto &level : side)
        depth.bids.append({level.price, level.quantity, int(level.orders)});
    target->book.depth(market::Side::Sell, std::size_t(levels), side);
    for (const auto &level : side)
        depth.asks.append({level.price, level.quantity, int(level.orders)});
    return depth;
}

bool MarketService::hasInstrument(const QString &instanceType, const QString &region) const
{
    return findInstrument(instanceType, region) != nullptr;
}

QList<QPair<QString, QString>> MarketService::instruments() const
{
    QList<QPair<QString, QString>> result;
    for (const auto &instrument : m_instruments)
        result.append({instrument->instanceType, instrument->region});
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<qint64> MarketService::bestBid(const QString &instanceType, const QString &region) const
{
    const Instrument *target = findInstrument(instanceType, region);
    market::Price price = 0;
    if (!target || !target->book.bestBid(price))
        return std::nullopt;
    return price;
}

std::optional<qint64> MarketService::bestAsk(const QString &instanceType, const QString &region) const
{
    const Instrument *target = findInstrument(instanceType, region);
    market::Price price = 0;
    if (!target || !target->book.bestAsk(price))
        return std::nullopt;
    return price;
}

qint64 MarketService::openAskQuantity(const QString &instanceType, const QString &region) const
{
    const Instrument *target = findInstrument(instanceType, region);
    if (!target)
        return 0;
    std::vector<market::DepthLevel> levels;
    target->book.depth(market::Side::Sell, target->book.levelCount(market::Side::Sell), levels);
    qint64 total = 0;
    for (const auto &level : levels)
        total += level.quantity;
    return total;
}

} // namespace sc::broker
