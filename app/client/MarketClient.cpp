#include "client/MarketClient.h"

#include "client/TypedReply.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr qsizetype kMaxItems = 100'000;
constexpr qint64 kMaxMoney = qint64(1) << 53;

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString instrumentPath(const QString &instanceType, const QString &region, QStringView what)
{
    return u"/market/instruments/"_s + segment(instanceType) + u'/' + segment(region) + u'/' + what;
}

// Reads array `key` of `json` with T::fromJson, or the first element's error.
template<typename T>
Expected<QList<T>> readList(const QJsonObject &json, QStringView key)
{
    protocol::JsonReader reader(json);
    const QJsonArray array = reader.array(key, kMaxItems);
    if (!reader.ok())
        return reader.error();
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        auto item = T::fromJson(value.toObject());
        if (!item)
            return item.error();
        items.append(std::move(item).value());
    }
    return items;
}

Expected<QList<protocol::TradePrint>> readTrades(const QJsonObject &json)
{
    if (!json.contains(u"trades"))
        return QList<protocol::TradePrint>();
    return readList<protocol::TradePrint>(json, u"trades");
}

Expected<QList<MarketClient::Ranked>> readRanking(const QJsonArray &array)
{
    QList<MarketClient::Ranked> ranking;
    for (const QJsonValue &value : array) {
        protocol::JsonReader reader(value.toObject(), u"ranking"_s);
        MarketClient::Ranked entry;
        entry.id = reader.string(u"id", 64);
        entry.slotCount = reader.integer(u"slots", 0, kMaxMoney);
        if (!reader.ok())
            return reader.error();
        ranking.append(entry);
    }
    return ranking;
}

} // namespace

QUrlQuery MarketClient::OfferFilter::toQuery() const
{
    QUrlQuery query;
    if (!instanceType.isEmpty())
        query.addQueryItem(u"instanceType"_s, instanceType);
    if (minVcpus > 0)
        query.addQueryItem(u"minVcpus"_s, QString::number(minVcpus));
    if (minMemoryMiB > 0)
        query.addQueryItem(u"minMemoryMiB"_s, QString::number(minMemoryMiB));
    if (minDiskGiB > 0)
        query.addQueryItem(u"minDiskGiB"_s, QString::number(minDiskGiB));
    if (!countries.isEmpty())
        query.addQueryItem(u"countries"_s, countries.join(u','));
    if (!regions.isEmpty())
        query.addQueryItem(u"regions"_s, regions.join(u','));
    if (maxPricePerHour)
        query.addQueryItem(u"maxPricePerHour"_s, QString::number(*maxPricePerHour));
    if (minRating > 0)
        query.addQueryItem(u"minRating"_s, QString::number(minRating, 'f', 1));
    if (minAvailableHours > 0)
        query.addQueryItem(u"minAvailableHours"_s, QString::number(minAvailableHours));
    if (!sort.isEmpty())
        query.addQueryItem(u"sort"_s, sort);
    if (limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(limit));
    return query;
}

QJsonObject MarketClient::BidOrder::toJson() const
{
    QJsonObject json{
        {u"instanceType"_s, instanceType},
        {u"regions"_s, QJsonArray::fromStringList(regions)},
        {u"maxPricePerHour"_s, maxPricePerHour},
        {u"durationHours"_s, durationHours},
        {u"quantity"_s, quantity},
        {u"timeInForce"_s, timeInForce},
    };
    if (minRating > 0)
        json.insert(u"minRating"_s, minRating);
    return json;
}

QJsonObject MarketClient::AskOrder::toJson() const
{
    QJsonObject json{
        {u"providerId"_s, providerId},
        {u"instanceType"_s, instanceType},
        {u"region"_s, region},
        {u"quantity"_s, quantity},
        {u"pricePerHour"_s, pricePerHour},
        {u"availableUntil"_s, availableUntil.toUTC().toString(Qt::ISODateWithMs)},
        {u"minLeaseHours"_s, minLeaseHours},
        {u"maxLeaseHours"_s, maxLeaseHours},
        {u"renewableHours"_s, renewableHours},
    };
    if (availableFrom)
        json.insert(u"availableFrom"_s, availableFrom->toUTC().toString(Qt::ISODateWithMs));
    return json;
}

MarketClient::MarketClient(BrokerClient &client)
    : m_client(client)
{
}

QString MarketClient::intervalName(CandleInterval interval)
{
    switch (interval) {
    case CandleInterval::Minute: return u"1m"_s;
    case CandleInterval::Hour: return u"1h"_s;
    case CandleInterval::Day: return u"1d"_s;
    }
    return u"1h"_s;
}

qint64 MarketClient::intervalSeconds(CandleInterval interval)
{
    switch (interval) {
    case CandleInterval::Minute: return 60;
    case CandleInterval::Hour: return 3'600;
    case CandleInterval::Day: return 86'400;
    }
    return 3'600;
}

template<typename T, typename Parse>
void MarketClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback<T> callback, Parse parse)
{
    m_client.getJson(path, query, context, typedReply<T>(std::move(callback), parse));
}

template<typename T, typename Parse>
void MarketClient::send(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                        Callback<T> callback, Parse parse, const BrokerClient::Headers &headers)
{
    m_client.sendJson(method, path, body, headers, context, typedReply<T>(std::move(callback), parse));
}

void MarketClient::fetchSnapshot(QObject *context, Callback<Snapshot> callback)
{
    get<Snapshot>(u"/market/snapshot"_s, {}, context, std::move(callback), &MarketClient::parseSnapshot);
}

void MarketClient::searchOffers(const OfferFilter &filter, QObject *context, Callback<OfferSearchResult> callback)
{
    get<OfferSearchResult>(
        u"/market/offers"_s, filter.toQuery(), context, std::move(callback), &MarketClient::parseOfferSearch);
}

void MarketClient::fetchDepth(const QString &instanceType, const QString &region, int levels, QObject *context,
                              Callback<protocol::Depth> callback)
{
    QUrlQuery query;
    query.addQueryItem(u"levels"_s, QString::number(levels));
    get<protocol::Depth>(instrumentPath(instanceType, region, u"depth"),
                         query,
                         context,
                         std::move(callback),
                         &protocol::Depth::fromJson);
}

void MarketClient::fetchCandles(const QString &instanceType, const QString &region, CandleInterval interval,
                                const QDateTime &from, const QDateTime &to, QObject *context,
                                Callback<QList<protocol::Candle>> callback)
{
    QUrlQuery query;
    query.addQueryItem(u"interval"_s, intervalName(interval));
    if (from.isValid())
        query.addQueryItem(u"from"_s, from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        query.addQueryItem(u"to"_s, to.toUTC().toString(Qt::ISODateWithMs));
    get<QList<protocol::Candle>>(instrumentPath(instanceType, region, u"candles"),
                                 query,
                                 context,
                                 std::move(callback),
                                 [](const QJsonObject &json) { return readList<protocol::Candle>(json, u"candles"); });
}

void MarketClient::placeBid(const BidOrder &order, QObject *context, Callback<BidPlacement> callback)
{
    send<BidPlacement>("POST",
                       u"/market/bids"_s,
                       order.toJson(),
                       context,
                       std::move(callback),
                       &MarketClient::parseBidPlacement,
                       {{"Idempotency-Key", BrokerClient::newIdempotencyKey()}});
}

void MarketClient::fetchMyBids(const QString &status, QObject *context, Callback<QList<protocol::Bid>> callback)
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(u"status"_s, status);
    get<QList<protocol::Bid>>(u"/market/bids"_s, query, context, std::move(callback), [](const QJsonObject &json) {
        return readList<protocol::Bid>(json, u"bids");
    });
}

void MarketClient::cancelBid(qint64 bidId, QObject *context, Callback<Done> callback)
{
    send<Done>("DELETE", u"/market/bids/%1"_s.arg(bidId), {}, context, std::move(callback), [](const QJsonObject &) {
        return Expected<Done>(Done());
    });
}

void MarketClient::fetchMyAsks(const QString &status, QObject *context, Callback<QList<protocol::Ask>> callback)
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(u"status"_s, status);
    get<QList<protocol::Ask>>(u"/market/asks"_s, query, context, std::move(callback), [](const QJsonObject &json) {
        return readList<protocol::Ask>(json, u"asks");
    });
}

void MarketClient::placeAsk(const AskOrder &order, QObject *context, Callback<AskPlacement> callback)
{
    send<AskPlacement>("POST",
                       u"/market/asks"_s,
                       order.toJson(),
                       context,
                       std::move(callback),
                       [](const QJsonObject &json) -> Expected<AskPlacement> {
                           auto ask = protocol::Ask::fromJson(json);
                           if (!ask)
                               return ask.error();
                           auto trades = readTrades(json);
                           if (!trades)
                               return trades.error();
                           return AskPlacement{std::move(ask).value(), std::move(trades).value()};
                       },
                       {{"Idempotency-Key", BrokerClient::newIdempotencyKey()}});
}

void MarketClient::amendAsk(qint64 askId, std::optional<qint64> pricePerHour, std::optional<qint64> quantity,
                            QObject *context, Callback<protocol::Ask> callback)
{
    QJsonObject body;
    if (pricePerHour)
        body.insert(u"pricePerHour"_s, *pricePerHour);
    if (quantity)
        body.insert(u"quantity"_s, *quantity);
    send<protocol::Ask>(
        "PATCH", u"/market/asks/%1"_s.arg(askId), body, context, std::move(callback), &protocol::Ask::fromJson);
}

void MarketClient::withdrawAsk(qint64 askId, QObject *context, Callback<Done> callback)
{
    send<Done>("DELETE", u"/market/asks/%1"_s.arg(askId), {}, context, std::move(callback), [](const QJsonObject &) {
        return Expected<Done>(Done());
    });
}

void MarketClient::fetchProviders(QObject *context, Callback<QList<SellerProvider>> callback)
{
    get<QList<SellerProvider>>(u"/seller/providers"_s,
                               {},
                               context,
                               std::move(callback),
                               [](const QJsonObject &json) -> Expected<QList<SellerProvider>> {
                                   protocol::JsonReader list(json);
                                   const QJsonArray array = list.array(u"providers", kMaxItems);
                                   if (!list.ok())
                                       return list.error();
                                   QList<SellerProvider> providers;
                                   for (const QJsonValue &value : array) {
                                       protocol::JsonReader reader(value.toObject(), u"provider"_s);
                                       SellerProvider provider;
                                       provider.id = reader.integer(u"id", 1, kMaxMoney);
                                       provider.name = reader.string(u"name", 200, 0);
                                       provider.pseudonym = reader.string(u"pseudonym", 200);
                                       provider.rating = reader.number(u"rating", 0, 5);
                                       provider.status = reader.string(u"status", 32);
                                       if (!reader.ok())
                                           return reader.error();
                                       providers.append(provider);
                                   }
                                   return providers;
                               });
}

void MarketClient::fetchMarketStatistics(int days, QObject *context, Callback<MarketStatistics> callback)
{
    QUrlQuery query;
    query.addQueryItem(u"days"_s, QString::number(days));
    get<MarketStatistics>(
        u"/seller/market-stats"_s, query, context, std::move(callback), &MarketClient::parseMarketStatistics);
}

Expected<MarketClient::Snapshot> MarketClient::parseSnapshot(const QJsonObject &json)
{
    auto instruments = readList<protocol::InstrumentSummary>(json, u"instruments");
    if (!instruments)
        return instruments.error();
    Snapshot snapshot;
    snapshot.instruments = std::move(instruments).value();
    snapshot.generatedAt = QDateTime::fromString(json.value(u"generatedAt").toString(), Qt::ISODateWithMs).toUTC();
    return snapshot;
}

Expected<MarketClient::OfferSearchResult> MarketClient::parseOfferSearch(const QJsonObject &json)
{
    auto offers = readList<protocol::Offer>(json, u"offers");
    if (!offers)
        return offers.error();
    OfferSearchResult result;
    result.offers = std::move(offers).value();
    result.total = json.value(u"total").toInteger(result.offers.size());
    const QJsonObject excluded = json.value(u"excludedBy").toObject();
    for (auto it = excluded.constBegin(); it != excluded.constEnd(); ++it)
        result.excludedBy.insert(it.key(), it.value().toInteger());
    for (const QJsonValue &value : json.value(u"nearMisses").toArray()) {
        const QJsonObject near = value.toObject();
        auto offer = protocol::Offer::fromJson(near.value(u"offer").toObject());
        if (!offer)
            return offer.error();
        NearMiss miss{std::move(offer).value(), {}};
        for (const QJsonValue &missed : near.value(u"missed").toArray()) {
            const QJsonObject object = missed.toObject();
            miss.missed.append(Miss{object.value(u"constraint").toString(), object.value(u"detail").toString()});
        }
        result.nearMisses.append(std::move(miss));
    }
    return result;
}

Expected<MarketClient::BidPlacement> MarketClient::parseBidPlacement(const QJsonObject &json)
{
    auto bid = protocol::Bid::fromJson(json);
    if (!bid)
        return bid.error();
    auto trades = readTrades(json);
    if (!trades)
        return trades.error();
    BidPlacement placement{std::move(bid).value(), std::move(trades).value(), {}};
    for (const QJsonValue &id : json.value(u"leaseIds").toArray())
        placement.leaseIds.append(id.toInteger());
    return placement;
}

Expected<MarketClient::MarketStatistics> MarketClient::parseMarketStatistics(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"statistics"_s);
    MarketStatistics stats;
    stats.days = int(reader.integer(u"days", 0, 100'000));
    stats.currency = reader.string(u"currency", 3, 3);
    stats.slotsTraded = reader.integer(u"slotsTraded", 0, kMaxMoney);
    stats.averagePricePerVcpuHour = reader.integer(u"averagePricePerVcpuHour", 0, kMaxMoney);
    stats.averagePricePerGibHour = reader.integer(u"averagePricePerGibHour", 0, kMaxMoney);
    const QJsonArray types = reader.array(u"popularInstanceTypes", kMaxItems);
    const QJsonArray regions = reader.array(u"popularRegions", kMaxItems);
    const QJsonArray daily = reader.array(u"dailyPricePerVcpuHour", kMaxItems);
    if (!reader.ok())
        return reader.error();
    auto typeRanking = readRanking(types);
    if (!typeRanking)
        return typeRanking.error();
    auto regionRanking = readRanking(regions);
    if (!regionRanking)
        return regionRanking.error();
    stats.popularInstanceTypes = std::move(typeRanking).value();
    stats.popularRegions = std::move(regionRanking).value();
    for (const QJsonValue &value : daily) {
        protocol::JsonReader day(value.toObject(), u"day"_s);
        DailyPrices prices;
        prices.day = QDate::fromString(day.string(u"day", 40).left(10), Qt::ISODate);
        prices.p10 = day.integer(u"p10", 0, kMaxMoney);
        prices.median = day.integer(u"median", 0, kMaxMoney);
        prices.p90 = day.integer(u"p90", 0, kMaxMoney);
        prices.trades = day.integer(u"trades", 0, kMaxMoney);
        if (!day.ok())
            return day.error();
        stats.daily.append(prices);
    }
    return stats;
}

} // namespace sc::client
