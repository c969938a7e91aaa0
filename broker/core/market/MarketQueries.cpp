#include "core/market/MarketQueries.h"

#include "core/Clock.h"
#include "core/auth/Principal.h"
#include "core/catalog/CatalogRepository.h"
#include "core/market/MarketService.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kSnapshotMaxAgeMs = 60'000;
constexpr int kMaxCandles = 2'000;
constexpr int kNearMisses = 5;

QString money(qint64 cents)
{
    return u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(
        std::clamp(std::round(p * double(values.size() - 1)), 0.0, double(values.size() - 1)));
    return values[index];
}

protocol::Lease readLease(const DbQuery &query)
{
    protocol::Lease lease;
    lease.id = query.value(0).toLongLong();
    lease.instanceType = query.value(1).toString();
    lease.region = query.value(2).toString();
    lease.pricePerHour = query.value(3).toLongLong();
    lease.currency = query.value(4).toString();
    lease.startsAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
    lease.endsAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    lease.renewableHours = query.value(7).toInt();
    lease.status = query.value(8).toString();
    lease.provider = protocol::ProviderBadge{query.value(9).toString(), query.value(10).toDouble()};
    return lease;
}

const QString kLeaseColumns = u"l.id, l.instance_type_id, l.region_id, l.price_per_hour, l.currency, l.starts_at, "
                              "l.ends_at, l.renewable_hours, l.status, p.pseudonym, p.rating "
                              "FROM leases l JOIN providers p ON p.id = l.provider_id"_s;

} // namespace

MarketQueries::MarketQueries(Database &database, CatalogRepository &catalog, MarketService &market, const Clock &clock)
    : m_database(database)
    , m_catalog(catalog)
    , m_market(market)
    , m_clock(clock)
{
}

QHash<QString, protocol::InstanceType> MarketQueries::typesById()
{
    QHash<QString, protocol::InstanceType> types;
    for (const auto &type : m_catalog.load().instanceTypes)
        types.insert(type.id, type);
    return types;
}

QHash<QString, protocol::Region> MarketQueries::regionsById()
{
    QHash<QString, protocol::Region> regions;
    for (const auto &region : m_catalog.load().regions)
        regions.insert(region.id, region);
    return regions;
}

QList<MarketQueries::Miss> MarketQueries::misses(const protocol::OfferFilter &filter, const protocol::Offer &offer,
                                                 const protocol::InstanceType &type, const protocol::Region &region,
                                                 qint64 nowMs)
{
    QList<Miss> missed;
    auto miss = [&missed](const QString &constraint, const QString &detail) { missed.append({constraint, detail}); };
    if (!filter.instanceType.isEmpty() && offer.instanceType != filter.instanceType)
        miss(u"instanceType"_s, u"is %1"_s.arg(offer.instanceType));
    if (type.vcpus < filter.minVcpus)
        miss(u"minVcpus"_s, u"has %1 vCPUs"_s.arg(type.vcpus));
    if (type.memoryMiB < filter.minMemoryMiB)
        miss(u"minMemoryMiB"_s, u"has %1 MiB of RAM"_s.arg(type.memoryMiB));
    if (type.diskGiB < filter.minDiskGiB)
        miss(u"minDiskGiB"_s, u"has %1 GiB of disk"_s.arg(type.diskGiB));
    if (!filter.countries.isEmpty() && !filter.countries.contains(region.countryCode))
        miss(u"countries"_s, u"is in %1"_s.arg(region.countryCode));
    if (!filter.regions.isEmpty() && !filter.regions.contains(offer.region))
        miss(u"regions"_s, u"is in %1"_s.arg(offer.region));
    if (filter.nearLatitude && filter.nearLongitude) {
        const double km = protocol::distanceKm(
            *filter.nearLatitude, *filter.nearLongitude, region.latitude, region.longitude);
        if (km > filter.withinKm)
            miss(u"distance"_s, u"is %1 km away"_s.arg(qRound(km)));
    }
    if (filter.maxPricePerHour && offer.pricePerHour > *filter.maxPricePerHour)
        miss(u"maxPricePerHour"_s,
             u"costs %1 per hour, %2 over your maximum"_s.arg(money(offer.pricePerHour),
                                                              money(offer.pricePerHour - *filter.maxPricePerHour)));
    if (offer.provider.rating < filter.minRating)
        miss(u"minRating"_s, u"is rated %1"_s.arg(offer.provider.rating, 0, 'f', 1));
    const qint64 availableHours = (offer.availableUntil.toMSecsSinceEpoch() - nowMs) / 3'600'000;
    if (availableHours < filter.minAvailableHours)
        miss(u"minAvailableHours"_s, u"is available for %1 more hours"_s.arg(availableHours));
    return missed;
}

bool MarketQueries::matches(const protocol::OfferFilter &filter, const protocol::Offer &offer)
{
    const auto type = m_catalog.findInstanceType(offer.instanceType);
    const auto region = m_catalog.findRegion(offer.region);
    return type && region && misses(filter, offer, *type, *region, m_clock.now().toMSecsSinceEpoch()).isEmpty();
}

qint64 MarketQueries::matchingCount(const protocol::OfferFilter &filter)
{
    const auto types = typesById();
    const auto regions = regionsById();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    qint64 count = 0;
    for (const protocol::Offer &offer : m_market.openOffers()) {
        if (misses(filter, offer, types.value(offer.instanceType), regions.value(offer.region), now).isEmpty())
            ++count;
    }
    return count;
}

QJsonObject MarketQueries::search(const SearchFilter &filter)
{
    const auto types = typesById();
    const auto regions = regionsById();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();

    struct Candidate
    {
        protocol::Offer offer;
        QJsonArray missed;
    };
    QList<Candidate> matched;
    QList<Candidate> nearMisses;
    QHash<QString, int> excludedBy;

    for (const protocol::Offer &offer : m_market.openOffers()) {
        QJsonArray missed;
        for (const Miss &miss :
             misses(filter, offer, types.value(offer.instanceType), regions.value(offer.region), now)) {
            missed.append(QJsonObject{{u"constraint"_s, miss.constraint}, {u"detail"_s, miss.detail}});
            ++excludedBy[miss.constraint];
        }
        if (missed.isEmpty())
            matched.append({offer, {}});
        else if (missed.size() == 1)
            nearMisses.append({offer, missed});
    }

    // The nearest misses first: a little over the price is nearer than another
    // region, which is nearer than other hardware.
    static const QHash<QString, int> kDistance{
        {u"maxPricePerHour"_s, 1},
        {u"minAvailableHours"_s, 2},
        {u"minRating"_s, 3},
        {u"distance"_s, 4},
        {u"regions"_s, 5},
        {u"countries"_s, 5},
        {u"minDiskGiB"_s, 6},
        {u"minMemoryMiB"_s, 7},
        {u"minVcpus"_s, 7},
        {u"instanceType"_s, 8},
    };
    std::stable_sort(nearMisses.begin(), nearMisses.end(), [](const Candidate &a, const Candidate &b) {
        const int distanceA = kDistance.value(a.missed.first().toObject().value(u"constraint"_s).toString());
        const int distanceB = kDistance.value(b.missed.first().toObject().value(u"constraint"_s).toString());
        return distanceA != distanceB ? distanceA < distanceB : a.offer.pricePerHour < b.offer.pricePerHour;
    });

    auto pricePerVcpu = [&types](const protocol::Offer &offer) {
        return double(offer.pricePerHour) / std::max(1, types.value(offer.instanceType).vcpus);
    };
    std::stable_sort(matched.begin(), matched.end(), [&](const Candidate &a, const Candidate &b) {
        if (filter.sort == u"rating"_s)
            return a.offer.provider.rating > b.offer.provider.rating;
        if (filter.sort == u"pricePerVcpu"_s)
            return pricePerVcpu(a.offer) < pricePerVcpu(b.offer);
        return a.offer.pricePerHour < b.offer.pricePerHour;
    });

    QJsonArray offers;
    for (qsizetype i = 0; i < matched.size() && i < filter.limit; ++i)
        offers.append(matched.at(i).offer.toJson());
    QJsonObject result{{u"offers"_s, offers}, {u"total"_s, matched.size()}};
    if (matched.isEmpty()) {
        QJsonObject reasons;
        for (auto it = excludedBy.cbegin(); it != excludedBy.cend(); ++it)
            reasons.insert(it.key(), it.value());
        QJsonArray near;
        for (qsizetype i = 0; i < nearMisses.size() && i < kNearMisses; ++i)
            near.append(
                QJsonObject{{u"offer"_s, nearMisses.at(i).offer.toJson()}, {u"missed"_s, nearMisses.at(i).missed}});
        result.insert(u"excludedBy"_s, reasons);
        result.insert(u"nearMisses"_s, near);
    }
    return result;
}

QByteArray MarketQueries::snapshot()
{
    const QDateTime now = m_clock.now();
    if (!m_snapshotDirty && m_snapshotAt.isValid() && m_snapshotAt.msecsTo(now) < kSnapshotMaxAgeMs)
        return m_snapshot;

    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Instruments with open orders or trades in the last 30 days; each one's
    // figures come from the (instrument, time) index, never from a scan of
    // the whole history.
    QMap<QPair<QString, QString>, protocol::InstrumentSummary> summaries;
    for (const auto &[type, region] : m_market.instruments())
        summaries[{type, region}] = {};
    DbQuery traded = m_database.exec(
        u"SELECT DISTINCT instance_type_id, region_id FROM trades WHERE executed_at >= ?"_s, {nowMs - 30 * kDayMs});
    while (traded.next())
        summaries[{traded.value(0).toString(), traded.value(1).toString()}] = {};
    QHash<QPair<QString, QString>, qint64> lastBeforeDay;
    for (auto it = summaries.begin(); it != summaries.end(); ++it) {
        auto &summary = it.value();
        summary.instanceType = it.key().first;
        summary.region = it.key().second;
        summary.currency = MarketService::kCurrency.toString();
        DbQuery last = m_database.exec(
            u"SELECT price_per_hour FROM trades WHERE instance_type_id = ? AND region_id = ? "
            "AND executed_at >= ? ORDER BY executed_at DESC, id DESC LIMIT 1"_s,
            {summary.instanceType, summary.region, nowMs - 30 * kDayMs});
        if (last.next())
            summary.lastPrice = last.value(0).toLongLong();
        DbQuery before = m_database.exec(
            u"SELECT price_per_hour FROM trades WHERE instance_type_id = ? AND region_id = ? "
            "AND executed_at < ? ORDER BY executed_at DESC, id DESC LIMIT 1"_s,
            {summary.instanceType, summary.region, nowMs - kDayMs});
        if (before.next())
            lastBeforeDay.insert(it.key(), before.value(0).toLongLong());
        DbQuery volume = m_database.exec(u"SELECT COALESCE(SUM(quantity), 0) FROM trades WHERE instance_type_id = ? "
                                         "AND region_id = ? AND executed_at >= ?"_s,
                                         {summary.instanceType, summary.region, nowMs - kDayMs});
        if (volume.next())
            summary.volume24h = volume.value(0).toLongLong();
    }
    QJsonArray instruments;
    for (auto it = summaries.begin(); it != summaries.end(); ++it) {
        auto &summary = it.value();
        summary.bestBid = m_market.bestBid(summary.instanceType, summary.region);
        summary.bestAsk = m_market.bestAsk(summary.instanceType, summary.region);
        summary.openAskQuantity = m_market.openAskQuantity(summary.instanceType, summary.region);
        if (summary.lastPrice && lastBeforeDay.contains(it.key()))
            summary.change24h = *summary.lastPrice - lastBeforeDay.value(it.key());
        // An instrument whose orders all went away and that never traded is not news.
        if (summary.bestBid || summary.bestAsk || summary.lastPrice)
            instruments.append(summary.toJson());
    }
    m_snapshot = QJsonDocument(
                     QJsonObject{{u"instruments"_s, instruments}, {u"generatedAt"_s, now.toString(Qt::ISODateWithMs)}})
                     .toJson(QJsonDocument::Compact);
    m_snapshotDirty = false;
    m_snapshotAt = now;
    return m_snapshot;
}

QList<protocol::Candle> MarketQueries::candles(const QString &instanceType, const QString &region,
                                               qint64 intervalSeconds, const QDateTime &from, const QDateTime &to)
{
    const qint64 interval = intervalSeconds * 1000;
    const qint64 start = from.toMSecsSinceEpoch() / interval * interval;
    const qint64 end = std::min(to.toMSecsSinceEpoch() + 1, start + interval * kMaxCandles);
    DbQuery query = m_database.exec(
        u"SELECT executed_at, price_per_hour, quantity FROM trades WHERE instance_type_id = ? AND region_id = ? "
        "AND executed_at >= ? AND executed_at < ? ORDER BY executed_at, id"_s,
        {instanceType, region, start, end});
    QList<protocol::Candle> candles;
    while (query.next()) {
        const qint64 at = query.value(0).toLongLong();
        const qint64 price = query.value(1).toLongLong();
        const qint64 bucket = at / interval * interval;
        if (candles.isEmpty() || candles.constLast().start.toMSecsSinceEpoch() != bucket) {
            candles.append(
                protocol::Candle{QDateTime::fromMSecsSinceEpoch(bucket, Qt::UTC), price, price, price, price, 0});
        }
        protocol::Candle &candle = candles.last();
        candle.high = std::max(candle.high, price);
        candle.low = std::min(candle.low, price);
        candle.close = price;
        candle.volume += query.value(2).toLongLong();
    }
    return candles;
}

QList<protocol::TradePrint> MarketQueries::recentTrades(const QString &instanceType, const QString &region, int limit)
{
    DbQuery query = m_database.exec(
        u"SELECT price_per_hour, quantity, executed_at FROM trades WHERE instance_type_id = ? AND region_id = ? "
        "ORDER BY executed_at DESC, id DESC LIMIT ?"_s,
        {instanceType, region, limit});
    QList<protocol::TradePrint> trades;
    while (query.next()) {
        trades.append(protocol::TradePrint{instanceType,
                                           region,
                                           query.value(0).toLongLong(),
                                           query.value(1).toLongLong(),
                                           QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
    }
    return trades;
}

QList<protocol::Lease> MarketQueries::leasesOf(const Principal &buyer, const QString &status)
{
    DbQuery query = m_database.exec(u"SELECT "_s + kLeaseColumns
                                        + u" WHERE l.organization_id = ? AND (? = '' OR l.status = ?) "
                                          "ORDER BY l.id DESC LIMIT 1000"_s,
                                    {buyer.organizationId, status, status});
    QList<protocol::Lease> leases;
    while (query.next())
        leases.append(readLease(query));
    return leases;
}

std::optional<protocol::Lease> MarketQueries::lease(const Principal &buyer, qint64 leaseId)
{
    DbQuery query = m_database.exec(u"SELECT "_s + kLeaseColumns + u" WHERE l.id = ? AND l.organization_id = ?"_s,
                                    {leaseId, buyer.organizationId});
    if (!query.next())
        return std::nullopt;
    return readLease(query);
}

QJsonObject MarketQueries::sellerStatistics(int days)
{
    const auto types = typesById();
    const auto regions = regionsById();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const qint64 since = nowMs - qint64(days) * kDayMs;
    DbQuery query = m_database.exec(u"SELECT instance_type_id, region_id, price_per_hour, quantity, executed_at "
                                    "FROM trades WHERE executed_at >= ? ORDER BY executed_at"_s,
                                    {since});
    double perVcpuSum = 0, perGibSum = 0;
    qint64 slotCount = 0;
    QHash<QString, qint64> byType, byRegion;
    QMap<qint64, std::vector<qint64>> pricesByDay;
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString region = query.value(1).toString();
        const qint64 price = query.value(2).toLongLong();
        const qint64 quantity = query.value(3).toLongLong();
        const auto &size = types.value(type);
        perVcpuSum += double(price) / std::max(1, size.vcpus) * double(quantity);
        perGibSum += double(price) / std::max(1.0, size.memoryMiB / 1024.0) * double(quantity);
        slotCount += quantity;
        byType[type] += quantity;
        byRegion[region] += quantity;
        // Prices per vCPU-hour make the percentiles comparable across sizes.
        pricesByDay[query.value(4).toLongLong() / kDayMs * kDayMs].push_back(price / std::max(1, size.vcpus));
    }
    auto ranking = [](const QHash<QString, qint64> &counts) {
        QList<QPair<QString, qint64>> list;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            list.append({it.key(), it.value()});
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        QJsonArray array;
        for (qsizetype i = 0; i < list.size() && i < 10; ++i)
            array.append(QJsonObject{{u"id"_s, list.at(i).first}, {u"slots"_s, list.at(i).second}});
        return array;
    };
    QJsonArray daily;
    for (auto it = pricesByDay.cbegin(); it != pricesByDay.cend(); ++it) {
        daily.append(QJsonObject{{u"day"_s, QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODate)},
                                 {u"p10"_s, percentile(it.value(), 0.10)},
                                 {u"median"_s, percentile(it.value(), 0.50)},
                                 {u"p90"_s, percentile(it.value(), 0.90)},
                                 {u"trades"_s, qint64(it.value().size())}});
    }
    Q_UNUSED(regions);
    return QJsonObject{
        {u"days"_s, days},
        {u"currency"_s, MarketService::kCurrency.toString()},
        {u"slotsTraded"_s, slotCount},
        {u"averagePricePerVcpuHour"_s, slotCount ? qRound64(perVcpuSum / double(slotCount)) : 0},
        {u"averagePricePerGibHour"_s, slotCount ? qRound64(perGibSum / double(slotCount)) : 0},
        {u"popularInstanceTypes"_s, ranking(byType)},
        {u"popularRegions"_s, ranking(byRegion)},
        {u"dailyPricePerVcpuHour"_s, daily},
    };
}

} // namespace sc::broker
