#pragma once

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace sc::broker {

class CatalogRepository;
class Clock;
class Database;
class DemoActivity;
class DemoParticipants;
class DemoPriceModel;
class MarketService;

// The demo broker's market (`--demo`): on the first start (no trades yet) it
// seeds simulated sellers with providers across many regions, simulated
// buyers, 30 days of trade history for the popular instruments, leases for the
// demo buyer, providers and asks for the demo seller, and books with depth on
// both sides; from then on simulated traders keep trading through
// MarketService (DemoActivity), so every chart has something to show at once.
class DemoMarket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoMarket)

public:
    // The same seed gives the same simulated market.
    static constexpr quint64 kDefaultSeed = 0x5BA2EC10D0DE3A7FULL;

    // The demo's own accounts (0 when missing). The live activity never acts for them.
    struct Accounts
    {
        qint64 buyerUserId = 0;
        qint64 sellerUserId = 0;
    };

    DemoMarket(Database &database, CatalogRepository &catalog, MarketService &market, const Clock &clock,
               QObject *parent = nullptr);
    ~DemoMarket() override;

    // Seeds when the market has never traded, then runs the live activity
    // about every `activityInterval` (zero: no live activity). Call after
    // MarketService::load(). Throws DatabaseError.
    void start(const Accounts &accounts, std::chrono::milliseconds activityInterval, quint64 seed = kDefaultSeed);
    // Once the demo's clouds are connected: if the demo buyer has never had
    // an instance, it buys a few slots from simulated sellers (so the
    // Instances page has something running after the first start). Answers
    // the leases bought; none on later starts. Throws DatabaseError.
    QList<qint64> openDemoBuyerInstances();
    const DemoParticipants &participants() const { return *m_participants; }
    // Gives the demo's buyers their credit once they exist (before any bid):
    // `demoBuyer` is the person using the demo. Called on every start; the
    // callee makes it happen once.
    void setFunding(std::function<void(qint64 organizationId, bool demoBuyer)> fund) { m_fund = std::move(fund); }
    const DemoPriceModel &prices() const { return *m_prices; }
    // Whether start() seeded, and how long that took.
    bool seeded() const { return m_seedMs.has_value(); }
    std::optional<qint64> seedMilliseconds() const { return m_seedMs; }

private:
    void seed(const Accounts &accounts, quint64 seed);
    void fundBuyers();

    Database &m_database;
    CatalogRepository &m_catalog;
    MarketService &m_market;
    const Clock &m_clock;
    std::unique_ptr<DemoPriceModel> m_prices;
    std::unique_ptr<DemoParticipants> m_participants;
    std::unique_ptr<DemoActivity> m_activity;
    std::optional<qint64> m_seedMs;
    std::function<void(qint64, bool)> m_fund;
};

} // namespace sc::broker
