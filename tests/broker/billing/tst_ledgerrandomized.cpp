#include "BillingTestDatabase.h"

#include "core/Clock.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;

// Thousands of random money movements against the Ledger and a model kept in
// plain integers: after every step the journal sums to zero, every balance
// equals the model's, and no non-negative balance is below zero; refusals
// happen exactly when the model says the money is not there.
class tst_LedgerRandomized : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheModel_data();
    void matchesTheModel();
};

namespace {

struct Model
{
    QHash<qint64, qint64> balance, hold, debt, payable;
    qint64 revenue = 0;
    qint64 clearing = 0;
    qint64 payouts = 0;
};

struct TopUpRecord
{
    qint64 transactionId = 0;
    qint64 organization = 0;
    qint64 amount = 0;
    bool reversed = false;
};

} // namespace

void tst_LedgerRandomized::matchesTheModel_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("seed 1") << quint32(1) << 3000;
    QTest::newRow("seed 20261122") << quint32(20261122) << 3000;
}

void tst_LedgerRandomized::matchesTheModel()
{
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    auto database = openBillingTestDatabase();
    Ledger ledger(*database, clock);
    QList<qint64> buyers, sellers;
    for (int i = 0; i < 6; ++i)
        buyers.append(addTestOrganization(*database, u"Buyer %1"_s.arg(i)));
    for (int i = 0; i < 3; ++i)
        sellers.append(addTestOrganization(*database, u"Seller %1"_s.arg(i)));

    QRandomGenerator random(seed);
    Model model;
    QList<TopUpRecord> topUps;
    const QString eur = u"EUR"_s;
    int refused = 0;
    int refusedExpected = 0;

    auto post = [&](TransactionKind kind, QList<LedgerLeg> legs) {
        return ledger.post({kind, eur, {}, {}, std::nullopt, std::move(legs)});
    };
    // Sometimes more than there is, to exercise the refusal.
    auto amountUpTo = [&random](qint64 available) {
        const qint64 limit = std::max<qint64>(available, 1) * 5 / 4 + 1;
        return 1 + qint64(random.bounded(quint64(limit)));
    };

    for (int step = 0; step < steps; ++step) {
        clock.advance(1000);
        const qint64 buyer = buyers.at(random.bounded(buyers.size()));
        const qint64 seller = sellers.at(random.bounded(sellers.size()));
        const int operation = random.bounded(100);
        bool expectOk = true;
        bool ok = false;
        QString what;
        if (operation < 25) {
            const qint64 amount = 1000 + random.bounded(20000);
            what = u"top-up %1"_s.arg(amount);
            const auto posted = post(
                TransactionKind::TopUp,
                {{AccountKind::PaymentClearing, std::nullopt, -amount}, {AccountKind::BuyerBalance, buyer, amount}});
            ok = bool(posted);
            if (ok) {
                model.clearing -= amount;
                model.balance[buyer] += amount;
                topUps.append({posted->id, buyer, amount, false});
            }
        } else if (operation < 45) {
            const qint64 amount = amountUpTo(model.balance.value(buyer));
            what = u"hold %1"_s.arg(amount);
            expectOk = amount <= model.balance.value(buyer);
            ok = bool(post(TransactionKind::Hold,
                           {{AccountKind::BuyerBalance, buyer, -amount}, {AccountKind::BuyerHold, buyer, amount}}));
            if (ok) {
                model.balance[buyer] -= amount;
                model.hold[buyer] += amount;
            }
        } else if (operation < 60) {
            const qint64 amount = amountUpTo(model.hold.value(buyer));
            what = u"release %1"_s.arg(amount);
            expectOk = amount <= model.hold.value(buyer);
            ok = bool(post(TransactionKind::Release,
                           {{AccountKind::BuyerHold, buyer, -amount}, {AccountKind::BuyerBalance, buyer, amount}}));
            if (ok) {
                model.hold[buyer] -= amount;
                model.balance[buyer] += amount;
            }
        } else if (operation < 80) {
            const qint64 amount = amountUpTo(model.hold.value(buyer));
            const qint64 commission = amount / 10;
            what = u"capture %1"_s.arg(amount);
            expectOk = amount <= model.hold.value(buyer);
            QList<LedgerLeg> legs{{AccountKind::BuyerHold, buyer, -amount},
                                  {AccountKind::SellerPayable, seller, amount - commission}};
            if (commission > 0)
                legs.append({AccountKind::BrokerRevenue, std::nullopt, commission});
            ok = bool(post(TransactionKind::Capture, legs));
            if (ok) {
                model.hold[buyer] -= amount;
                model.payable[seller] += amount - commission;
                model.revenue += commission;
            }
        } else if (operation < 90) {
            const qint64 amount = amountUpTo(model.payable.value(seller));
            what = u"payout %1"_s.arg(amount);
            expectOk = amount <= model.payable.value(seller);
            ok = bool(
                post(TransactionKind::Payout,
                     {{AccountKind::SellerPayable, seller, -amount}, {AccountKind::Payouts, std::nullopt, amount}}));
            if (ok) {
                model.payable[seller] -= amount;
                model.payouts += amount;
            }
        } else {
            // Refund a random top-up in full (a reversal): only while the
            // buyer still holds the money, and only once.
            if (topUps.isEmpty())
                continue;
            TopUpRecord &topUp = topUps[random.bounded(topUps.size())];
            what = u"reverse top-up %1"_s.arg(topUp.transactionId);
            expectOk = !topUp.reversed && topUp.amount <= model.balance.value(topUp.organization);
            ok = bool(ledger.reverse(topUp.transactionId, {}, u"refund"_s));
            if (ok) {
                topUp.reversed = true;
                model.balance[topUp.organization] -= topUp.amount;
                model.clearing += topUp.amount;
            }
        }
        QVERIFY2(ok == expectOk,
                 qPrintable(u"step %1 (%2): ledger said %3, model %4"_s.arg(step).arg(what).arg(ok).arg(expectOk)));
        if (!ok) {
            ++refused;
            refusedExpected += expectOk ? 0 : 1;
        }

        // The journal sums to zero; every balance is the model's.
        DbQuery sum = database->exec(u"SELECT COALESCE(SUM(amount), 0), COUNT(DISTINCT transaction_id) "
                                     "FROM ledger_entries"_s);
        QVERIFY(sum.next());
        QCOMPARE(sum.value(0).toLongLong(), 0);
        for (const qint64 organization : std::as_const(buyers)) {
            const qint64 balance = ledger.balanceOf(AccountKind::BuyerBalance, organization, eur);
            QCOMPARE(balance, model.balance.value(organization));
            QVERIFY(balance >= 0);
            QCOMPARE(ledger.balanceOf(AccountKind::BuyerHold, organization, eur), model.hold.value(organization));
        }
        for (const qint64 organization : std::as_const(sellers)) {
            const qint64 payable = ledger.balanceOf(AccountKind::SellerPayable, organization, eur);
            QCOMPARE(payable, model.payable.value(organization));
            QVERIFY(payable >= 0);
        }
        QCOMPARE(ledger.balanceOf(AccountKind::BrokerRevenue, std::nullopt, eur), model.revenue);
        QCOMPARE(ledger.balanceOf(AccountKind::PaymentClearing, std::nullopt, eur), model.clearing);
        QCOMPARE(ledger.balanceOf(AccountKind::Payouts, std::nullopt, eur), model.payouts);
        if (step % 250 == 0) {
            const LedgerAudit::Report report = LedgerAudit(*database, ledger.options().nonNegative).run();
            QVERIFY2(report.ok(), qPrintable(report.summary()));
        }
    }
    const LedgerAudit::Report report = LedgerAudit(*database, ledger.options().nonNegative).run();
    QVERIFY2(report.ok(), qPrintable(report.summary()));
    // The run exercised refusals as well as posts.
    QVERIFY(refused > steps / 20);
    QCOMPARE(refusedExpected, refused);
    QVERIFY(report.transactions > steps / 2);
    qInfo("%d steps, %lld transactions, %d refused", steps, report.transactions, refused);
}

QTEST_GUILESS_MAIN(tst_LedgerRandomized)
#include "tst_ledgerrandomized.moc"
