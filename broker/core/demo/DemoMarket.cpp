#include "core/demo/DemoMarket.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/catalog/CatalogRepository.h"
#include "core/demo/DemoActivity.h"
#include "core/demo/DemoHistory.h"
#include "core/demo/DemoParticipants.h"
#include "core/demo/DemoPriceModel.h"
#include "core/demo/DemoRandom.h"
#include "core/market/MarketService.h"
#include "core/store/Database.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kDayMs = 86'400'000;

// The demo seller's own asks: (type, region) in its providers' regions.
struct SellerListing
{
    QStringView type;
    QStringView region;
    qint64 quantity;
};
constexpr SellerListing kSellerListings[] = {
    {u"g1.small", u"eu-nl-ams", 4},
    {u"gpu1.large", u"eu-nl-ams", 2},
    {u"g1.medium", u"eu-de-fra", 6},
    {u"c1.large", u"eu-ie-dub", 3},
    {u"g1.medium", u"eu-gb-lon", 5},
    {u"m1.xlarge", u"eu-de-fra", 2},
};

// What the demo buyer runs after the first start: (type, region, hours), in
// instruments the demo seller does not list (the demo's own accounts only
// ever trade with simulated ones).
struct DemoBuyerPurchase
{
    QStringView type;
    QStringView region;
    int hours;
    QStringView appliance; // a curated demo appliance (DemoAppliances), by name
};
constexpr DemoBuyerPurchase kDemoBuyerPurchases[] = {
    {u"g1.large", u"eu-de-fra", 8, u"Debian 12 (bookworm)"},
    {u"c1.xlarge", u"eu-fr-par", 24, u"Rocky Linux 9 compute node"},
    {u"m1.xlarge", u"eu-se-sto", 72, u"Ubuntu Server 24.04 LTS"},
};

} // namespace

DemoMarket::DemoMarket(Database &database, CatalogRepository &catalog, MarketService &market, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_market(market)
    , m_clock(clock)
{
}

DemoMarket::~DemoMarket() = default;

void DemoMarket::start(const Accounts &accounts, std::chrono::milliseconds activityInterval, quint64 seed)
{
    m_prices = std::make_unique<DemoPriceModel>(seed, m_catalog.load());
    const bool traded = [this] {
        DbQuery query = m_database.exec(u"SELECT EXISTS (SELECT 1 FROM trades)"_s);
        return query.next() && query.value(0).toBool();
    }();
    if (!traded) {
        this->seed(accounts, seed);
    } else {
        // Later starts only find the participants again (and repair any that went missing).
        DemoRandom random(seed ^ 0x1);
        m_participants = std::make_unique<DemoParticipants>(DemoParticipants::ensure(
            m_database, m_clock.now().toMSecsSinceEpoch(), random, accounts.buyerUserId, accounts.sellerUserId));
        fundBuyers();
    }
    m_activity = std::make_unique<DemoActivity>(
        m_market, m_database, m_clock, *m_prices, *m_participants, seed ^ quint64(m_clock.now().toMSecsSinceEpoch()));
    if (activityInterval.count() > 0) {
        // Asks may have expired while the broker was stopped.
        if (!m_seedMs)
            m_activity->fillBooks();
        m_activity->start(activityInterval);
    }
}

void DemoMarket::fundBuyers()
{
    if (!m_fund || !m_participants)
        return;
    for (const DemoParticipants::Trader &buyer : m_participants->simulatedBuyers())
        m_fund(buyer.organizationId, false);
    if (m_participants->demoBuyer().isValid() && m_participants->demoBuyer().role == Role::Buyer)
        m_fund(m_participants->demoBuyer().organizationId, true);
}

QList<qint64> DemoMarket::openDemoBuyerInstances()
{
    QList<qint64> leases;
    const DemoParticipants::Trader &buyer = m_participants ? m_participants->demoBuyer() : DemoParticipants::Trader();
    if (!buyer.isValid() || buyer.role != Role::Buyer)
        return leases;
    // (Its billing history's past instances, DemoBilling's, do not count.)
    DbQuery had = m_database.exec(u"SELECT EXISTS (SELECT 1 FROM instances i JOIN leases l ON l.id = i.lease_id "
                                  "WHERE l.organization_id = ? AND i.client_token NOT LIKE 'demo-past-%')"_s,
                                  {buyer.organizationId});
    if (had.next() && had.value(0).toBool())
        return leases;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    for (const DemoBuyerPurchase &purchase : kDemoBuyerPurchases) {
        const DemoInstrument *instrument = nullptr;
        for (const DemoInstrument &candidate : m_prices->instruments()) {
            if (candidate.instanceType == purchase.type && candidate.region == purchase.region)
                instrument = &candidate;
        }
        if (!instrument)
            continue;
        // Up to a few ticks over the fair price: the simulated sellers' asks sit just above it.
        const qint64 fair = m_prices->fairCents(*instrument, nowMs);
        MarketService::BidRequest request;
        request.instanceType = instrument->instanceType;
        request.regions = {instrument->region};
        request.maxPricePerHour = fair + DemoPriceModel::tick(fair) * (DemoPriceModel::bookReach(fair) + 2);
        request.durationHours = purchase.hours;
        request.quantity = 1;
        request.timeInForce = u"ioc"_s;
        DbQuery appliance = m_database.exec(u"SELECT id FROM appliances WHERE visibility = 'public' "
                                            "AND status = 'ready' AND name = ?"_s,
                                            {purchase.appliance.toString()});
        if (appliance.next())
            request.applianceId = appliance.value(0).toLongLong();
        const auto placed = m_market.placeBid(buyer.principal(), request);
        if (!placed) {
            qCInfo(lcMarket).noquote() << "demo buyer's purchase refused:" << placed.error().message;
            continue;
        }
        leases.append(placed->leaseIds);
    }
    qCInfo(lcMarket) << "demo buyer bought" << leases.size() << "instances to run";
    return leases;
}

void DemoMarket::seed(const Accounts &accounts, quint64 seed)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();

    DemoRandom participantsRandom(seed ^ 0x1);
    m_participants = std::make_unique<DemoParticipants>(
        DemoParticipants::ensure(m_database, nowMs, participantsRandom, accounts.buyerUserId, accounts.sellerUserId));
    fundBuyers();

    DemoRandom historyRandom(seed ^ 0x2);
    const DemoHistory::Summary history = DemoHistory::write(
        m_database, *m_prices, *m_participants, historyRandom, nowMs);

    // The books, through the market itself: simulated sellers' asks and
    // simulated buyers' bids around the current prices.
    DemoActivity books(m_market, m_database, m_clock, *m_prices, *m_participants, seed ^ 0x3);
    books.fillBooks();

    // The demo seller's own asks (one of them withdrawn again), so the Seller
    // console has orders in every state.
    const DemoParticipants::Trader &seller = m_participants->demoSeller();
    if (seller.isValid()) {
        QList<qint64> placed;
        for (const SellerListing &listing : kSellerListings) {
            const QString region = listing.region.toString();
            qint64 providerId = 0;
            for (const auto &provider : m_participants->providers()) {
                if (provider.demoSeller && provider.regions.contains(region))
                    providerId = provider.id;
            }
            const DemoInstrument *instrument = nullptr;
            for (const DemoInstrument &candidate : m_prices->instruments()) {
                if (candidate.instanceType == listing.type && candidate.region == region)
                    instrument = &candidate;
            }
            if (!providerId || !instrument)
                continue;
            const qint64 fair = m_prices->fairCents(*instrument, nowMs);
            MarketService::AskRequest request;
            request.providerId = providerId;
            request.instanceType = instrument->instanceType;
            request.region = region;
            request.quantity = listing.quantity;
            request.pricePerHour = fair + DemoPriceModel::tick(fair) * (1 + qint64(placed.size() % 3));
            request.availableUntil = now.addMSecs(30 * kDayMs);
            request.maxLeaseHours = 30 * 24;
            if (const auto placement = m_market.placeAsk(seller.principal(), request))
                placed.append(placement->order.value(u"id"_s).toInteger());
        }
        if (placed.size() > 1)
            m_market.withdrawAsk(seller.principal(), placed.constLast());
    }

    // The seed went in as one big transaction: fold the write-ahead log back
    // into the database file (best effort: a busy database keeps its log).
    try {
        m_database.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    } catch (const DatabaseError &error) {
        qCDebug(lcMarket) << "demo market: no checkpoint after the seed:" << error.what();
    }
    m_seedMs = elapsed.elapsed();
    qCInfo(lcMarket).noquote() << u"demo market seeded in %1 ms: %2 trades over 30 days in %3 instruments, "
                                  "%4 leases for the demo buyer, %5 providers"_s.arg(*m_seedMs)
                                      .arg(history.trades)
                                      .arg(history.instruments)
                                      .arg(history.leases)
                                      .arg(m_participants->providers().size());
}

} // namespace sc::broker
