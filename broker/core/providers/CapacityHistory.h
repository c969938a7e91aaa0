#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sc::broker {

class Clock;
class Database;

// What each provider cloud offered over time: slots in total, used and free,
// per catalog instance type and summed. The poller hands in one sample per
// capacity reading (about every 2 minutes per cloud) and they are written in
// its batched flush, never one transaction each. Kept compactly:
//   - 5-minute rows, the latest reading in each bucket, for 48 hours;
//   - hourly rows (mean slots and the peak of the hour's 5-minute rows, the
//     instance types as at the hour's end) for 30 days,
// rolled up and purged by the recurring job `capacity.rollup`.
class CapacityHistory
{
public:
    static constexpr qint64 kFineBucketMs = 5 * 60'000;
    static constexpr qint64 kHourMs = 3'600'000;
    static constexpr qint64 kKeepFineMs = 48 * kHourMs;
    static constexpr qint64 kKeepHourlyMs = 30 * 24 * kHourMs;
    // An hour is rolled up once this long has passed after its end (the
    // poller flushes every few seconds).
    static constexpr qint64 kRollUpGraceMs = 5 * 60'000;
    // The longest span one request may ask for.
    static constexpr qint64 kMaxRangeMs = 31 * 24 * kHourMs;

    struct Sample
    {
        qint64 providerId = 0;
        qint64 atMs = 0;
        qint64 totalSlots = 0;
        qint64 usedSlots = 0;
        qint64 freeSlots = 0;
        // {"<instance type>": [total, used, free], ...}; a profile that maps
        // to no catalog type counts under "<region>/<profile>".
        QByteArray byType;
    };

    struct Maintenance
    {
        int hourlyRows = 0; // hourly rows written
        int purgedRows = 0;
    };

    CapacityHistory(Database &database, const Clock &clock);

    // Writes the samples into their 5-minute buckets (the caller's
    // transaction, or one of its own).
    void record(const QList<Sample> &samples);
    // Rolls complete hours up into hourly rows and purges what is past its
    // keeping time. Throws DatabaseError.
    Maintenance rollUpAndPurge();
    // The points between from and to, oldest first: hourly rows where no
    // 5-minute rows are left, then 5-minute rows.
    QJsonArray points(qint64 providerId, const QDateTime &from, const QDateTime &to);

    QDateTime now() const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace sc::broker
