#pragma once

#include "client/BrokerClient.h"
#include "protocol/MarketDto.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace sc::client {

// The market's routes (/market/..., /seller/providers, /seller/market-stats)
// with typed results, on top of BrokerClient's getJson/sendJson. Cheap to
// make: it holds only a reference to the client. Callbacks follow
// BrokerClient's rules (dropped when their context is gone).
//
// Every placeBid()/placeAsk() call is one submission with its own
// Idempotency-Key: when its answer is lost BrokerClient sends it again with
// the same key and the broker answers with the order it already placed,
// never a second one. A new call is a new order.
class MarketClient
{
    Q_DECLARE_TR_FUNCTIONS(MarketClient)

public:
    template<typename T>
    using Callback = BrokerClient::Callback<T>;
    // Calls that answer 204 No Content.
    using Done = std::monostate;

    enum class CandleInterval { Minute, Hour, Day };

    struct Snapshot
    {
        QList<protocol::InstrumentSummary> instruments;
        QDateTime generatedAt; // the broker's clock, UTC
    };

    // GET /market/offers; an empty or zero field is no constraint.
    struct OfferFilter
    {
        QString instanceType;
        int minVcpus = 0;
        int minMemoryMiB = 0;
        int minDiskGiB = 0;
        QStringList countries; // ISO codes
        QStringList regions;
        std::optional<qint64> maxPricePerHour;
        double minRating = 0;
        int minAvailableHours = 0;
        QString sort; // price (default), rating, pricePerVcpu
        int limit = 0;

        QUrlQuery toQuery() const;
    };

    // One constraint an offer missed, as the broker names it
    // ("maxPricePerHour", "countries", ...), with its English detail.
    struct Miss
    {
        QString constraint;
        QString detail;
    };

    struct NearMiss
    {
        protocol::Offer offer;
        QList<Miss> missed;
    };

    struct OfferSearchResult
    {
        QList<protocol::Offer> offers;
        qint64 total = 0;
        // Only when nothing matched: how many open offers each constraint
        // excluded, and the offers that missed by exactly one constraint.
        QMap<QString, qint64> excludedBy;
        QList<NearMiss> nearMisses;
    };

    struct BidOrder
    {
        QString instanceType;
        QStringList regions;
        qint64 maxPricePerHour = 0;
        int durationHours = 1;
        double minRating = 0;
        qint64 quantity = 1;
        QString timeInForce = QStringLiteral("gtc"); // gtc (limit, rests), ioc (buy now), fok

        QJsonObject toJson() const;
    };

    struct BidPlacement
    {
        protocol::Bid bid;
        QList<protocol::TradePrint> trades;
        QList<qint64> leaseIds;
    };

    struct AskOrder
    {
        qint64 providerId = 0;
        QString instanceType;
        QString region;
        qint64 quantity = 1;
        qint64 pricePerHour = 0;
        std::optional<QDateTime> availableFrom;
        QDateTime availableUntil;
        int minLeaseHours = 1;
        int maxLeaseHours = 24 * 30;
        int renewableHours = 0;

        QJsonObject toJson() const;
    };

    struct AskPlacement
    {
        protocol::Ask ask;
        QList<protocol::TradePrint> trades;
    };

    // A seller's own provider; only its owner ever sees the name.
    struct SellerProvider
    {
        qint64 id = 0;
        QString name;
        QString pseudonym;
        double rating = 0;
        QString status;
    };

    struct Ranked
    {
        QString id;
        qint64 slotCount = 0;
    };

    struct DailyPrices
    {
        QDate day;
        qint64 p10 = 0; // per vCPU-hour
        qint64 median = 0;
        qint64 p90 = 0;
        qint64 trades = 0;
    };

    struct MarketStatistics
    {
        int days = 0;
        QString currency;
        qint64 slotsTraded = 0;
        qint64 averagePricePerVcpuHour = 0;
        qint64 averagePricePerGibHour = 0;
        QList<Ranked> popularInstanceTypes;
        QList<Ranked> popularRegions;
        QList<DailyPrices> daily;
    };

    explicit MarketClient(BrokerClient &client);

    static QString intervalName(CandleInterval interval);
    static qint64 intervalSeconds(CandleInterval interval);

    // Market data (every role).
    void fetchSnapshot(QObject *context, Callback<Snapshot> callback);
    void searchOffers(const OfferFilter &filter, QObject *context, Callback<OfferSearchResult> callback);
    void fetchDepth(const QString &instanceType, const QString &region, int levels, QObject *context,
                    Callback<protocol::Depth> callback);
    void fetchCandles(const QString &instanceType, const QString &region, CandleInterval interval,
                      const QDateTime &from, const QDateTime &to, QObject *context,
                      Callback<QList<protocol::Candle>> callback);

    // Buying (buyers and sellers).
    void placeBid(const BidOrder &order, QObject *context, Callback<BidPlacement> callback);
    // status: empty for every bid, else open, filled, cancelled or expired.
    void fetchMyBids(const QString &status, QObject *context, Callback<QList<protocol::Bid>> callback);
    void cancelBid(qint64 bidId, QObject *context, Callback<Done> callback);

    // Selling (sellers only; 403 for anyone else).
    void fetchMyAsks(const QString &status, QObject *context, Callback<QList<protocol::Ask>> callback);
    void placeAsk(const AskOrder &order, QObject *context, Callback<AskPlacement> callback);
    void amendAsk(qint64 askId, std::optional<qint64> pricePerHour, std::optional<qint64> quantity, QObject *context,
                  Callback<protocol::Ask> callback);
    void withdrawAsk(qint64 askId, QObject *context, Callback<Done> callback);
    void fetchProviders(QObject *context, Callback<QList<SellerProvider>> callback);
    void fetchMarketStatistics(int days, QObject *context, Callback<MarketStatistics> callback);

    // Parsers, public for tests.
    static protocol::Expected<Snapshot> parseSnapshot(const QJsonObject &json);
    static protocol::Expected<OfferSearchResult> parseOfferSearch(const QJsonObject &json);
    static protocol::Expected<BidPlacement> parseBidPlacement(const QJsonObject &json);
    static protocol::Expected<MarketStatistics> parseMarketStatistics(const QJsonObject &json);

private:
    template<typename T, typename Parse>
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback<T> callback, Parse parse);
    template<typename T, typename Parse>
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
              Callback<T> callback, Parse parse, const BrokerClient::Headers &headers = {});

    BrokerClient &m_client;
};

} // namespace sc::client
