#include "protocol/MarketDto.h"

#include "protocol/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sc::protocol {

namespace {

constexpr qint64 kMaxMoney = qint64(1) << 50;
constexpr qint64 kMaxId = qint64(1) << 53;

void insertOptional(QJsonObject &json, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        json.insert(key, *value);
}

QJsonArray levelsJson(const QList<DepthLevelInfo> &levels)
{
    QJsonArray array;
    for (const auto &level : levels)
        array.append(QJsonObject{
            {u"pricePerHour"_s, level.pricePerHour}, {u"quantity"_s, level.quantity}, {u"orders"_s, level.orders}});
    return array;
}

QList<DepthLevelInfo> levelsFromJson(const QJsonArray &array, JsonReader &owner)
{
    QList<DepthLevelInfo> levels;
    for (const QJsonValue &value : array) {
        JsonReader reader(value.toObject(), u"level"_s);
        DepthLevelInfo level;
        level.pricePerHour = reader.integer(u"pricePerHour", 0, kMaxMoney);
        level.quantity = reader.integer(u"quantity", 0, kMaxMoney);
        level.orders = int(reader.integer(u"orders", 0, 1 << 30));
        if (!reader.ok()) {
            owner.fail(u"levels", reader.error().message);
            break;
        }
        levels.append(level);
    }
    return levels;
}

} // namespace

QJsonObject ProviderBadge::toJson() const
{
    return QJsonObject{{u"pseudonym"_s, pseudonym}, {u"rating"_s, rating}};
}

Expected<ProviderBadge> ProviderBadge::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"provider"_s);
    ProviderBadge badge;
    badge.pseudonym = reader.string(u"pseudonym", 64);
    badge.rating = reader.number(u"rating", 0, 5);
    if (!reader.ok())
        return reader.error();
    return badge;
}

QJsonObject Offer::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"instanceType"_s, instanceType},
        {u"region"_s, region},
        {u"pricePerHour"_s, pricePerHour},
        {u"currency"_s, currency},
        {u"availableQuantity"_s, availableQuantity},
        {u"availableUntil"_s, isoTime(availableUntil)},
        {u"minLeaseHours"_s, minLeaseHours},
        {u"maxLeaseHours"_s, maxLeaseHours},
        {u"renewableHours"_s, renewableHours},
        {u"provider"_s, provider.toJson()},
    };
}

Expected<Offer> Offer::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"offer"_s);
    Offer offer;
    offer.id = reader.integer(u"id", 1, kMaxId);
    offer.instanceType = reader.string(u"instanceType", 64);
    offer.region = reader.string(u"region", 64);
    offer.pricePerHour = reader.integer(u"pricePerHour", 1, kMaxMoney);
    offer.currency = reader.string(u"currency", 3, 3);
    offer.availableQuantity = reader.integer(u"availableQuantity", 0, kMaxMoney);
    offer.availableUntil = reader.time(u"availableUntil");
    offer.minLeaseHours = int(reader.integer(u"minLeaseHours", 1, 1'000'000));
    offer.maxLeaseHours = int(reader.integer(u"maxLeaseHours", 1, 1'000'000));
    offer.renewableHours = int(reader.integer(u"renewableHours", 0, 1'000'000));
    const QJsonObject provider = reader.object(u"provider");
    if (!reader.ok())
        return reader.error();
    auto badge = ProviderBadge::fromJson(provider);
    if (!badge)
        return badge.error();
    offer.provider = *badge;
    return offer;
}

QJsonObject Ask::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"providerId"_s, providerId},
        {u"instanceType"_s, instanceType},
        {u"region"_s, region},
        {u"quantity"_s, quantity},
        {u"openQuantity"_s, openQuantity},
        {u"pricePerHour"_s, pricePerHour},
        {u"currency"_s, currency},
        {u"availableFrom"_s, isoTime(availableFrom)},
        {u"availableUntil"_s, isoTime(availableUntil)},
        {u"minLeaseHours"_s, minLeaseHours},
        {u"maxLeaseHours"_s, maxLeaseHours},
        {u"renewableHours"_s, renewableHours},
        {u"resaleAllowed"_s, resaleAllowed},
        {u"status"_s, status},
        {u"createdAt"_s, isoTime(createdAt)},
    };
}

Expected<Ask> Ask::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"ask"_s);
    Ask ask;
    ask.id = reader.integer(u"id", 1, kMaxId);
    ask.providerId = reader.integer(u"providerId", 1, kMaxId);
    ask.instanceType = reader.string(u"instanceType", 64);
    ask.region = reader.string(u"region", 64);
    ask.quantity = reader.integer(u"quantity", 1, kMaxMoney);
    ask.openQuantity = reader.integer(u"openQuantity", 0, kMaxMoney);
    ask.pricePerHour = reader.integer(u"pricePerHour", 1, kMaxMoney);
    ask.currency = reader.string(u"currency", 3, 3);
    ask.availableFrom = reader.time(u"availableFrom");
    ask.availableUntil = reader.time(u"availableUntil");
    ask.minLeaseHours = int(reader.integer(u"minLeaseHours", 1, 1'000'000));
    ask.maxLeaseHours = int(reader.integer(u"maxLeaseHours", 1, 1'000'000));
    ask.renewableHours = int(reader.integer(u"renewableHours", 0, 1'000'000));
    ask.resaleAllowed = reader.optionalBoolean(u"resaleAllowed").value_or(true);
    ask.status = reader.string(u"status", 16);
    ask.createdAt = reader.time(u"createdAt");
    if (!reader.ok())
        return reader.error();
    return ask;
}

QJsonObject Bid::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"instanceType"_s, instanceType},
        {u"regions"_s, QJsonArray::fromStringList(regions)},
        {u"maxPricePerHour"_s, maxPricePerHour},
        {u"currency"_s, currency},
        {u"durationHours"_s, durationHours},
        {u"minRating"_s, minRating},
        {u"quantity"_s, quantity},
        {u"filledQuantity"_s, filledQuantity},
        {u"timeInForce"_s, timeInForce},
        {u"status"_s, status},
        {u"createdAt"_s, isoTime(createdAt)},
    };
}

Expected<Bid> Bid::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"bid"_s);
    Bid bid;
    bid.id = reader.integer(u"id", 1, kMaxId);
    bid.instanceType = reader.string(u"instanceType", 64);
    for (const QJsonValue &region : reader.array(u"regions", 100))
        bid.regions.append(region.toString());
    bid.maxPricePerHour = reader.integer(u"maxPricePerHour", 1, kMaxMoney);
    bid.currency = reader.string(u"currency", 3, 3);
    bid.durationHours = int(reader.integer(u"durationHours", 1, 1'000'000));
    bid.minRating = reader.number(u"minRating", 0, 5);
    bid.quantity = reader.integer(u"quantity", 1, kMaxMoney);
    bid.filledQuantity = reader.integer(u"filledQuantity", 0, kMaxMoney);
    bid.timeInForce = reader.string(u"timeInForce", 8);
    bid.status = reader.string(u"status", 16);
    bid.createdAt = reader.time(u"createdAt");
    if (!reader.ok())
        return reader.error();
    return bid;
}

QJsonObject Lease::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"instanceType"_s, instanceType},
        {u"region"_s, region},
        {u"pricePerHour"_s, pricePerHour},
        {u"currency"_s, currency},
        {u"startsAt"_s, isoTime(startsAt)},
        {u"endsAt"_s, isoTime(endsAt)},
        {u"renewableHours"_s, renewableHours},
        {u"status"_s, status},
        {u"provider"_s, provider.toJson()},
    };
}

Expected<Lease> Lease::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"lease"_s);
    Lease lease;
    lease.id = reader.integer(u"id", 1, kMaxId);
    lease.instanceType = reader.string(u"instanceType", 64);
    lease.region = reader.string(u"region", 64);
    lease.pricePerHour = reader.integer(u"pricePerHour", 1, kMaxMoney);
    lease.currency = reader.string(u"currency", 3, 3);
    lease.startsAt = reader.time(u"startsAt");
    lease.endsAt = reader.time(u"endsAt");
    lease.renewableHours = int(reader.integer(u"renewableHours", 0, 1'000'000));
    lease.status = reader.string(u"status", 16);
    const QJsonObject provider = reader.object(u"provider");
    if (!reader.ok())
        return reader.error();
    auto badge = ProviderBadge::fromJson(provider);
    if (!badge)
        return badge.error();
    lease.provider = *badge;
    return lease;
}

QJsonObject TradePrint::toJson() const
{
    return QJsonObject{
        {u"instanceType"_s, instanceType},
        {u"region"_s, region},
        {u"pricePerHour"_s, pricePerHour},
        {u"quantity"_s, quantity},
        {u"executedAt"_s, isoTime(executedAt)},
    };
}

Expected<TradePrint> TradePrint::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"trade"_s);
    TradePrint trade;
    trade.instanceType = reader.string(u"instanceType", 64);
    trade.region = reader.string(u"region", 64);
    trade.pricePerHour = reader.integer(u"pricePerHour", 1, kMaxMoney);
    trade.quantity = reader.integer(u"quantity", 1, kMaxMoney);
    trade.executedAt = reader.time(u"executedAt");
    if (!reader.ok())
        return reader.error();
    return trade;
}

QJsonObject InstrumentSummary::toJson() const
{
    QJsonObject json{
        {u"instanceType"_s, instanceType},
        {u"region"_s, region},
        {u"currency"_s, currency},
        {u"volume24h"_s, volume24h},
        {u"openAskQuantity"_s, openAskQuantity},
    };
    insertOptional(json, u"lastPrice"_s, lastPrice);
    insertOptional(json, u"change24h"_s, change24h);
    insertOptional(json, u"bestBid"_s, bestBid);
    insertOptional(json, u"bestAsk"_s, bestAsk);
    return json;
}

Expected<InstrumentSummary> InstrumentSummary::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"instrument"_s);
    InstrumentSummary summary;
    summary.instanceType = reader.string(u"instanceType", 64);
    summary.region = reader.string(u"region", 64);
    summary.currency = reader.string(u"currency", 3, 3);
    summary.volume24h = reader.integer(u"volume24h", 0, kMaxMoney);
    summary.openAskQuantity = reader.integer(u"openAskQuantity", 0, kMaxMoney);
    summary.lastPrice = reader.optionalInteger(u"lastPrice", 0, kMaxMoney);
    summary.change24h = reader.optionalInteger(u"change24h", -kMaxMoney, kMaxMoney);
    summary.bestBid = reader.optionalInteger(u"bestBid", 0, kMaxMoney);
    summary.bestAsk = reader.optionalInteger(u"bestAsk", 0, kMaxMoney);
    if (!reader.ok())
        return reader.error();
    return summary;
}

QJsonObject Depth::toJson() const
{
    return QJsonObject{{u"instanceType"_s, instanceType},
                       {u"region"_s, region},
                       {u"bids"_s, levelsJson(bids)},
                       {u"asks"_s, levelsJson(asks)}};
}

Expected<Depth> Depth::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"depth"_s);
    Depth depth;
    depth.instanceType = reader.string(u"instanceType", 64);
    depth.region = reader.string(u"region", 64);
    const QJsonArray bids = reader.array(u"bids", 10'000);
    const QJsonArray asks = reader.array(u"asks", 10'000);
    if (reader.ok())
        depth.bids = levelsFromJson(bids, reader);
    if (reader.ok())
        depth.asks = levelsFromJson(asks, reader);
    if (!reader.ok())
        return reader.error();
    return depth;
}

QJsonObject Candle::toJson() const
{
    return QJsonObject{{u"start"_s, isoTime(start)},
                       {u"open"_s, open},
                       {u"high"_s, high},
                       {u"low"_s, low},
                       {u"close"_s, close},
                       {u"volume"_s, volume}};
}

Expected<Candle> Candle::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"candle"_s);
    Candle candle;
    candle.start = reader.time(u"start");
    candle.open = reader.integer(u"open", 0, kMaxMoney);
    candle.high = reader.integer(u"high", 0, kMaxMoney);
    candle.low = reader.integer(u"low", 0, kMaxMoney);
    candle.close = reader.integer(u"close", 0, kMaxMoney);
    candle.volume = reader.integer(u"volume", 0, kMaxMoney);
    if (!reader.ok())
        return reader.error();
    return candle;
}

} // namespace sc::protocol
