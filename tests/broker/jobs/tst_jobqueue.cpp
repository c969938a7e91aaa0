#include "core/Clock.h"
#include "core/jobs/JobQueue.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;

class tst_JobQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enqueuedWithItsTransactionOrNotAtAll();
    void runsWhenDueAndOnlyThen();
    void retriesWithBackoffThenDies();
    void failIsFinal();
    void recurringJobsComeBack();
    void dedupeKeyKeepsOneQueued();
    void expiredLeaseIsTakenOverAndLateCompletionIgnored();
    void twoWorkersNeverRunAJobTwice();
    void survivesARestartMidJob();
    void concurrencyIsBounded();
    void deadJobsCanBeRequeuedAndPurged();

private:
    std::unique_ptr<Database> open();
    QString status(qint64 jobId);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
};

std::unique_ptr<Database> tst_JobQueue::open()
{
    auto database = std::make_unique<Database>(m_dir.filePath(u"jobs.sqlite"_s));
    database->open();
    Migrations::migrate(*database);
    return database;
}

void tst_JobQueue::init()
{
    QFile::remove(m_dir.filePath(u"jobs.sqlite"_s));
    m_database = open();
}

void tst_JobQueue::cleanup()
{
    m_database.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"jobs.sqlite"_s + suffix));
}

QString tst_JobQueue::status(qint64 jobId)
{
    DbQuery query = m_database->exec(u"SELECT status FROM jobs WHERE id = ?"_s, {jobId});
    return query.next() ? query.value(0).toString() : QString();
}

void tst_JobQueue::enqueuedWithItsTransactionOrNotAtAll()
{
    JobQueue queue(*m_database, m_clock);
    {
        Transaction rolledBack(*m_database);
        queue.enqueue({u"provision"_s, QJsonObject{{u"lease"_s, 1}}});
    }
    QCOMPARE(queue.list({}, {}, 10).size(), 0);
    qint64 id = 0;
    {
        Transaction committed(*m_database);
        id = queue.enqueue({u"provision"_s, QJsonObject{{u"lease"_s, 2}}});
        committed.commit();
    }
    const auto rows = queue.list({}, {}, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, id);
    QCOMPARE(rows.first().payload.value(u"lease"_s).toInt(), 2);
    QCOMPARE(rows.first().status, u"queued"_s);
}

void tst_JobQueue::runsWhenDueAndOnlyThen()
{
    JobQueue queue(*m_database, m_clock);
    QList<int> ran;
    queue.handle(u"expire"_s, [&ran](const JobQueue::Job &job, JobQueue::Finish finish) {
        ran.append(job.payload.value(u"n"_s).toInt());
        finish(JobQueue::Result::done());
    });
    const qint64 at = m_clock.now().addSecs(3600).toMSecsSinceEpoch();
    const qint64 later = queue.enqueue({u"expire"_s, QJsonObject{{u"n"_s, 2}}, at});
    const qint64 now = queue.enqueue({u"expire"_s, QJsonObject{{u"n"_s, 1}}});
    queue.runDue();
    QCOMPARE(ran, QList<int>({1}));
    QCOMPARE(status(now), u"done"_s);
    QCOMPARE(status(later), u"queued"_s);
    m_clock.advance(3600 * 1000 - 1);
    queue.runDue();
    QCOMPARE(ran.size(), 1);
    m_clock.advance(1);
    queue.runDue();
    QCOMPARE(ran, QList<int>({1, 2}));
    QCOMPARE(status(later), u"done"_s);
}

void tst_JobQueue::retriesWithBackoffThenDies()
{
    JobQueue queue(*m_database, m_clock);
    QList<int> attempts;
    queue.handle(u"flaky"_s, [&attempts](const JobQueue::Job &job, JobQueue::Finish finish) {
        attempts.append(job.attempt);
        finish(JobQueue::Result::retry(u"provider answered 503"_s));
    });
    const qint64 id = queue.enqueue({u"flaky"_s, {}, 0, 3});
    queue.runDue();
    QCOMPARE(attempts, QList<int>({1}));
    QCOMPARE(status(id), u"queued"_s);
    queue.runDue(); // not due yet: back-off of about a second
    QCOMPARE(attempts.size(), 1);
    m_clock.advance(1'300);
    queue.runDue();
    QCOMPARE(attempts, QList<int>({1, 2}));
    m_clock.advance(1'900); // the second back-off is about 2 s
    queue.runDue();
    QCOMPARE(attempts.size(), 2);
    m_clock.advance(700);
    queue.runDue();
    QCOMPARE(attempts, QList<int>({1, 2, 3}));
    QCOMPARE(status(id), u"dead"_s);
    const auto row = queue.list(u"dead"_s, {}, 10).constFirst();
    QCOMPARE(row.lastError, u"provider answered 503"_s);
    QCOMPARE(row.attempts, 3);
    m_clock.advance(3'600'000);
    queue.runDue();
    QCOMPARE(attempts.size(), 3);
}

void tst_JobQueue::failIsFinal()
{
    JobQueue queue(*m_database, m_clock);
    int runs = 0;
    queue.handle(u"bad"_s, [&runs](const JobQueue::Job &, JobQueue::Finish finish) {
        ++runs;
        finish(JobQueue::Result::fail(u"the lease no longer exists"_s));
    });
    const qint64 id = queue.enqueue({u"bad"_s, {}});
    const qint64 unknown = queue.enqueue({u"nobody-handles-this"_s, {}});
    queue.runDue();
    m_clock.advance(3'600'000);
    queue.runDue();
    QCOMPARE(runs, 1);
    QCOMPARE(status(id), u"dead"_s);
    QCOMPARE(status(unknown), u"dead"_s);
    QVERIFY(queue.list(u"dead"_s, u"nobody-handles-this"_s, 5).constFirst().lastError.contains(u"no handler"_s));
}

void tst_JobQueue::recurringJobsComeBack()
{
    JobQueue queue(*m_database, m_clock);
    int runs = 0;
    bool failNext = false;
    queue.handle(u"tick"_s, [&](const JobQueue::Job &, JobQueue::Finish finish) {
        ++runs;
        finish(failNext ? JobQueue::Result::fail(u"once"_s) : JobQueue::Result::done());
    });
    const qint64 id = queue.enqueue({u"tick"_s, {}, 0, 1, u"tick"_s, 60'000});
    queue.runDue();
    QCOMPARE(runs, 1);
    QCOMPARE(status(id), u"queued"_s);
    m_clock.advance(59'999);
    queue.runDue();
    QCOMPARE(runs, 1);
    m_clock.advance(1);
    failNext = true;
    queue.runDue();
    QCOMPARE(runs, 2);
    QCOMPARE(status(id), u"queued"_s); // a failed run of a schedule does not end it
    failNext = false;
    m_clock.advance(60'000);
    queue.runDue();
    QCOMPARE(runs, 3);
    QCOMPARE(queue.list({}, {}, 10).size(), 1);
}

void tst_JobQueue::dedupeKeyKeepsOneQueued()
{
    JobQueue queue(*m_database, m_clock);
    const qint64 first = queue.enqueue({u"poll"_s, {}, 0, 8, u"poll:7"_s});
    QCOMPARE(queue.enqueue({u"poll"_s, {}, 0, 8, u"poll:7"_s}), first);
    QVERIFY(queue.enqueue({u"poll"_s, {}, 0, 8, u"poll:8"_s}) != first);
    queue.handle(u"poll"_s, [](const JobQueue::Job &, JobQueue::Finish finish) { finish(JobQueue::Result::done()); });
    queue.runDue();
    // Once done, the key is free again.
    QVERIFY(queue.enqueue({u"poll"_s, {}, 0, 8, u"poll:7"_s}) != first);
}

void tst_JobQueue::expiredLeaseIsTakenOverAndLateCompletionIgnored()
{
    JobQueue::Options options;
    options.leaseMs = 10'000;
    JobQueue first(*m_database, m_clock, options);
    JobQueue second(*m_database, m_clock, options);
    JobQueue::Finish stuck;
    first.handle(u"provision"_s, [&stuck](const JobQueue::Job &, JobQueue::Finish finish) { stuck = finish; });
    int secondRuns = 0;
    second.handle(u"provision"_s, [&secondRuns](const JobQueue::Job &job, JobQueue::Finish finish) {
        ++secondRuns;
        QCOMPARE(job.attempt, 2);
        finish(JobQueue::Result::done());
    });
    const qint64 id = first.enqueue({u"provision"_s, {}});
    first.runDue();
    QVERIFY(stuck);
    second.runDue();
    QCOMPARE(secondRuns, 0); // leased by the first
    m_clock.advance(10'000);
    second.runDue();
    QCOMPARE(secondRuns, 1);
    QCOMPARE(status(id), u"done"_s);
    // The first worker wakes up and says it failed: too late, nothing changes.
    stuck(JobQueue::Result::fail(u"late"_s));
    QCOMPARE(status(id), u"done"_s);
}

void tst_JobQueue::twoWorkersNeverRunAJobTwice()
{
    // Two queues on two connections to one file, as two broker processes.
    auto otherDatabase = open();
    JobQueue first(*m_database, m_clock);
    JobQueue second(*otherDatabase, m_clock);
    QHash<qint64, int> runs;
    auto handler = [&runs](const JobQueue::Job &job, JobQueue::Finish finish) {
        ++runs[job.id];
        finish(JobQueue::Result::done());
    };
    first.handle(u"work"_s, handler);
    second.handle(u"work"_s, handler);
    {
        Transaction transaction(*m_database);
        for (int i = 0; i < 200; ++i)
            first.enqueue({u"work"_s, QJsonObject{{u"i"_s, i}}});
        transaction.commit();
    }
    for (int round = 0; round < 40 && runs.size() < 200; ++round) {
        first.runDue();
        second.runDue();
    }
    QCOMPARE(runs.size(), 200);
    for (auto it = runs.cbegin(); it != runs.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(first.list(u"done"_s, {}, 500).size(), 200);
}

void tst_JobQueue::survivesARestartMidJob()
{
    qint64 id = 0;
    {
        JobQueue::Options options;
        options.leaseMs = 30'000;
        JobQueue crashed(*m_database, m_clock, options);
        crashed.handle(u"provision"_s, [](const JobQueue::Job &, JobQueue::Finish) { /* the process dies here */ });
        id = crashed.enqueue({u"provision"_s, QJsonObject{{u"clientToken"_s, u"lease-1"_s}}});
        crashed.runDue();
        QCOMPARE(status(id), u"running"_s);
    }
    m_database.reset();
    m_database = open();
    JobQueue restarted(*m_database, m_clock);
    QString token;
    restarted.handle(u"provision"_s, [&token](const JobQueue::Job &job, JobQueue::Finish finish) {
        token = job.payload.value(u"clientToken"_s).toString();
        finish(JobQueue::Result::done());
    });
    restarted.runDue();
    QVERIFY(token.isEmpty()); // still leased by the dead process
    m_clock.advance(30'000);
    restarted.runDue();
    QCOMPARE(token, u"lease-1"_s); // the same job, with the same client token
    QCOMPARE(status(id), u"done"_s);
}

void tst_JobQueue::concurrencyIsBounded()
{
    JobQueue::Options options;
    options.concurrency = 3;
    JobQueue queue(*m_database, m_clock, options);
    QList<JobQueue::Finish> pending;
    queue.handle(u"slow"_s, [&pending](const JobQueue::Job &, JobQueue::Finish finish) { pending.append(finish); });
    for (int i = 0; i < 10; ++i)
        queue.enqueue({u"slow"_s, {}});
    queue.runDue();
    queue.runDue();
    QCOMPARE(pending.size(), 3);
    QCOMPARE(queue.runningCount(), 3);
    pending.takeFirst()(JobQueue::Result::done());
    queue.runDue();
    QCOMPARE(pending.size(), 3);
    QCOMPARE(queue.list(u"done"_s, {}, 20).size(), 1);
}

void tst_JobQueue::deadJobsCanBeRequeuedAndPurged()
{
    JobQueue::Options options;
    options.keepFinishedMs = 3'600'000;
    JobQueue queue(*m_database, m_clock, options);
    bool fail = true;
    queue.handle(u"x"_s, [&fail](const JobQueue::Job &, JobQueue::Finish finish) {
        finish(fail ? JobQueue::Result::fail(u"no"_s) : JobQueue::Result::done());
    });
    const qint64 id = queue.enqueue({u"x"_s, {}});
    queue.runDue();
    QCOMPARE(status(id), u"dead"_s);
    QVERIFY(!queue.requeue(id + 1));
    QVERIFY(queue.requeue(id));
    fail = false;
    queue.runDue();
    QCOMPARE(status(id), u"done"_s);
    QCOMPARE(queue.purgeFinished(), 0);
    m_clock.advance(3'600'001);
    QCOMPARE(queue.purgeFinished(), 1);
    QVERIFY(status(id).isEmpty());
}

QTEST_GUILESS_MAIN(tst_JobQueue)
#include "tst_jobqueue.moc"
