#include "core/billing/InvoiceService.h"

#include "core/Clock.h"
#include "core/billing/BillingService.h"
#include "core/billing/Ledger.h"
#include "core/store/Database.h"
#include "protocol/JsonReader.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

QDateTime timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parsed(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

QByteArray csvField(const QString &text)
{
    // Quoted when needed; a leading formula character is defused for spreadsheets.
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front()) && !value.front().isDigit()) {
        bool numeric = false;
        value.toDouble(&numeric);
        if (!numeric)
            value.prepend(u'\'');
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        value = u'"' + value.replace(u'"', u"\"\""_s) + u'"';
    return value.toUtf8();
}

QString lineKindOf(const QString &transactionKind)
{
    if (transactionKind == u"topup"_s)
        return u"topup"_s;
    if (transactionKind == u"refund"_s)
        return u"refund"_s;
    if (transactionKind == u"adjustment"_s)
        return u"credit"_s;
    return u"adjustment"_s;
}

QString lineDescription(const QString &kind, const QString &description)
{
    if (kind == u"topup"_s)
        return u"Top-up"_s;
    if (kind == u"refund"_s)
        return u"Refund to card"_s;
    return description.isEmpty() ? u"Adjustment"_s : description;
}

} // namespace

InvoiceService::InvoiceService(Database &database, Ledger &ledger, BillingService &billing, const Clock &clock)
    : m_database(database)
    , m_ledger(ledger)
    , m_billing(billing)
    , m_clock(clock)
{
}

QString InvoiceService::nextNumber(const QString &series, int year)
{
    // Inside the document's transaction: a rolled-back document gives its number back.
    if (m_database.exec(u"UPDATE billing_sequences SET last = last + 1 WHERE series = ? AND year = ?"_s, {series, year})
            .numRowsAffected()
        == 0)
        m_database.exec(u"INSERT INTO billing_sequences (series, year, last) VALUES (?, ?, 1)"_s, {series, year});
    DbQuery last = m_database.exec(u"SELECT last FROM billing_sequences WHERE series = ? AND year = ?"_s,
                                   {series, year});
    last.next();
    return u"%1-%2-%3"_s.arg(series).arg(year).arg(last.value(0).toLongLong(), 6, 10, QChar(u'0'));
}

protocol::Expected<protocol::Invoice> InvoiceService::issueInvoice(qint64 organizationId, const QString &currency,
                                                                   qint64 endMs, const QString &period)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Transaction transaction(m_database);
    if (!period.isEmpty()
        && m_database
               .exec(u"SELECT 1 FROM billing_invoices WHERE organization_id = ? AND period = ? AND currency = ? "
                     "AND kind = 'invoice'"_s,
                     {organizationId, period, currency})
               .next())
        return ApiError{ErrorCode::Conflict,
                        u"The invoice for %1 is issued already."_s.arg(period),
                        QJsonObject{{u"reason"_s, u"already_invoiced"_s}},
                        {}};
    QList<qint64> accounts;
    for (AccountKind kind : {AccountKind::BuyerBalance, AccountKind::BuyerHold, AccountKind::BuyerDebt}) {
        if (const auto account = m_ledger.findAccount(kind, organizationId, currency))
            accounts.append(*account);
    }
    if (accounts.isEmpty())
        return ApiError{ErrorCode::Unprocessable,
                        u"There is nothing to invoice yet."_s,
                        QJsonObject{{u"reason"_s, u"nothing_to_invoice"_s}},
                        {}};
    QStringList ids;
    for (qint64 account : accounts)
        ids.append(QString::number(account));

    // Every transaction on the buyer's accounts that no invoice holds yet and
    // whose time (usage: the metered interval's end) is before the end.
    struct Item
    {
        qint64 id = 0;
        QString kind;
        QString description;
        qint64 total = 0;
        qint64 at = 0;
    };
    QList<Item> items;
    qint64 firstAt = std::numeric_limits<qint64>::max();
    DbQuery query = m_database.exec(
        u"SELECT t.id, t.kind, t.description, SUM(e.amount), COALESCE(MAX(m.to_ms) - 1, t.created_at) "
        "FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id "
        "LEFT JOIN billing_meter_records m ON m.ledger_transaction_id = t.id "
        "WHERE e.account_id IN (%1) AND NOT EXISTS "
        "(SELECT 1 FROM billing_invoice_items i WHERE i.ledger_transaction_id = t.id) "
        "GROUP BY t.id HAVING COALESCE(MAX(m.to_ms) - 1, t.created_at) < ? ORDER BY t.id"_s.arg(ids.join(u',')),
        {endMs});
    bool anyMoney = false;
    while (query.next()) {
        Item item{query.value(0).toLongLong(),
                  query.value(1).toString(),
                  query.value(2).toString(),
                  query.value(3).toLongLong(),
                  query.value(4).toLongLong()};
        anyMoney = anyMoney || item.total != 0;
        firstAt = std::min(firstAt, item.at);
        items.append(item);
    }
    if (!anyMoney)
        return ApiError{ErrorCode::Unprocessable,
                        u"There is nothing to invoice yet."_s,
                        QJsonObject{{u"reason"_s, u"nothing_to_invoice"_s}},
                        {}};

    DbQuery customer = m_database.exec(u"SELECT name, country_code FROM organizations WHERE id = ?"_s,
                                       {organizationId});
    customer.next();
    protocol::Invoice invoice;
    invoice.kind = u"invoice"_s;
    invoice.currency = currency;
    invoice.customerName = customer.value(0).toString();
    invoice.customerCountry = customer.value(1).toString();
    invoice.vatRateBasisPoints = m_billing.vatRate(organizationId);
    invoice.issuedAt = timeOf(now);
    invoice.periodEnd = timeOf(endMs);
    DbQuery previous = m_database.exec(u"SELECT closing_balance, period_end FROM billing_invoices "
                                       "WHERE organization_id = ? AND currency = ? AND kind = 'invoice' "
                                       "ORDER BY id DESC LIMIT 1"_s,
                                       {organizationId, currency});
    if (previous.next()) {
        invoice.openingBalance = previous.value(0).toLongLong();
        invoice.periodStart = timeOf(previous.value(1).toLongLong());
    } else {
        invoice.periodStart = timeOf(firstAt);
    }
    if (!period.isEmpty())
        invoice.periodStart = timeOf(BillingService::monthStart(period));

    // Usage: a line per lease, from its meter records.
    QMap<qint64, protocol::InvoiceLine> usage;
    DbQuery records = m_database.exec(
        u"SELECT m.lease_id, l.instance_type_id, l.region_id, p.pseudonym, m.seconds, l.price_per_hour, m.from_ms, "
        "m.to_ms, m.net, m.vat FROM billing_meter_records m JOIN leases l ON l.id = m.lease_id "
        "JOIN providers p ON p.id = m.provider_id "
        "WHERE m.organization_id = ? AND m.currency = ? AND m.to_ms <= ? AND NOT EXISTS "
        "(SELECT 1 FROM billing_invoice_items i WHERE i.ledger_transaction_id = m.ledger_transaction_id)"_s,
        {organizationId, currency, endMs});
    while (records.next()) {
        const qint64 leaseId = records.value(0).toLongLong();
        auto found = usage.find(leaseId);
        if (found == usage.end()) {
            protocol::InvoiceLine line;
            line.kind = u"usage"_s;
            line.leaseId = leaseId;
            line.instanceType = records.value(1).toString();
            line.region = records.value(2).toString();
            line.providerPseudonym = records.value(3).toString();
            line.ratePerHour = records.value(5).toLongLong();
            line.from = timeOf(records.value(6).toLongLong());
            line.to = timeOf(records.value(7).toLongLong());
            found = usage.insert(leaseId, line);
        }
        found->seconds += records.value(4).toLongLong();
        found->from = std::min(found->from, timeOf(records.value(6).toLongLong()));
        found->to = std::max(found->to, timeOf(records.value(7).toLongLong()));
        found->net += records.value(8).toLongLong();
        found->vat += records.value(9).toLongLong();
    }
    for (protocol::InvoiceLine &line : usage) {
        line.description = u"%1 to %2"_s.arg(line.from.toString(u"yyyy-MM-dd HH:mm"_s),
                                             line.to.toString(u"yyyy-MM-dd HH:mm"_s));
        line.amount = line.net + line.vat;
        invoice.usageNet += line.net;
        invoice.vat += line.vat;
        invoice.lines.append(line);
    }
    invoice.usageTotal = invoice.usageNet + invoice.vat;

    qint64 change = 0;
    for (const Item &item : items) {
        change += item.total;
        if (item.kind == u"capture"_s || item.total == 0)
            continue; // usage is listed per lease; holds and releases move nothing in or out
        protocol::InvoiceLine line;
        line.kind = lineKindOf(item.kind);
        line.description = lineDescription(line.kind, item.description);
        line.from = timeOf(item.at);
        line.to = line.from;
        line.amount = item.total;
        if (line.kind == u"topup"_s)
            invoice.topUps += item.total;
        else if (line.kind == u"refund"_s)
            invoice.refunds -= item.total;
        invoice.payments.append(line);
    }
    invoice.closingBalance = invoice.openingBalance + change;

    const int year = timeOf(now).date().year();
    invoice.number = nextNumber(u"SC"_s, year);
    QJsonObject document = invoice.toJson();
    document.remove(u"id"_s);
    invoice.id = m_database
                     .exec(u"INSERT INTO billing_invoices (organization_id, number, kind, period, currency, "
                           "issued_at, period_end, usage_total, closing_balance, document) "
                           "VALUES (?, ?, 'invoice', ?, ?, ?, ?, ?, ?, ?)"_s,
                           {organizationId,
                            invoice.number,
                            period,
                            currency,
                            now,
                            endMs,
                            invoice.usageTotal,
                            invoice.closingBalance,
                            compact(document)})
                     .lastInsertId()
                     .toLongLong();
    // Every item in one statement (a JSON array of ids): a month holds hundreds per buyer.
    QByteArray itemIds;
    for (const Item &item : items)
        itemIds += (itemIds.isEmpty() ? "[" : ",") + QByteArray::number(item.id);
    itemIds += ']';
    m_database.exec(u"INSERT INTO billing_invoice_items (ledger_transaction_id, invoice_id) "
                    "SELECT value, ? FROM json_each(?)"_s,
                    {invoice.id, QString::fromLatin1(itemIds)});
    transaction.commit();
    return invoice;
}

QList<protocol::Invoice> InvoiceService::invoices(qint64 organizationId, int limit)
{
    QList<protocol::Invoice> result;
    DbQuery query = m_database.exec(u"SELECT id, document FROM billing_invoices WHERE organization_id = ? "
                                    "ORDER BY id DESC LIMIT ?"_s,
                                    {organizationId, std::clamp(limit, 1, 1000)});
    while (query.next()) {
        QJsonObject document = parsed(query.value(1));
        document.insert(u"id"_s, query.value(0).toLongLong());
        auto parsedInvoice = protocol::Invoice::fromJson(document);
        if (!parsedInvoice)
            continue;
        protocol::Invoice invoice = std::move(parsedInvoice).value();
        invoice.lines.clear();
        invoice.payments.clear();
        result.append(invoice);
    }
    return result;
}

std::optional<protocol::Invoice> InvoiceService::invoice(qint64 organizationId, qint64 invoiceId)
{
    DbQuery query = m_database.exec(u"SELECT document FROM billing_invoices WHERE id = ? AND organization_id = ?"_s,
                                    {invoiceId, organizationId});
    if (!query.next())
        return std::nullopt;
    QJsonObject document = parsed(query.value(0));
    document.insert(u"id"_s, invoiceId);
    auto invoice = protocol::Invoice::fromJson(document);
    if (!invoice)
        return std::nullopt;
    return *invoice;
}

std::optional<protocol::Invoice> InvoiceService::invoiceById(qint64 invoiceId)
{
    DbQuery query = m_database.exec(u"SELECT organization_id FROM billing_invoices WHERE id = ?"_s, {invoiceId});
    if (!query.next())
        return std::nullopt;
    return invoice(query.value(0).toLongLong(), invoiceId);
}

protocol::Expected<protocol::Invoice> InvoiceService::creditNote(qint64 invoiceId, qint64 amount, const QString &reason)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    DbQuery row = m_database.exec(u"SELECT organization_id, kind, usage_total, currency, number FROM billing_invoices "
                                  "WHERE id = ?"_s,
                                  {invoiceId});
    if (!row.next() || row.value(1).toString() != u"invoice"_s)
        return ApiError{ErrorCode::NotFound, u"There is no such invoice."_s, {}, {}};
    const qint64 organizationId = row.value(0).toLongLong();
    const QString currency = row.value(3).toString();
    const QString correctedNumber = row.value(4).toString();
    const QString why = reason.trimmed().left(500);
    if (why.isEmpty())
        return ApiError{ErrorCode::ValidationFailed,
                        u"A credit note needs a reason."_s,
                        QJsonObject{{u"field"_s, u"reason"_s}},
                        {}};
    DbQuery credited = m_database.exec(
        u"SELECT COALESCE(SUM(usage_total), 0) FROM billing_invoices WHERE corrects_invoice_id = ?"_s, {invoiceId});
    credited.next();
    const qint64 creditable = row.value(2).toLongLong() - credited.value(0).toLongLong();
    if (amount < 1 || amount > creditable)
        return ApiError{ErrorCode::ValidationFailed,
                        u"At most %1 minor units of this invoice's usage can still be credited."_s.arg(creditable),
                        QJsonObject{{u"field"_s, u"amount"_s}, {u"creditable"_s, creditable}},
                        {}};
    const auto original = invoice(organizationId, invoiceId);
    if (!original)
        return ApiError{ErrorCode::Internal, u"The invoice could not be read."_s, {}, {}};
    const int rate = original->vatRateBasisPoints;
    const qint64 vat = (amount * rate + (10'000 + rate) / 2) / (10'000 + rate);

    Transaction transaction(m_database);
    protocol::Invoice note;
    note.kind = u"credit_note"_s;
    note.correctsNumber = correctedNumber;
    note.reason = why;
    note.currency = currency;
    note.customerName = original->customerName;
    note.customerCountry = original->customerCountry;
    note.vatRateBasisPoints = rate;
    note.issuedAt = timeOf(now);
    note.periodStart = original->periodStart;
    note.periodEnd = original->periodEnd;
    note.usageNet = amount - vat;
    note.vat = vat;
    note.usageTotal = amount;
    const qint64 before = m_ledger.balanceOf(AccountKind::BuyerBalance, organizationId, currency)
                          + m_ledger.balanceOf(AccountKind::BuyerHold, organizationId, currency)
                          + m_ledger.balanceOf(AccountKind::BuyerDebt, organizationId, currency);
    note.openingBalance = before;
    note.closingBalance = before + amount;
    protocol::InvoiceLine line;
    line.kind = u"credit"_s;
    line.description = u"Credit on invoice %1: %2"_s.arg(correctedNumber, why);
    line.net = amount - vat;
    line.vat = vat;
    line.amount = amount;
    note.lines.append(line);
    note.number = nextNumber(u"CN"_s, timeOf(now).date().year());

    LedgerPosting posting;
    posting.kind = TransactionKind::Adjustment;
    posting.currency = currency;
    posting.reference = u"credit-note:%1"_s.arg(note.number);
    posting.description = u"Credit note %1 (invoice %2)"_s.arg(note.number, correctedNumber);
    // What the buyer owes is settled first, as a top-up would; the rest is credit.
    posting.legs += m_ledger.payBuyerLegs(organizationId, currency, amount);
    if (vat != 0)
        posting.legs.append({AccountKind::TaxPayable, std::nullopt, -vat});
    if (amount - vat != 0)
        posting.legs.append({AccountKind::Adjustments, std::nullopt, -(amount - vat)});
    const auto posted = m_ledger.post(posting);
    if (!posted)
        return posted.error();
    QJsonObject document = note.toJson();
    document.remove(u"id"_s);
    note.id = m_database
                  .exec(u"INSERT INTO billing_invoices (organization_id, number, kind, currency, issued_at, "
                        "period_end, usage_total, closing_balance, corrects_invoice_id, ledger_transaction_id, "
                        "document) VALUES (?, ?, 'credit_note', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {organizationId,
                         note.number,
                         currency,
                         now,
                         now,
                         amount,
                         note.closingBalance,
                         invoiceId,
                         posted->id,
                         compact(document)})
                  .lastInsertId()
                  .toLongLong();
    transaction.commit();
    Q_EMIT m_billing.balanceChanged(organizationId);
    return note;
}

protocol::Expected<protocol::SellerStatement> InvoiceService::issueStatement(qint64 organizationId,
                                                                             const QString &period,
                                                                             const QString &currency)
{
    const qint64 start = BillingService::monthStart(period);
    if (start < 0)
        return ApiError{ErrorCode::ValidationFailed,
                        u"A period is a month: YYYY-MM."_s,
                        QJsonObject{{u"field"_s, u"period"_s}},
                        {}};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Transaction transaction(m_database);
    if (m_database
            .exec(u"SELECT 1 FROM billing_statements WHERE organization_id = ? AND period = ? AND currency = ?"_s,
                  {organizationId, period, currency})
            .next())
        return ApiError{ErrorCode::Conflict,
                        u"The statement for %1 is issued already."_s.arg(period),
                        QJsonObject{{u"reason"_s, u"already_issued"_s}},
                        {}};
    protocol::SellerStatement statement;
    statement.period = period;
    statement.periodStart = timeOf(start);
    statement.periodEnd = timeOf(BillingService::nextMonthStart(start));
    statement.issuedAt = timeOf(now);
    statement.currency = currency;
    DbQuery seller = m_database.exec(u"SELECT name FROM organizations WHERE id = ?"_s, {organizationId});
    if (seller.next())
        statement.sellerName = seller.value(0).toString();
    DbQuery lines = m_database.exec(
        u"SELECT p.pseudonym, p.name, l.instance_type_id, l.region_id, SUM(m.seconds), SUM(COALESCE(m.seller_net, m.net)), "
        "SUM(m.commission) FROM billing_meter_records m JOIN providers p ON p.id = m.provider_id "
        "JOIN leases l ON l.id = m.lease_id WHERE m.seller_organization_id = ? AND m.period = ? AND m.currency = ? "
        "GROUP BY p.id, l.instance_type_id, l.region_id "
        "ORDER BY p.pseudonym, l.instance_type_id, l.region_id"_s,
        {organizationId, period, currency});
    while (lines.next()) {
        protocol::StatementLine line;
        line.providerPseudonym = lines.value(0).toString();
        line.providerName = lines.value(1).toString();
        line.instanceType = lines.value(2).toString();
        line.region = lines.value(3).toString();
        line.seconds = lines.value(4).toLongLong();
        line.gross = lines.value(5).toLongLong();
        line.commission = lines.value(6).toLongLong();
        line.net = line.gross - line.commission;
        statement.gross += line.gross;
        statement.commission += line.commission;
        statement.net += line.net;
        statement.lines.append(line);
    }
    if (statement.lines.isEmpty())
        return ApiError{ErrorCode::Unprocessable,
                        u"There was no usage to settle in %1."_s.arg(period),
                        QJsonObject{{u"reason"_s, u"nothing_to_settle"_s}},
                        {}};
    statement.number = nextNumber(u"ST"_s, timeOf(now).date().year());
    QJsonObject document = statement.toJson();
    document.remove(u"id"_s);
    statement.id = m_database
                       .exec(u"INSERT INTO billing_statements (organization_id, number, period, currency, issued_at, "
                             "gross, commission, net, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {organizationId,
                              statement.number,
                              period,
                              currency,
                              now,
                              statement.gross,
                              statement.commission,
                              statement.net,
                              compact(document)})
                       .lastInsertId()
                       .toLongLong();
    transaction.commit();
    return statement;
}

QList<protocol::SellerStatement> InvoiceService::statements(qint64 organizationId)
{
    QList<protocol::SellerStatement> result;
    DbQuery query = m_database.exec(u"SELECT s.id, s.document, (SELECT MIN(p.id) FROM billing_payouts p "
                                    "WHERE p.statement_id = s.id) FROM billing_statements s "
                                    "WHERE s.organization_id = ? ORDER BY s.id DESC LIMIT 500"_s,
                                    {organizationId});
    while (query.next()) {
        QJsonObject document = parsed(query.value(1));
        document.insert(u"id"_s, query.value(0).toLongLong());
        if (!query.value(2).isNull())
            document.insert(u"payoutId"_s, query.value(2).toLongLong());
        auto parsedStatement = protocol::SellerStatement::fromJson(document);
        if (!parsedStatement)
            continue;
        protocol::SellerStatement statement = std::move(parsedStatement).value();
        statement.lines.clear();
        result.append(statement);
    }
    return result;
}

std::optional<protocol::SellerStatement> InvoiceService::statement(qint64 organizationId, qint64 statementId)
{
    DbQuery query = m_database.exec(u"SELECT document, (SELECT MIN(p.id) FROM billing_payouts p "
                                    "WHERE p.statement_id = s.id) FROM billing_statements s "
                                    "WHERE s.id = ? AND s.organization_id = ?"_s,
                                    {statementId, organizationId});
    if (!query.next())
        return std::nullopt;
    QJsonObject document = parsed(query.value(0));
    document.insert(u"id"_s, statementId);
    if (!query.value(1).isNull())
        document.insert(u"payoutId"_s, query.value(1).toLongLong());
    auto statement = protocol::SellerStatement::fromJson(document);
    if (!statement)
        return std::nullopt;
    return *statement;
}

protocol::Expected<protocol::Payout> InvoiceService::payout(qint64 organizationId, const QString &currency,
                                                            const QString &reference, std::optional<qint64> statementId)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Transaction transaction(m_database);
    DbQuery existing = m_database.exec(u"SELECT id, amount, currency, status, reference, created_at FROM "
                                       "billing_payouts WHERE reference = ? AND organization_id = ?"_s,
                                       {reference, organizationId});
    if (existing.next()) {
        return protocol::Payout{existing.value(0).toLongLong(),
                                existing.value(1).toLongLong(),
                                existing.value(2).toString(),
                                existing.value(3).toString(),
                                existing.value(4).toString(),
                                timeOf(existing.value(5).toLongLong())};
    }
    const qint64 amount = m_ledger.balanceOf(AccountKind::SellerPayable, organizationId, currency);
    const qint64 minimum = m_billing.options().minimumPayout;
    if (amount < minimum || amount <= 0)
        return ApiError{
            ErrorCode::Unprocessable,
            u"Payouts start at %1.%2 %3; %4.%5 is payable now."_s.arg(minimum / 100)
                .arg(minimum % 100, 2, 10, QChar(u'0'))
                .arg(currency)
                .arg(amount / 100)
                .arg(amount % 100, 2, 10, QChar(u'0')),
            QJsonObject{{u"reason"_s, u"below_minimum_payout"_s}, {u"payable"_s, amount}, {u"minimum"_s, minimum}},
            {}};
    LedgerPosting posting;
    posting.kind = TransactionKind::Payout;
    posting.currency = currency;
    posting.reference = u"payout:%1"_s.arg(reference);
    posting.description = u"Payout to the seller's bank account"_s;
    posting.legs = {{AccountKind::SellerPayable, organizationId, -amount},
                    {AccountKind::Payouts, std::nullopt, amount}};
    const auto posted = m_ledger.post(posting);
    if (!posted)
        return posted.error();
    protocol::Payout payout;
    payout.amount = amount;
    payout.currency = currency;
    payout.status = u"paid"_s;
    payout.reference = reference;
    payout.createdAt = timeOf(now);
    payout.id = m_database
                    .exec(u"INSERT INTO billing_payouts (organization_id, amount, currency, status, reference, "
                          "statement_id, ledger_transaction_id, created_at) VALUES (?, ?, ?, 'paid', ?, ?, ?, ?)"_s,
                          {organizationId,
                           amount,
                           currency,
                           reference,
                           statementId ? QVariant(*statementId) : QVariant(QMetaType(QMetaType::LongLong)),
                           posted->id,
                           now})
                    .lastInsertId()
                    .toLongLong();
    transaction.commit();
    return payout;
}

QList<protocol::Payout> InvoiceService::payouts(qint64 organizationId)
{
    QList<protocol::Payout> result;
    DbQuery query = m_database.exec(u"SELECT id, amount, currency, status, reference, created_at FROM billing_payouts "
                                    "WHERE organization_id = ? ORDER BY id DESC LIMIT 500"_s,
                                    {organizationId});
    while (query.next())
        result.append({query.value(0).toLongLong(),
                       query.value(1).toLongLong(),
                       query.value(2).toString(),
                       query.value(3).toString(),
                       query.value(4).toString(),
                       timeOf(query.value(5).toLongLong())});
    return result;
}

protocol::Expected<InvoiceService::MonthEnd> InvoiceService::runMonthEnd(const QString &period)
{
    const qint64 start = BillingService::monthStart(period);
    if (start < 0)
        return ApiError{ErrorCode::ValidationFailed,
                        u"A period is a month: YYYY-MM."_s,
                        QJsonObject{{u"field"_s, u"period"_s}},
                        {}};
    const qint64 end = BillingService::nextMonthStart(start);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (now < end)
        return ApiError{ErrorCode::Conflict,
                        u"%1 has not ended yet."_s.arg(period),
                        QJsonObject{{u"reason"_s, u"period_open"_s}},
                        {}};
    m_database.exec(u"INSERT INTO billing_runs (period, status, started_at) VALUES (?, 'running', ?) "
                    "ON CONFLICT (period) DO UPDATE SET status = 'running'"_s,
                    {period, now});
    // Usage up to the boundary belongs to this month: capture it first.
    m_billing.meterUntil(end);

    const QString currency = BillingService::kCurrency.toString();
    MonthEnd result;
    result.period = period;
    QList<qint64> buyers;
    DbQuery buyerQuery = m_database.exec(
        u"SELECT DISTINCT a.organization_id FROM ledger_accounts a WHERE a.organization_id IS NOT NULL "
        "AND a.kind IN ('buyer_balance', 'buyer_hold', 'buyer_debt') AND a.currency = ? AND NOT EXISTS "
        "(SELECT 1 FROM billing_invoices i WHERE i.organization_id = a.organization_id AND i.period = ? "
        "AND i.kind = 'invoice' AND i.currency = ?) ORDER BY a.organization_id"_s,
        {currency, period, currency});
    while (buyerQuery.next())
        buyers.append(buyerQuery.value(0).toLongLong());
    for (qint64 organizationId : buyers) {
        if (issueInvoice(organizationId, currency, end, period))
            ++result.invoices;
    }
    QList<qint64> sellers;
    // A statement holds all of a seller's records of the month (usage up to
    // the boundary was captured above; none can come later).
    DbQuery sellerQuery = m_database.exec(
        u"SELECT DISTINCT m.seller_organization_id FROM billing_meter_records m WHERE m.period = ? AND m.currency = ? "
        "AND NOT EXISTS (SELECT 1 FROM billing_statements s WHERE s.organization_id = m.seller_organization_id "
        "AND s.period = m.period AND s.currency = m.currency)"_s,
        {period, currency});
    while (sellerQuery.next())
        sellers.append(sellerQuery.value(0).toLongLong());
    for (qint64 organizationId : sellers) {
        if (issueStatement(organizationId, period, currency))
            ++result.statements;
    }
    // Every statement of the month without its payout gets one when the payable reaches the minimum.
    DbQuery unpaid = m_database.exec(u"SELECT s.id, s.organization_id FROM billing_statements s WHERE s.period = ? "
                                     "AND s.currency = ? AND NOT EXISTS (SELECT 1 FROM billing_payouts p "
                                     "WHERE p.reference = 'statement-' || s.number)"_s,
                                     {period, currency});
    QList<QPair<qint64, qint64>> toPay;
    while (unpaid.next())
        toPay.append({unpaid.value(0).toLongLong(), unpaid.value(1).toLongLong()});
    for (const auto &[statementId, organizationId] : toPay) {
        DbQuery number = m_database.exec(u"SELECT number FROM billing_statements WHERE id = ?"_s, {statementId});
        number.next();
        if (payout(organizationId, currency, u"statement-"_s + number.value(0).toString(), statementId))
            ++result.payouts;
    }
    m_database.exec(u"UPDATE billing_runs SET status = 'done', finished_at = ?, invoices = invoices + ?, "
                    "statements = statements + ?, payouts = payouts + ? WHERE period = ?"_s,
                    {m_clock.now().toMSecsSinceEpoch(), result.invoices, result.statements, result.payouts, period});
    return result;
}

QByteArray InvoiceService::usageCsv(qint64 organizationId, qint64 fromMs, qint64 toMs)
{
    QByteArray csv = "lease_id,instance_type,region,provider,from,to,seconds,rate_per_hour,net,vat,amount,currency,"
                     "invoice_number\r\n";
    DbQuery query = m_database.exec(
        u"SELECT m.lease_id, l.instance_type_id, l.region_id, p.pseudonym, m.from_ms, m.to_ms, m.seconds, "
        "l.price_per_hour, m.net, m.vat, m.currency, COALESCE(v.number, '') FROM billing_meter_records m "
        "JOIN leases l ON l.id = m.lease_id JOIN providers p ON p.id = m.provider_id "
        "LEFT JOIN billing_invoice_items i ON i.ledger_transaction_id = m.ledger_transaction_id "
        "LEFT JOIN billing_invoices v ON v.id = i.invoice_id "
        "WHERE m.organization_id = ? AND m.to_ms > ? AND m.from_ms < ? ORDER BY m.from_ms, m.id LIMIT 1000000"_s,
        {organizationId, fromMs, toMs});
    auto decimal = [](qint64 minor) {
        return u"%1%2.%3"_s.arg(minor < 0 ? u"-"_s : QString())
            .arg(std::abs(minor) / 100)
            .arg(std::abs(minor) % 100, 2, 10, QChar(u'0'));
    };
    while (query.next()) {
        const qint64 net = query.value(8).toLongLong();
        const qint64 vat = query.value(9).toLongLong();
        const QList<QString> fields{query.value(0).toString(),
                                    query.value(1).toString(),
                                    query.value(2).toString(),
                                    query.value(3).toString(),
                                    protocol::isoTime(timeOf(query.value(4).toLongLong())),
                                    protocol::isoTime(timeOf(query.value(5).toLongLong())),
                                    query.value(6).toString(),
                                    decimal(query.value(7).toLongLong()),
                                    decimal(net),
                                    decimal(vat),
                                    decimal(net + vat),
                                    query.value(10).toString(),
                                    query.value(11).toString()};
        QByteArrayList row;
        for (const QString &field : fields)
            row.append(csvField(field));
        csv += row.join(',') + "\r\n";
    }
    return csv;
}

} // namespace sc::broker
