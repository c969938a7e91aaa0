// Month-end benchmark: a month of usage for 10,000 buyers, 1,000,000 meter
// records (one capture transaction each, as BillingService writes them: from
// the buyer's balance to the seller, the broker's commission and the tax
// account) from 50 sellers, then the month-end run (InvoiceService::runMonthEnd:
// one invoice per buyer, one statement and payout per seller, each in its own
// database transaction) and the full invariant check (LedgerAudit with the
// hold check) over the resulting journal. The data is written in bulk SQL
// (the ledger's own posting rate is bench_ledger's subject); what is timed is
// the run and the check. For scale it also times the plainest SQL over the
// same records: one GROUP BY per buyer over the meter records (the floor no
// invoicing can go under).
//
//   build/bin/bench_monthend [meter records] [buyers]
#include "core/Clock.h"
#include "core/billing/BillingService.h"
#include "core/billing/InvoiceService.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {

constexpr int kSellers = 50;
constexpr int kLeasesPerBuyer = 2;

qint64 fileSize(const QString &path)
{
    qint64 size = 0;
    for (const QString &suffix : {u""_s, u"-wal"_s})
        size += QFileInfo(path + suffix).size();
    return size;
}

qint64 scalar(Database &database, const QString &sql)
{
    DbQuery query = database.exec(sql);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sc.*.info=false"_s);
    const QStringList arguments = QCoreApplication::arguments();
    const qint64 records = arguments.size() > 1 ? arguments.at(1).toLongLong() : 1'000'000;
    const int buyers = arguments.size() > 2 ? arguments.at(2).toInt() : 10'000;
    if (records <= 0 || buyers <= 0) {
        std::fprintf(stderr, "usage: bench_monthend [meter records] [buyers]\n");
        return 2;
    }
    QTemporaryDir folder;
    folder.setAutoRemove(!qEnvironmentVariableIsSet("BENCH_KEEP_DATABASE"));
    const QString path = folder.filePath(u"broker.sqlite"_s);
    const QDateTime monthStart(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    const qint64 startMs = monthStart.toMSecsSinceEpoch();
    const qint64 endMs = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    ManualClock clock(QDateTime(QDate(2026, 11, 1), QTime(0, 5), Qt::UTC));

    Database database(path);
    database.open();
    Migrations::migrate(database);
    Ledger ledger(database, clock);
    BillingService billing(database, ledger, clock, BillingService::Options{});
    InvoiceService invoices(database, ledger, billing, clock);

    std::printf("month-end: %lld meter records for %d buyers, %d sellers\n", records, buyers, kSellers);
    QElapsedTimer timer;
    timer.start();
    {
        // Organizations, users, providers, one ask per provider, one bid and
        // trade per lease; then the captures.
        Transaction transaction(database);
        QList<qint64> sellers, providers;
        for (int s = 0; s < kSellers; ++s) {
            const qint64 organization =
                database
                    .exec(u"INSERT INTO organizations (name, kind, status, country_code, created_at) "
                          "VALUES (?, 'seller', 'active', 'NL', 0)"_s,
                          {u"Seller %1"_s.arg(s)})
                    .lastInsertId()
                    .toLongLong();
            sellers.append(organization);
            providers.append(database
                                 .exec(u"INSERT INTO providers (organization_id, name, pseudonym, created_at) "
                                       "VALUES (?, ?, ?, 0)"_s,
                                       {organization, u"Cloud %1"_s.arg(s), u"Provider %1"_s.arg(s)})
                                 .lastInsertId()
                                 .toLongLong());
            database.exec(u"INSERT INTO asks (provider_id, organization_id, instance_type_id, region_id, quantity, "
                          "open_quantity, price_per_hour, currency, available_from, available_until, "
                          "min_lease_hours, max_lease_hours, status, created_at, updated_at) VALUES "
                          "(?, ?, 'c1.medium', 'eu-de-fra', 1000000, 0, 100, 'EUR', 0, ?, 1, 1000, 'filled', 0, 0)"_s,
                          {providers.constLast(), organization, endMs});
        }
        // Accounts, created once.
        QList<qint64> clearing{ledger.accountFor(AccountKind::PaymentClearing, std::nullopt, u"EUR"_s)};
        const qint64 revenue = ledger.accountFor(AccountKind::BrokerRevenue, std::nullopt, u"EUR"_s);
        const qint64 tax = ledger.accountFor(AccountKind::TaxPayable, std::nullopt, u"EUR"_s);
        QList<qint64> payable;
        for (qint64 seller : sellers)
            payable.append(ledger.accountFor(AccountKind::SellerPayable, seller, u"EUR"_s));

        std::mt19937_64 random(20261101);
        const qint64 perLease = std::max<qint64>(1, records / (qint64(buyers) * kLeasesPerBuyer));
        const qint64 span = (endMs - startMs) / perLease;
        qint64 written = 0;
        for (int b = 0; b < buyers && written < records; ++b) {
            const qint64 organization =
                database
                    .exec(u"INSERT INTO organizations (name, kind, status, country_code, created_at) "
                          "VALUES (?, 'buyer', 'active', ?, 0)"_s,
                          {u"Buyer %1"_s.arg(b), b % 3 == 0 ? u"US"_s : u"DE"_s})
                    .lastInsertId()
                    .toLongLong();
            const qint64 user = database
                                    .exec(u"INSERT INTO users (organization_id, email, display_name, role, "
                                          "password_hash, created_at, password_changed_at) "
                                          "VALUES (?, ?, 'Buyer', 'buyer', 'x', 0, 0)"_s,
                                          {organization, u"b%1@example.org"_s.arg(b)})
                                    .lastInsertId()
                                    .toLongLong();
            const qint64 balanceAccount = ledger.accountFor(AccountKind::BuyerBalance, organization, u"EUR"_s);
            const int vat = b % 3 == 0 ? 0 : 1900;
            // A top-up large enough for the month.
            const qint64 topUp = 1'000'000;
            const qint64 topUpId = database
                                       .exec(u"INSERT INTO ledger_transactions (kind, reference, description, "
                                             "created_at) VALUES ('topup', ?, 'Top-up', ?)"_s,
                                             {u"bench-topup-%1"_s.arg(b), startMs})
                                       .lastInsertId()
                                       .toLongLong();
            database.exec(u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) VALUES "
                          "(?, ?, ?, 'EUR'), (?, ?, ?, 'EUR')"_s,
                          {topUpId, clearing.constFirst(), -topUp, topUpId, balanceAccount, topUp});
            for (int l = 0; l < kLeasesPerBuyer && written < records; ++l) {
                const int s = int(random() % kSellers);
                const qint64 price = 20 + qint64(random() % 400);
                const qint64 bid = database
                                       .exec(u"INSERT INTO bids (organization_id, user_id, instance_type_id, "
                                             "region_ids, max_price_per_hour, currency, duration_hours, quantity, "
                                             "filled_quantity, time_in_force, status, created_at, updated_at) VALUES "
                                             "(?, ?, 'c1.medium', 'eu-de-fra', ?, 'EUR', 744, 1, 1, 'ioc', 'filled', "
                                             "?, ?)"_s,
                                             {organization, user, price, startMs, startMs})
                                       .lastInsertId()
                                       .toLongLong();
                const qint64 trade = database
                                         .exec(u"INSERT INTO trades (bid_id, ask_id, instance_type_id, region_id, "
                                               "price_per_hour, currency, quantity, taker_side, executed_at) VALUES "
                                               "(?, ?, 'c1.medium', 'eu-de-fra', ?, 'EUR', 1, 'buy', ?)"_s,
                                               {bid, s + 1, price, startMs})
                                         .lastInsertId()
                                         .toLongLong();
                const qint64 lease =
                    database
                        .exec(u"INSERT INTO leases (trade_id, organization_id, user_id, provider_id, "
                              "instance_type_id, region_id, price_per_hour, currency, starts_at, "
                              "ends_at, status, created_at) VALUES (?, ?, ?, ?, 'c1.medium', "
                              "'eu-de-fra', ?, 'EUR', ?, ?, 'ended', ?)"_s,
                              {trade, organization, user, providers.at(s), price, startMs, endMs, startMs})
                        .lastInsertId()
                        .toLongLong();
                for (qint64 r = 0; r < perLease && written < records; ++r, ++written) {
                    const qint64 from = startMs + r * span;
                    const qint64 to = from + span;
                    const qint64 seconds = span / 1000;
                    const qint64 net = std::max<qint64>(1, seconds * price / 3600);
                    const qint64 gross = BillingService::grossOf(net, vat);
                    const qint64 commission = (net * 2000 + 5'000) / 10'000;
                    const qint64 id = database
                                          .exec(u"INSERT INTO ledger_transactions (kind, reference, description, "
                                                "created_at) VALUES ('capture', ?, ?, ?)"_s,
                                                {u"meter:%1:%2"_s.arg(lease).arg(to),
                                                 u"Usage of lease %1"_s.arg(lease),
                                                 to})
                                          .lastInsertId()
                                          .toLongLong();
                    const QString leg = u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) "
                                        "VALUES (?, ?, ?, 'EUR')"_s;
                    database.exec(leg, {id, balanceAccount, -gross});
                    database.exec(leg, {id, payable.at(s), net - commission});
                    if (commission > 0)
                        database.exec(leg, {id, revenue, commission});
                    if (gross > net)
                        database.exec(leg, {id, tax, gross - net});
                    database.exec(u"INSERT INTO billing_meter_records (lease_id, organization_id, "
                                  "seller_organization_id, provider_id, period, from_ms, to_ms, seconds, net, vat, "
                                  "commission, currency, ledger_transaction_id) VALUES "
                                  "(?, ?, ?, ?, '2026-10', ?, ?, ?, ?, ?, ?, 'EUR', ?)"_s,
                                  {lease,
                                   organization,
                                   sellers.at(s),
                                   providers.at(s),
                                   from,
                                   to,
                                   seconds,
                                   net,
                                   gross - net,
                                   commission,
                                   id});
                }
            }
        }
        // The balance cache, as the ledger keeps it.
        database.exec(u"INSERT OR REPLACE INTO ledger_balances (account_id, balance, entry_count) "
                      "SELECT account_id, SUM(amount), COUNT(*) FROM ledger_entries GROUP BY account_id"_s);
        transaction.commit();
        records == written ? void() : (void)std::printf("  (wrote %lld records)\n", written);
    }
    std::printf("  data written in %.1f s\n", timer.elapsed() / 1000.0);

    // The floor: one aggregate per buyer over its meter records, nothing written.
    timer.restart();
    {
        DbQuery organizations = database.exec(u"SELECT id FROM organizations WHERE kind = 'buyer'"_s);
        QList<qint64> ids;
        while (organizations.next())
            ids.append(organizations.value(0).toLongLong());
        qint64 total = 0;
        for (qint64 id : ids) {
            DbQuery sum = database.exec(u"SELECT lease_id, SUM(seconds), SUM(net), SUM(vat) FROM billing_meter_records "
                                        "WHERE organization_id = ? AND to_ms <= ? GROUP BY lease_id"_s,
                                        {id, endMs});
            while (sum.next())
                total += sum.value(2).toLongLong();
        }
        Q_UNUSED(total);
    }
    const double floorSeconds = timer.elapsed() / 1000.0;
    std::printf("  baseline: read-only aggregate per buyer  %.2f s\n", floorSeconds);

    timer.restart();
    const auto run = invoices.runMonthEnd(u"2026-10"_s);
    const double runSeconds = timer.elapsed() / 1000.0;
    if (!run) {
        std::fprintf(stderr, "month-end failed: %s\n", qPrintable(run.error().message));
        return 1;
    }
    std::printf(
        "  month-end run: %d invoices, %d statements, %d payouts in %.2f s (%.0f invoices/s, %.1fx the baseline)\n",
        run->invoices,
        run->statements,
        run->payouts,
        runSeconds,
        run->invoices / std::max(runSeconds, 0.001),
        runSeconds / std::max(floorSeconds, 0.001));
    timer.restart();
    const auto again = invoices.runMonthEnd(u"2026-10"_s);
    std::printf("  second run (restart, nothing left): %d invoices in %.2f s\n",
                again ? again->invoices : -1,
                timer.elapsed() / 1000.0);

    timer.restart();
    const LedgerAudit::Report report = LedgerAudit(database, ledger.options().nonNegative, true).run();
    std::printf("  invariant check: %s in %.2f s over %lld transactions, %lld entries, %lld accounts\n",
                report.ok() ? "consistent" : "INCONSISTENT",
                timer.elapsed() / 1000.0,
                report.transactions,
                report.entries,
                report.accounts);
    database.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    std::printf("  journal: %lld meter records, %lld invoices, database %.0f MB\n",
                scalar(database, u"SELECT COUNT(*) FROM billing_meter_records"_s),
                scalar(database, u"SELECT COUNT(*) FROM billing_invoices"_s),
                fileSize(path) / 1e6);
    return report.ok() && run->invoices == buyers ? 0 : 1;
}
