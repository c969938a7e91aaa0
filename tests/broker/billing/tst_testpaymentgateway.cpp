#include "core/billing/TestPaymentGateway.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;
using Charge = PaymentGateway::Charge;
using Status = PaymentGateway::ChargeStatus;

class tst_TestPaymentGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testCardsPassLuhn();
    void answersAreAsynchronous();
    void succeedsAfterConfirmation();
    void declines_data();
    void declines();
    void declinesLater();
    void secondStep();
    void chargedBackLater();
    void refundsInParts();
    void sameKeySameCharge();
    void invalidCardRefused();

private:
    // Runs a gateway call and waits for its answer (a Timeout error when none comes).
    Expected<Charge> call(const std::function<void(PaymentGateway::ChargeCallback)> &invoke);
    Expected<Charge> start(const QString &card, const QString &key, qint64 amount = 2500);
    Status statusNow(const QString &chargeId);

    std::unique_ptr<TestPaymentGateway> m_gateway;
};

void tst_TestPaymentGateway::init()
{
    TestPaymentGateway::Options options;
    options.confirmationDelay = std::chrono::milliseconds(20);
    options.refundDelay = std::chrono::milliseconds(20);
    options.chargebackDelay = std::chrono::milliseconds(60);
    m_gateway = std::make_unique<TestPaymentGateway>(options);
}

Expected<Charge> tst_TestPaymentGateway::call(const std::function<void(PaymentGateway::ChargeCallback)> &invoke)
{
    std::optional<Expected<Charge>> result;
    invoke([&result](const Expected<Charge> &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        qWarning("the gateway did not answer");
    return result.value_or(Expected<Charge>(sc::protocol::ApiError{ErrorCode::Timeout, u"no answer"_s, {}, {}}));
}

Expected<Charge> tst_TestPaymentGateway::start(const QString &card, const QString &key, qint64 amount)
{
    PaymentGateway::ChargeRequest request{amount, u"EUR"_s, card, key, u"ref-"_s + key, u"test"_s};
    return call([&](PaymentGateway::ChargeCallback done) { m_gateway->startCharge(request, std::move(done)); });
}

Status tst_TestPaymentGateway::statusNow(const QString &chargeId)
{
    return call([&](PaymentGateway::ChargeCallback done) { m_gateway->fetchCharge(chargeId, std::move(done)); })
        .value()
        .status;
}

void tst_TestPaymentGateway::testCardsPassLuhn()
{
    for (const char *card : {TestPaymentGateway::kSucceeds,
                             TestPaymentGateway::kDeclines,
                             TestPaymentGateway::kInsufficientFunds,
                             TestPaymentGateway::kDeclinesLater,
                             TestPaymentGateway::kRequiresAction,
                             TestPaymentGateway::kChargedBackLater})
        QVERIFY2(TestPaymentGateway::passesLuhn(QLatin1String(card)), card);
    QVERIFY(TestPaymentGateway::passesLuhn(u"4242 4242 4242 4242"_s));
    QVERIFY(!TestPaymentGateway::passesLuhn(u"4242 4242 4242 4241"_s));
    QVERIFY(!TestPaymentGateway::passesLuhn(u"4242"_s));
    QVERIFY(!TestPaymentGateway::passesLuhn(u"4242 4242 4242 424x"_s));
}

void tst_TestPaymentGateway::answersAreAsynchronous()
{
    bool answered = false;
    m_gateway->startCharge({2500, u"EUR"_s, QLatin1String(TestPaymentGateway::kSucceeds), u"k"_s, {}, {}},
                           [&answered](const Expected<Charge> &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void tst_TestPaymentGateway::succeedsAfterConfirmation()
{
    QSignalSpy events(m_gateway.get(), &PaymentGateway::chargeUpdated);
    const auto charge = start(u"4242 4242 4242 4242"_s, u"key-1"_s);
    QVERIFY(charge);
    QCOMPARE(charge->status, Status::Pending);
    QCOMPARE(charge->reference, u"ref-key-1"_s);
    QCOMPARE(charge->amount, 2500);
    QVERIFY(!charge->id.isEmpty());
    QTRY_COMPARE(events.size(), 1);
    const auto settled = events.at(0).at(0).value<Charge>();
    QCOMPARE(settled.id, charge->id);
    QCOMPARE(settled.status, Status::Succeeded);
    QCOMPARE(statusNow(charge->id), Status::Succeeded);
}

void tst_TestPaymentGateway::declines_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("reason");
    QTest::newRow("declined") << QString::fromLatin1(TestPaymentGateway::kDeclines) << u"card_declined"_s;
    QTest::newRow("insufficient funds") << QString::fromLatin1(TestPaymentGateway::kInsufficientFunds)
                                        << u"insufficient_funds"_s;
    QTest::newRow("unknown test card") << u"5555555555554444"_s << u"card_not_supported"_s;
}

void tst_TestPaymentGateway::declines()
{
    QFETCH(QString, card);
    QFETCH(QString, reason);
    const auto charge = start(card, u"key"_s);
    QVERIFY(charge);
    QCOMPARE(charge->status, Status::Declined);
    QCOMPARE(charge->declineReason, reason);
}

void tst_TestPaymentGateway::declinesLater()
{
    QSignalSpy events(m_gateway.get(), &PaymentGateway::chargeUpdated);
    const auto charge = start(QLatin1String(TestPaymentGateway::kDeclinesLater), u"key"_s);
    QCOMPARE(charge->status, Status::Pending);
    QTRY_COMPARE(events.size(), 1);
    QCOMPARE(events.at(0).at(0).value<Charge>().status, Status::Declined);
    QCOMPARE(events.at(0).at(0).value<Charge>().declineReason, u"expired_card"_s);
}

void tst_TestPaymentGateway::secondStep()
{
    QSignalSpy events(m_gateway.get(), &PaymentGateway::chargeUpdated);
    const auto charge = start(QLatin1String(TestPaymentGateway::kRequiresAction), u"key-a"_s);
    QCOMPARE(charge->status, Status::RequiresAction);
    QVERIFY(charge->action.contains(QLatin1String(TestPaymentGateway::kChallengeCode)));
    // No outcome without the customer.
    QTest::qWait(60);
    QCOMPARE(statusNow(charge->id), Status::RequiresAction);

    const auto confirmed = call([&](PaymentGateway::ChargeCallback done) {
        m_gateway->confirmAction(charge->id, QLatin1String(TestPaymentGateway::kChallengeCode), std::move(done));
    });
    QCOMPARE(confirmed.value().status, Status::Pending);
    QTRY_COMPARE(statusNow(charge->id), Status::Succeeded);
    QCOMPARE(events.constLast().at(0).value<Charge>().status, Status::Succeeded);

    const auto other = start(QLatin1String(TestPaymentGateway::kRequiresAction), u"key-b"_s);
    const auto wrong = call([&](PaymentGateway::ChargeCallback done) {
        m_gateway->confirmAction(other->id, u"000000"_s, std::move(done));
    });
    QCOMPARE(wrong.value().status, Status::Declined);
    QCOMPARE(wrong.value().declineReason, u"authentication_failed"_s);
}

void tst_TestPaymentGateway::chargedBackLater()
{
    QSignalSpy events(m_gateway.get(), &PaymentGateway::chargeUpdated);
    const auto charge = start(QLatin1String(TestPaymentGateway::kChargedBackLater), u"key"_s, 4000);
    QTRY_COMPARE(events.size(), 1);
    QCOMPARE(events.at(0).at(0).value<Charge>().status, Status::Succeeded);
    QCOMPARE(events.at(0).at(0).value<Charge>().refunded, 0);
    QTRY_COMPARE(events.size(), 2);
    const auto disputed = events.at(1).at(0).value<Charge>();
    QCOMPARE(disputed.status, Status::Succeeded);
    QCOMPARE(disputed.refunded, 4000);
    QVERIFY(disputed.disputed);
}

void tst_TestPaymentGateway::refundsInParts()
{
    QSignalSpy events(m_gateway.get(), &PaymentGateway::chargeUpdated);
    const auto pending = start(QLatin1String(TestPaymentGateway::kSucceeds), u"key"_s, 3000);
    auto refund = [&](qint64 amount, const QString &key) {
        return call(
            [&](PaymentGateway::ChargeCallback done) { m_gateway->refund(pending->id, amount, key, std::move(done)); });
    };
    QCOMPARE(refund(1000, u"r0"_s).error().code, ErrorCode::Conflict); // not settled yet
    QTRY_COMPARE(events.size(), 1);
    QVERIFY(refund(1000, u"r1"_s));
    QVERIFY(refund(1000, u"r1"_s));                                            // a retry, not a second refund
    QCOMPARE(refund(2500, u"r2"_s).error().code, ErrorCode::ValidationFailed); // more than is left
    QTRY_COMPARE(events.size(), 2);
    QCOMPARE(events.at(1).at(0).value<Charge>().refunded, 1000);
    QVERIFY(!events.at(1).at(0).value<Charge>().disputed);
    QVERIFY(refund(2000, u"r3"_s));
    QTRY_COMPARE(events.size(), 3);
    QCOMPARE(events.at(2).at(0).value<Charge>().refunded, 3000);
    QVERIFY(!refund(1, u"r4"_s));
}

void tst_TestPaymentGateway::sameKeySameCharge()
{
    const auto first = start(QLatin1String(TestPaymentGateway::kSucceeds), u"same"_s);
    const auto again = start(QLatin1String(TestPaymentGateway::kSucceeds), u"same"_s);
    QCOMPARE(again->id, first->id);
    QCOMPARE(m_gateway->chargeCount(), 1);
    const auto different = start(QLatin1String(TestPaymentGateway::kSucceeds), u"same"_s, 9900);
    QVERIFY(!different);
    QCOMPARE(different.error().code, ErrorCode::Conflict);
    QCOMPARE(m_gateway->chargeCount(), 1);
    QTRY_COMPARE(statusNow(first->id), Status::Succeeded);
    QCOMPARE(start(QLatin1String(TestPaymentGateway::kSucceeds), u"same"_s)->status, Status::Succeeded);
}

void tst_TestPaymentGateway::invalidCardRefused()
{
    const auto charge = start(u"4242 4242 4242 4241"_s, u"key"_s);
    QVERIFY(!charge);
    QCOMPARE(charge.error().code, ErrorCode::ValidationFailed);
    QCOMPARE(m_gateway->chargeCount(), 0);
    QVERIFY(!start(QLatin1String(TestPaymentGateway::kSucceeds), QString()));
}

QTEST_GUILESS_MAIN(tst_TestPaymentGateway)
#include "tst_testpaymentgateway.moc"
