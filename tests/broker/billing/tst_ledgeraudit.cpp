#include "BillingTestDatabase.h"

#include "core/Clock.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;

using ProblemKind = LedgerAudit::Problem::Kind;

class tst_LedgerAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanJournalPasses();
    void findsCorruption_data();
    void findsCorruption();
    void reportIsCapped();

private:
    LedgerAudit audit() const { return LedgerAudit(*m_database, m_ledger->options().nonNegative); }
    static bool has(const LedgerAudit::Report &report, ProblemKind kind, qint64 transactionId, qint64 accountId);

    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_buyer = 0;
    qint64 m_topUp = 0; // transaction 1: clearing -5000, buyer +5000
    qint64 m_buyerAccount = 0;
    qint64 m_clearingAccount = 0;
};

void tst_LedgerAudit::init()
{
    m_database = openBillingTestDatabase();
    m_buyer = addTestOrganization(*m_database, u"Buyer"_s);
    m_ledger = std::make_unique<Ledger>(*m_database, m_clock);
    const auto topUp = m_ledger->post(
        {TransactionKind::TopUp,
         u"EUR"_s,
         {},
         {},
         std::nullopt,
         {{AccountKind::PaymentClearing, std::nullopt, -5000}, {AccountKind::BuyerBalance, m_buyer, 5000}}});
    QVERIFY(topUp);
    m_topUp = topUp->id;
    QVERIFY(m_ledger->post({TransactionKind::Hold,
                            u"EUR"_s,
                            {},
                            {},
                            std::nullopt,
                            {{AccountKind::BuyerBalance, m_buyer, -2000}, {AccountKind::BuyerHold, m_buyer, 2000}}}));
    m_buyerAccount = *m_ledger->findAccount(AccountKind::BuyerBalance, m_buyer, u"EUR"_s);
    m_clearingAccount = *m_ledger->findAccount(AccountKind::PaymentClearing, std::nullopt, u"EUR"_s);
}

void tst_LedgerAudit::cleanup()
{
    m_ledger.reset();
    m_database.reset();
}

bool tst_LedgerAudit::has(const LedgerAudit::Report &report, ProblemKind kind, qint64 transactionId, qint64 accountId)
{
    return std::any_of(report.problems.begin(), report.problems.end(), [&](const LedgerAudit::Problem &problem) {
        return problem.kind == kind && (transactionId == 0 || problem.transactionId == transactionId)
               && (accountId == 0 || problem.accountId == accountId);
    });
}

void tst_LedgerAudit::cleanJournalPasses()
{
    const LedgerAudit::Report report = audit().run();
    QVERIFY2(report.ok(), qPrintable(report.summary()));
    QCOMPARE(report.transactions, 2);
    QCOMPARE(report.entries, 4);
    QCOMPARE(report.accounts, 3);
    QVERIFY(report.summary().contains(u"consistent"_s));

    const LedgerAudit::Report empty = LedgerAudit(*openBillingTestDatabase(), {}).run();
    QVERIFY(empty.ok());
    QCOMPARE(empty.transactions, 0);
}

void tst_LedgerAudit::findsCorruption_data()
{
    // Each row damages the journal behind the Ledger's back (dropping the
    // append-only triggers where it must) and names what the audit must find.
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("aboutTopUp"); // the problem names transaction 1
    QTest::addColumn<bool>("aboutBuyer"); // the problem names the buyer's balance account
    QTest::newRow("entry amount changed")
        << QStringList{u"DROP TRIGGER ledger_entries_no_update"_s,
                       u"UPDATE ledger_entries SET amount = 6000 WHERE transaction_id = 1 AND amount = 5000"_s}
        << int(ProblemKind::Unbalanced) << true << false;
    QTest::newRow("cache out of step with entries")
        << QStringList{u"DROP TRIGGER ledger_entries_no_update"_s,
                       u"UPDATE ledger_entries SET amount = 6000 WHERE transaction_id = 1 AND amount = 5000"_s}
        << int(ProblemKind::CacheMismatch) << false << true;
    QTest::newRow("entry added to a posted transaction")
        << QStringList{u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) "
                       "SELECT 1, account_id, 10, 'EUR' FROM ledger_entries WHERE id = 1"_s}
        << int(ProblemKind::Unbalanced) << true << false;
    QTest::newRow("entry deleted")
        << QStringList{u"DROP TRIGGER ledger_entries_no_delete"_s,
                       u"DELETE FROM ledger_entries WHERE transaction_id = 1 AND amount < 0"_s}
        << int(ProblemKind::TooFewEntries) << true << false;
    QTest::newRow("transaction without entries")
        << QStringList{u"INSERT INTO ledger_transactions (kind, description, created_at) VALUES ('adjustment', '', 0)"_s}
        << int(ProblemKind::TooFewEntries) << false << false;
    QTest::newRow("cached balance edited")
        << QStringList{u"UPDATE ledger_balances SET balance = balance + 100000 WHERE account_id = "
                       "(SELECT account_id FROM ledger_entries WHERE transaction_id = 1 AND amount = 5000)"_s}
        << int(ProblemKind::CacheMismatch) << false << true;
    QTest::newRow("entry in another currency than its account")
        << QStringList{u"INSERT INTO ledger_transactions (id, kind, description, created_at) VALUES (50, 'adjustment', '', 0)"_s,
                       u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) "
                       "SELECT 50, account_id, amount, 'USD' FROM ledger_entries WHERE transaction_id = 1"_s}
        << int(ProblemKind::CurrencyMismatch) << false << true;
    QTest::newRow("transaction in two currencies")
        << QStringList{u"INSERT INTO ledger_transactions (id, kind, description, created_at) VALUES (51, 'adjustment', '', 0)"_s,
                       u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) "
                       "SELECT 51, account_id, amount, CASE WHEN amount > 0 THEN 'USD' ELSE 'EUR' END "
                       "FROM ledger_entries WHERE transaction_id = 1"_s}
        << int(ProblemKind::MixedCurrencies) << false << false;
    QTest::newRow("buyer balance below zero")
        << QStringList{u"INSERT INTO ledger_transactions (id, kind, description, created_at) VALUES (52, 'adjustment', '', 0)"_s,
                       u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) "
                       "SELECT 52, account_id, -2 * amount, 'EUR' FROM ledger_entries WHERE transaction_id = 1"_s,
                       u"UPDATE ledger_balances SET balance = balance - 10000, entry_count = entry_count + 1 "
                       "WHERE account_id = (SELECT account_id FROM ledger_entries WHERE transaction_id = 1 AND amount = 5000)"_s,
                       u"UPDATE ledger_balances SET balance = balance + 10000, entry_count = entry_count + 1 "
                       "WHERE account_id = (SELECT account_id FROM ledger_entries WHERE transaction_id = 1 AND amount = -5000)"_s}
        << int(ProblemKind::Negative) << false << true;
    QTest::newRow("money created from nothing")
        << QStringList{u"INSERT INTO ledger_transactions (id, kind, description, created_at) VALUES (53, 'adjustment', '', 0)"_s,
                       u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) "
                       "SELECT 53, account_id, 700, 'EUR' FROM ledger_entries WHERE transaction_id = 1"_s}
        << int(ProblemKind::CurrencyNotZero) << false << false;
}

void tst_LedgerAudit::findsCorruption()
{
    QFETCH(QStringList, statements);
    QFETCH(int, kind);
    QFETCH(bool, aboutTopUp);
    QFETCH(bool, aboutBuyer);
    QVERIFY(audit().run().ok());
    for (const QString &statement : std::as_const(statements))
        m_database->exec(statement);
    const LedgerAudit::Report report = audit().run();
    QVERIFY(!report.ok());
    QVERIFY2(has(report, ProblemKind(kind), aboutTopUp ? m_topUp : 0, aboutBuyer ? m_buyerAccount : 0),
             qPrintable(report.summary()));
    QVERIFY(report.summary().contains(LedgerAudit::problemKindName(ProblemKind(kind))));
}

void tst_LedgerAudit::reportIsCapped()
{
    for (int i = 0; i < 30; ++i)
        m_database->exec(
            u"INSERT INTO ledger_transactions (kind, description, created_at) VALUES ('adjustment', '', 0)"_s);
    const LedgerAudit::Report report = audit().run(10);
    QCOMPARE(report.problems.size(), 10);
    QCOMPARE(report.problemCount, 30);
    QVERIFY(report.summary().contains(u"and 20 more"_s));
}

QTEST_GUILESS_MAIN(tst_LedgerAudit)
#include "tst_ledgeraudit.moc"
