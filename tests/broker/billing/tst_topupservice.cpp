#include "BillingTestDatabase.h"

#include "core/Clock.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"
#include "core/billing/TestPaymentGateway.h"
#include "core/billing/TopUpService.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::protocol::ErrorCode;
using Status = TopUpService::Status;

class tst_TopUpService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void creditsOnceWhenConfirmed();
    void sameKeySameTopUp();
    void declinedLeavesNoEntry_data();
    void declinedLeavesNoEntry();
    void secondStepThenCredit();
    void refundRequestedByTheBuyer();
    void chargebackTakesWhatIsLeftAndRecordsDebt();
    void reconcileCatchesMissedEvents();

private:
    Status statusOf(qint64 topUpId) const { return m_topUps->topUp(topUpId)->status; }
    qint64 balance() const { return m_ledger->balanceOf(AccountKind::BuyerBalance, m_buyer, u"EUR"_s); }
    void verifyJournal() const;

    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<TestPaymentGateway> m_gateway;
    std::unique_ptr<TopUpService> m_topUps;
    qint64 m_buyer = 0;
};

void tst_TopUpService::init()
{
    m_database = openBillingTestDatabase();
    m_buyer = addTestOrganization(*m_database, u"Buyer"_s);
    m_ledger = std::make_unique<Ledger>(*m_database, m_clock);
    TestPaymentGateway::Options options;
    options.confirmationDelay = std::chrono::milliseconds(20);
    options.refundDelay = std::chrono::milliseconds(20);
    options.chargebackDelay = std::chrono::milliseconds(150);
    m_gateway = std::make_unique<TestPaymentGateway>(options);
    m_topUps = std::make_unique<TopUpService>(*m_database, m_clock, *m_ledger, *m_gateway, TopUpService::Options());
}

void tst_TopUpService::cleanup()
{
    m_topUps.reset();
    m_gateway.reset();
    m_ledger.reset();
    m_database.reset();
}

void tst_TopUpService::verifyJournal() const
{
    const LedgerAudit::Report report = LedgerAudit(*m_database, m_ledger->options().nonNegative).run();
    QVERIFY2(report.ok(), qPrintable(report.summary()));
}

void tst_TopUpService::refusesBadRequests_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("key");
    QTest::newRow("below the minimum") << qint64(999) << u"EUR"_s << u"k"_s;
    QTest::newRow("zero") << qint64(0) << u"EUR"_s << u"k"_s;
    QTest::newRow("above the maximum") << qint64(1'000'001) << u"EUR"_s << u"k"_s;
    QTest::newRow("currency not taken") << qint64(5000) << u"USD"_s << u"k"_s;
    QTest::newRow("no idempotency key") << qint64(5000) << u"EUR"_s << QString();
}

void tst_TopUpService::refusesBadRequests()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, key);
    const auto topUp = m_topUps->start(m_buyer, amount, currency, QLatin1String(TestPaymentGateway::kSucceeds), key);
    QVERIFY(!topUp);
    QCOMPARE(topUp.error().code, ErrorCode::ValidationFailed);
    QCOMPARE(m_gateway->chargeCount(), 0);
    QCOMPARE(countRows(*m_database, u"billing_topups"_s), 0);
    // The minimum itself is fine.
    QVERIFY(m_topUps->start(m_buyer, 1000, u"EUR"_s, QLatin1String(TestPaymentGateway::kSucceeds), u"min"_s));
}

void tst_TopUpService::creditsOnceWhenConfirmed()
{
    QSignalSpy changed(m_topUps.get(), &TopUpService::topUpChanged);
    const auto topUp = m_topUps->start(m_buyer, 5000, u"EUR"_s, QLatin1String(TestPaymentGateway::kSucceeds), u"a"_s);
    QVERIFY(topUp);
    QCOMPARE(topUp->status, Status::Pending);
    QVERIFY(topUp->chargeId.isEmpty()); // the gateway has not answered yet
    QCOMPARE(balance(), 0);
    QTRY_VERIFY(!m_topUps->topUp(topUp->id)->chargeId.isEmpty());
    QCOMPARE(statusOf(topUp->id), Status::Pending);
    QCOMPARE(balance(), 0);

    QTRY_COMPARE(statusOf(topUp->id), Status::Succeeded);
    QCOMPARE(balance(), 5000);
    QCOMPARE(m_ledger->balanceOf(AccountKind::PaymentClearing, std::nullopt, u"EUR"_s), -5000);
    const auto done = m_topUps->topUp(topUp->id);
    QVERIFY(done->ledgerTransactionId);
    QCOMPARE(changed.constLast().at(0).value<TopUpService::TopUp>().status, Status::Succeeded);

    // The same event again (a webhook delivered twice) credits nothing more.
    PaymentGateway::Charge event{done->chargeId,
                                 u"topup:%1"_s.arg(done->id),
                                 PaymentGateway::ChargeStatus::Succeeded,
                                 5000,
                                 u"EUR"_s,
                                 0,
                                 false,
                                 {},
                                 {}};
    Q_EMIT m_gateway->chargeUpdated(event);
    Q_EMIT m_gateway->chargeUpdated(event);
    QCOMPARE(balance(), 5000);
    QCOMPARE(countRows(*m_database, u"ledger_transactions"_s), 1);
    // A late "pending" never moves a finished top-up back.
    event.status = PaymentGateway::ChargeStatus::Pending;
    Q_EMIT m_gateway->chargeUpdated(event);
    QCOMPARE(statusOf(topUp->id), Status::Succeeded);
    // Events for charges that are not ours are ignored.
    event.reference = u"topup:999"_s;
    Q_EMIT m_gateway->chargeUpdated(event);
    QCOMPARE(m_topUps->topUps(m_buyer).size(), 1);
    verifyJournal();
}

void tst_TopUpService::sameKeySameTopUp()
{
    const QString card = QLatin1String(TestPaymentGateway::kSucceeds);
    const auto first = m_topUps->start(m_buyer, 5000, u"EUR"_s, card, u"retry"_s);
    const auto again = m_topUps->start(m_buyer, 5000, u"EUR"_s, card, u"retry"_s);
    QVERIFY(first && again);
    QCOMPARE(again->id, first->id);
    const auto other = m_topUps->start(m_buyer, 7000, u"EUR"_s, card, u"retry"_s);
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::Conflict);
    QTRY_COMPARE(statusOf(first->id), Status::Succeeded);
    QCOMPARE(m_gateway->chargeCount(), 1);
    QCOMPARE(balance(), 5000);
}

void tst_TopUpService::declinedLeavesNoEntry_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("reason");
    QTest::newRow("at once") << QString::fromLatin1(TestPaymentGateway::kDeclines) << u"card_declined"_s;
    QTest::newRow("later") << QString::fromLatin1(TestPaymentGateway::kDeclinesLater) << u"expired_card"_s;
    QTest::newRow("invalid number") << u"4242424242424241"_s << u"The card number is not valid."_s;
}

void tst_TopUpService::declinedLeavesNoEntry()
{
    QFETCH(QString, card);
    QFETCH(QString, reason);
    const auto topUp = m_topUps->start(m_buyer, 5000, u"EUR"_s, card, u"d"_s);
    QVERIFY(topUp);
    QTRY_VERIFY(statusOf(topUp->id) == Status::Declined || statusOf(topUp->id) == Status::Failed);
    QCOMPARE(m_topUps->topUp(topUp->id)->declineReason, reason);
    QTest::qWait(50);
    QCOMPARE(balance(), 0);
    QCOMPARE(countRows(*m_database, u"ledger_entries"_s), 0);
}

void tst_TopUpService::secondStepThenCredit()
{
    const auto topUp = m_topUps->start(
        m_buyer, 5000, u"EUR"_s, QLatin1String(TestPaymentGateway::kRequiresAction), u"3ds"_s);
    QTRY_COMPARE(statusOf(topUp->id), Status::RequiresAction);
    QVERIFY(m_topUps->topUp(topUp->id)->action.contains(QLatin1String(TestPaymentGateway::kChallengeCode)));
    QCOMPARE(m_topUps->confirm(m_buyer + 1, topUp->id, u"x"_s).error().code, ErrorCode::NotFound);
    QVERIFY(m_topUps->confirm(m_buyer, topUp->id, QLatin1String(TestPaymentGateway::kChallengeCode)));
    QTRY_COMPARE(statusOf(topUp->id), Status::Succeeded);
    QCOMPARE(balance(), 5000);
    QCOMPARE(m_topUps->confirm(m_buyer, topUp->id, u"x"_s).error().code, ErrorCode::Conflict);

    const auto wrong = m_topUps->start(
        m_buyer, 5000, u"EUR"_s, QLatin1String(TestPaymentGateway::kRequiresAction), u"3ds-wrong"_s);
    QTRY_COMPARE(statusOf(wrong->id), Status::RequiresAction);
    QVERIFY(m_topUps->confirm(m_buyer, wrong->id, u"000000"_s));
    QTRY_COMPARE(statusOf(wrong->id), Status::Declined);
    QCOMPARE(m_topUps->topUp(wrong->id)->declineReason, u"authentication_failed"_s);
    QCOMPARE(balance(), 5000);
}

void tst_TopUpService::refundRequestedByTheBuyer()
{
    const auto topUp = m_topUps->start(m_buyer, 5000, u"EUR"_s, QLatin1String(TestPaymentGateway::kSucceeds), u"r"_s);
    QTRY_COMPARE(statusOf(topUp->id), Status::Succeeded);
    // Spend 3000 of it: only 2000 can go back.
    QVERIFY(m_ledger->post({TransactionKind::Hold,
                            u"EUR"_s,
                            {},
                            {},
                            std::nullopt,
                            {{AccountKind::BuyerBalance, m_buyer, -3000}, {AccountKind::BuyerHold, m_buyer, 3000}}}));
    const auto tooMuch = m_topUps->requestRefund(m_buyer, topUp->id, 2500, u"r1"_s);
    QVERIFY(!tooMuch);
    QCOMPARE(tooMuch.error().details.value(u"reason"_s).toString(), u"insufficient_balance"_s);
    QVERIFY(m_topUps->requestRefund(m_buyer, topUp->id, 1500, u"r2"_s));
    QTRY_COMPARE(m_topUps->topUp(topUp->id)->refunded, 1500);
    QCOMPARE(balance(), 500);
    QCOMPARE(m_ledger->balanceOf(AccountKind::PaymentClearing, std::nullopt, u"EUR"_s), -3500);
    // The refund refers to the top-up it gives back.
    DbQuery refund = m_database->exec(
        u"SELECT reverses_transaction_id FROM ledger_transactions WHERE kind = 'refund'"_s);
    QVERIFY(refund.next());
    QCOMPARE(refund.value(0).toLongLong(), *m_topUps->topUp(topUp->id)->ledgerTransactionId);
    verifyJournal();
}

void tst_TopUpService::chargebackTakesWhatIsLeftAndRecordsDebt()
{
    const auto topUp = m_topUps->start(
        m_buyer, 4000, u"EUR"_s, QLatin1String(TestPaymentGateway::kChargedBackLater), u"cb"_s);
    QTRY_COMPARE(statusOf(topUp->id), Status::Succeeded);
    QCOMPARE(balance(), 4000);
    QVERIFY(m_ledger->post({TransactionKind::Hold,
                            u"EUR"_s,
                            {},
                            {},
                            std::nullopt,
                            {{AccountKind::BuyerBalance, m_buyer, -2500}, {AccountKind::BuyerHold, m_buyer, 2500}}}));
    QTRY_COMPARE(m_topUps->topUp(topUp->id)->refunded, 4000);
    QCOMPARE(balance(), 0);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerDebt, m_buyer, u"EUR"_s), -2500);
    QCOMPARE(m_ledger->balanceOf(AccountKind::PaymentClearing, std::nullopt, u"EUR"_s), 0);
    verifyJournal();

    // The next top-up repays the debt first.
    const auto next = m_topUps->start(m_buyer, 3000, u"EUR"_s, QLatin1String(TestPaymentGateway::kSucceeds), u"n"_s);
    QTRY_COMPARE(statusOf(next->id), Status::Succeeded);
    QCOMPARE(m_ledger->balanceOf(AccountKind::BuyerDebt, m_buyer, u"EUR"_s), 0);
    QCOMPARE(balance(), 500);
    verifyJournal();
}

void tst_TopUpService::reconcileCatchesMissedEvents()
{
    const auto topUp = m_topUps->start(m_buyer, 5000, u"EUR"_s, QLatin1String(TestPaymentGateway::kSucceeds), u"m"_s);
    QTRY_VERIFY(!m_topUps->topUp(topUp->id)->chargeId.isEmpty());
    // The webhook is lost: nobody listens while the charge settles.
    m_gateway->disconnect(m_topUps.get());
    QTest::qWait(60);
    QCOMPARE(statusOf(topUp->id), Status::Pending);
    m_topUps->reconcile();
    QTRY_COMPARE(statusOf(topUp->id), Status::Succeeded);
    QCOMPARE(balance(), 5000);
}

QTEST_GUILESS_MAIN(tst_TopUpService)
#include "tst_topupservice.moc"
