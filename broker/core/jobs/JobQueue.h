#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace sc::broker {

class Clock;
class Database;

// Durable jobs in the database. A job is enqueued in the same transaction as
// the business change that needs it (a trade needs an instance provisioned),
// so either both happen or neither. Workers claim due jobs with a lease:
//
//   queued --claim--> running --done--> done (or queued again at the next
//     ^                 |                     interval, for recurring jobs)
//     +----retry--------+--fail / attempts used up--> dead
//
// A running job whose lease ran out (its process died or hung) is claimable
// again; a completion that arrives after its lease was taken over is ignored,
// so a handler must be idempotent (provisioning reuses its client token).
// The claim is one UPDATE ... RETURNING over a sub-select that PostgreSQL
// runs FOR UPDATE SKIP LOCKED, so several brokers can share the table without
// running a job twice; SQLite serializes writers and needs no lock clause.
class JobQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)

public:
    struct NewJob
    {
        NewJob(QString kind_, QJsonObject payload_ = {}, qint64 runAtMs_ = 0, int maxAttempts_ = 8,
               QString dedupeKey_ = {}, qint64 intervalMs_ = 0)
            : kind(std::move(kind_))
            , payload(std::move(payload_))
            , runAtMs(runAtMs_)
            , maxAttempts(maxAttempts_)
            , dedupeKey(std::move(dedupeKey_))
            , intervalMs(intervalMs_)
        {
        }

        QString kind;
        QJsonObject payload;
        qint64 runAtMs = 0; // 0: now
        int maxAttempts = 8;
        // At most one queued or running job per key (a second enqueue with the
        // same key is a no-op answering the existing job's id).
        QString dedupeKey;
        qint64 intervalMs = 0; // recurring: runs again this long after each run
    };

    struct Job
    {
        qint64 id = 0;
        QString kind;
        QJsonObject payload;
        int attempt = 0; // 1 on the first run
        int maxAttempts = 0;
        qint64 runAtMs = 0;
    };

    enum class Outcome { Done, Retry, Fail };
    struct Result
    {
        Outcome outcome = Outcome::Done;
        QString error;
        qint64 retryAfterMs = 0; // Retry: 0 picks exponential back-off with jitter
        static Result done() { return {}; }
        static Result retry(QString why, qint64 afterMs = 0) { return {Outcome::Retry, std::move(why), afterMs}; }
        static Result fail(QString why) { return {Outcome::Fail, std::move(why), 0}; }
    };
    // Handlers may finish later (network calls): they call `finish` exactly once.
    using Finish = std::function<void(const Result &)>;
    using Handler = std::function<void(const Job &, Finish finish)>;

    struct Options
    {
        int concurrency = 16;                         // jobs running at once in this process
        qint64 leaseMs = 120'000;                     // a claim lasts this long
        int tickMs = 200;                             // how often due jobs are looked for
        qint64 maxBackoffMs = 600'000;                // retry back-off cap
        qint64 keepFinishedMs = 7 * 24 * 3'600'000LL; // done/dead rows are deleted after
    };

    struct Row
    {
        qint64 id = 0;
        QString kind;
        QJsonObject payload;
        QString status; // queued, running, done, dead
        int attempts = 0;
        int maxAttempts = 0;
        qint64 runAtMs = 0;
        qint64 intervalMs = 0;
        QString lastError;
        QString dedupeKey;
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0;
    };

    JobQueue(Database &database, const Clock &clock, Options options, QObject *parent = nullptr);
    JobQueue(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~JobQueue() override;

    // Joins the caller's transaction when one is open. Throws DatabaseError.
    qint64 enqueue(const NewJob &job);
    void handle(const QString &kind, Handler handler);

    void start();
    void stop();
    // One claim-and-run round now (tests, and after an enqueue).
    void runDue();
    int runningCount() const { return int(m_running.size()); }
    QString workerId() const { return m_workerId; }

    QList<Row> list(const QString &status, const QString &kind, int limit);
    // A dead job queued again with fresh attempts; false if it is not dead.
    bool requeue(qint64 jobId);
    // Deletes finished jobs older than keepFinishedMs; answers how many.
    int purgeFinished();

Q_SIGNALS:
    void finished(qint64 jobId, const QString &kind, const QString &status);

private:
    void complete(qint64 jobId, const QString &kind, int attempt, int maxAttempts, qint64 intervalMs,
                  const Result &result);
    qint64 backoffMs(int attempt) const;
    qint64 nowMs() const;

    Database &m_database;
    const Clock &m_clock;
    Options m_options;
    QString m_workerId;
    QHash<QString, Handler> m_handlers;
    QHash<qint64, qint64> m_running; // job id -> lease expiry
    QTimer m_tick;
    bool m_claiming = false;
};

} // namespace sc::broker
