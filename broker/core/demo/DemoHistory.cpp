#include "core/demo/DemoHistory.h"

#include "core/LogCategories.h"
#include "core/demo/DemoParticipants.h"
#include "core/demo/DemoPriceModel.h"
#include "core/demo/DemoRandom.h"
#include "core/market/MarketService.h"
#include "core/store/Database.h"

#include <QScopeGuard>
#include <QSqlError>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kAskWindowMs = 7 * kDayMs;
constexpr int kAskMaxLeaseHours = 7 * 24;
constexpr int kDemoBuyer = -1;

const QList<int> kDurations{1, 2, 4, 8, 12, 24, 48, 72};

struct Event
{
    qint64 at = 0;
    int instrument = 0;
    int provider = 0; // index into the instrument's providers
    int buyer = 0;    // index into the simulated buyers, or kDemoBuyer
    qint64 price = 0;
    qint64 quantity = 1;
    int durationHours = 1;
    bool takerBuy = true;
    qint64 makerAgeMs = 0;
    qint64 spread = 0; // how far the taker's limit was beyond the price
};

// The demo buyer's own purchases: when, for how long, how many slots.
struct DemoPurchase
{
    qint64 hoursAgo;
    int durationHours;
    qint64 quantity;
};
constexpr DemoPurchase kDemoPurchases[] = {
    {26 * 24, 24, 1},
    {19 * 24, 48, 2},
    {12 * 24, 72, 1},
    {7 * 24, 24, 1},
    {3 * 24, 48, 1},
    {40, 72, 2},
    {20, 24, 1},
    {6, 8, 1},
    {2, 24, 1},
};

// Rows for one table, written many to a statement: the statement for a full
// batch is prepared once, the rest goes out with its own at the end.
class BatchedInsert
{
public:
    BatchedInsert(Database &database, QString head, QString row)
        : m_database(database)
        , m_head(std::move(head))
        , m_row(std::move(row))
        , m_full(database.connection())
    {
        m_values.reserve(kRowsPerBatch * 16);
        if (!m_full.prepare(statement(kRowsPerBatch)))
            throw DatabaseError(u"Cannot prepare [%1]: %2"_s.arg(m_head, m_full.lastError().text()));
    }
    void add(std::initializer_list<QVariant> values)
    {
        for (const QVariant &value : values)
            m_values.append(value);
        if (++m_rows == kRowsPerBatch)
            run(m_full);
    }
    void flush()
    {
        if (m_rows == 0)
            return;
        QSqlQuery rest(m_database.connection());
        if (!rest.prepare(statement(m_rows)))
            throw DatabaseError(u"Cannot prepare [%1]: %2"_s.arg(m_head, rest.lastError().text()));
        run(rest);
    }

private:
    static constexpr int kRowsPerBatch = 64;

    QString statement(int rows) const
    {
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all.append(m_row);
        return m_head + all.join(u", "_s);
    }
    void run(QSqlQuery &query)
    {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query.bindValue(int(i), m_values.at(i));
        if (!query.exec())
            throw DatabaseError(u"Statement failed [%1]: %2"_s.arg(m_head, query.lastError().text()));
        m_values.clear();
        m_rows = 0;
    }

    Database &m_database;
    QString m_head;
    QString m_row;
    QSqlQuery m_full;
    QVariantList m_values;
    int m_rows = 0;
};

qint64 maxId(Database &database, const QString &table)
{
    DbQuery query = database.exec(u"SELECT COALESCE(MAX(id), 0) FROM "_s + table);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

DemoHistory::Summary DemoHistory::write(Database &database, const DemoPriceModel &prices,
                                        const DemoParticipants &participants, DemoRandom &random, qint64 nowMs,
                                        int days)
{
    Summary summary;
    const QList<DemoInstrument> &instruments = prices.instruments();
    if (participants.simulatedBuyers().isEmpty())
        return summary;
    QList<QList<DemoParticipants::Provider>> providers;
    std::vector<std::vector<Event>> perInstrument(std::size_t(instruments.size()));
    const qint64 start = nowMs - qint64(days) * kDayMs;
    const qint64 end = nowMs - 20'000;

    for (const DemoInstrument &instrument : instruments) {
        providers.append(participants.providersIn(instrument.region, true));
        if (providers.constLast().isEmpty())
            continue;
        ++summary.instruments;
        std::vector<Event> &events = perInstrument[std::size_t(instrument.index)];
        events.reserve(1200);
        for (qint64 at = start + random.integer(0, 30 * kMinuteMs); at < end;) {
            const double activity = prices.activity(instrument, at);
            Event event;
            event.at = at;
            event.instrument = instrument.index;
            event.provider = int(random.integer(0, providers.constLast().size() - 1));
            event.buyer = int(random.integer(0, participants.simulatedBuyers().size() - 1));
            event.price = std::max<qint64>(1,
                                           std::llround(prices.fairPrice(instrument, at)
                                                        * (1.0 + 0.012 * std::clamp(random.normal(), -3.0, 3.0))));
            event.quantity = 1 + random.integer(0, qint64(1 + 3 * activity));
            event.durationHours = random.pick(kDurations);
            event.takerBuy = random.chance(0.65);
            event.makerAgeMs = random.integer(2 * kMinuteMs, 90 * kMinuteMs);
            event.spread = random.integer(0, 2) * DemoPriceModel::tick(event.price);
            events.push_back(event);
            // Hourly-ish a month back, every 5 to 20 minutes in the last two
            // days, every few minutes in the last hours; busier by day.
            const qint64 age = nowMs - at;
            const double meanGapMinutes = age > 2 * kDayMs ? 70.0 : age > 4 * kHourMs ? 12.0 : 2.5;
            at += qint64(meanGapMinutes * double(kMinuteMs) * random.uniform(0.4, 1.6) / (0.55 + 0.9 * activity));
        }
    }

    // The demo buyer's purchases, on ordinary instruments (no GPUs, no storage).
    QList<int> ordinary;
    for (const DemoInstrument &instrument : instruments) {
        if (!perInstrument[std::size_t(instrument.index)].empty() && !instrument.instanceType.startsWith(u"gpu"_s)
            && !instrument.instanceType.startsWith(u"s1."_s))
            ordinary.append(instrument.index);
    }
    if (participants.demoBuyer().isValid() && !ordinary.isEmpty()) {
        int next = 0;
        for (const DemoPurchase &purchase : kDemoPurchases) {
            std::vector<Event> &events = perInstrument[std::size_t(ordinary.at((next++ * 5) % ordinary.size()))];
            const qint64 target = nowMs - purchase.hoursAgo * kHourMs;
            const auto found = std::lower_bound(
                events.begin(), events.end(), target, [](const Event &event, qint64 at) { return event.at < at; });
            if (found == events.end())
                continue;
            found->buyer = kDemoBuyer;
            found->durationHours = purchase.durationHours;
            found->quantity = purchase.quantity;
        }
    }

    std::vector<Event> all;
    for (const auto &events : perInstrument)
        all.insert(all.end(), events.begin(), events.end());
    std::sort(all.begin(), all.end(), [](const Event &a, const Event &b) { return a.at < b.at; });

    const QString currency = MarketService::kCurrency.toString();
    // A big page cache while the month goes in (about 15 % faster), then
    // SQLite's default again, which is what Database runs with.
    database.exec(u"PRAGMA cache_size = -65536"_s);
    const auto restoreCache = qScopeGuard([&database] {
        try {
            database.exec(u"PRAGMA cache_size = -2000"_s);
        } catch (const DatabaseError &error) {
            qCWarning(lcStore) << "cannot reset the page cache:" << error.what();
        }
    });
    Transaction transaction(database);
    // Ids are given here, so a trade can name its orders before they are written.
    qint64 askId = maxId(database, u"asks"_s);
    qint64 bidId = maxId(database, u"bids"_s);
    qint64 tradeId = maxId(database, u"trades"_s);
    BatchedInsert asks(database,
                       u"INSERT INTO asks (id, provider_id, organization_id, instance_type_id, region_id, quantity, "
                       "open_quantity, price_per_hour, currency, available_from, available_until, min_lease_hours, "
                       "max_lease_hours, renewable_hours, status, created_at, updated_at) VALUES "_s,
                       u"(?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 1, ?, 0, 'filled', ?, ?)"_s);
    BatchedInsert bids(database,
                       u"INSERT INTO bids (id, organization_id, user_id, instance_type_id, region_ids, "
                       "max_price_per_hour, currency, duration_hours, min_rating, quantity, filled_quantity, "
                       "time_in_force, appliance_id, status, created_at, updated_at) VALUES "_s,
                       u"(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, NULL, 'filled', ?, ?)"_s);
    BatchedInsert trades(database,
                         u"INSERT INTO trades (id, bid_id, ask_id, instance_type_id, region_id, price_per_hour, "
                         "currency, quantity, taker_side, executed_at) VALUES "_s,
                         u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    BatchedInsert leases(database,
                         u"INSERT INTO leases (trade_id, organization_id, user_id, provider_id, instance_type_id, "
                         "region_id, price_per_hour, currency, starts_at, ends_at, renewable_hours, appliance_id, "
                         "status, created_at) VALUES "_s,
                         u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)"_s);
    for (const Event &event : all) {
        const DemoInstrument &instrument = instruments.at(event.instrument);
        const DemoParticipants::Provider &provider = providers.at(event.instrument).at(event.provider);
        const DemoParticipants::Trader &buyer = event.buyer == kDemoBuyer
                                                    ? participants.demoBuyer()
                                                    : participants.simulatedBuyers().at(event.buyer);
        // The maker rested first at the trade's price; the taker's limit was
        // at or beyond it.
        const qint64 askAt = event.takerBuy ? event.at - event.makerAgeMs : event.at;
        const qint64 bidAt = event.takerBuy ? event.at : event.at - event.makerAgeMs;
        const qint64 askPrice = event.takerBuy ? event.price : std::max<qint64>(1, event.price - event.spread);
        const qint64 bidPrice = event.takerBuy ? event.price + event.spread : event.price;
        const QString timeInForce = event.takerBuy && event.spread > 0 ? u"ioc"_s : u"gtc"_s;
        asks.add({++askId,
                  provider.id,
                  provider.owner.organizationId,
                  instrument.instanceType,
                  instrument.region,
                  event.quantity,
                  askPrice,
                  currency,
                  askAt,
                  askAt + kAskWindowMs,
                  kAskMaxLeaseHours,
                  askAt,
                  event.at});
        bids.add({++bidId,
                  buyer.organizationId,
                  buyer.userId,
                  instrument.instanceType,
                  instrument.region,
                  bidPrice,
                  currency,
                  event.durationHours,
                  event.quantity,
                  event.quantity,
                  timeInForce,
                  bidAt,
                  event.at});
        trades.add({++tradeId,
                    bidId,
                    askId,
                    instrument.instanceType,
                    instrument.region,
                    event.price,
                    currency,
                    event.quantity,
                    event.takerBuy ? u"buy"_s : u"sell"_s,
                    event.at});
        ++summary.trades;
        if (event.buyer != kDemoBuyer)
            continue;
        // A lease names its trade: everything before it goes out first.
        asks.flush();
        bids.flush();
        trades.flush();
        const qint64 ends = event.at + qint64(event.durationHours) * kHourMs;
        for (qint64 slot = 0; slot < event.quantity; ++slot) {
            leases.add({tradeId,
                        buyer.organizationId,
                        buyer.userId,
                        provider.id,
                        instrument.instanceType,
                        instrument.region,
                        event.price,
                        currency,
                        event.at,
                        ends,
                        ends > nowMs ? u"active"_s : u"ended"_s,
                        event.at});
            ++summary.leases;
        }
    }
    // Orders before the trades that name them (whole batches went out in that order too).
    asks.flush();
    bids.flush();
    trades.flush();
    leases.flush();
    transaction.commit();
    return summary;
}

} // namespace sc::broker
