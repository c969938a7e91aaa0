#include "documents/BillingDocuments.h"
#include "documents/DocumentFormat.h"

using namespace Qt::StringLiterals;

namespace sc::documents {

namespace {

using protocol::SellerStatement;
using protocol::StatementLine;

QString sellerAndDates(const SellerStatement &statement)
{
    QString out = html::spacer(12);
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
    out += u"<td valign=\"top\" width=\"55%\"><span class=\"muted\">Seller</span><br><b>"_s
           + html::text(statement.sellerName) + u"</b></td>"_s;
    out += u"<td valign=\"top\" align=\"right\"><table class=\"details\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    out += html::detailRow(u"Issue date"_s, html::date(statement.issuedAt));
    out += html::detailRow(u"Month"_s, html::code(statement.period));
    out += html::detailRow(u"Period"_s, html::period(statement.periodStart, statement.periodEnd));
    out += html::detailRow(u"Currency"_s, html::code(statement.currency));
    out += u"</table></td></tr></table>\n"_s;
    return out;
}

QString linesTable(const SellerStatement &statement)
{
    QString out = html::spacer(4);
    out += u"<h2>Capacity sold</h2>\n"_s;
    out += html::itemsTableStart(html::headerCell(u"Provider"_s, false, 27) + html::headerCell(u"Type"_s, false, 11)
                                 + html::headerCell(u"Region"_s, false, 12) + html::headerCell(u"Duration"_s, true, 14)
                                 + html::headerCell(u"Gross"_s, true, 12) + html::headerCell(u"Commission"_s, true, 12)
                                 + html::headerCell(u"Net"_s, true, 12));
    if (statement.lines.isEmpty())
        out += u"<tr><td class=\"empty\" colspan=\"7\">Nothing sold in this period.</td></tr>\n"_s;
    for (const StatementLine &line : statement.lines) {
        QString provider = u"<b>"_s + html::text(line.providerPseudonym) + u"</b>"_s;
        if (!line.providerName.isEmpty())
            provider += u"<br><span class=\"muted\">"_s + html::text(line.providerName) + u"</span>"_s;
        out += u"<tr>"_s + html::cell(provider) + html::cell(html::text(line.instanceType))
               + html::cell(html::text(line.region)) + html::cell(formatDuration(line.seconds), true)
               + html::cell(html::amount(line.gross), true) + html::cell(html::amount(line.commission), true)
               + html::cell(html::amount(line.net), true) + u"</tr>\n"_s;
    }
    out += html::itemsTableEnd();
    out += u"<p class=\"note\" style=\"margin-top: 3pt;\">Amounts in "_s + html::code(statement.currency)
           + u". Commission is charged by monthly gross in tiers.</p>\n"_s;

    out += html::totalsStart();
    out += html::detailRow(u"Gross"_s, html::money(statement.gross, statement.currency));
    out += html::detailRow(u"Commission"_s, html::money(statement.commission, statement.currency));
    out += html::detailRow(u"Net earnings"_s, html::money(statement.net, statement.currency), true);
    out += html::totalsEnd();
    return out;
}

} // namespace

QString statementHtml(const protocol::SellerStatement &statement)
{
    QString out = html::documentStart(u"Seller statement "_s + statement.number);
    out += html::letterhead(u"Seller statement"_s, statement.number);
    out += sellerAndDates(statement);
    out += linesTable(statement);
    const QString payout = statement.payoutId
                               ? u"Paid out with payout "_s + QString::number(*statement.payoutId) + u'.'
                               : u"Not paid out with this statement: the net stays payable until it reaches the "_s
                                 u"minimum payout."_s;
    out += html::spacer(10);
    out += u"<p class=\"note\">"_s + payout + u" Times are UTC.</p>\n"_s;
    out += html::documentEnd();
    return out;
}

} // namespace sc::documents
