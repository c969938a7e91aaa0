#include "BillingTestDatabase.h"

#include "core/Clock.h"
#include "core/billing/Ledger.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::protocol::ErrorCode;

class tst_Ledger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesMalformedTransactions_data();
    void refusesMalformedTransactions();
    void postsAndDerivesBalances();
    void referenceMakesARetryIdempotent();
    void journalIsAppendOnly_data();
    void journalIsAppendOnly();
    void nonNegativeBalanceRefusedWhole();
    void postNestsInTheCallersTransaction();
    void reversalUndoesOnce();
    void entriesArePaged();

private:
    LedgerPosting topUp(qint64 amount, const QString &reference = {}) const;

    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_buyer = 0;
};

void tst_Ledger::init()
{
    m_database = openBillingTestDatabase();
    m_buyer = addTestOrganization(*m_database, u"Buyer"_s);
    m_ledger = std::make_unique<Ledger>(*m_database, m_clock);
}

void tst_Ledger::cleanup()
{
    m_ledger.reset();
    m_database.reset();
}

LedgerPosting tst_Ledger::topUp(qint64 amount, const QString &reference) const
{
    return LedgerPosting{
        TransactionKind::TopUp,
        u"EUR"_s,
        reference,
        u"top-up"_s,
        std::nullopt,
        {{AccountKind::PaymentClearing, std::nullopt, -amount}, {AccountKind::BuyerBalance, m_buyer, amount}}};
}

void tst_Ledger::refusesMalformedTransactions_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QString>("message");
    QTest::newRow("unbalanced") << u"EUR"_s << QList<qint64>{-1000, 999} << u"sum to -1"_s;
    QTest::newRow("one leg") << u"EUR"_s << QList<qint64>{1000} << u"2 to 64 legs"_s;
    QTest::newRow("no legs") << u"EUR"_s << QList<qint64>{} << u"2 to 64 legs"_s;
    QTest::newRow("zero leg") << u"EUR"_s << QList<qint64>{-1000, 1000, 0} << u"cannot be zero"_s;
    QTest::newRow("lower-case currency") << u"eur"_s << QList<qint64>{-1000, 1000} << u"three upper-case"_s;
    QTest::newRow("no currency") << QString() << QList<qint64>{-1000, 1000} << u"three upper-case"_s;
    QTest::newRow("overflow") << u"EUR"_s << QList<qint64>{std::numeric_limits<qint64>::max(), 1, -1} << u"overflow"_s;
}

void tst_Ledger::refusesMalformedTransactions()
{
    QFETCH(QString, currency);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QString, message);
    LedgerPosting posting{TransactionKind::Adjustment, currency, {}, {}, std::nullopt, {}};
    const QList<AccountKind> kinds{AccountKind::PaymentClearing, AccountKind::BuyerBalance, AccountKind::Adjustments};
    for (qsizetype i = 0; i < amounts.size(); ++i)
        posting.legs.append(
            {kinds.at(i % kinds.size()),
             kinds.at(i % kinds.size()) == AccountKind::BuyerBalance ? std::optional<qint64>(m_buyer) : std::nullopt,
             amounts.at(i)});
    const auto posted = m_ledger->post(posting);
    QVERIFY(!posted);
    QCOMPARE(posted.error().code, ErrorCode::ValidationFailed);
    QVERIFY2(posted.error().message.contains(message), qPrintable(posted.error().message));
    QCOMPARE(countRows(*m_database, u"ledger_transactions"_s), 0);
    QCOMPARE(countRows(*m_database, u"ledger_entries"_s), 0);
}

void tst_Ledger::postsAndDerivesBalances()
{
    QSignalSpy posted(m_ledger.get(), &Ledger::posted);
    const auto first = m_ledger->post(topUp(5000));
    QVERIFY(first);
    QVERIFY(!first->replayed);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(first->changes.size(), 2);

    const auto hold = m_ledger->post(
        {TransactionKind::Hold,
         u"EUR"_s,
         {},
         u"lease 7"_s,
         std::nullopt,
         {{AccountKind::BuyerBalance, m_buyer, -1200}, {AccountKind::BuyerHold, m_buyer, 1200}}});
    QVERIFY(hold);
    const auto balanceAccount = m_ledger->findAccount(AccountKind::BuyerBalance, m_buyer, u"EUR"_s);
    QVERIFY(balanceAccount);
    QCOMPARE(m_ledger->balance(*balanceAccount), 3800);
    QCOMPARE(m_ledger->balanceFromEntries(*balanceAccount), 3800);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerHold, m_buyer, u"EUR"_s), 1200);
    QCOMPARE(m_ledger->balanceOf(AccountKind::PaymentClearing, std::nullopt, u"EUR"_s), -5000);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"CHF"_s), 0);

    const QList<LedgerAccount> accounts = m_ledger->balances(m_buyer);
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).kind, AccountKind::BuyerBalance);
    QCOMPARE(accounts.at(0).balance, 3800);
    QCOMPARE(accounts.at(1).kind, AccountKind::BuyerHold);
    QCOMPARE(accounts.at(1).balance, 1200);

    // Same kind and owner in another currency is another account.
    LedgerPosting chf = topUp(700);
    chf.currency = u"CHF"_s;
    QVERIFY(m_ledger->post(chf));
    QCOMPARE(m_ledger->balances(m_buyer).size(), 3);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 3800);
}

void tst_Ledger::referenceMakesARetryIdempotent()
{
    const auto first = m_ledger->post(topUp(5000, u"charge-1"_s));
    QVERIFY(first);
    QSignalSpy posted(m_ledger.get(), &Ledger::posted);
    const auto again = m_ledger->post(topUp(5000, u"charge-1"_s));
    QVERIFY(again);
    QVERIFY(again->replayed);
    QCOMPARE(again->id, first->id);
    QCOMPARE(posted.size(), 0);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 5000);

    const auto different = m_ledger->post(topUp(6000, u"charge-1"_s));
    QVERIFY(!different);
    QCOMPARE(different.error().details.value(u"reason"_s).toString(), u"reference_reused"_s);
    QCOMPARE(countRows(*m_database, u"ledger_transactions"_s), 1);
}

void tst_Ledger::journalIsAppendOnly_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("update entry") << u"UPDATE ledger_entries SET amount = amount * 2"_s;
    QTest::newRow("delete entry") << u"DELETE FROM ledger_entries"_s;
    QTest::newRow("update transaction") << u"UPDATE ledger_transactions SET description = 'x'"_s;
    QTest::newRow("delete transaction") << u"DELETE FROM ledger_transactions"_s;
    QTest::newRow("update account") << u"UPDATE ledger_accounts SET currency = 'USD'"_s;
    QTest::newRow("delete account") << u"DELETE FROM ledger_accounts"_s;
}

void tst_Ledger::journalIsAppendOnly()
{
    QFETCH(QString, statement);
    QVERIFY(m_ledger->post(topUp(5000)));
    try {
        m_database->exec(statement);
        QFAIL("the statement was accepted");
    } catch (const DatabaseError &error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(u"append-only"_s), error.what());
    }
    QCOMPARE(countRows(*m_database, u"ledger_entries"_s), 2);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 5000);
    const auto account = m_ledger->findAccount(AccountKind::BuyerBalance, m_buyer, u"EUR"_s);
    QCOMPARE(m_ledger->balanceFromEntries(*account), 5000);
}

void tst_Ledger::nonNegativeBalanceRefusedWhole()
{
    QVERIFY(m_ledger->post(topUp(1000)));
    const qint64 accountsBefore = countRows(*m_database, u"ledger_accounts"_s);
    // Three legs, one of them on an account that does not exist yet: the
    // refusal must leave neither the transaction nor the new account.
    const auto capture = m_ledger->post({TransactionKind::Capture,
                                         u"EUR"_s,
                                         {},
                                         {},
                                         std::nullopt,
                                         {{AccountKind::SellerPayable, m_buyer, 1350},
                                          {AccountKind::BrokerRevenue, std::nullopt, 150},
                                          {AccountKind::BuyerBalance, m_buyer, -1500}}});
    QVERIFY(!capture);
    QCOMPARE(capture.error().code, ErrorCode::Conflict);
    QCOMPARE(capture.error().details.value(u"reason"_s).toString(), u"insufficient_balance"_s);
    QCOMPARE(capture.error().details.value(u"balance"_s).toInteger(), 1000);
    QCOMPARE(countRows(*m_database, u"ledger_transactions"_s), 1);
    QCOMPARE(countRows(*m_database, u"ledger_entries"_s), 2);
    QCOMPARE(countRows(*m_database, u"ledger_accounts"_s), accountsBefore);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 1000);

    // Exactly the balance is fine; legs on one account are netted.
    QVERIFY(m_ledger->post({TransactionKind::Adjustment,
                            u"EUR"_s,
                            {},
                            {},
                            std::nullopt,
                            {{AccountKind::BuyerBalance, m_buyer, -1500},
                             {AccountKind::BuyerBalance, m_buyer, 500},
                             {AccountKind::Adjustments, std::nullopt, 1000}}}));
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 0);

    // Kinds not in the list may go negative.
    QVERIFY(m_ledger->post(
        {TransactionKind::Adjustment,
         u"EUR"_s,
         {},
         {},
         std::nullopt,
         {{AccountKind::BrokerRevenue, std::nullopt, -300}, {AccountKind::BuyerBalance, m_buyer, 300}}}));
    QCOMPARE(m_ledger->balanceOf(AccountKind::BrokerRevenue, std::nullopt, u"EUR"_s), -300);
}

void tst_Ledger::postNestsInTheCallersTransaction()
{
    {
        Transaction outer(*m_database);
        QVERIFY(m_ledger->post(topUp(1000)));
        // A refused post inside leaves the caller's transaction usable.
        QVERIFY(
            !m_ledger->post({TransactionKind::Hold,
                             u"EUR"_s,
                             {},
                             {},
                             std::nullopt,
                             {{AccountKind::BuyerBalance, m_buyer, -5000}, {AccountKind::BuyerHold, m_buyer, 5000}}}));
        QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 1000);
        // not committed: rolled back with the caller's
    }
    QCOMPARE(countRows(*m_database, u"ledger_transactions"_s), 0);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 0);

    Transaction outer(*m_database);
    QVERIFY(m_ledger->post(topUp(1000)));
    QVERIFY(m_ledger->post(topUp(2000)));
    outer.commit();
    QCOMPARE(countRows(*m_database, u"ledger_transactions"_s), 2);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 3000);
}

void tst_Ledger::reversalUndoesOnce()
{
    const auto original = m_ledger->post(topUp(2500));
    QVERIFY(original);
    const auto reversal = m_ledger->reverse(original->id, u"fix-1"_s, u"entered twice"_s);
    QVERIFY(reversal);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s), 0);
    QCOMPARE(m_ledger->balanceOf(AccountKind::PaymentClearing, std::nullopt, u"EUR"_s), 0);
    const QList<LedgerEntry> legs = m_ledger->transactionEntries(reversal->id);
    QCOMPARE(legs.size(), 2);
    QCOMPARE(legs.at(0).transactionKind, TransactionKind::Reversal);
    QCOMPARE(legs.at(0).amount + legs.at(1).amount, 0);
    QCOMPARE(countRows(*m_database, u"ledger_entries"_s), 4); // nothing removed

    // Retrying with the same reference answers the same reversal.
    const auto retried = m_ledger->reverse(original->id, u"fix-1"_s, u"entered twice"_s);
    QVERIFY(retried);
    QVERIFY(retried->replayed);
    // Another reversal of the same transaction is refused.
    const auto twice = m_ledger->reverse(original->id, u"fix-2"_s, {});
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QVERIFY(!m_ledger->reverse(999, {}, {}));

    // A reversal that would take spent money is refused like any post.
    const auto second = m_ledger->post(topUp(1000));
    QVERIFY(m_ledger->post({TransactionKind::Hold,
                            u"EUR"_s,
                            {},
                            {},
                            std::nullopt,
                            {{AccountKind::BuyerBalance, m_buyer, -800}, {AccountKind::BuyerHold, m_buyer, 800}}}));
    const auto spent = m_ledger->reverse(second->id, {}, {});
    QVERIFY(!spent);
    QCOMPARE(spent.error().code, ErrorCode::Conflict);
}

void tst_Ledger::entriesArePaged()
{
    for (int i = 1; i <= 25; ++i) {
        m_clock.advance(1000);
        QVERIFY(m_ledger->post(topUp(100 * i)));
    }
    const auto account = m_ledger->findAccount(AccountKind::BuyerBalance, m_buyer, u"EUR"_s);
    QVERIFY(account);
    LedgerEntryPage page = m_ledger->entries(*account, std::nullopt, 10);
    QCOMPARE(page.entries.size(), 10);
    QCOMPARE(page.entries.constFirst().amount, 2500); // newest first
    QCOMPARE(page.entries.constFirst().transactionKind, TransactionKind::TopUp);
    QCOMPARE(page.entries.constFirst().createdAt, m_clock.now());
    QVERIFY(page.nextBeforeId);
    qint64 seen = page.entries.size();
    qint64 total = 0;
    for (const LedgerEntry &entry : std::as_const(page.entries))
        total += entry.amount;
    while (page.nextBeforeId) {
        page = m_ledger->entries(*account, page.nextBeforeId, 10);
        seen += page.entries.size();
        for (const LedgerEntry &entry : std::as_const(page.entries))
            total += entry.amount;
    }
    QCOMPARE(seen, 25);
    QCOMPARE(total, m_ledger->balance(*account));
}

QTEST_GUILESS_MAIN(tst_Ledger)
#include "tst_ledger.moc"
