#include "core/providers/CapacityHistory.h"

#include "core/Clock.h"
#include "core/store/Database.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr int kFineSeconds = int(CapacityHistory::kFineBucketMs / 1000);
constexpr int kHourSeconds = int(CapacityHistory::kHourMs / 1000);

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 floorTo(qint64 ms, qint64 step)
{
    return ms - ((ms % step) + step) % step;
}

QJsonArray byTypeArray(const QByteArray &text)
{
    QJsonArray types;
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray counts = it.value().toArray();
        types.append(QJsonObject{{u"instanceType"_s, it.key()},
                                 {u"totalSlots"_s, counts.at(0).toInteger()},
                                 {u"usedSlots"_s, counts.at(1).toInteger()},
                                 {u"freeSlots"_s, counts.at(2).toInteger()}});
    }
    return types;
}

} // namespace

CapacityHistory::CapacityHistory(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QDateTime CapacityHistory::now() const
{
    return m_clock.now();
}

void CapacityHistory::record(const QList<Sample> &samples)
{
    if (samples.isEmpty())
        return;
    Transaction transaction(m_database);
    for (const Sample &sample : samples) {
        // The latest reading of the bucket wins; its peak and count grow.
        m_database.exec(u"INSERT INTO capacity_history (provider_id, bucket_seconds, at, total_slots, used_slots, "
                        "free_slots, peak_used_slots, samples, by_type) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) "
                        "ON CONFLICT (provider_id, bucket_seconds, at) DO UPDATE SET "
                        "total_slots = excluded.total_slots, used_slots = excluded.used_slots, "
                        "free_slots = excluded.free_slots, by_type = excluded.by_type, "
                        "samples = capacity_history.samples + 1, peak_used_slots = CASE WHEN "
                        "excluded.used_slots > capacity_history.peak_used_slots THEN excluded.used_slots "
                        "ELSE capacity_history.peak_used_slots END"_s,
                        {sample.providerId,
                         kFineSeconds,
                         floorTo(sample.atMs, kFineBucketMs),
                         sample.totalSlots,
                         sample.usedSlots,
                         sample.freeSlots,
                         sample.usedSlots,
                         QString::fromUtf8(sample.byType.isEmpty() ? QByteArray("{}") : sample.byType)});
    }
    transaction.commit();
}

CapacityHistory::Maintenance CapacityHistory::rollUpAndPurge()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Maintenance done;
    Transaction transaction(m_database);

    // From the hour after the last one rolled up (or the oldest 5-minute
    // row) to the last hour that ended at least the grace period ago.
    qint64 from = 0;
    {
        DbQuery last = m_database.exec(u"SELECT MAX(at) FROM capacity_history WHERE bucket_seconds = ?"_s,
                                       {kHourSeconds});
        if (last.next() && !last.value(0).isNull()) {
            from = last.value(0).toLongLong() + kHourMs;
        } else {
            DbQuery oldest = m_database.exec(u"SELECT MIN(at) FROM capacity_history WHERE bucket_seconds = ?"_s,
                                             {kFineSeconds});
            from = oldest.next() && !oldest.value(0).isNull() ? floorTo(oldest.value(0).toLongLong(), kHourMs) : now;
        }
    }
    from = std::max(from, floorTo(now - kKeepHourlyMs, kHourMs));
    const qint64 to = floorTo(now - kRollUpGraceMs, kHourMs);
    if (from < to) {
        struct Hour
        {
            qint64 providerId = 0;
            qint64 at = 0;
            double total = 0;
            double used = 0;
            double free = 0;
            qint64 peak = 0;
            qint64 samples = 0;
            int rows = 0;
            QString byType;
        };
        QList<Hour> hours;
        DbQuery rows = m_database.exec(
            u"SELECT provider_id, at, total_slots, used_slots, free_slots, peak_used_slots, samples, by_type "
            "FROM capacity_history WHERE bucket_seconds = ? AND at >= ? AND at < ? ORDER BY provider_id, at"_s,
            {kFineSeconds, from, to});
        while (rows.next()) {
            const qint64 providerId = rows.value(0).toLongLong();
            const qint64 hour = floorTo(rows.value(1).toLongLong(), kHourMs);
            if (hours.isEmpty() || hours.constLast().providerId != providerId || hours.constLast().at != hour)
                hours.append(Hour{providerId, hour, 0, 0, 0, 0, 0, 0, {}});
            Hour &current = hours.last();
            current.total += rows.value(2).toDouble();
            current.used += rows.value(3).toDouble();
            current.free += rows.value(4).toDouble();
            current.peak = std::max(current.peak, rows.value(5).toLongLong());
            current.samples += rows.value(6).toLongLong();
            ++current.rows;
            current.byType = rows.value(7).toString(); // as at the hour's end
        }
        for (const Hour &hour : std::as_const(hours)) {
            const double n = hour.rows;
            m_database.exec(u"INSERT OR REPLACE INTO capacity_history (provider_id, bucket_seconds, at, total_slots, "
                            "used_slots, free_slots, peak_used_slots, samples, by_type) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {hour.providerId,
                             kHourSeconds,
                             hour.at,
                             qint64(std::llround(hour.total / n)),
                             qint64(std::llround(hour.used / n)),
                             qint64(std::llround(hour.free / n)),
                             hour.peak,
                             hour.samples,
                             hour.byType});
        }
        done.hourlyRows = int(hours.size());
    }

    DbQuery fine = m_database.exec(u"DELETE FROM capacity_history WHERE bucket_seconds = ? AND at < ?"_s,
                                   {kFineSeconds, now - kKeepFineMs});
    done.purgedRows += fine.numRowsAffected();
    DbQuery hourly = m_database.exec(u"DELETE FROM capacity_history WHERE bucket_seconds = ? AND at < ?"_s,
                                     {kHourSeconds, now - kKeepHourlyMs});
    done.purgedRows += hourly.numRowsAffected();
    transaction.commit();
    return done;
}

QJsonArray CapacityHistory::points(qint64 providerId, const QDateTime &from, const QDateTime &to)
{
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    auto point = [](const DbQuery &row, int bucketSeconds) {
        QJsonObject json{{u"at"_s, iso(row.value(0).toLongLong())},
                         {u"bucketSeconds"_s, bucketSeconds},
                         {u"totalSlots"_s, row.value(1).toLongLong()},
                         {u"usedSlots"_s, row.value(2).toLongLong()},
                         {u"freeSlots"_s, row.value(3).toLongLong()},
                         {u"peakUsedSlots"_s, row.value(4).toLongLong()},
                         {u"samples"_s, row.value(5).toLongLong()}};
        const QJsonArray types = byTypeArray(row.value(6).toByteArray());
        if (!types.isEmpty())
            json.insert(u"byType"_s, types);
        return json;
    };

    QJsonArray fine;
    qint64 firstFine = toMs + 1;
    {
        DbQuery rows = m_database.exec(
            u"SELECT at, total_slots, used_slots, free_slots, peak_used_slots, samples, by_type FROM capacity_history "
            "WHERE provider_id = ? AND bucket_seconds = ? AND at >= ? AND at <= ? ORDER BY at"_s,
            {providerId, kFineSeconds, floorTo(fromMs, kFineBucketMs), toMs});
        while (rows.next()) {
            if (fine.isEmpty())
                firstFine = rows.value(0).toLongLong();
            fine.append(point(rows, kFineSeconds));
        }
    }
    QJsonArray all;
    {
        DbQuery rows = m_database.exec(
            u"SELECT at, total_slots, used_slots, free_slots, peak_used_slots, samples, by_type FROM capacity_history "
            "WHERE provider_id = ? AND bucket_seconds = ? AND at >= ? AND at + ? <= ? ORDER BY at"_s,
            {providerId, kHourSeconds, floorTo(fromMs, kHourMs), kHourMs, std::min(firstFine, toMs)});
        while (rows.next())
            all.append(point(rows, kHourSeconds));
    }
    for (const QJsonValue &value : std::as_const(fine))
        all.append(value);
    return all;
}

} // namespace sc::broker
