// Capacity history at fleet scale, on a WAL SQLite file as the broker keeps
// it: the poller's batched writes for 10,000 clouds (one reading per cloud
// every ~2 minutes, flushed every 2 s), the hourly roll-up and purge, and a
// seller's 48-hour and 30-day reads with a full history behind them.
// Prints the time per sample, per roll-up, per read and the bytes per row.
//
//   build/bin/bench_capacityhistory [clouds] [clouds with 30 days of history]
#include "core/Clock.h"
#include "core/providers/CapacityHistory.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using Steady = std::chrono::steady_clock;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

double secondsSince(Steady::time_point start)
{
    return std::chrono::duration<double>(Steady::now() - start).count();
}

CapacityHistory::Sample sample(qint64 providerId, qint64 atMs, qint64 step)
{
    // Three instance types, the used slots wandering.
    const qint64 used = (providerId * 7 + step) % 40;
    return {providerId,
            atMs,
            120,
            used,
            120 - used,
            QByteArray(R"({"g1.small":[48,)") + QByteArray::number(used / 2) + ',' + QByteArray::number(48 - used / 2)
                + R"(],"g1.medium":[48,)" + QByteArray::number(used - used / 2) + ','
                + QByteArray::number(48 - used + used / 2) + R"(],"gpu1.large":[24,0,24]})"};
}

qint64 rowCount(Database &database)
{
    DbQuery query = database.exec(u"SELECT COUNT(*) FROM capacity_history"_s);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sc.*.info=false"_s);
    const qint64 clouds = argc > 1 ? std::atoll(argv[1]) : 10'000;
    const qint64 fullClouds = argc > 2 ? std::atoll(argv[2]) : 500;
    QTemporaryDir dir;
    Database database(dir.filePath(u"broker.db"_s));
    database.open();
    Migrations::migrate(database);
    database.exec(u"PRAGMA foreign_keys = OFF"_s); // no provider rows: the history alone is measured
    const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    ManualClock clock(start);
    CapacityHistory history(database, clock);

    // 1. One hour of the poller's flushes: every cloud read every 2 minutes,
    //    a flush every 2 s carries the readings of that window.
    const qint64 readingsPerHour = clouds * 30;
    const qint64 perFlush = std::max<qint64>(1, readingsPerHour / 1'800);
    QList<CapacityHistory::Sample> batch;
    auto begin = Steady::now();
    qint64 written = 0;
    for (qint64 i = 0; i < readingsPerHour; ++i) {
        const qint64 atMs = start.toMSecsSinceEpoch() + i * kHour / readingsPerHour;
        batch.append(sample(i % clouds + 1, atMs, i / clouds));
        if (batch.size() == perFlush) {
            history.record(batch);
            written += batch.size();
            batch.clear();
        }
    }
    history.record(batch);
    written += batch.size();
    const double recordSeconds = secondsSince(begin);
    std::printf("capacity history, %lld clouds\n", static_cast<long long>(clouds));
    std::printf("  record: %lld readings in %lld flushes of %lld: %.2f s, %.1f us per reading, %.1f ms per flush, "
                "%.2f %% of one core at one reading per cloud per 2 min\n",
                static_cast<long long>(written),
                static_cast<long long>(written / perFlush),
                static_cast<long long>(perFlush),
                recordSeconds,
                1e6 * recordSeconds / double(written),
                1e3 * recordSeconds / double(written / perFlush),
                100 * recordSeconds / 3'600);

    // 2. The roll-up of that hour and the purge, as the recurring job runs it.
    clock.set(start.addMSecs(kHour + CapacityHistory::kRollUpGraceMs + kMinute));
    begin = Steady::now();
    const auto done = history.rollUpAndPurge();
    std::printf("  roll-up: %d hourly rows from %lld 5-minute rows in %.3f s\n",
                done.hourlyRows,
                static_cast<long long>(clouds * 12),
                secondsSince(begin));

    // 3. Reads with a full history: 30 days of hourly rows and 48 h of 5-minute rows per cloud.
    QTemporaryDir fullDir;
    Database full(fullDir.filePath(u"full.db"_s));
    full.open();
    Migrations::migrate(full);
    full.exec(u"PRAGMA foreign_keys = OFF"_s);
    ManualClock fullClock(start.addDays(30));
    CapacityHistory fullHistory(full, fullClock);
    begin = Steady::now();
    {
        Transaction transaction(full);
        const qint64 end = fullClock.now().toMSecsSinceEpoch();
        for (qint64 provider = 1; provider <= fullClouds; ++provider) {
            for (qint64 at = end - CapacityHistory::kKeepHourlyMs; at < end - CapacityHistory::kKeepFineMs; at += kHour)
                full.exec(
                    u"INSERT INTO capacity_history (provider_id, bucket_seconds, at, total_slots, used_slots, "
                    "free_slots, peak_used_slots, samples, by_type) VALUES (?, 3600, ?, 120, 20, 100, 25, 30, ?)"_s,
                    {provider, at, QString::fromUtf8(sample(provider, at, at / kHour).byType)});
        }
        transaction.commit();
    }
    QList<CapacityHistory::Sample> fine;
    const qint64 end = fullClock.now().toMSecsSinceEpoch();
    for (qint64 at = end - CapacityHistory::kKeepFineMs; at < end; at += CapacityHistory::kFineBucketMs) {
        for (qint64 provider = 1; provider <= fullClouds; ++provider)
            fine.append(sample(provider, at, at / kMinute));
        if (fine.size() > 5'000) {
            fullHistory.record(fine);
            fine.clear();
        }
    }
    fullHistory.record(fine);
    const qint64 rows = rowCount(full);
    full.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const qint64 bytes = QFileInfo(fullDir.filePath(u"full.db"_s)).size();
    std::printf("  full history of %lld clouds: %lld rows written in %.1f s, %.0f bytes per row on disk "
                "(%.1f GB at %lld clouds)\n",
                static_cast<long long>(fullClouds),
                static_cast<long long>(rows),
                secondsSince(begin),
                double(bytes) / double(rows),
                double(bytes) / double(fullClouds) * double(clouds) / 1e9,
                static_cast<long long>(clouds));
    for (const auto &[label, days] : {std::pair{"48 h", 2}, std::pair{"30 days", 30}}) {
        const int reads = 200;
        qint64 points = 0;
        begin = Steady::now();
        for (int i = 0; i < reads; ++i) {
            const QDateTime to = fullClock.now();
            points += fullHistory.points(i % fullClouds + 1, to.addDays(-days), to).size();
        }
        std::printf("  read %s: %lld points, %.2f ms per read\n",
                    label,
                    static_cast<long long>(points / reads),
                    1e3 * secondsSince(begin) / reads);
    }
    return 0;
}
