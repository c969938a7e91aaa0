// BillingClient: the list answers of the billing routes parsed from canned
// JSON of the contract (and refused when half of them is wrong), when a
// top-up is settled, and the gateway's decline reasons and the routes'
// refusals as sentences.
#include "client/BillingClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::BillingClient;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

class tst_BillingClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTopUps();
    void parsesInvoices();
    void parsesStatementsAndPayouts();
    void refusesAHalfReadList();
    void settledTopUps_data();
    void settledTopUps();
    void declinesInWords_data();
    void declinesInWords();
    void refusalsInWords();
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

} // namespace

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

QTEST_GUILESS_MAIN(tst_BillingClient)
#include "tst_billingclient.moc"
