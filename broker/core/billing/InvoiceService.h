#pragma once

#include "protocol/BillingDto.h"
#include "protocol/Expected.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace sc::broker {

class BillingService;
class Clock;
class Database;
class Ledger;

// The documents money produces, each issued in one database transaction and
// never changed after (the tables refuse UPDATE and DELETE):
//
// - Invoices: one per buyer and month (and on demand), consolidating every
//   ledger transaction that touched the buyer's accounts and is on no invoice
//   yet: a line per lease for usage (metered per second, the locked rate, the
//   provider's pseudonym), top-ups, refunds and credits apart, and the opening
//   and closing balance (credit minus debt). Numbers SC-YYYY-NNNNNN run
//   without gaps per year (the counter moves in the invoice's transaction).
// - Credit notes (CN-YYYY-NNNNNN, their own gapless series) correct an
//   invoice: the credited amount goes back to the buyer's balance, the VAT in
//   it back out of the tax account, the rest from the broker's adjustments.
// - Seller statements (ST-YYYY-NNNNNN) per seller and month: gross usage,
//   commission and net, per provider x instance type x region; no buyer.
// - Payouts move a seller's whole payable balance out, at least the minimum.
//
// The month-end run meters every lease up to the month's end, then issues
// what is missing: a crash leaves whole documents only, and running it again
// issues the rest (unique per organization and month, payouts by reference).
class InvoiceService
{
public:
    InvoiceService(Database &database, Ledger &ledger, BillingService &billing, const Clock &clock);

    // Everything not invoiced yet whose time is before `endMs`; `period`
    // ("2026-10") for the monthly invoice, empty on demand.
    // Unprocessable (reason nothing_to_invoice) when there is nothing.
    protocol::Expected<protocol::Invoice> issueInvoice(qint64 organizationId, const QString &currency, qint64 endMs,
                                                       const QString &period);
    QList<protocol::Invoice> invoices(qint64 organizationId, int limit = 200);
    std::optional<protocol::Invoice> invoice(qint64 organizationId, qint64 invoiceId);
    std::optional<protocol::Invoice> invoiceById(qint64 invoiceId);

    protocol::Expected<protocol::Invoice> creditNote(qint64 invoiceId, qint64 amount, const QString &reason);

    protocol::Expected<protocol::SellerStatement> issueStatement(qint64 organizationId, const QString &period,
                                                                 const QString &currency);
    QList<protocol::SellerStatement> statements(qint64 organizationId);
    std::optional<protocol::SellerStatement> statement(qint64 organizationId, qint64 statementId);

    // The whole payable balance; Unprocessable (below_minimum_payout) under the minimum.
    protocol::Expected<protocol::Payout> payout(qint64 organizationId, const QString &currency,
                                                const QString &reference, std::optional<qint64> statementId);
    QList<protocol::Payout> payouts(qint64 organizationId);

    struct MonthEnd
    {
        QString period;
        int invoices = 0;
        int statements = 0;
        int payouts = 0;
    };
    // Refused (Conflict) before the month has ended.
    protocol::Expected<MonthEnd> runMonthEnd(const QString &period);

    // Usage as CSV for bookkeepers: one row per meter record in [fromMs, toMs).
    QByteArray usageCsv(qint64 organizationId, qint64 fromMs, qint64 toMs);

private:
    QString nextNumber(const QString &series, int year);

    Database &m_database;
    Ledger &m_ledger;
    BillingService &m_billing;
    const Clock &m_clock;
};

} // namespace sc::broker
