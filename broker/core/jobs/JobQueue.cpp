#include "core/jobs/JobQueue.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kFirstBackoffMs = 1'000;
constexpr qsizetype kMaxErrorLength = 500;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

JobQueue::JobQueue(Database &database, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_options(options)
    , m_workerId(QUuid::createUuid().toString(QUuid::WithoutBraces).left(13))
{
    m_tick.setInterval(m_options.tickMs);
    connect(&m_tick, &QTimer::timeout, this, &JobQueue::runDue);
}

JobQueue::JobQueue(Database &database, const Clock &clock, QObject *parent)
    : JobQueue(database, clock, Options{}, parent)
{
}

JobQueue::~JobQueue() = default;

qint64 JobQueue::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void JobQueue::handle(const QString &kind, Handler handler)
{
    m_handlers.insert(kind, std::move(handler));
}

void JobQueue::start()
{
    m_tick.start();
}

void JobQueue::stop()
{
    m_tick.stop();
}

qint64 JobQueue::enqueue(const NewJob &job)
{
    const qint64 now = nowMs();
    if (!job.dedupeKey.isEmpty()) {
        DbQuery existing = m_database.exec(
            u"SELECT id FROM jobs WHERE dedupe_key = ? AND status IN ('queued', 'running')"_s, {job.dedupeKey});
        if (existing.next())
            return existing.value(0).toLongLong();
    }
    return m_database
        .exec(u"INSERT INTO jobs (kind, payload, dedupe_key, status, run_at, attempts, max_attempts, interval_ms, "
              "created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, 0, ?, ?, ?, ?)"_s,
              {job.kind,
               compact(job.payload),
               nullable(job.dedupeKey),
               job.runAtMs > 0 ? job.runAtMs : now,
               std::max(1, job.maxAttempts),
               job.intervalMs,
               now,
               now})
        .lastInsertId()
        .toLongLong();
}

void JobQueue::runDue()
{
    if (m_claiming)
        return;
    m_claiming = true;
    const qint64 now = nowMs();
    // A handler that never finished frees its slot when its lease runs out
    // (the job itself becomes claimable again).
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it.value() <= now) {
            qCWarning(lcJobs) << "job" << it.key() << "outlived its lease; it will be claimed again";
            it = m_running.erase(it);
        } else {
            ++it;
        }
    }
    const int room = m_options.concurrency - int(m_running.size());
    QList<Job> claimed;
    QList<qint64> intervals;
    if (room > 0) {
        const QString lock = m_database.dialect() == Database::Dialect::PostgreSql ? u" FOR UPDATE SKIP LOCKED"_s
                                                                                   : QString();
        try {
            DbQuery query = m_database.exec(
                u"UPDATE jobs SET status = 'running', attempts = attempts + 1, leased_by = ?, lease_expires_at = ?, "
                "updated_at = ? WHERE id IN (SELECT id FROM jobs WHERE (status = 'queued' AND run_at <= ?) "
                "OR (status = 'running' AND lease_expires_at <= ?) ORDER BY run_at, id LIMIT ?"_s
                    + lock + u") RETURNING id, kind, payload, attempts, max_attempts, run_at, interval_ms"_s,
                {m_workerId, now + m_options.leaseMs, now, now, now, room});
            while (query.next()) {
                Job job;
                job.id = query.value(0).toLongLong();
                job.kind = query.value(1).toString();
                job.payload = parse(query.value(2));
                job.attempt = query.value(3).toInt();
                job.maxAttempts = query.value(4).toInt();
                job.runAtMs = query.value(5).toLongLong();
                claimed.append(job);
                intervals.append(query.value(6).toLongLong());
            }
        } catch (const DatabaseError &error) {
            qCWarning(lcJobs) << "claiming jobs failed:" << error.what();
        }
    }
    m_claiming = false;

    for (qsizetype i = 0; i < claimed.size(); ++i) {
        const Job job = claimed.at(i);
        const qint64 intervalMs = intervals.at(i);
        m_running.insert(job.id, now + m_options.leaseMs);
        if (job.attempt > job.maxAttempts && intervalMs == 0) {
            // Its last attempt died with its lease: nothing is left to try.
            complete(job.id,
                     job.kind,
                     job.attempt,
                     job.maxAttempts,
                     0,
                     Result::fail(u"the last attempt did not finish within its lease"_s));
            continue;
        }
        const auto handler = m_handlers.constFind(job.kind);
        if (handler == m_handlers.cend()) {
            complete(job.id,
                     job.kind,
                     job.attempt,
                     job.maxAttempts,
                     intervalMs,
                     Result::fail(u"no handler for jobs of kind '%1'"_s.arg(job.kind)));
            continue;
        }
        auto done = std::make_shared<bool>(false);
        QPointer<JobQueue> self(this);
        (*handler)(job, [self, done, job, intervalMs](const Result &result) {
            if (*done || !self)
                return;
            *done = true;
            self->complete(job.id, job.kind, job.attempt, job.maxAttempts, intervalMs, result);
        });
    }
}

qint64 JobQueue::backoffMs(int attempt) const
{
    // 1 s, 2 s, 4 s, ... capped, with up to 25 % jitter so retries spread out.
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const qint64 base = std::min(m_options.maxBackoffMs, kFirstBackoffMs << exponent);
    return base + qint64(QRandomGenerator::global()->bounded(double(base) / 4));
}

void JobQueue::complete(qint64 jobId, const QString &kind, int attempt, int maxAttempts, qint64 intervalMs,
                        const Result &result)
{
    const bool wasMine = m_running.remove(jobId) > 0;
    const qint64 now = nowMs();
    const QString error = result.error.left(kMaxErrorLength);
    QString status;
    qint64 runAt = 0;
    if (intervalMs > 0) {
        // Recurring jobs never die: a failed run is recorded, the next one comes.
        status = u"queued"_s;
        runAt = result.outcome == Outcome::Retry
                    ? now + std::min(intervalMs, result.retryAfterMs > 0 ? result.retryAfterMs : backoffMs(attempt))
                    : now + intervalMs;
    } else if (result.outcome == Outcome::Done) {
        status = u"done"_s;
    } else if (result.outcome == Outcome::Retry && attempt < maxAttempts) {
        status = u"queued"_s;
        runAt = now + (result.retryAfterMs > 0 ? result.retryAfterMs : backoffMs(attempt));
    } else {
        status = u"dead"_s;
    }
    int changed = 0;
    try {
        // Only while the lease is still ours: a job taken over after its
        // lease ran out belongs to its new worker.
        changed = m_database
                      .exec(u"UPDATE jobs SET status = ?, run_at = CASE WHEN ? > 0 THEN ? ELSE run_at END, "
                            "attempts = CASE WHEN ? > 0 AND ? = 'queued' THEN 0 ELSE attempts END, "
                            "last_error = ?, leased_by = NULL, lease_expires_at = NULL, updated_at = ? "
                            "WHERE id = ? AND leased_by = ? AND status = 'running'"_s,
                            {status, runAt, runAt, intervalMs, status, nullable(error), now, jobId, m_workerId})
                      .numRowsAffected();
    } catch (const DatabaseError &failure) {
        qCWarning(lcJobs) << "recording job" << jobId << "failed:" << failure.what();
        return;
    }
    if (changed == 0) {
        qCInfo(lcJobs) << "job" << jobId << kind << "finished after its lease was taken over; ignored"
                       << (wasMine ? "" : "(already released)");
        return;
    }
    if (status == u"dead"_s)
        qCWarning(lcJobs).noquote() << "job" << jobId << kind << "is dead after" << attempt << "attempts:" << error;
    else if (!error.isEmpty())
        qCInfo(lcJobs).noquote() << "job" << jobId << kind << "attempt" << attempt << "failed:" << error;
    Q_EMIT finished(jobId, kind, status);
    // A slot is free: look for more now rather than at the next tick.
    if (m_tick.isActive())
        QMetaObject::invokeMethod(this, &JobQueue::runDue, Qt::QueuedConnection);
}

QList<JobQueue::Row> JobQueue::list(const QString &status, const QString &kind, int limit)
{
    QList<Row> rows;
    DbQuery query = m_database.exec(
        u"SELECT id, kind, payload, status, attempts, max_attempts, run_at, interval_ms, COALESCE(last_error, ''), "
        "COALESCE(dedupe_key, ''), created_at, updated_at FROM jobs WHERE (? = '' OR status = ?) "
        "AND (? = '' OR kind = ?) ORDER BY id DESC LIMIT ?"_s,
        {status, status, kind, kind, limit});
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.kind = query.value(1).toString();
        row.payload = parse(query.value(2));
        row.status = query.value(3).toString();
        row.attempts = query.value(4).toInt();
        row.maxAttempts = query.value(5).toInt();
        row.runAtMs = query.value(6).toLongLong();
        row.intervalMs = query.value(7).toLongLong();
        row.lastError = query.value(8).toString();
        row.dedupeKey = query.value(9).toString();
        row.createdAtMs = query.value(10).toLongLong();
        row.updatedAtMs = query.value(11).toLongLong();
        rows.append(row);
    }
    return rows;
}

bool JobQueue::requeue(qint64 jobId)
{
    const qint64 now = nowMs();
    return m_database
               .exec(u"UPDATE jobs SET status = 'queued', attempts = 0, run_at = ?, updated_at = ? "
                     "WHERE id = ? AND status = 'dead'"_s,
                     {now, now, jobId})
               .numRowsAffected()
           > 0;
}

int JobQueue::purgeFinished()
{
    return m_database
        .exec(u"DELETE FROM jobs WHERE status IN ('done', 'dead') AND updated_at < ?"_s,
              {nowMs() - m_options.keepFinishedMs})
        .numRowsAffected();
}

} // namespace sc::broker
