#pragma once

#include "protocol/CatalogDto.h"
#include "protocol/MarketDto.h"
#include "protocol/WatchDto.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace sc::broker {

class CatalogRepository;
class Clock;
class Database;
class MarketService;
struct Principal;

// Read-side of the market: search with reasons, the snapshot of every
// instrument, candles, buyers' leases and sellers' market statistics.
class MarketQueries
{
public:
    struct SearchFilter : protocol::OfferFilter
    {
        QString sort = QStringLiteral("price"); // price, rating, pricePerVcpu
        int limit = 50;
    };
    // One criterion an offer fails: its name (a field of OfferFilter, or
    // "distance") and what the offer has instead.
    struct Miss
    {
        QString constraint;
        QString detail;
    };

    MarketQueries(Database &database, CatalogRepository &catalog, MarketService &market, const Clock &clock);

    // {offers, total, excludedBy: {constraint: count}, nearMisses: [{offer, missed: [...]}]}
    QJsonObject search(const SearchFilter &filter);
    // The criteria this offer fails, in the filter's order; empty when it matches.
    static QList<Miss> misses(const protocol::OfferFilter &filter, const protocol::Offer &offer,
                              const protocol::InstanceType &type, const protocol::Region &region, qint64 nowMs);
    // Whether this offer meets every criterion now.
    bool matches(const protocol::OfferFilter &filter, const protocol::Offer &offer);
    // How many open offers match now.
    qint64 matchingCount(const protocol::OfferFilter &filter);
    // Every instrument with open orders or trades in the last 30 days, as the
    // bytes of {"instruments": [...], "generatedAt": ...}; rebuilt only after
    // the market changed or a minute passed.
    QByteArray snapshot();
    void invalidate() { m_snapshotDirty = true; }
    QList<protocol::Candle> candles(const QString &instanceType, const QString &region, qint64 intervalSeconds,
                                    const QDateTime &from, const QDateTime &to);
    QList<protocol::TradePrint> recentTrades(const QString &instanceType, const QString &region, int limit);
    QList<protocol::Lease> leasesOf(const Principal &buyer, const QString &status);
    std::optional<protocol::Lease> lease(const Principal &buyer, qint64 leaseId);
    // Average price per vCPU and per GiB of RAM, popular types and regions,
    // daily P10/median/P90 prices: what SpotCloud's provider market API offered.
    QJsonObject sellerStatistics(int days);

private:
    QHash<QString, protocol::InstanceType> typesById();
    QHash<QString, protocol::Region> regionsById();

    Database &m_database;
    CatalogRepository &m_catalog;
    MarketService &m_market;
    const Clock &m_clock;
    QByteArray m_snapshot;
    bool m_snapshotDirty = true;
    QDateTime m_snapshotAt;
};

} // namespace sc::broker
