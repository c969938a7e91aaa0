#include "BillingTestDatabase.h"

#include "core/Clock.h"
#include "core/billing/Ledger.h"
#include "core/billing/LowBalanceAlerts.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;

class tst_LowBalanceAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void thresholdsAreValidated();
    void firesOncePerCrossing();

private:
    void move(qint64 amount); // > 0: release into the balance, < 0: hold from it

    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<LowBalanceAlerts> m_alerts;
    qint64 m_buyer = 0;
    qint64 m_other = 0;
};

void tst_LowBalanceAlerts::init()
{
    m_database = openBillingTestDatabase();
    m_buyer = addTestOrganization(*m_database, u"Buyer"_s);
    m_other = addTestOrganization(*m_database, u"Other"_s);
    m_ledger = std::make_unique<Ledger>(*m_database, m_clock);
    m_alerts = std::make_unique<LowBalanceAlerts>(*m_database, *m_ledger);
}

void tst_LowBalanceAlerts::cleanup()
{
    m_alerts.reset();
    m_ledger.reset();
    m_database.reset();
}

void tst_LowBalanceAlerts::move(qint64 amount)
{
    QVERIFY(
        m_ledger->post({amount > 0 ? TransactionKind::Release : TransactionKind::Hold,
                        u"EUR"_s,
                        {},
                        {},
                        std::nullopt,
                        {{AccountKind::BuyerBalance, m_buyer, amount}, {AccountKind::BuyerHold, m_buyer, -amount}}}));
}

void tst_LowBalanceAlerts::thresholdsAreValidated()
{
    QVERIFY(!m_alerts->setThresholds(m_buyer, u"EUR"_s, {0}));
    QVERIFY(!m_alerts->setThresholds(m_buyer, u"EUR"_s, {-5}));
    QVERIFY(!m_alerts->setThresholds(m_buyer, u"eur"_s, {100}));
    QVERIFY(!m_alerts->setThresholds(m_buyer, u"EUR"_s, {1, 2, 3, 4, 5, 6}));
    const auto set = m_alerts->setThresholds(m_buyer, u"EUR"_s, {500, 2000, 500});
    QVERIFY(set);
    QCOMPARE(*set, (QList<qint64>{2000, 500}));
    QCOMPARE(m_alerts->thresholds(m_buyer, u"EUR"_s), (QList<qint64>{2000, 500}));
    QCOMPARE(m_alerts->thresholds(m_buyer, u"CHF"_s), QList<qint64>());
    QVERIFY(m_alerts->setThresholds(m_buyer, u"EUR"_s, {}));
    QCOMPARE(m_alerts->thresholds(m_buyer, u"EUR"_s), QList<qint64>());
}

void tst_LowBalanceAlerts::firesOncePerCrossing()
{
    QVERIFY(m_alerts->setThresholds(m_buyer, u"EUR"_s, {2000, 500}));
    QVERIFY(m_alerts->setThresholds(m_other, u"EUR"_s, {100000}));
    QSignalSpy low(m_alerts.get(), &LowBalanceAlerts::lowBalance);
    QVERIFY(m_ledger->post(
        {TransactionKind::TopUp,
         u"EUR"_s,
         {},
         {},
         std::nullopt,
         {{AccountKind::PaymentClearing, std::nullopt, -3000}, {AccountKind::BuyerBalance, m_buyer, 3000}}}));
    QCOMPARE(low.size(), 0); // going up never warns

    move(-1500); // 3000 -> 1500: below 2000
    QCOMPARE(low.size(), 1);
    QCOMPARE(low.at(0).at(0).toLongLong(), m_buyer);
    QCOMPARE(low.at(0).at(1).toString(), u"EUR"_s);
    QCOMPARE(low.at(0).at(2).toLongLong(), 1500);
    QCOMPARE(low.at(0).at(3).toLongLong(), 2000);
    move(-200); // 1300: still below 2000, no new crossing
    QCOMPARE(low.size(), 1);
    move(-1000); // 300: below 500
    QCOMPARE(low.size(), 2);
    QCOMPARE(low.at(1).at(3).toLongLong(), 500);
    move(2700); // back to 3000: re-armed, silent
    QCOMPARE(low.size(), 2);
    move(-2900); // 100: both thresholds in one step
    QCOMPARE(low.size(), 4);
    QCOMPARE(low.at(2).at(3).toLongLong(), 2000);
    QCOMPARE(low.at(3).at(3).toLongLong(), 500);
    move(2900);
    move(-1000); // exactly 2000 is not below it
    QCOMPARE(low.size(), 4);
    move(-1); // 1999
    QCOMPARE(low.size(), 5);
}

QTEST_GUILESS_MAIN(tst_LowBalanceAlerts)
#include "tst_lowbalancealerts.moc"
