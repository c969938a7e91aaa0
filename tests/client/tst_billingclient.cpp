// BillingClient: the list answers of the billing routes parsed from canned
// JSON of the contract (and refused when half of them is wrong), when a
// top-up is settled, and the gateway's decline reasons and the routes'
// refusals as sentences; then against the offline demo's real broker (this
// build tree's sparecloud-broker, its test payment gateway): top-ups that
// succeed, need the bank's code or are declined, a retried key that is the
// same top-up, an invoice on demand with its usage CSV, and the seller's
// earnings with a payout refused below the minimum.
#include "client/BillingClient.h"
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using sc::client::BillingClient;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

class tst_BillingClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parsesTopUps();
    void parsesInvoices();
    void parsesStatementsAndPayouts();
    void refusesAHalfReadList();
    void settledTopUps_data();
    void settledTopUps();
    void declinesInWords_data();
    void declinesInWords();
    void refusalsInWords();
    // Against the demo broker.
    void goodCardRaisesTheBalance();
    void theBanksCodeCompletesATopUp();
    void declinedCardSaysWhy();
    void retriedKeyIsTheSameTopUp();
    void invoiceOnDemandWithItsUsage();
    void sellerEarningsAndPayoutBelowMinimum();

private:
    void switchTo(const QString &account);
    Expected<sc::protocol::BillingBalance> balance();
    Expected<sc::protocol::TopUp> topUp(const QString &card, qint64 amount, const QByteArray &key);
    Expected<sc::protocol::TopUp> follow(qint64 id, bool actionAnswered = false);

    QTemporaryDir m_dir;
    std::unique_ptr<BrokerClient> m_client;
    std::unique_ptr<BrokerConnection> m_connection;
    std::unique_ptr<QObject> m_context;
};

// moc reads the class above; the canned answers come after it.
namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad canned JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const char *kTopUps = R"({"topUps": [
  {"id": 7, "amount": 5000, "currency": "EUR", "status": "requires_action",
   "action": "Enter the code your bank sent", "declineReason": "", "refunded": 0,
   "createdAt": "2026-11-22T08:00:00.000Z", "updatedAt": "2026-11-22T08:00:01.000Z"},
  {"id": 6, "amount": 1000, "currency": "EUR", "status": "declined", "action": "",
   "declineReason": "insufficient_funds", "refunded": 0,
   "createdAt": "2026-11-21T08:00:00.000Z", "updatedAt": "2026-11-21T08:00:00.000Z"}
]})";

const char *kInvoices = R"({"invoices": [
  {"id": 3, "number": "SC-2026-000003", "kind": "credit_note", "correctsNumber": "SC-2026-000002",
   "reason": "Lease ended early by the provider", "periodStart": "2026-10-01T00:00:00.000Z",
   "periodEnd": "2026-11-01T00:00:00.000Z", "issuedAt": "2026-11-05T10:00:00.000Z", "currency": "EUR",
   "customerName": "Acme", "customerCountry": "DE", "vatRateBasisPoints": 1900, "openingBalance": 0,
   "closingBalance": 0, "usageNet": -100, "vat": -19, "usageTotal": -119, "topUps": 0, "refunds": 0,
   "lines": [], "payments": []},
  {"id": 2, "number": "SC-2026-000002", "kind": "invoice", "correctsNumber": "", "reason": "",
   "periodStart": "2026-10-01T00:00:00.000Z", "periodEnd": "2026-11-01T00:00:00.000Z",
   "issuedAt": "2026-11-01T00:05:00.000Z", "currency": "EUR", "customerName": "Acme",
   "customerCountry": "DE", "vatRateBasisPoints": 1900, "openingBalance": 0, "closingBalance": 3810,
   "usageNet": 1000, "vat": 190, "usageTotal": 1190, "topUps": 5000, "refunds": 0,
   "lines": [], "payments": []}
]})";

const char *kStatements = R"({"statements": [
  {"id": 4, "number": "ST-2026-000004", "period": "2026-10", "periodStart": "2026-10-01T00:00:00.000Z",
   "periodEnd": "2026-11-01T00:00:00.000Z", "issuedAt": "2026-11-01T00:05:00.000Z", "currency": "EUR",
   "sellerName": "Lisbon Racks", "gross": 10000, "commission": 2000, "net": 8000, "payoutId": 9, "lines": []}
]})";

const char *kPayouts = R"({"payouts": [
  {"id": 9, "amount": 8000, "currency": "EUR", "status": "paid", "reference": "SC-PAYOUT-9",
   "createdAt": "2026-11-01T00:05:00.000Z"}
]})";

constexpr int kBrokerTimeoutMs = 60'000;
constexpr int kAnswerTimeoutMs = 20'000;

template<typename T>
Expected<T> wait(const std::function<void(BrokerClient::Callback<T>)> &call)
{
    auto result = std::make_shared<std::optional<Expected<T>>>();
    call([result](const Expected<T> &value) { *result = value; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, kAnswerTimeoutMs))
        return ApiError{ErrorCode::Timeout, u"no answer in the test's time"_s, {}, {}};
    return **result;
}

template<typename T>
QString why(const Expected<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

void tst_BillingClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_client = std::make_unique<BrokerClient>();
    m_connection = std::make_unique<BrokerConnection>(
        *m_client, m_dir.filePath(u"data"_s), QStringLiteral(SPARECLOUD_BROKER_EXE));
    m_context = std::make_unique<QObject>();
    ConnectionProfile demo;
    demo.mode = ConnectionProfile::Mode::OfflineDemo;
    m_connection->connectTo(demo);
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() == BrokerConnection::State::Connected
                                 || m_connection->state() == BrokerConnection::State::Failed,
                             kBrokerTimeoutMs);
    QVERIFY2(m_connection->state() == BrokerConnection::State::Connected,
             qPrintable(m_connection->lastError() + u"\n"_s + m_connection->brokerLog()));
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->currentUser().has_value(), kBrokerTimeoutMs);
    QCOMPARE(m_connection->currentUser()->role, u"buyer"_s);
}

void tst_BillingClient::cleanupTestCase()
{
    m_context.reset();
    m_connection.reset();
    m_client.reset();
}

void tst_BillingClient::switchTo(const QString &account)
{
    if (m_connection->currentUser() && m_connection->currentUser()->role == account)
        return;
    QSignalSpy changed(m_connection.get(), &BrokerConnection::userChanged);
    m_connection->switchAccount(account);
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->currentUser() && m_connection->currentUser()->role == account,
                             kBrokerTimeoutMs);
}

Expected<sc::protocol::BillingBalance> tst_BillingClient::balance()
{
    return wait<sc::protocol::BillingBalance>(
        [this](auto callback) { BillingClient(*m_client).fetchBalance(m_context.get(), callback); });
}

Expected<sc::protocol::TopUp> tst_BillingClient::topUp(const QString &card, qint64 amount, const QByteArray &key)
{
    sc::protocol::TopUpRequest request;
    request.amount = amount;
    request.currency = u"EUR"_s;
    request.cardNumber = card;
    return wait<sc::protocol::TopUp>(
        [&](auto callback) { BillingClient(*m_client).startTopUp(request, key, m_context.get(), callback); });
}

Expected<sc::protocol::TopUp> tst_BillingClient::follow(qint64 id, bool actionAnswered)
{
    BillingClient::FollowPolicy policy;
    policy.initialDelay = std::chrono::milliseconds(100);
    policy.maxDelay = std::chrono::milliseconds(500);
    policy.maxPolls = 60;
    policy.actionAnswered = actionAnswered;
    return wait<sc::protocol::TopUp>(
        [&](auto callback) { BillingClient(*m_client).followTopUp(id, m_context.get(), callback, policy); });
}

void tst_BillingClient::parsesTopUps()
{
    const auto topUps = BillingClient::parseTopUps(json(kTopUps));
    QVERIFY2(topUps.hasValue(), qPrintable(topUps ? QString() : topUps.error().message));
    QCOMPARE(topUps->size(), 2);
    QCOMPARE(topUps->at(0).id, 7);
    QCOMPARE(topUps->at(0).status, u"requires_action"_s);
    QCOMPARE(topUps->at(0).action, u"Enter the code your bank sent"_s);
    QCOMPARE(topUps->at(1).declineReason, u"insufficient_funds"_s);
    QCOMPARE(topUps->at(1).amount, 1000);
    QCOMPARE(topUps->at(1).createdAt, QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC));
}

void tst_BillingClient::parsesInvoices()
{
    const auto invoices = BillingClient::parseInvoices(json(kInvoices));
    QVERIFY2(invoices.hasValue(), qPrintable(invoices ? QString() : invoices.error().message));
    QCOMPARE(invoices->size(), 2);
    QCOMPARE(invoices->at(0).kind, u"credit_note"_s);
    QCOMPARE(invoices->at(0).correctsNumber, u"SC-2026-000002"_s);
    QCOMPARE(invoices->at(0).usageTotal, -119);
    QCOMPARE(invoices->at(1).number, u"SC-2026-000002"_s);
    QCOMPARE(invoices->at(1).closingBalance, 3810);
    QCOMPARE(invoices->at(1).vatRateBasisPoints, 1900);
}

void tst_BillingClient::parsesStatementsAndPayouts()
{
    const auto statements = BillingClient::parseStatements(json(kStatements));
    QVERIFY2(statements.hasValue(), qPrintable(statements ? QString() : statements.error().message));
    QCOMPARE(statements->size(), 1);
    QCOMPARE(statements->at(0).period, u"2026-10"_s);
    QCOMPARE(statements->at(0).net, 8000);
    QCOMPARE(statements->at(0).payoutId, std::optional<qint64>(9));
    const auto payouts = BillingClient::parsePayouts(json(kPayouts));
    QVERIFY2(payouts.hasValue(), qPrintable(payouts ? QString() : payouts.error().message));
    QCOMPARE(payouts->size(), 1);
    QCOMPARE(payouts->at(0).reference, u"SC-PAYOUT-9"_s);
}

void tst_BillingClient::refusesAHalfReadList()
{
    QVERIFY(!BillingClient::parseTopUps(json(R"({"topups": []})")).hasValue()); // the key is topUps
    QVERIFY(!BillingClient::parseTopUps(json(R"({"topUps": [1]})")).hasValue());
    QJsonObject broken = json(kInvoices);
    QJsonArray invoices = broken.value(u"invoices"_s).toArray();
    QJsonObject second = invoices.at(1).toObject();
    second.insert(u"currency"_s, u"euro"_s);
    invoices.replace(1, second);
    broken.insert(u"invoices"_s, invoices);
    const auto parsed = BillingClient::parseInvoices(broken);
    QVERIFY(!parsed.hasValue());
    QVERIFY2(parsed.error().message.contains(u"currency"_s), qPrintable(parsed.error().message));
    QVERIFY(!BillingClient::parsePayouts(json(R"({"payouts": [{"id": 1}]})")).hasValue());
}

void tst_BillingClient::settledTopUps_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("settled");
    QTest::newRow("pending") << u"pending"_s << false;
    QTest::newRow("requires_action waits for the buyer") << u"requires_action"_s << true;
    QTest::newRow("succeeded") << u"succeeded"_s << true;
    QTest::newRow("declined") << u"declined"_s << true;
    QTest::newRow("failed") << u"failed"_s << true;
}

void tst_BillingClient::settledTopUps()
{
    QFETCH(QString, status);
    QFETCH(bool, settled);
    sc::protocol::TopUp topUp;
    topUp.status = status;
    QCOMPARE(BillingClient::isSettled(topUp), settled);
}

void tst_BillingClient::declinesInWords_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("says");
    QTest::newRow("card_declined") << u"card_declined"_s << u"declined"_s;
    QTest::newRow("insufficient_funds") << u"insufficient_funds"_s << u"enough funds"_s;
    QTest::newRow("expired_card") << u"expired_card"_s << u"expired"_s;
    QTest::newRow("authentication_failed") << u"authentication_failed"_s << u"code"_s;
    QTest::newRow("card_not_supported") << u"card_not_supported"_s << u"cannot be used"_s;
    QTest::newRow("unknown") << u"processing_error"_s << u"processing_error"_s;
}

void tst_BillingClient::declinesInWords()
{
    QFETCH(QString, reason);
    QFETCH(QString, says);
    const QString text = BillingClient::declineText(reason);
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY2(text.endsWith(u'.'), qPrintable(text)); // a sentence, not a code
}

void tst_BillingClient::refusalsInWords()
{
    const ApiError nothing{
        ErrorCode::Unprocessable, u"nothing"_s, QJsonObject{{u"reason"_s, u"nothing_to_invoice"_s}}, {}};
    QVERIFY(BillingClient::errorText(nothing).contains(u"nothing to invoice"_s));
    const ApiError minimum{
        ErrorCode::Unprocessable, u"below"_s, QJsonObject{{u"reason"_s, u"below_minimum_payout"_s}}, {}};
    QVERIFY(BillingClient::errorText(minimum).contains(u"minimum payout"_s));
    const ApiError offline{ErrorCode::NetworkError, u"Connection refused"_s, {}, {}};
    QVERIFY(BillingClient::errorText(offline).contains(u"cannot be reached"_s));
    const ApiError other{ErrorCode::ValidationFailed, u"amount: must be at least 10.00"_s, {}, {}};
    QCOMPARE(BillingClient::errorText(other), other.message);
}

void tst_BillingClient::goodCardRaisesTheBalance()
{
    switchTo(u"buyer"_s);
    const auto before = balance();
    QVERIFY2(before.hasValue(), qPrintable(why(before)));
    const auto started = topUp(u"4242 4242 4242 4242"_s, 2'500, BrokerClient::newIdempotencyKey());
    QVERIFY2(started.hasValue(), qPrintable(why(started)));
    QCOMPARE(started->amount, 2'500);
    const auto settled = follow(started->id);
    QVERIFY2(settled.hasValue(), qPrintable(why(settled)));
    QCOMPARE(settled->status, u"succeeded"_s);
    const auto after = balance();
    QVERIFY2(after.hasValue(), qPrintable(why(after)));
    // The demo market may hold or release money for the buyer's bids meanwhile; both sides count.
    QCOMPARE(after->available + after->held, before->available + before->held + 2'500);
}

void tst_BillingClient::theBanksCodeCompletesATopUp()
{
    switchTo(u"buyer"_s);
    const auto started = topUp(u"4000002760003184"_s, 1'500, BrokerClient::newIdempotencyKey());
    QVERIFY2(started.hasValue(), qPrintable(why(started)));
    const auto waiting = started->status == u"requires_action" ? started : follow(started->id);
    QVERIFY2(waiting.hasValue(), qPrintable(why(waiting)));
    QCOMPARE(waiting->status, u"requires_action"_s);
    QVERIFY(!waiting->action.isEmpty());
    const auto confirmed = wait<sc::protocol::TopUp>([&](auto callback) {
        BillingClient(*m_client).confirmTopUp(waiting->id, u"314159"_s, m_context.get(), callback);
    });
    QVERIFY2(confirmed.hasValue(), qPrintable(why(confirmed)));
    const auto settled = follow(confirmed->id, true);
    QVERIFY2(settled.hasValue(), qPrintable(why(settled)));
    QCOMPARE(settled->status, u"succeeded"_s);

    // A wrong code ends the payment.
    const auto second = topUp(u"4000 0027 6000 3184"_s, 1'500, BrokerClient::newIdempotencyKey());
    QVERIFY2(second.hasValue(), qPrintable(why(second)));
    const auto secondWaiting = second->status == u"requires_action" ? second : follow(second->id);
    QVERIFY(secondWaiting.hasValue());
    const auto wrong = wait<sc::protocol::TopUp>([&](auto callback) {
        BillingClient(*m_client).confirmTopUp(secondWaiting->id, u"000000"_s, m_context.get(), callback);
    });
    QVERIFY2(wrong.hasValue(), qPrintable(why(wrong)));
    const auto declined = follow(wrong->id, true);
    QVERIFY2(declined.hasValue(), qPrintable(why(declined)));
    QCOMPARE(declined->status, u"declined"_s);
    QCOMPARE(declined->declineReason, u"authentication_failed"_s);
}

void tst_BillingClient::declinedCardSaysWhy()
{
    switchTo(u"buyer"_s);
    const auto before = balance();
    QVERIFY(before.hasValue());
    const auto started = topUp(u"4000000000000002"_s, 2'000, BrokerClient::newIdempotencyKey());
    QVERIFY2(started.hasValue(), qPrintable(why(started)));
    const auto settled = follow(started->id);
    QVERIFY2(settled.hasValue(), qPrintable(why(settled)));
    QCOMPARE(settled->status, u"declined"_s);
    QCOMPARE(settled->declineReason, u"card_declined"_s);
    QVERIFY(BillingClient::declineText(settled->declineReason).contains(u"declined"_s));
    const auto after = balance();
    QVERIFY(after.hasValue());
    QCOMPARE(after->available + after->held, before->available + before->held);
}

void tst_BillingClient::retriedKeyIsTheSameTopUp()
{
    switchTo(u"buyer"_s);
    const QByteArray key = BrokerClient::newIdempotencyKey();
    const auto first = topUp(u"4242424242424242"_s, 1'200, key);
    QVERIFY2(first.hasValue(), qPrintable(why(first)));
    const auto again = topUp(u"4242424242424242"_s, 1'200, key);
    QVERIFY2(again.hasValue(), qPrintable(why(again)));
    QCOMPARE(again->id, first->id);
    const auto list = wait<QList<sc::protocol::TopUp>>(
        [this](auto callback) { BillingClient(*m_client).fetchTopUps(m_context.get(), callback); });
    QVERIFY2(list.hasValue(), qPrintable(why(list)));
    QCOMPARE(std::count_if(list->cbegin(), list->cend(), [&](const auto &each) { return each.id == first->id; }), 1);
    QVERIFY(follow(first->id).hasValue());
}

void tst_BillingClient::invoiceOnDemandWithItsUsage()
{
    switchTo(u"buyer"_s);
    const auto created = wait<sc::protocol::Invoice>([this](auto callback) {
        BillingClient(*m_client).createInvoice(BrokerClient::newIdempotencyKey(), m_context.get(), callback);
    });
    QVERIFY2(created.hasValue(), qPrintable(why(created))); // the top-ups above are on it
    QVERIFY(created->number.startsWith(u"SC-"_s));
    const auto fetched = wait<sc::protocol::Invoice>(
        [&](auto callback) { BillingClient(*m_client).fetchInvoice(created->id, m_context.get(), callback); });
    QVERIFY2(fetched.hasValue(), qPrintable(why(fetched)));
    QCOMPARE(fetched->number, created->number);
    QCOMPARE(fetched->usageTotal, created->usageTotal);
    QVERIFY(!fetched->payments.isEmpty());
    const auto invoices = wait<QList<sc::protocol::Invoice>>(
        [this](auto callback) { BillingClient(*m_client).fetchInvoices(m_context.get(), callback); });
    QVERIFY2(invoices.hasValue(), qPrintable(why(invoices)));
    QVERIFY(
        std::any_of(invoices->cbegin(), invoices->cend(), [&](const auto &each) { return each.id == created->id; }));

    const auto csv = wait<QByteArray>([&](auto callback) {
        BillingClient(*m_client).fetchUsageCsv(
            created->periodStart, created->periodEnd.addSecs(1), m_context.get(), callback);
    });
    QVERIFY2(csv.hasValue(), qPrintable(why(csv)));
    QVERIFY2(csv->contains(','), csv->left(200).constData()); // at least the header line

    const auto missing = wait<QByteArray>(
        [this](auto callback) { BillingClient(*m_client).fetchInvoicePdf(999'999, m_context.get(), callback); });
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_BillingClient::sellerEarningsAndPayoutBelowMinimum()
{
    switchTo(u"seller"_s);
    const auto earnings = wait<sc::protocol::SellerEarnings>(
        [this](auto callback) { BillingClient(*m_client).fetchEarnings(m_context.get(), callback); });
    QVERIFY2(earnings.hasValue(), qPrintable(why(earnings)));
    QVERIFY(earnings->minimumPayout > 0);
    QVERIFY(!earnings->tiers.isEmpty());
    const auto statements = wait<QList<sc::protocol::SellerStatement>>(
        [this](auto callback) { BillingClient(*m_client).fetchStatements(m_context.get(), callback); });
    QVERIFY2(statements.hasValue(), qPrintable(why(statements)));
    const auto payouts = wait<QList<sc::protocol::Payout>>(
        [this](auto callback) { BillingClient(*m_client).fetchPayouts(m_context.get(), callback); });
    QVERIFY2(payouts.hasValue(), qPrintable(why(payouts)));
    if (earnings->payable >= earnings->minimumPayout)
        QSKIP("the demo seller has already earned the minimum payout");
    const auto payout = wait<sc::protocol::Payout>([this](auto callback) {
        BillingClient(*m_client).requestPayout(BrokerClient::newIdempotencyKey(), m_context.get(), callback);
    });
    QVERIFY(!payout.hasValue());
    QCOMPARE(payout.error().details.value(u"reason"_s).toString(), u"below_minimum_payout"_s);
    QVERIFY(BillingClient::errorText(payout.error()).contains(u"minimum payout"_s));
    switchTo(u"buyer"_s);
}

QTEST_GUILESS_MAIN(tst_BillingClient)
#include "tst_billingclient.moc"
