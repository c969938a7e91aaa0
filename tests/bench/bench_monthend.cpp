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
#include "MonthOfUsage.h"
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

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {

constexpr int kSellers = 50;

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
    const qint64 written = sc::test::writeMonthOfUsage(database, ledger, startMs, endMs, records, buyers);
    if (written != records)
        std::printf("  (wrote %lld records)\n", written);
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
