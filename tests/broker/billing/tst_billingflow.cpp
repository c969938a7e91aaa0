// Money through the market: holds, per-second metering, grace, invoices,
// credit notes, statements and payouts, on the real services and a real
// (in-memory) database; instances move as a provider's would (SQL, as
// InstanceService writes them). A randomized run checks the journal after
// every step.
#include "BillingTestDatabase.h"

#include "core/Clock.h"
#include "core/auth/Principal.h"
#include "core/billing/BillingService.h"
#include "core/billing/InvoiceService.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"
#include "core/catalog/CatalogRepository.h"
#include "core/market/BuybackService.h"
#include "core/market/MarketService.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {

constexpr qint64 kHourMs = 3'600'000;
const QString kEur = u"EUR"_s;

} // namespace

class tst_BillingFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bidWithoutCreditIsRefused();
    void fillMovesTheHoldAndReleasesTheDifference();
    void meteredPerSecondFromRunning();
    void lostInstanceIsNotBilledPastTheLoss();
    void failedProvisioningReleasesTheHold();
    void runningOutOfCreditGivesGraceThenEnds();
    void monthEndIssuesOnceAndBalances();
    void creditNoteCorrectsWithoutChangingTheInvoice();
    void commissionTiersAreMarginal();
    void buybackOfferExpiresAndGivesTheHoldBack();
    void randomizedSequencesKeepEveryCent();

private:
    qint64 organization(const QString &name, const QString &kind, const QString &country);
    qint64 user(qint64 organizationId, const QString &role);
    Principal principal(qint64 organizationId, qint64 userId, Role role) const;
    qint64 ask(qint64 price, int quantity = 1, const QString &region = u"eu-de-fra"_s);
    MarketService::Placement bid(qint64 organizationId, qint64 userId, qint64 maxPrice, int quantity = 1,
                                 int hours = 24, const QString &tif = u"ioc"_s);
    void run(qint64 leaseId);  // the cloud reports the instance running now
    void lose(qint64 leaseId); // the cloud lost it now
    void fail(qint64 leaseId); // provisioning failed
    qint64 balance(AccountKind kind, std::optional<qint64> organizationId) const
    {
        return m_ledger->balanceOf(kind, organizationId, kEur);
    }
    void verifyBooks();

    ManualClock m_clock{QDateTime(QDate(2026, 10, 30), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<MarketService> m_market;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<InvoiceService> m_invoices;
    QList<QPair<qint64, QString>> m_ended; // leases the billing ended, and why
    qint64 m_buyer = 0;                    // DE, 19 % VAT
    qint64 m_buyerUser = 0;
    qint64 m_seller = 0;
    qint64 m_sellerUser = 0;
    qint64 m_provider = 0;
};

qint64 tst_BillingFlow::organization(const QString &name, const QString &kind, const QString &country)
{
    return m_database
        ->exec(
            u"INSERT INTO organizations (name, kind, status, country_code, created_at) VALUES (?, ?, 'active', ?, 0)"_s,
            {name, kind, country})
        .lastInsertId()
        .toLongLong();
}

qint64 tst_BillingFlow::user(qint64 organizationId, const QString &role)
{
    return m_database
        ->exec(u"INSERT INTO users (organization_id, email, display_name, role, password_hash, created_at, "
               "password_changed_at) VALUES (?, ?, 'User', ?, 'x', 0, 0)"_s,
               {organizationId, u"u%1@example.org"_s.arg(organizationId), role})
        .lastInsertId()
        .toLongLong();
}

Principal tst_BillingFlow::principal(qint64 organizationId, qint64 userId, Role role) const
{
    Principal principal;
    principal.organizationId = organizationId;
    principal.userId = userId;
    principal.role = role;
    return principal;
}

void tst_BillingFlow::init()
{
    m_clock.set(QDateTime(QDate(2026, 10, 30), QTime(10, 0), Qt::UTC));
    m_database = openBillingTestDatabase();
    m_catalog = std::make_unique<CatalogRepository>(*m_database);
    m_ledger = std::make_unique<Ledger>(*m_database, m_clock);
    BillingService::Options options;
    options.minimumPayout = 100; // 1.00, so small runs pay out
    m_billing = std::make_unique<BillingService>(*m_database, *m_ledger, m_clock, options);
    m_invoices = std::make_unique<InvoiceService>(*m_database, *m_ledger, *m_billing, m_clock);
    m_market = std::make_unique<MarketService>(*m_database, *m_catalog, m_clock);
    m_market->load();
    m_market->setBidFunding([this](qint64 organizationId, qint64 bidId, qint64 quantity, qint64 maxPrice) {
        return m_billing->holdForBid(organizationId, bidId, quantity, maxPrice);
    });
    m_market->setLeaseFunded([this](qint64 bidId, qint64 leaseId) { m_billing->leaseOpened(bidId, leaseId); });
    m_market->setBidClosed([this](qint64 bidId) { m_billing->bidClosed(bidId); });
    m_ended.clear();
    m_billing->setLeaseEnder([this](qint64 leaseId, const QString &reason) {
        m_ended.append({leaseId, reason});
        m_database->exec(u"UPDATE leases SET status = 'ended', ends_at = MAX(starts_at + 1, MIN(ends_at, ?)) "
                         "WHERE id = ?"_s,
                         {m_clock.now().toMSecsSinceEpoch(), leaseId});
    });
    m_buyer = organization(u"Ann Analytics"_s, u"buyer"_s, u"DE"_s);
    m_buyerUser = user(m_buyer, u"buyer"_s);
    m_seller = organization(u"Sam Hosting"_s, u"seller"_s, u"NL"_s);
    m_sellerUser = user(m_seller, u"seller"_s);
    m_provider = m_database
                     ->exec(u"INSERT INTO providers (organization_id, name, pseudonym, rating, created_at) "
                            "VALUES (?, 'Sam Frankfurt', 'Provider Amber', 3.0, 0)"_s,
                            {m_seller})
                     .lastInsertId()
                     .toLongLong();
}

void tst_BillingFlow::cleanup()
{
    m_market.reset();
    m_invoices.reset();
    m_billing.reset();
    m_ledger.reset();
    m_catalog.reset();
    m_database.reset();
}

qint64 tst_BillingFlow::ask(qint64 price, int quantity, const QString &region)
{
    MarketService::AskRequest request;
    request.providerId = m_provider;
    request.instanceType = u"c1.medium"_s;
    request.region = region;
    request.quantity = quantity;
    request.pricePerHour = price;
    request.availableUntil = m_clock.now().addDays(60);
    request.minLeaseHours = 1;
    request.maxLeaseHours = 24 * 40;
    const auto placed = m_market->placeAsk(principal(m_seller, m_sellerUser, Role::Seller), request);
    if (!placed)
        qWarning() << placed.error().message;
    return placed ? placed->order.value(u"id"_s).toInteger() : 0;
}

MarketService::Placement tst_BillingFlow::bid(qint64 organizationId, qint64 userId, qint64 maxPrice, int quantity,
                                              int hours, const QString &tif)
{
    MarketService::BidRequest request;
    request.instanceType = u"c1.medium"_s;
    request.regions = {u"eu-de-fra"_s};
    request.maxPricePerHour = maxPrice;
    request.quantity = quantity;
    request.durationHours = hours;
    request.timeInForce = tif;
    const auto placed = m_market->placeBid(principal(organizationId, userId, Role::Buyer), request);
    return placed ? *placed : MarketService::Placement{};
}

void tst_BillingFlow::run(qint64 leaseId)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    m_database->exec(u"INSERT INTO instances (lease_id, provider_id, client_token, state, created_at, updated_at, "
                     "running_at) VALUES (?, ?, ?, 'running', ?, ?, ?)"_s,
                     {leaseId, m_provider, u"token-%1"_s.arg(leaseId), now, now, now});
    m_database->exec(u"UPDATE leases SET status = 'active' WHERE id = ?"_s, {leaseId});
}

void tst_BillingFlow::lose(qint64 leaseId)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    m_database->exec(u"UPDATE instances SET state = 'lost', ended_at = ? WHERE lease_id = ?"_s, {now, leaseId});
    m_database->exec(u"UPDATE leases SET status = 'ended', ends_at = MIN(ends_at, MAX(starts_at + 1, ?)) "
                     "WHERE id = ?"_s,
                     {now, leaseId});
}

void tst_BillingFlow::fail(qint64 leaseId)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    m_database->exec(u"INSERT INTO instances (lease_id, provider_id, client_token, state, created_at, updated_at, "
                     "ended_at) VALUES (?, ?, ?, 'failed', ?, ?, ?)"_s,
                     {leaseId, m_provider, u"token-%1"_s.arg(leaseId), now, now, now});
    m_database->exec(u"UPDATE leases SET status = 'cancelled' WHERE id = ?"_s, {leaseId});
}

void tst_BillingFlow::verifyBooks()
{
    const LedgerAudit::Report report = LedgerAudit(*m_database, m_ledger->options().nonNegative, true).run();
    QVERIFY2(report.ok(), qPrintable(report.summary()));
    // (With checkHolds the audit also matches every buyer_hold with the bids, open
    // leases and buy-back offers that hold it.)
}

void tst_BillingFlow::bidWithoutCreditIsRefused()
{
    ask(100);
    MarketService::BidRequest request;
    request.instanceType = u"c1.medium"_s;
    request.regions = {u"eu-de-fra"_s};
    request.maxPricePerHour = 100;
    request.timeInForce = u"ioc"_s;
    const auto refused = m_market->placeBid(principal(m_buyer, m_buyerUser, Role::Buyer), request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().details.value(u"reason"_s).toString(), u"insufficient_funds"_s);
    QCOMPARE(refused.error().details.value(u"needed"_s).toInteger(), 119); // 1.00 + 19 % VAT
    QCOMPARE(countRows(*m_database, u"bids"_s), 0);
    QCOMPARE(countRows(*m_database, u"trades"_s), 0);
    // The ask is still for sale.
    QCOMPARE(m_market->openAskQuantity(u"c1.medium"_s, u"eu-de-fra"_s), 1);
    verifyBooks();
}

void tst_BillingFlow::fillMovesTheHoldAndReleasesTheDifference()
{
    QVERIFY(m_billing->grantCredit(m_buyer, 10'000, kEur, u"test"_s, u"t1"_s));
    ask(80, 2);
    const auto placed = bid(m_buyer, m_buyerUser, 100, 3, 24, u"gtc"_s);
    QCOMPARE(placed.leaseIds.size(), 2);
    // Held: 3 slots x 1.19; two filled at 0.80 (0.95 with VAT), the third still open.
    QCOMPARE(balance(AccountKind::BuyerHold, m_buyer), 2 * 95 + 119);
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), 10'000 - 2 * 95 - 119);
    const qint64 bidId = placed.order.value(u"id"_s).toInteger();
    QVERIFY(!m_market->cancelBid(principal(m_buyer, m_buyerUser, Role::Buyer), bidId));
    QCOMPARE(balance(AccountKind::BuyerHold, m_buyer), 2 * 95);
    verifyBooks();
    // The broker's audit notices held money no bid or lease accounts for.
    m_database->exec(u"UPDATE billing_leases SET hold = hold - 1 WHERE lease_id = ?"_s, {placed.leaseIds.constFirst()});
    const LedgerAudit::Report report = LedgerAudit(*m_database, m_ledger->options().nonNegative, true).run();
    QCOMPARE(report.problemCount, 1);
    QCOMPARE(report.problems.constFirst().kind, LedgerAudit::Problem::Kind::HoldMismatch);
}

void tst_BillingFlow::meteredPerSecondFromRunning()
{
    QVERIFY(m_billing->grantCredit(m_buyer, 10'000, kEur, u"test"_s, u"t1"_s));
    ask(80);
    const qint64 leaseId = bid(m_buyer, m_buyerUser, 80).leaseIds.value(0);
    QVERIFY(leaseId > 0);
    m_clock.advance(7 * 60'000); // provisioning is not billed
    run(leaseId);
    m_clock.advance(90 * 60'000 + 999);
    m_billing->meterAll();
    // 5,400 s at 0.80/h = 1.20 net; VAT 19 % = 0.23; commission 20 % of 1.20 = 0.24.
    auto record = m_database->exec(u"SELECT seconds, net, vat, commission FROM billing_meter_records"_s);
    QVERIFY(record.next());
    QCOMPARE(record.value(0).toLongLong(), 5'400);
    QCOMPARE(record.value(1).toLongLong(), 120);
    QCOMPARE(record.value(2).toLongLong(), 23);
    QCOMPARE(record.value(3).toLongLong(), 24);
    QCOMPARE(balance(AccountKind::SellerPayable, m_seller), 96);
    QCOMPARE(balance(AccountKind::BrokerRevenue, std::nullopt), 24);
    QCOMPARE(balance(AccountKind::TaxPayable, std::nullopt), 23);
    // The next hour is held again.
    QCOMPARE(balance(AccountKind::BuyerHold, m_buyer), 95);
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), 10'000 - 143 - 95);
    // Metering again at once adds nothing.
    m_billing->meterAll();
    QCOMPARE(countRows(*m_database, u"billing_meter_records"_s), 1);
    verifyBooks();
}

void tst_BillingFlow::lostInstanceIsNotBilledPastTheLoss()
{
    QVERIFY(m_billing->grantCredit(m_buyer, 10'000, kEur, u"test"_s, u"t1"_s));
    ask(360);
    const qint64 leaseId = bid(m_buyer, m_buyerUser, 360).leaseIds.value(0);
    run(leaseId);
    m_clock.advance(10 * 60'000);
    lose(leaseId);
    m_clock.advance(5 * kHourMs);
    m_billing->meterLease(leaseId);
    // 600 s at 3.60/h: 0.60 net + 0.11 VAT, and nothing after the loss.
    auto charged = m_database->exec(u"SELECT SUM(seconds), SUM(net + vat) FROM billing_meter_records"_s);
    QVERIFY(charged.next());
    QCOMPARE(charged.value(0).toLongLong(), 600);
    QCOMPARE(charged.value(1).toLongLong(), 71);
    QCOMPARE(balance(AccountKind::BuyerHold, m_buyer), 0);
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), 10'000 - 71);
    m_clock.advance(kHourMs);
    m_billing->meterAll();
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), 10'000 - 71);
    verifyBooks();
}

void tst_BillingFlow::failedProvisioningReleasesTheHold()
{
    QVERIFY(m_billing->grantCredit(m_buyer, 10'000, kEur, u"test"_s, u"t1"_s));
    ask(500);
    const qint64 leaseId = bid(m_buyer, m_buyerUser, 500).leaseIds.value(0);
    QCOMPARE(balance(AccountKind::BuyerHold, m_buyer), 595);
    m_clock.advance(15 * 60'000);
    fail(leaseId);
    m_billing->meterLease(leaseId);
    QCOMPARE(balance(AccountKind::BuyerHold, m_buyer), 0);
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), 10'000);
    QCOMPARE(countRows(*m_database, u"billing_meter_records"_s), 0);
    verifyBooks();
}

void tst_BillingFlow::runningOutOfCreditGivesGraceThenEnds()
{
    // Enough for the first hour's hold and a little more.
    QVERIFY(m_billing->grantCredit(m_buyer, 130, kEur, u"test"_s, u"t1"_s));
    ask(100);
    const qint64 leaseId = bid(m_buyer, m_buyerUser, 100).leaseIds.value(0);
    run(leaseId);
    m_clock.advance(30 * 60'000);
    m_billing->meterAll(); // 0.60 used; the next hour (1.19) cannot be held in full
    QCOMPARE(m_billing->balance(m_buyer).fundsState, u"grace"_s);
    QVERIFY(m_ended.isEmpty());
    m_clock.advance(30 * 60'000);
    m_billing->meterAll();
    QVERIFY(m_ended.isEmpty()); // still within the hour of grace
    m_clock.advance(31 * 60'000);
    m_billing->meterAll();
    QCOMPARE(m_ended.size(), 1);
    QCOMPARE(m_ended.constFirst().first, leaseId);
    m_billing->meterLease(leaseId); // the lease ended: metered to its end, closed
    // Usage beyond the credit is the buyer's debt, never a negative balance.
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), 0);
    QVERIFY(balance(AccountKind::BuyerDebt, m_buyer) < 0);
    QCOMPARE(m_billing->balance(m_buyer).fundsState, u"low"_s);
    verifyBooks();
    // A credit note settles the debt first; the rest is credit.
    const qint64 owed = -balance(AccountKind::BuyerDebt, m_buyer);
    const auto invoice = m_invoices->issueInvoice(m_buyer, kEur, m_clock.now().toMSecsSinceEpoch() + 1, {});
    QVERIFY(invoice);
    QVERIFY(invoice->usageTotal > owed);
    QVERIFY(m_invoices->creditNote(invoice->id, owed + 10, u"Goodwill"_s));
    QCOMPARE(balance(AccountKind::BuyerDebt, m_buyer), 0);
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), 10);
    verifyBooks();
}

void tst_BillingFlow::monthEndIssuesOnceAndBalances()
{
    QVERIFY(m_billing->grantCredit(m_buyer, 50'000, kEur, u"test"_s, u"t1"_s));
    ask(1'000);
    const qint64 leaseId = bid(m_buyer, m_buyerUser, 1'000, 1, 72).leaseIds.value(0);
    run(leaseId); // 2026-10-30 10:00, runs into November
    m_clock.advance(48 * kHourMs);
    m_billing->meterAll();
    QVERIFY(!m_invoices->runMonthEnd(u"2026-11"_s)); // not over yet
    const auto run = m_invoices->runMonthEnd(u"2026-10"_s);
    QVERIFY(run);
    QCOMPARE(run->invoices, 1);
    QCOMPARE(run->statements, 1);
    QCOMPARE(run->payouts, 1);
    const auto invoices = m_invoices->invoices(m_buyer);
    QCOMPARE(invoices.size(), 1);
    const auto invoice = m_invoices->invoice(m_buyer, invoices.constFirst().id);
    QVERIFY(invoice);
    QCOMPARE(invoice->number, u"SC-2026-000001"_s);
    // October only: 38 h (Oct 30 10:00 to Nov 1 00:00) at 10.00 = 380.00 net.
    QCOMPARE(invoice->lines.size(), 1);
    QCOMPARE(invoice->lines.constFirst().seconds, 38 * 3'600);
    QCOMPARE(invoice->usageNet, 38'000);
    QCOMPARE(invoice->vat, 7'220);
    QCOMPARE(invoice->closingBalance - invoice->openingBalance,
             invoice->topUps - invoice->refunds - invoice->usageTotal + 50'000 /* the credit */);
    const auto statements = m_invoices->statements(m_seller);
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.constFirst().gross, 38'000);
    QCOMPARE(statements.constFirst().commission, 7'600);
    // Again: nothing new, no second payout.
    const auto again = m_invoices->runMonthEnd(u"2026-10"_s);
    QVERIFY(again);
    QCOMPARE(again->invoices + again->statements + again->payouts, 0);
    QCOMPARE(m_invoices->payouts(m_seller).size(), 1);
    // November's usage waits for November's invoice.
    m_clock.advance(40 * kHourMs);
    const auto onDemand = m_invoices->issueInvoice(m_buyer, kEur, m_clock.now().toMSecsSinceEpoch() + 1, {});
    QVERIFY(onDemand);
    QCOMPARE(onDemand->number, u"SC-2026-000002"_s);
    QCOMPARE(onDemand->openingBalance, invoice->closingBalance);
    QVERIFY(onDemand->usageNet >= 10 * 1'000);
    verifyBooks();
}

void tst_BillingFlow::creditNoteCorrectsWithoutChangingTheInvoice()
{
    QVERIFY(m_billing->grantCredit(m_buyer, 10'000, kEur, u"test"_s, u"t1"_s));
    ask(600);
    const qint64 leaseId = bid(m_buyer, m_buyerUser, 600).leaseIds.value(0);
    run(leaseId);
    m_clock.advance(2 * kHourMs);
    m_billing->meterAll();
    const auto invoice = m_invoices->issueInvoice(m_buyer, kEur, m_clock.now().toMSecsSinceEpoch() + 1, {});
    QVERIFY(invoice);
    const qint64 before = balance(AccountKind::BuyerBalance, m_buyer);
    QVERIFY(!m_invoices->creditNote(invoice->id, invoice->usageTotal + 1, u"too much"_s));
    const auto note = m_invoices->creditNote(invoice->id, 500, u"Instance unreachable for an hour"_s);
    QVERIFY(note);
    QCOMPARE(note->number, u"CN-2026-000001"_s);
    QCOMPARE(note->correctsNumber, invoice->number);
    QCOMPARE(note->vat, 80); // 5.00 includes 0.80 VAT at 19 %
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), before + 500);
    const auto reread = m_invoices->invoice(m_buyer, invoice->id);
    QCOMPARE(reread->toJson(), invoice->toJson());
    bool refused = false;
    try {
        m_database->exec(u"UPDATE billing_invoices SET usage_total = 0 WHERE id = ?"_s, {invoice->id});
    } catch (const DatabaseError &) {
        refused = true;
    }
    QVERIFY(refused);
    verifyBooks();
}

void tst_BillingFlow::commissionTiersAreMarginal()
{
    // 20 % up to 10,000.00, 15 % to 100,000.00, 10 % above.
    QCOMPARE(m_billing->cumulativeCommission(1'000'000), 200'000);
    QCOMPARE(m_billing->cumulativeCommission(2'000'000), 200'000 + 150'000);
    QCOMPARE(m_billing->cumulativeCommission(11'000'000), 200'000 + 1'350'000 + 100'000);
    QCOMPARE(m_billing->rateAt(999'999), 2000);
    QCOMPARE(m_billing->rateAt(1'000'000), 1500);
    QCOMPARE(m_billing->rateAt(50'000'000), 1000);
}

void tst_BillingFlow::buybackOfferExpiresAndGivesTheHoldBack()
{
    QVERIFY(m_billing->grantCredit(m_buyer, 50'000, kEur, u"test"_s, u"t1"_s));
    ask(1'000);
    const qint64 leaseId = bid(m_buyer, m_buyerUser, 1'000, 1, 72).leaseIds.value(0);
    run(leaseId);
    m_clock.advance(3 * kHourMs);
    m_billing->meterAll();
    const qint64 payable = balance(AccountKind::SellerPayable, m_seller);
    QCOMPARE(payable, 2'400); // 30.00 net, 20 % commission

    BuybackService buybacks(*m_database, *m_ledger, m_clock);
    QList<QPair<qint64, qint64>> shortened;
    buybacks.setLeaseShortener([&](qint64 lease, qint64 endsAt) {
        shortened.append({lease, endsAt});
        return true;
    });
    const Principal seller = principal(m_seller, m_sellerUser, Role::Seller);
    QCOMPARE(buybacks.offer(seller, {leaseId, payable + 1, 2}).error().details.value(u"reason"_s).toString(),
             u"insufficient_funds"_s);
    const auto offered = buybacks.offer(seller, {leaseId, 2'000, 2});
    QVERIFY(offered);
    QCOMPARE(balance(AccountKind::SellerPayable, m_seller), payable - 2'000);
    QCOMPARE(buybacks.offer(seller, {leaseId, 100, 2}).error().details.value(u"reason"_s).toString(), u"offer_open"_s);
    verifyBooks();
    // Unanswered for a day: expired, the hold goes back, the lease is untouched.
    m_clock.advance(24 * kHourMs);
    QCOMPARE(buybacks.expireDue(), 1);
    QCOMPARE(balance(AccountKind::SellerPayable, m_seller), payable);
    QVERIFY(shortened.isEmpty());
    verifyBooks();
    // Accepted by a buyer in debt: the debt is paid first.
    m_database->exec(u"UPDATE leases SET status = 'active' WHERE id = ?"_s, {leaseId});
    const auto second = buybacks.offer(seller, {leaseId, 1'500, 2});
    QVERIFY(second);
    LedgerPosting chargeback;
    chargeback.kind = TransactionKind::Adjustment;
    chargeback.currency = kEur;
    chargeback.legs = {{AccountKind::BuyerDebt, m_buyer, -700}, {AccountKind::Adjustments, std::nullopt, 700}};
    QVERIFY(m_ledger->post(chargeback));
    const qint64 before = balance(AccountKind::BuyerBalance, m_buyer);
    const auto accepted = buybacks.accept(principal(m_buyer, m_buyerUser, Role::Buyer),
                                          second->value(u"id"_s).toInteger());
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    QCOMPARE(accepted->value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(shortened.size(), 1);
    QCOMPARE(shortened.constFirst().second, m_clock.now().toMSecsSinceEpoch() + 2 * kHourMs);
    QCOMPARE(balance(AccountKind::BuyerDebt, m_buyer), 0);
    QCOMPARE(balance(AccountKind::BuyerBalance, m_buyer), before + 800);
    // Another buyer cannot decide it; a decided offer stays decided.
    QCOMPARE(
        buybacks.refuse(principal(m_buyer, m_buyerUser, Role::Buyer), second->value(u"id"_s).toInteger()).error().code,
        sc::protocol::ErrorCode::Conflict);
    verifyBooks();
}

void tst_BillingFlow::randomizedSequencesKeepEveryCent()
{
    QRandomGenerator random(20261122);
    QList<QPair<qint64, qint64>> buyers; // (organization, user)
    for (int i = 0; i < 4; ++i) {
        const qint64 organizationId = organization(u"Buyer %1"_s.arg(i), u"buyer"_s, i % 2 == 0 ? u"DE"_s : u"US"_s);
        buyers.append({organizationId, user(organizationId, u"buyer"_s)});
    }
    QList<qint64> openBids;
    QList<qint64> pendingLeases; // opened, not started
    QList<qint64> runningLeases;
    qint64 credited = 0;
    int credits = 0;
    const int steps = 600;
    for (int step = 0; step < steps; ++step) {
        const auto &[buyer, buyerUser] = buyers.at(random.bounded(int(buyers.size())));
        switch (random.bounded(12)) {
        case 0:
        case 1: {
            const qint64 amount = 100 + random.bounded(20'000);
            QVERIFY(m_billing->grantCredit(buyer, amount, kEur, u"top-up"_s, u"r%1"_s.arg(++credits)));
            credited += amount;
            break;
        }
        case 2: ask(50 + random.bounded(400), 1 + random.bounded(3)); break;
        case 3:
        case 4: {
            const auto placed = bid(buyer,
                                    buyerUser,
                                    50 + random.bounded(450),
                                    1 + random.bounded(3),
                                    1 + random.bounded(48),
                                    random.bounded(2) ? u"gtc"_s : u"ioc"_s);
            pendingLeases.append(placed.leaseIds);
            if (placed.order.value(u"status"_s).toString() == u"open"_s)
                openBids.append(placed.order.value(u"id"_s).toInteger());
            break;
        }
        case 5:
            if (!openBids.isEmpty()) {
                const qint64 bidId = openBids.takeAt(random.bounded(int(openBids.size())));
                DbQuery owner = m_database->exec(u"SELECT organization_id, user_id FROM bids WHERE id = ?"_s, {bidId});
                QVERIFY(owner.next());
                m_market->cancelBid(principal(owner.value(0).toLongLong(), owner.value(1).toLongLong(), Role::Buyer),
                                    bidId);
            }
            break;
        case 6:
            if (!pendingLeases.isEmpty()) {
                const qint64 leaseId = pendingLeases.takeAt(random.bounded(int(pendingLeases.size())));
                if (random.bounded(5) == 0) {
                    fail(leaseId);
                    m_billing->meterLease(leaseId);
                } else {
                    run(leaseId);
                    runningLeases.append(leaseId);
                }
            }
            break;
        case 7:
            if (!runningLeases.isEmpty()) {
                const qint64 leaseId = runningLeases.takeAt(random.bounded(int(runningLeases.size())));
                lose(leaseId);
                m_billing->meterLease(leaseId);
            }
            break;
        case 8: m_clock.advance(random.bounded(3 * kHourMs)); break;
        case 9: m_billing->meterAll(); break;
        case 10:
            m_billing->meterAll();
            m_invoices->issueInvoice(buyer, kEur, m_clock.now().toMSecsSinceEpoch() + 1, {});
            break;
        case 11: {
            const QString previous = m_clock.now().date().addMonths(-1).toString(u"yyyy-MM"_s);
            QVERIFY(m_invoices->runMonthEnd(previous));
            if (random.bounded(2))
                m_invoices->payout(m_seller, kEur, u"manual-%1"_s.arg(step), std::nullopt);
            break;
        }
        default: break;
        }
        verifyBooks();
        if (QTest::currentTestFailed()) {
            qWarning() << "after step" << step;
            return;
        }
    }
    // Close the books: every lease ends, everything is metered and invoiced.
    m_database->exec(
        u"UPDATE leases SET status = 'ended', ends_at = MAX(starts_at + 1, MIN(ends_at, ?)) WHERE status IN "
        "('pending', 'active')"_s,
        {m_clock.now().toMSecsSinceEpoch()});
    m_billing->meterAll();
    for (const auto &[buyer, buyerUser] : buyers)
        m_invoices->issueInvoice(buyer, kEur, m_clock.now().toMSecsSinceEpoch() + 1, {});
    verifyBooks();

    // Nothing is held any more, and no bid or lease holds anything.
    for (const auto &[buyer, buyerUser] : buyers)
        QCOMPARE(balance(AccountKind::BuyerHold, buyer), 0);
    // Every capture is on exactly one invoice, and the invoices' usage is what was metered.
    DbQuery uninvoiced = m_database->exec(
        u"SELECT COUNT(*) FROM billing_meter_records m WHERE NOT EXISTS (SELECT 1 FROM "
        "billing_invoice_items i WHERE i.ledger_transaction_id = m.ledger_transaction_id)"_s);
    QVERIFY(uninvoiced.next());
    QCOMPARE(uninvoiced.value(0).toLongLong(), 0);
    DbQuery metered = m_database->exec(
        u"SELECT COALESCE(SUM(net + vat), 0), COALESCE(SUM(net), 0), "
        "COALESCE(SUM(vat), 0), COALESCE(SUM(commission), 0) FROM billing_meter_records"_s);
    QVERIFY(metered.next());
    const qint64 usage = metered.value(0).toLongLong();
    QVERIFY2(usage > 0, "the run should have used something");
    qint64 invoicedUsage = 0;
    for (const auto &[buyer, buyerUser] : buyers) {
        qint64 lastClosing = 0;
        const auto list = m_invoices->invoices(buyer);
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            if (it->kind != u"invoice"_s)
                continue;
            invoicedUsage += it->usageTotal;
            QCOMPARE(it->openingBalance, lastClosing); // invoices chain without gaps
            lastClosing = it->closingBalance;
        }
        // The last closing balance is the buyer's money in the journal.
        QCOMPARE(lastClosing,
                 balance(AccountKind::BuyerBalance, buyer) + balance(AccountKind::BuyerHold, buyer)
                     + balance(AccountKind::BuyerDebt, buyer));
    }
    QCOMPARE(invoicedUsage, usage);
    // Every cent buyers paid for usage is with a seller (payable or paid out), the broker or the tax account.
    QCOMPARE(balance(AccountKind::SellerPayable, m_seller) + balance(AccountKind::Payouts, std::nullopt)
                 + balance(AccountKind::BrokerRevenue, std::nullopt) + balance(AccountKind::TaxPayable, std::nullopt),
             usage);
    QCOMPARE(balance(AccountKind::TaxPayable, std::nullopt), metered.value(2).toLongLong());
    QCOMPARE(balance(AccountKind::BrokerRevenue, std::nullopt), metered.value(3).toLongLong());
    // And what came in is what is held, owed or spent.
    qint64 buyerMoney = 0;
    for (const auto &[buyer, buyerUser] : buyers)
        buyerMoney += balance(AccountKind::BuyerBalance, buyer) + balance(AccountKind::BuyerDebt, buyer);
    QCOMPARE(buyerMoney + usage, credited);
    // Invoice numbers: one gapless series.
    DbQuery numbers = m_database->exec(u"SELECT number FROM billing_invoices WHERE kind = 'invoice' ORDER BY id"_s);
    int expected = 0;
    while (numbers.next())
        QCOMPARE(numbers.value(0).toString(), u"SC-2026-%1"_s.arg(++expected, 6, 10, QChar(u'0')));
    QVERIFY(expected > 0);
}

QTEST_GUILESS_MAIN(tst_BillingFlow)
#include "tst_billingflow.moc"
