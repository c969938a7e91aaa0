// The month-end run killed (SIGKILL) in the middle: the broker process starts
// on a database holding last month's usage, its month-end job starts issuing
// invoices, and the process dies. What was issued is whole; the next start
// issues the rest: one invoice per buyer, gapless numbers, one payout per
// seller, every meter record on exactly one invoice, the journal consistent.
#include "MonthOfUsage.h"
#include "TestApi.h"

#include "core/Clock.h"
#include "core/billing/LedgerAudit.h"
#include "core/store/Migrations.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {
constexpr int kBuyers = 3000;
constexpr qint64 kRecords = 150'000;
constexpr int kSellers = 20;
const QByteArray kToken = "month-end-crash-token";
} // namespace

class tst_MonthEndCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidRunThenFinishedOnce();

private:
    bool start(const QString &dir);
    void stop(int signal);
    qint64 count(const QString &sql);

    std::unique_ptr<QProcess> m_broker;
    QUrl m_url;
    std::unique_ptr<Database> m_reader;
    QString m_period;
};

bool tst_MonthEndCrash::start(const QString &dir)
{
    m_broker = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SPARECLOUD_FAST_PASSWORD_HASHING"_s, u"1"_s);
    environment.insert(u"SPARECLOUD_BROKER_TOKEN"_s, QString::fromLatin1(kToken));
    m_broker->setProcessEnvironment(environment);
    m_broker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_broker->start(QStringLiteral(SPARECLOUD_BROKER_EXE), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, dir});
    if (!m_broker->waitForStarted(10'000))
        return false;
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        if (!m_broker->canReadLine())
            m_broker->waitForReadyRead(100);
        while (m_broker->canReadLine()) {
            const QString line = QString::fromUtf8(m_broker->readLine()).trimmed();
            if (line.startsWith(u"SPARECLOUD_BROKER_LISTENING "_s)) {
                m_url = QUrl(line.section(u' ', 1));
                return true;
            }
        }
    }
    return false;
}

void tst_MonthEndCrash::stop(int signal)
{
    ::kill(pid_t(m_broker->processId()), signal);
    m_broker->waitForFinished(20'000);
}

qint64 tst_MonthEndCrash::count(const QString &sql)
{
    DbQuery query = m_reader->exec(sql, {m_period});
    return query.next() ? query.value(0).toLongLong() : -1;
}

void tst_MonthEndCrash::killedMidRunThenFinishedOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Last month (by the real clock: the broker's month-end job looks at the month before today).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    m_period = first.toString(u"yyyy-MM"_s);
    const qint64 startMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 endMs = QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    {
        Database database(dir.filePath(u"broker.sqlite"_s));
        database.open();
        Migrations::migrate(database);
        SystemClock clock;
        Ledger ledger(database, clock);
        QCOMPARE(sc::test::writeMonthOfUsage(database, ledger, startMs, endMs, kRecords, kBuyers, kSellers), kRecords);
    }
    m_reader = std::make_unique<Database>(dir.filePath(u"broker.sqlite"_s));
    m_reader->open();
    const QString invoices = u"SELECT COUNT(*) FROM billing_invoices WHERE period = ?"_s;

    // First start: killed once some invoices exist and before the run is done.
    QVERIFY(start(dir.path()));
    QDeadlineTimer deadline(60'000);
    qint64 issued = 0;
    while (!deadline.hasExpired() && issued < 50)
        issued = count(invoices), QTest::qWait(5);
    stop(SIGKILL);
    QVERIFY2(issued >= 50, "the month-end run never started");
    const qint64 atKill = count(invoices);
    QVERIFY2(atKill < kBuyers, qPrintable(u"the run finished before the kill (%1 invoices)"_s.arg(atKill)));
    QCOMPARE(count(u"SELECT COUNT(*) FROM billing_runs WHERE period = ? AND status = 'done'"_s), 0);
    // No half invoice: every issued one has its items, and all its buyer's usage.
    QCOMPARE(count(u"SELECT COUNT(*) FROM billing_invoices v WHERE v.period = ? AND NOT EXISTS "
                   "(SELECT 1 FROM billing_invoice_items i WHERE i.invoice_id = v.id)"_s),
             0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM billing_meter_records m JOIN billing_invoices v ON v.organization_id = "
                   "m.organization_id AND v.period = ? WHERE NOT EXISTS (SELECT 1 FROM billing_invoice_items i "
                   "WHERE i.ledger_transaction_id = m.ledger_transaction_id AND i.invoice_id = v.id)"_s),
             0);

    // Second start: the operator runs the month-end again (the dead process's
    // job would be claimed again once its two-minute lease ran out); it issues the rest.
    QVERIFY(start(dir.path()));
    sc::test::TestApi api(m_url);
    const QByteArray session = api.send("POST",
                                        u"/api/v1/auth/embedded-login"_s,
                                        {},
                                        QJsonObject{{u"account"_s, u"operator"_s}},
                                        {{"X-Broker-Token", kToken}})
                                   .json()
                                   .value(u"token"_s)
                                   .toString()
                                   .toLatin1();
    QVERIFY(!session.isEmpty());
    const sc::test::Reply rerun = api.send("POST",
                                           u"/api/v1/operator/billing/month-end"_s,
                                           session,
                                           QJsonObject{{u"period"_s, m_period}},
                                           {{"X-Broker-Token", kToken}});
    QCOMPARE(rerun.status, 200);
    QCOMPARE(rerun.json().value(u"invoices"_s).toInteger() + atKill, qint64(kBuyers));
    stop(SIGTERM);
    QCOMPARE(count(u"SELECT COUNT(*) FROM billing_runs WHERE period = ? AND status = 'done'"_s), 1);
    QCOMPARE(count(invoices), kBuyers);
    QCOMPARE(count(u"SELECT COUNT(DISTINCT organization_id) FROM billing_invoices WHERE period = ?"_s), kBuyers);
    // Numbers: SC-YYYY-000001 .. without a gap.
    DbQuery numbers = m_reader->exec(u"SELECT number FROM billing_invoices WHERE kind = 'invoice' ORDER BY id"_s);
    QMap<QString, int> next;
    while (numbers.next()) {
        const QString number = numbers.value(0).toString();
        const QString year = number.section(u'-', 1, 1);
        QCOMPARE(number.section(u'-', 2).toInt(), ++next[year]);
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM billing_meter_records m WHERE ? <> '' AND NOT EXISTS (SELECT 1 FROM "
                   "billing_invoice_items i WHERE i.ledger_transaction_id = m.ledger_transaction_id)"_s),
             0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM billing_statements WHERE period = ?"_s), kSellers);
    QCOMPARE(count(u"SELECT COUNT(*) FROM billing_payouts p JOIN billing_statements s ON s.id = p.statement_id "
                   "WHERE s.period = ?"_s),
             kSellers);
    const LedgerAudit::Report report = LedgerAudit(*m_reader, Ledger::Options().nonNegative, true).run();
    QVERIFY2(report.ok(), qPrintable(report.summary()));
}

QTEST_GUILESS_MAIN(tst_MonthEndCrash)
#include "tst_monthendcrash.moc"
