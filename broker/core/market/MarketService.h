#pragma once

#include "core/market/OrderBook.h"
#include "core/store/IdempotencyKeys.h"
#include "protocol/Expected.h"
#include "protocol/MarketDto.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sc::broker {

class Clock;
class Database;
class CatalogRepository;
struct Principal;

// The exchange: asks and bids per instrument (instance type x region), matched
// with price-time priority in memory (market::OrderBook), every change written
// in one database transaction with its trades and leases. The books are
// rebuilt from the database at start, so they survive a restart exactly.
class MarketService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketService)

public:
    static constexpr QStringView kCurrency = u"EUR";

    struct AskRequest
    {
        qint64 providerId = 0;
        QString instanceType;
        QString region;
        qint64 quantity = 0;
        qint64 pricePerHour = 0;
        std::optional<QDateTime> availableFrom;
        QDateTime availableUntil;
        int minLeaseHours = 1;
        int maxLeaseHours = 1;
        int renewableHours = 0;
        bool resaleAllowed = true;
    };

    // Selling the rest of a running lease: a price per hour and, optionally,
    // steps to lower prices as the time left falls below each step's hours.
    struct ResaleStep
    {
        int belowHours = 0;
        qint64 pricePerHour = 0;
    };
    struct ResaleRequest
    {
        qint64 leaseId = 0;
        qint64 pricePerHour = 0;
        QList<ResaleStep> schedule;
    };
    static constexpr int kResaleMinimumHours = 2;    // a lease needs this much left to be offered
    static constexpr int kResaleLeavesBookHours = 1; // unsold this close to the lease's end, the ask leaves
    static constexpr int kResaleMaxSteps = 10;

    struct BidRequest
    {
        QString instanceType;
        QStringList regions;
        qint64 maxPricePerHour = 0;
        int durationHours = 1;
        double minRating = 0;
        qint64 quantity = 1;
        QString timeInForce = QStringLiteral("gtc");
        std::optional<qint64> applianceId;
    };

    struct Placement
    {
        QJsonObject order; // the ask or bid as its owner sees it
        QList<protocol::TradePrint> trades;
        QList<qint64> leaseIds; // leases created for the buyer (bids only)
        QJsonObject toJson() const;
    };

    // What one placement changed, for the push channel.
    struct Change
    {
        QList<QPair<QString, QString>> instruments; // (type, region) whose book changed
        QList<protocol::TradePrint> trades;
        QList<qint64> organizations; // whose orders changed
        QList<qint64> offeredAsks;   // asks newly open, or open at a lower price or for more slots
    };

    MarketService(Database &database, CatalogRepository &catalog, const Clock &clock, QObject *parent = nullptr);
    ~MarketService() override;

    // Loads every open order into the books; throws DatabaseError.
    void load();

    // With an idempotency request, its record (201 and the placement) is
    // written in the same transaction as the order.
    protocol::Expected<Placement> placeAsk(const Principal &seller, const AskRequest &request,
                                           const IdempotencyKeys::Request *idempotency = nullptr);
    protocol::Expected<Placement> placeBid(const Principal &buyer, const BidRequest &request,
                                           const IdempotencyKeys::Request *idempotency = nullptr);
    // Both answer not_found for another organization's order.
    std::optional<protocol::ApiError> cancelBid(const Principal &buyer, qint64 bidId);
    std::optional<protocol::ApiError> withdrawAsk(const Principal &seller, qint64 askId);
    // A lower quantity keeps the ask's place in the queue; a new price or a
    // higher quantity puts it at the back, as a new order would be.
    protocol::Expected<protocol::Ask> amendAsk(const Principal &seller, qint64 askId, std::optional<qint64> price,
                                               std::optional<qint64> quantity);
    // Asks past their availability leave the book, and so do resale asks an
    // hour before their lease ends or once it no longer runs; resale asks
    // step their price down by their schedule. Returns how many left.
    int expireDue();

    // Resale (the lease's buyer only; another organization's lease is
    // not_found). The ask sells one slot, the lease's remaining time, in the
    // same book as providers' asks and under the same provider badge; a bid
    // fits when its duration fits in the time left. The trade ends the
    // reseller's lease and opens the bidder's on the same provider and slot
    // (InstanceService swaps the instances, BillingService settles prices).
    protocol::Expected<QJsonObject> placeResale(const Principal &reseller, const ResaleRequest &request,
                                                const IdempotencyKeys::Request *idempotency = nullptr);
    std::optional<protocol::ApiError> withdrawResale(const Principal &reseller, qint64 leaseId);
    // The lease's resale state: whether it may be offered (and why not), the
    // suggested price from recent trades, and its latest resale ask.
    protocol::Expected<QJsonObject> resaleState(const Principal &reseller, qint64 leaseId);
    void setResaleFee(int basisPoints) { m_resaleFeeBasisPoints = basisPoints; }

    QList<protocol::Ask> asksOf(const Principal &seller, const QString &status = {});
    QList<protocol::Bid> bidsOf(const Principal &buyer, const QString &status = {});
    std::optional<protocol::Ask> ask(const Principal &seller, qint64 askId);
    std::optional<protocol::Bid> bid(const Principal &buyer, qint64 bidId);

    // Resting asks as buyers see them (for search), best price first.
    QList<protocol::Offer> openOffers() const;
    // Called inside the trade's transaction for every lease it creates (the
    // instance side enqueues provisioning there); may throw DatabaseError.
    void setLeaseOpened(std::function<void(qint64 leaseId)> hook) { m_leaseOpened = std::move(hook); }
    // Money (BillingService), each inside the market's transaction: a new
    // bid's hold (an error refuses the bid), a fill's lease taking its share
    // of the bid's hold, and a bid that fills no more giving back the rest.
    using BidFunding = std::function<std::optional<protocol::ApiError>(qint64 organizationId, qint64 bidId,
                                                                       qint64 quantity, qint64 maxPricePerHour)>;
    void setBidFunding(BidFunding hook) { m_bidFunding = std::move(hook); }
    void setLeaseFunded(std::function<void(qint64 bidId, qint64 leaseId)> hook) { m_leaseFunded = std::move(hook); }
    void setBidClosed(std::function<void(qint64 bidId)> hook) { m_bidClosed = std::move(hook); }
    // A resale ask's hold for selling below the locked price (an error
    // refuses the ask), and its release when the ask leaves unsold.
    using ResaleFunding = std::function<std::optional<protocol::ApiError>(
        qint64 organizationId, qint64 askId, qint64 leaseId, qint64 basePricePerHour,
        const QList<QPair<int, qint64>> &steps, qint64 remainingMs)>;
    void setResaleFunding(ResaleFunding hook) { m_resaleFunding = std::move(hook); }
    void setResaleClosed(std::function<void(qint64 askId)> hook) { m_resaleClosed = std::move(hook); }
    // Whether a buyer's organization may run an appliance (public, or its own
    // and ready); a bid naming one it may not is refused.
    using ApplianceCheck = std::function<std::optional<protocol::ApiError>(qint64 organizationId, qint64 applianceId)>;
    void setApplianceCheck(ApplianceCheck check) { m_applianceCheck = std::move(check); }
    // A provider's rating changed: books keep it for eligibility.
    void setProviderRating(qint64 providerId, double rating);
    // One open ask as buyers see it, and the organization selling it (for the
    // broker's own use: never shown to buyers).
    struct OwnedOffer
    {
        protocol::Offer offer;
        qint64 organizationId = 0;
    };
    std::optional<OwnedOffer> openOffer(qint64 askId) const;
    protocol::Depth depth(const QString &instanceType, const QString &region, int levels) const;
    bool hasInstrument(const QString &instanceType, const QString &region) const;
    QList<QPair<QString, QString>> instruments() const;
    std::optional<qint64> bestBid(const QString &instanceType, const QString &region) const;
    std::optional<qint64> bestAsk(const QString &instanceType, const QString &region) const;
    qint64 openAskQuantity(const QString &instanceType, const QString &region) const;

Q_SIGNALS:
    void changed(const sc::broker::MarketService::Change &change);

private:
    // What matching needs to know of a resting order, beside its price.
    struct AskMeta
    {
        qint64 organizationId = 0;
        qint64 providerId = 0;
        QString pseudonym;
        double rating = 0;
        QString instanceType;
        QString region;
        qint64 availableFrom = 0; // ms since the epoch
        qint64 availableUntil = 0;
        int minLeaseHours = 1;
        int maxLeaseHours = 1;
        int renewableHours = 0;
        bool resaleAllowed = true;
        qint64 price = 0;
        market::OrderHandle handle;
        // A resale ask: the lease it sells, its base price and schedule.
        qint64 resaleOfLease = 0;
        qint64 basePrice = 0;
        QList<ResaleStep> schedule;
    };
    protocol::Offer offerOf(qint64 askId, const AskMeta &meta) const;
    struct BidMeta
    {
        qint64 organizationId = 0;
        qint64 userId = 0;
        QString instanceType;
        QString region; // resting bids name one region
        int durationHours = 1;
        double minRating = 0;
        std::optional<qint64> applianceId;
        market::OrderHandle handle;
    };
    struct Instrument
    {
        QString instanceType;
        QString region;
        market::OrderBook book;
    };

    Instrument &instrument(const QString &type, const QString &region);
    const Instrument *findInstrument(const QString &type, const QString &region) const;
    static QString key(const QString &type, const QString &region) { return type + u'|' + region; }
    static market::OrderId askOrder(qint64 id) { return market::OrderId(id) * 2 + 1; }
    static market::OrderId bidOrder(qint64 id) { return market::OrderId(id) * 2; }
    static qint64 idOf(market::OrderId order) { return qint64(order / 2); }

    std::optional<protocol::ApiError> validateAsk(const Principal &seller, const AskRequest &request, double *rating);
    std::optional<protocol::ApiError> validateBid(const BidRequest &request);
    // Writes one fill: the trade, the leases, both orders' quantities.
    protocol::TradePrint recordFill(const market::Fill &fill, qint64 askId, const AskMeta &ask, qint64 bidId,
                                    const BidMeta &bid, market::Side takerSide, QList<qint64> &leaseIds);
    // Matches a (new or re-priced) ask against resting bids and rests the rest.
    Placement matchAsk(qint64 askId, AskMeta &meta, qint64 openQuantity);
    void reloadAfterFailure();
    // A resale ask may trade a bid of `durationMs` now: its lease still runs
    // and the bid's term ends by the lease's end.
    bool resaleFits(const AskMeta &ask, qint64 durationMs, qint64 nowMs) const;
    static qint64 scheduledPrice(const AskMeta &ask, qint64 remainingMs);
    // The whole hours left before the ask's availability ends (at least its minimum lease).
    static int hoursLeft(const AskMeta &ask, qint64 nowMs);
    static QString scheduleJson(qint64 basePrice, const QList<ResaleStep> &schedule);
    static QList<ResaleStep> scheduleFromJson(const QString &text, qint64 *basePrice);
    static QJsonArray scheduleArray(const QList<ResaleStep> &schedule);
    // Takes resale asks off the book inside the caller's transaction.
    void closeResaleAsks(const QList<qint64> &askIds, const QString &status, qint64 nowMs);
    // Re-prices a resting ask (a new price goes to the back of the queue).
    Placement repriceAsk(qint64 askId, qint64 newPrice);

    Database &m_database;
    CatalogRepository &m_catalog;
    const Clock &m_clock;
    QHash<QString, std::shared_ptr<Instrument>> m_instruments;
    QHash<qint64, AskMeta> m_asks; // resting asks by id
    QHash<qint64, BidMeta> m_bids; // resting bids by id
    std::vector<market::Fill> m_fills;
    std::function<void(qint64)> m_leaseOpened;
    BidFunding m_bidFunding;
    std::function<void(qint64, qint64)> m_leaseFunded;
    std::function<void(qint64)> m_bidClosed;
    ApplianceCheck m_applianceCheck;
    ResaleFunding m_resaleFunding;
    std::function<void(qint64)> m_resaleClosed;
    int m_resaleFeeBasisPoints = 0;
};

} // namespace sc::broker
