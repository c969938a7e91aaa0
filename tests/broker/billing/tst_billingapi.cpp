// The money routes over HTTP: required idempotency keys, top-ups through the
// test gateway, refusals, on-demand invoices, ownership, payouts, credit notes.
#include "TestApi.h"
#include "core/Broker.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::test::Reply;
using sc::test::TestApi;

namespace {
const QByteArray kPassword = "correct horse battery";
}

class tst_BillingApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void moneyPostsNeedAnIdempotencyKey();
    void topUpCreditsOnceAndReplays();
    void declinedCardLeavesTheBalance();
    void bidNeedsCredit();
    void invoiceOnDemandIsTheBuyersOwn();
    void payoutBelowTheMinimumIsRefused();
    void operatorCreditNote();

private:
    QByteArray login(const QByteArray &email);
    QByteArray account(const QByteArray &email, const QString &organization, const QString &role);
    Reply post(const QString &path, const QByteArray &token, const QJsonObject &body, const QByteArray &key)
    {
        return m_api->send("POST", path, token, body, {{"Idempotency-Key", key}});
    }
    qint64 available(const QByteArray &token)
    {
        return m_api->send("GET", u"/api/v1/billing/balance"_s, token).json().value(u"available"_s).toInteger();
    }
    QString settle(const QByteArray &token, qint64 topUpId);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    QByteArray m_operator, m_ann, m_bob, m_sam, m_sue;
    qint64 m_annOrganization = 0;
};

QByteArray tst_BillingApi::login(const QByteArray &email)
{
    return m_api
        ->send("POST",
               u"/api/v1/auth/login"_s,
               {},
               QJsonObject{{u"email"_s, QString::fromLatin1(email)}, {u"password"_s, QString::fromLatin1(kPassword)}})
        .json()
        .value(u"token"_s)
        .toString()
        .toLatin1();
}

QByteArray tst_BillingApi::account(const QByteArray &email, const QString &organization, const QString &role)
{
    const Reply registered = m_api->send("POST",
                                         u"/api/v1/auth/register"_s,
                                         {},
                                         QJsonObject{{u"email"_s, QString::fromLatin1(email)},
                                                     {u"password"_s, QString::fromLatin1(kPassword)},
                                                     {u"displayName"_s, QString(organization + u" person"_s)},
                                                     {u"organizationName"_s, organization},
                                                     {u"countryCode"_s, u"DE"_s},
                                                     {u"role"_s, role}});
    const qint64 organizationId = registered.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger();
    if (role == u"seller"_s)
        m_api->send("POST", u"/api/v1/operator/organizations/%1/approve"_s.arg(organizationId), m_operator);
    if (email.startsWith("ann"))
        m_annOrganization = organizationId;
    return login(email);
}

QString tst_BillingApi::settle(const QByteArray &token, qint64 topUpId)
{
    QString status;
    for (int i = 0; i < 100; ++i) {
        status =
            m_api->send("GET", u"/api/v1/billing/topups/%1"_s.arg(topUpId), token).json().value(u"status"_s).toString();
        if (status != u"pending"_s)
            break;
        QTest::qWait(20);
    }
    return status;
}

void tst_BillingApi::initTestCase()
{
    BrokerConfig config;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.passwordParameters = PasswordHasher::fastParametersForTests();
    config.accessLimits.perAddress = {1e6, 1e6};
    config.accessLimits.perCredential = {1e6, 1e6};
    config.accountLimits.sessionLifetime = std::chrono::hours(24 * 365);
    config.payments.confirmationDelay = std::chrono::milliseconds(30);
    QCOMPARE(Broker(config, m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)), QString());
    m_broker = std::make_unique<Broker>(config, m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    m_operator = login("root@ops.example");
    m_ann = account("ann@buyer.example", u"Ann Analytics"_s, u"buyer"_s);
    m_bob = account("bob@buyer.example", u"Bob Biotech"_s, u"buyer"_s);
    m_sam = account("sam@seller.example", u"Sam Hosting"_s, u"seller"_s);
    m_sue = account("sue@seller.example", u"Sue Datacenters"_s, u"seller"_s);
    QVERIFY(!m_ann.isEmpty() && !m_bob.isEmpty() && !m_sam.isEmpty() && !m_sue.isEmpty());
}

void tst_BillingApi::cleanupTestCase()
{
    m_api.reset();
    m_broker.reset();
}

void tst_BillingApi::moneyPostsNeedAnIdempotencyKey()
{
    const QJsonObject body{{u"amount"_s, 5'000}, {u"currency"_s, u"EUR"_s}, {u"cardNumber"_s, u"4242424242424242"_s}};
    const Reply missing = m_api->send("POST", u"/api/v1/billing/topups"_s, m_ann, body);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString(),
             u"Idempotency-Key"_s);
    QCOMPARE(m_api->send("POST", u"/api/v1/seller/payouts"_s, m_sam, QJsonObject{}).status, 400);
    QCOMPARE(m_api->send("POST", u"/api/v1/billing/invoices"_s, m_ann, QJsonObject{}).status, 400);
    QCOMPARE(available(m_ann), 0);
}

void tst_BillingApi::topUpCreditsOnceAndReplays()
{
    const QJsonObject body{
        {u"amount"_s, 5'000}, {u"currency"_s, u"EUR"_s}, {u"cardNumber"_s, u"4242 4242 4242 4242"_s}};
    const Reply first = post(u"/api/v1/billing/topups"_s, m_ann, body, "topup-1");
    QCOMPARE(first.status, 201);
    const qint64 id = first.json().value(u"id"_s).toInteger();
    QCOMPARE(settle(m_ann, id), u"succeeded"_s);
    QCOMPARE(available(m_ann), 5'000);
    const Reply again = post(u"/api/v1/billing/topups"_s, m_ann, body, "topup-1");
    QCOMPARE(again.status, 201);
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.json().value(u"id"_s).toInteger(), id);
    QTest::qWait(100);
    QCOMPARE(available(m_ann), 5'000); // charged once
    QJsonObject other = body;
    other.insert(u"amount"_s, 6'000);
    const Reply reused = post(u"/api/v1/billing/topups"_s, m_ann, other, "topup-1");
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"reason"_s).toString(),
             u"idempotency_key_reused"_s);
    // Below the minimum: a clear refusal, nothing charged.
    QJsonObject small = body;
    small.insert(u"amount"_s, 500);
    QCOMPARE(post(u"/api/v1/billing/topups"_s, m_ann, small, "topup-small").status, 400);
    QCOMPARE(available(m_ann), 5'000);
    // Another buyer cannot see it.
    QCOMPARE(m_api->send("GET", u"/api/v1/billing/topups/%1"_s.arg(id), m_bob).status, 404);
    QCOMPARE(m_api->send("POST", u"/api/v1/billing/topups/%1/confirm"_s.arg(id), m_bob, {{u"code"_s, u"1"_s}}).status,
             404);
}

void tst_BillingApi::declinedCardLeavesTheBalance()
{
    const Reply declined = post(
        u"/api/v1/billing/topups"_s,
        m_bob,
        QJsonObject{{u"amount"_s, 2'000}, {u"currency"_s, u"EUR"_s}, {u"cardNumber"_s, u"4000 0000 0000 0002"_s}},
        "bob-1");
    QCOMPARE(declined.status, 201);
    QCOMPARE(settle(m_bob, declined.json().value(u"id"_s).toInteger()), u"declined"_s);
    QCOMPARE(available(m_bob), 0);
}

void tst_BillingApi::bidNeedsCredit()
{
    const Reply refused = m_api->send("POST",
                                      u"/api/v1/market/bids"_s,
                                      m_bob,
                                      QJsonObject{{u"instanceType"_s, u"c1.medium"_s},
                                                  {u"regions"_s, QJsonArray{u"eu-de-fra"_s}},
                                                  {u"maxPricePerHour"_s, 100},
                                                  {u"durationHours"_s, 2}});
    QCOMPARE(refused.status, 422);
    const QJsonObject details = refused.json().value(u"error"_s).toObject().value(u"details"_s).toObject();
    QCOMPARE(details.value(u"reason"_s).toString(), u"insufficient_funds"_s);
    QCOMPARE(details.value(u"needed"_s).toInteger(), 119);
    QCOMPARE(m_api->send("GET", u"/api/v1/market/bids"_s, m_bob).json().value(u"bids"_s).toArray().size(), 0);
}

void tst_BillingApi::invoiceOnDemandIsTheBuyersOwn()
{
    const Reply nothing = post(u"/api/v1/billing/invoices"_s, m_bob, {}, "bob-invoice");
    QCOMPARE(nothing.status, 422);
    const Reply issued = post(u"/api/v1/billing/invoices"_s, m_ann, {}, "ann-invoice");
    QCOMPARE(issued.status, 201);
    const QJsonObject invoice = issued.json();
    QVERIFY(invoice.value(u"number"_s).toString().startsWith(u"SC-2026-"_s));
    QCOMPARE(invoice.value(u"topUps"_s).toInteger(), 5'000);
    QCOMPARE(invoice.value(u"closingBalance"_s).toInteger(), 5'000);
    const qint64 id = invoice.value(u"id"_s).toInteger();
    const Reply read = m_api->send("GET", u"/api/v1/billing/invoices/%1"_s.arg(id), m_ann);
    QCOMPARE(read.json(), invoice);
    QCOMPARE(m_api->send("GET", u"/api/v1/billing/invoices/%1"_s.arg(id), m_bob).status, 404);
    QCOMPARE(m_api->send("GET", u"/api/v1/billing/invoices/%1/pdf"_s.arg(id), m_bob).status, 404);
    // This in-process broker renders no PDF (the broker process does): it says so.
    const Reply pdf = m_api->send("GET", u"/api/v1/billing/invoices/%1/pdf"_s.arg(id), m_ann);
    QCOMPARE(pdf.status, 503);
    // A second on-demand invoice has nothing new.
    QCOMPARE(post(u"/api/v1/billing/invoices"_s, m_ann, {}, "ann-invoice-2").status, 422);
    // The same key answers the same invoice.
    QCOMPARE(post(u"/api/v1/billing/invoices"_s, m_ann, {}, "ann-invoice").json().value(u"id"_s).toInteger(), id);
    const Reply csv = m_api->send("GET", u"/api/v1/billing/usage.csv"_s, m_ann);
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.body.startsWith("lease_id,instance_type,region,provider,"));
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/statements/%1"_s.arg(id), m_sue).status, 404);
}

void tst_BillingApi::payoutBelowTheMinimumIsRefused()
{
    const Reply refused = post(u"/api/v1/seller/payouts"_s, m_sam, {}, "sam-payout");
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"reason"_s).toString(),
             u"below_minimum_payout"_s);
    const QJsonObject earnings = m_api->send("GET", u"/api/v1/seller/earnings"_s, m_sam).json();
    QCOMPARE(earnings.value(u"minimumPayout"_s).toInteger(), 5'000);
    QCOMPARE(earnings.value(u"currentRateBasisPoints"_s).toInt(), 2000);
    // Buyers have no earnings.
    QCOMPARE(m_api->send("GET", u"/api/v1/seller/earnings"_s, m_ann).status, 403);
}

void tst_BillingApi::operatorCreditNote()
{
    const QJsonObject credit{{u"organizationId"_s, m_annOrganization},
                             {u"amount"_s, 1'000},
                             {u"currency"_s, u"EUR"_s},
                             {u"reason"_s, u"Sorry for the outage"_s}};
    QCOMPARE(post(u"/api/v1/operator/billing/credits"_s, m_ann, credit, "ann-self").status, 403);
    QCOMPARE(post(u"/api/v1/operator/billing/credits"_s, m_operator, credit, "goodwill-1").status, 201);
    QCOMPARE(post(u"/api/v1/operator/billing/credits"_s, m_operator, credit, "goodwill-1").status, 201);
    QCOMPARE(available(m_ann), 6'000); // once
    const Reply early = m_api->send(
        "POST", u"/api/v1/operator/billing/month-end"_s, m_operator, QJsonObject{{u"period"_s, u"2026-11"_s}});
    QCOMPARE(early.status, 409);
}

QTEST_GUILESS_MAIN(tst_BillingApi)
#include "tst_billingapi.moc"
