// Ledger benchmark: the month-end's raw material. Posts a million money
// movements for 10,000 buyers (top-ups, holds, captures with commission to
// 500 sellers, releases, payouts) through sc::broker::Ledger into a SQLite
// file, a thousand transactions per database transaction, then runs the
// invariant check (LedgerAudit) over the whole journal. Prints posts per
// second, the check's time and the journal's size.
//
//   build/bin/bench_ledger [transactions] [buyers]
#include "core/Clock.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {

constexpr int kBatch = 1000;
constexpr int kSellers = 500;

qint64 fileSize(const QString &path)
{
    qint64 size = 0;
    for (const QString &suffix : {u""_s, u"-wal"_s})
        size += QFileInfo(path + suffix).size();
    return size;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sc.*.info=false"_s);
    const QStringList arguments = QCoreApplication::arguments();
    const qint64 transactions = arguments.size() > 1 ? arguments.at(1).toLongLong() : 1'000'000;
    const int buyers = arguments.size() > 2 ? arguments.at(2).toInt() : 10'000;
    if (transactions <= 0 || buyers <= 0) {
        std::fprintf(stderr, "usage: bench_ledger [transactions] [buyers]\n");
        return 2;
    }

    QTemporaryDir folder;
    // BENCH_KEEP_DATABASE=1 keeps the journal for a look with sqlite3.
    folder.setAutoRemove(!qEnvironmentVariableIsSet("BENCH_KEEP_DATABASE"));
    const QString path = folder.filePath(u"ledger.sqlite"_s);
    ManualClock clock(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    Database database(path);
    database.open();
    Migrations::migrate(database);
    Ledger ledger(database, clock);

    std::vector<qint64> buyerIds, sellerIds;
    {
        Transaction transaction(database);
        for (int i = 0; i < buyers + kSellers; ++i) {
            const qint64 id = database
                                  .exec(u"INSERT INTO organizations (name, kind, status, country_code, created_at) "
                                        "VALUES (?, ?, 'active', 'DE', 0)"_s,
                                        {u"org %1"_s.arg(i), i < buyers ? u"buyer"_s : u"seller"_s})
                                  .lastInsertId()
                                  .toLongLong();
            (i < buyers ? buyerIds : sellerIds).push_back(id);
        }
        transaction.commit();
    }

    std::printf("ledger benchmark: %lld transactions, %d buyers, %d sellers, SQLite file (WAL), %d per commit\n",
                transactions,
                buyers,
                kSellers,
                kBatch);
    // The model keeps every post valid, so each one is a real write.
    std::vector<qint64> balance(buyerIds.size()), hold(buyerIds.size()), payable(sellerIds.size());
    std::mt19937_64 random(20261101);
    const QString eur = u"EUR"_s;
    qint64 posted = 0;
    qint64 refused = 0;
    QElapsedTimer timer;
    timer.start();
    while (posted < transactions) {
        Transaction batch(database);
        for (int i = 0; i < kBatch && posted < transactions; ++i, ++posted) {
            clock.advance(2000);
            const std::size_t b = random() % buyerIds.size();
            const std::size_t s = random() % sellerIds.size();
            const qint64 buyer = buyerIds[b];
            const unsigned roll = random() % 100;
            LedgerPosting posting{TransactionKind::Adjustment, eur, {}, {}, std::nullopt, {}};
            if (balance[b] < 500 || roll < 15) {
                const qint64 amount = 1000 + qint64(random() % 50'000);
                posting.kind = TransactionKind::TopUp;
                posting.reference = u"bench-topup-%1"_s.arg(posted);
                posting.legs = {{AccountKind::PaymentClearing, std::nullopt, -amount},
                                {AccountKind::BuyerBalance, buyer, amount}};
                balance[b] += amount;
            } else if (hold[b] == 0 || roll < 50) {
                const qint64 amount = 1 + qint64(random() % quint64(balance[b]));
                posting.kind = TransactionKind::Hold;
                posting.legs = {{AccountKind::BuyerBalance, buyer, -amount}, {AccountKind::BuyerHold, buyer, amount}};
                balance[b] -= amount;
                hold[b] += amount;
            } else if (roll < 85 || payable[s] == 0) {
                const qint64 amount = 1 + qint64(random() % quint64(hold[b]));
                const qint64 commission = amount / 10;
                posting.kind = TransactionKind::Capture;
                posting.legs = {{AccountKind::BuyerHold, buyer, -amount},
                                {AccountKind::SellerPayable, sellerIds[s], amount - commission}};
                if (commission > 0)
                    posting.legs.append({AccountKind::BrokerRevenue, std::nullopt, commission});
                hold[b] -= amount;
                payable[s] += amount - commission;
            } else if (roll < 93) {
                const qint64 amount = hold[b];
                posting.kind = TransactionKind::Release;
                posting.legs = {{AccountKind::BuyerHold, buyer, -amount}, {AccountKind::BuyerBalance, buyer, amount}};
                hold[b] = 0;
                balance[b] += amount;
            } else {
                const qint64 amount = payable[s];
                posting.kind = TransactionKind::Payout;
                posting.legs = {{AccountKind::SellerPayable, sellerIds[s], -amount},
                                {AccountKind::Payouts, std::nullopt, amount}};
                payable[s] = 0;
            }
            if (!ledger.post(posting))
                ++refused;
        }
        batch.commit();
    }
    const double postSeconds = double(timer.elapsed()) / 1000.0;
    std::printf("  posted %lld transactions in %.1f s: %.0f posts/s (%lld refused)\n",
                posted,
                postSeconds,
                double(posted) / postSeconds,
                refused);

    LedgerAudit audit(database, ledger.options().nonNegative);
    const LedgerAudit::Report report = audit.run();
    database.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const double megabytes = double(fileSize(path)) / 1e6;
    std::printf("  invariant check: %lld transactions, %lld entries, %lld accounts in %.2f s: %s\n",
                report.transactions,
                report.entries,
                report.accounts,
                double(report.elapsedMs) / 1000.0,
                report.ok() ? "consistent" : "PROBLEMS");
    std::printf("  journal size: %lld entries in %lld transactions, database file %.0f MB (%.0f bytes per entry)\n",
                report.entries,
                report.transactions,
                megabytes,
                megabytes * 1e6 / double(std::max<qint64>(report.entries, 1)));
    if (!folder.autoRemove())
        std::printf("  kept: %s\n", qPrintable(path));
    if (!report.ok()) {
        std::fputs(qPrintable(report.summary()), stderr);
        return 1;
    }
    return refused == 0 ? 0 : 1;
}
