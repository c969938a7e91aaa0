#include "documents/BillingDocuments.h"
#include "documents/DocumentFormat.h"

using namespace Qt::StringLiterals;

namespace sc::documents {

namespace {

using protocol::Invoice;
using protocol::InvoiceLine;

bool isCreditNote(const Invoice &invoice)
{
    return invoice.kind == u"credit_note";
}

QString paymentKind(const QString &kind)
{
    if (kind == u"topup")
        return u"Top-up"_s;
    if (kind == u"refund")
        return u"Refund"_s;
    if (kind == u"credit")
        return u"Credit"_s;
    if (kind == u"adjustment")
        return u"Adjustment"_s;
    return html::text(kind);
}

QString partiesAndDates(const Invoice &invoice)
{
    QString out = html::spacer(12);
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
    out += u"<td valign=\"top\" width=\"55%\"><span class=\"muted\">Billed to</span><br><b>"_s
           + html::text(invoice.customerName) + u"</b><br>"_s + html::text(invoice.customerCountry) + u"</td>"_s;
    out += u"<td valign=\"top\" align=\"right\"><table class=\"details\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    out += html::detailRow(u"Issue date"_s, html::date(invoice.issuedAt));
    out += html::detailRow(u"Period"_s, html::period(invoice.periodStart, invoice.periodEnd));
    out += html::detailRow(u"Currency"_s, html::code(invoice.currency));
    out += html::detailRow(u"VAT rate"_s, formatRate(invoice.vatRateBasisPoints));
    out += u"</table></td></tr></table>\n"_s;
    if (isCreditNote(invoice)) {
        out += u"<p style=\"margin-top: 10pt;\"><b>Corrects invoice "_s + html::code(invoice.correctsNumber)
               + u"</b><br><span class=\"muted\">Reason:</span> "_s + html::text(invoice.reason) + u"</p>\n"_s;
    }
    return out;
}

QString usageTable(const Invoice &invoice)
{
    const QString currency = html::code(invoice.currency);
    const QString heading = isCreditNote(invoice) ? u"Credited usage"_s : u"Usage"_s;
    QString out = html::spacer(4);
    out += u"<h2>"_s;
    out += heading;
    out += u"</h2>\n"_s;
    out += html::itemsTableStart(html::headerCell(u"Description"_s, false, 17) + html::headerCell(u"Type"_s, false, 11)
                                 + html::headerCell(u"Region"_s, false, 11) + html::headerCell(u"Provider"_s, false, 15)
                                 + html::headerCell(u"Duration"_s, true, 12) + html::headerCell(u"Rate/h"_s, true, 7)
                                 + html::headerCell(u"Net"_s, true, 9) + html::headerCell(u"VAT"_s, true, 8)
                                 + html::headerCell(u"Amount"_s, true, 10));
    if (invoice.lines.isEmpty())
        out += u"<tr><td class=\"empty\" colspan=\"9\">No usage in this period.</td></tr>\n"_s;
    for (const InvoiceLine &line : invoice.lines) {
        QString description = html::text(line.description);
        if (line.leaseId)
            description += u"<br><span class=\"note\">Lease "_s + QString::number(*line.leaseId) + u"</span>"_s;
        out += u"<tr>"_s + html::cell(description) + html::cell(html::text(line.instanceType))
               + html::cell(html::text(line.region)) + html::cell(html::text(line.providerPseudonym))
               + html::cell(formatDuration(line.seconds), true) + html::cell(html::amount(line.ratePerHour), true)
               + html::cell(html::amount(line.net), true) + html::cell(html::amount(line.vat), true)
               + html::cell(html::amount(line.amount), true) + u"</tr>\n"_s;
    }
    out += html::itemsTableEnd();
    out += u"<p class=\"note\" style=\"margin-top: 3pt;\">Amounts in "_s + currency
           + u". Rates per hour before VAT; usage is metered per second.</p>\n"_s;

    const bool credit = isCreditNote(invoice);
    out += html::totalsStart();
    out += html::detailRow(credit ? u"Net credited"_s : u"Usage net"_s,
                           html::money(invoice.usageNet, invoice.currency));
    out += html::detailRow(u"VAT "_s + formatRate(invoice.vatRateBasisPoints),
                           html::money(invoice.vat, invoice.currency));
    out += html::detailRow(
        credit ? u"Total credited"_s : u"Usage total"_s, html::money(invoice.usageTotal, invoice.currency), true);
    out += html::totalsEnd();
    return out;
}

QString paymentsTable(const Invoice &invoice)
{
    // A credit note lists payments only when the period had some; its balances always.
    QString out;
    if (isCreditNote(invoice) && invoice.payments.isEmpty()) {
        out += html::spacer(4);
        out += html::totalsStart();
        out += html::detailRow(u"Balance before"_s, html::money(invoice.openingBalance, invoice.currency));
        out += html::detailRow(u"Balance after"_s, html::money(invoice.closingBalance, invoice.currency), true);
        out += html::totalsEnd();
        return out;
    }
    out += html::spacer(4);
    out += u"<h2>Payments</h2>\n"_s;
    out += html::itemsTableStart(html::headerCell(u"Date"_s, false, 16) + html::headerCell(u"Kind"_s, false, 14)
                                 + html::headerCell(u"Description"_s, false, 52)
                                 + html::headerCell(u"Amount"_s, true, 18));
    if (invoice.payments.isEmpty())
        out += u"<tr><td class=\"empty\" colspan=\"4\">No payments in this period.</td></tr>\n"_s;
    for (const InvoiceLine &payment : invoice.payments) {
        const QDateTime when = payment.from.isValid() ? payment.from : payment.to;
        out += u"<tr>"_s + html::cell(html::date(when)) + html::cell(paymentKind(payment.kind))
               + html::cell(html::text(payment.description)) + html::cell(html::amount(payment.amount), true)
               + u"</tr>\n"_s;
    }
    out += html::itemsTableEnd();

    out += html::spacer(4);
    out += html::totalsStart();
    out += html::detailRow(u"Opening balance"_s, html::money(invoice.openingBalance, invoice.currency));
    out += html::detailRow(u"Top-ups received"_s, html::money(invoice.topUps, invoice.currency));
    out += html::detailRow(u"Refunds"_s, html::money(invoice.refunds, invoice.currency));
    out += html::detailRow(u"Closing balance"_s, html::money(invoice.closingBalance, invoice.currency), true);
    out += html::totalsEnd();
    return out;
}

} // namespace

QString invoiceHtml(const protocol::Invoice &invoice)
{
    const QString title = isCreditNote(invoice) ? u"Credit note"_s : u"Invoice"_s;
    QString out = html::documentStart(title + u' ' + invoice.number);
    out += html::letterhead(title, invoice.number);
    out += partiesAndDates(invoice);
    out += usageTable(invoice);
    out += paymentsTable(invoice);
    out += html::spacer(10);
    out += u"<p class=\"note\">Prepaid credit: usage is taken from the balance as it is "_s
           u"metered. Times are UTC. "_s
           + (isCreditNote(invoice) ? u"This credit note uses the invoice number sequence."_s
                                    : u"Please keep this invoice for your records; it is not a request for payment."_s)
           + u"</p>\n"_s;
    out += html::documentEnd();
    return out;
}

} // namespace sc::documents
