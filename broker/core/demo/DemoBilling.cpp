#include "core/demo/DemoBilling.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/billing/BillingService.h"
#include "core/billing/InvoiceService.h"
#include "core/billing/Ledger.h"
#include "core/store/Database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kDayMs = 24 * 3'600'000LL;
constexpr qint64 kHistoryDays = 35;

} // namespace

void DemoBilling::topUpDemoBuyer(Database &database, const Clock &clock, qint64 organizationId)
{
    ManualClock then(clock.now().addMSecs(-kHistoryDays * kDayMs));
    Ledger ledger(database, then);
    LedgerPosting posting;
    posting.kind = TransactionKind::TopUp;
    posting.currency = BillingService::kCurrency.toString();
    posting.reference = u"demo:topup:%1"_s.arg(organizationId);
    posting.description = u"Top-up by card (demo)"_s;
    posting.legs = {{AccountKind::PaymentClearing, std::nullopt, -250'000},
                    {AccountKind::BuyerBalance, organizationId, 250'000}};
    if (const auto posted = ledger.post(posting); !posted)
        qCWarning(lcBroker).noquote() << "demo: the demo buyer's top-up failed:" << posted.error().message;
}

void DemoBilling::seed(Database &database, const Clock &clock, const Accounts &accounts)
{
    if (accounts.buyerOrganizationId <= 0)
        return;
    if (database.exec(u"SELECT 1 FROM billing_leases WHERE organization_id = ?"_s, {accounts.buyerOrganizationId})
            .next())
        return;
    const qint64 now = clock.now().toMSecsSinceEpoch();
    const qint64 first = now - kHistoryDays * kDayMs;

    ManualClock then(clock.now());
    Ledger ledger(database, then);
    BillingService billing(database, ledger, then, BillingService::Options{});
    InvoiceService invoices(database, ledger, billing, then);

    // The demo buyer's leases of the market's history that have ended: they
    // ran (from two minutes after the trade) until their end.
    QList<qint64> leases;
    QHash<qint64, qint64> startsAt;
    {
        Transaction transaction(database);
        DbQuery past = database.exec(
            u"SELECT l.id, l.provider_id, p.organization_id, l.price_per_hour, l.currency, l.starts_at, l.ends_at "
            "FROM leases l JOIN providers p ON p.id = l.provider_id WHERE l.organization_id = ? AND l.status = 'ended' "
            "AND l.starts_at >= ? AND NOT EXISTS (SELECT 1 FROM instances i WHERE i.lease_id = l.id) ORDER BY l.id"_s,
            {accounts.buyerOrganizationId, first});
        const int vat = billing.vatRate(accounts.buyerOrganizationId);
        while (past.next()) {
            const qint64 lease = past.value(0).toLongLong();
            const qint64 starts = past.value(5).toLongLong();
            database.exec(u"INSERT INTO instances (lease_id, provider_id, client_token, state, created_at, "
                          "updated_at, running_at, last_seen_at) VALUES (?, ?, ?, 'running', ?, ?, ?, ?)"_s,
                          {lease,
                           past.value(1).toLongLong(),
                           u"demo-past-%1"_s.arg(lease),
                           starts,
                           starts,
                           starts + 120'000,
                           past.value(6).toLongLong()});
            // Open again while the history is metered; it ends below, at its end.
            database.exec(u"UPDATE leases SET status = 'active' WHERE id = ?"_s, {lease});
            database.exec(u"INSERT INTO billing_leases (lease_id, organization_id, seller_organization_id, "
                          "provider_id, currency, price_per_hour, vat_bp, hold) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"_s,
                          {lease,
                           accounts.buyerOrganizationId,
                           past.value(2).toLongLong(),
                           past.value(1).toLongLong(),
                           past.value(4).toString(),
                           past.value(3).toLongLong(),
                           vat});
            leases.append(lease);
            startsAt.insert(lease, starts);
        }
        transaction.commit();
    }
    // Metered day by day, as the running broker would have (captures dated when they happened).
    const QDate thisMonth = clock.now().toUTC().date();
    const qint64 monthEnd = QDateTime(QDate(thisMonth.year(), thisMonth.month(), 1), QTime(0, 5), Qt::UTC)
                                .toMSecsSinceEpoch();
    bool monthClosed = false;
    for (qint64 at = first; at <= now; at += kDayMs) {
        if (!monthClosed && at >= monthEnd) {
            // The 1st of this month: last month's invoice, statement and payout.
            then.set(QDateTime::fromMSecsSinceEpoch(monthEnd, Qt::UTC));
            invoices.runMonthEnd(BillingService::periodOf(monthEnd - kDayMs));
            monthClosed = true;
        }
        then.set(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
        for (qint64 lease : leases) {
            if (at < startsAt.value(lease))
                continue; // not bought yet
            // Its end passed: the cloud stopped it then.
            database.exec(u"UPDATE instances SET state = 'terminated', ended_at = (SELECT ends_at FROM leases "
                          "WHERE id = ?), updated_at = ? WHERE lease_id = ? AND state = 'running' AND "
                          "(SELECT ends_at FROM leases WHERE id = ?) <= ?"_s,
                          {lease, at, lease, lease, at});
            database.exec(u"UPDATE leases SET status = 'ended' WHERE id = ? AND status = 'active' AND ends_at <= ?"_s,
                          {lease, at});
            billing.meterLease(lease);
        }
    }
    // And once more now: every past lease is closed.
    then.set(clock.now());
    for (qint64 lease : leases) {
        database.exec(
            u"UPDATE instances SET state = 'terminated', ended_at = (SELECT ends_at FROM leases WHERE id = ?) "
            "WHERE lease_id = ? AND state = 'running'"_s,
            {lease, lease});
        database.exec(u"UPDATE leases SET status = 'ended' WHERE id = ?"_s, {lease});
        billing.meterLease(lease);
    }
    qCInfo(lcBroker) << "demo: billed" << leases.size() << "past leases of the demo buyer";
}

} // namespace sc::broker
