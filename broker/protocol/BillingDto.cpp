#include "protocol/BillingDto.h"

#include "protocol/JsonReader.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace sc::protocol {

namespace {

constexpr qint64 kMaxMoney = qint64(1) << 53; // exact in a JSON number
constexpr qint64 kMaxId = qint64(1) << 53;
constexpr qsizetype kMaxText = 2000;
constexpr qsizetype kMaxItems = 100'000;

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

qint64 money(JsonReader &reader, QStringView key, bool signedAmount = false)
{
    return reader.integer(key, signedAmount ? -kMaxMoney : 0, kMaxMoney);
}

QString currencyOf(JsonReader &reader)
{
    const QString currency = reader.string(u"currency", 3, 3);
    if (reader.ok() && (currency.size() != 3 || currency.toUpper() != currency))
        reader.fail(u"currency", u"must be an ISO 4217 code such as EUR"_s);
    return currency;
}

// Reads each object of `key` with T::fromJson; the first problem fails `reader`.
template<typename T>
QList<T> listOf(JsonReader &reader, QStringView key)
{
    QList<T> items;
    if (!reader.has(key))
        return items;
    const QJsonArray array = reader.array(key, kMaxItems);
    for (const QJsonValue &value : array) {
        if (!reader.ok())
            break;
        auto item = T::fromJson(value.toObject());
        if (!item) {
            reader.fail(key, item.error().message);
            break;
        }
        items.append(std::move(item).value());
    }
    return items;
}

template<typename T>
QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

} // namespace

QJsonObject BillingBalance::toJson() const
{
    QJsonArray thresholds;
    for (qint64 threshold : lowBalanceThresholds)
        thresholds.append(threshold);
    return QJsonObject{{u"currency"_s, currency},
                       {u"available"_s, available},
                       {u"held"_s, held},
                       {u"debt"_s, debt},
                       {u"fundsState"_s, fundsState},
                       {u"graceEndsAt"_s, isoTimeOrNull(graceEndsAt)},
                       {u"lowBalanceThresholds"_s, thresholds},
                       {u"monthToDateSpend"_s, monthToDateSpend},
                       {u"country"_s, country},
                       {u"vatRateBasisPoints"_s, vatRateBasisPoints},
                       {u"minimumTopUp"_s, minimumTopUp}};
}

Expected<BillingBalance> BillingBalance::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"balance"_s);
    BillingBalance balance;
    balance.currency = currencyOf(reader);
    balance.available = money(reader, u"available");
    balance.held = money(reader, u"held");
    balance.debt = money(reader, u"debt");
    balance.fundsState = reader.string(u"fundsState", 10);
    balance.graceEndsAt = reader.optionalTime(u"graceEndsAt");
    for (const QJsonValue &value : reader.array(u"lowBalanceThresholds", 10))
        balance.lowBalanceThresholds.append(value.toInteger());
    balance.monthToDateSpend = money(reader, u"monthToDateSpend");
    balance.country = reader.string(u"country", 2, 0);
    balance.vatRateBasisPoints = int(reader.integer(u"vatRateBasisPoints", 0, 10'000));
    balance.minimumTopUp = money(reader, u"minimumTopUp");
    if (!reader.ok())
        return reader.error();
    return balance;
}

QJsonObject BillingTransaction::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"kind"_s, kind},
                       {u"description"_s, description},
                       {u"availableChange"_s, availableChange},
                       {u"heldChange"_s, heldChange},
                       {u"debtChange"_s, debtChange},
                       {u"leaseId"_s, optionalId(leaseId)},
                       {u"createdAt"_s, isoTime(createdAt)}};
}

Expected<BillingTransaction> BillingTransaction::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"transaction"_s);
    BillingTransaction transaction;
    transaction.id = reader.integer(u"id", 1, kMaxId);
    transaction.kind = reader.string(u"kind", 20);
    transaction.description = reader.string(u"description", kMaxText, 0);
    transaction.availableChange = money(reader, u"availableChange", true);
    transaction.heldChange = money(reader, u"heldChange", true);
    transaction.debtChange = money(reader, u"debtChange", true);
    transaction.leaseId = reader.optionalInteger(u"leaseId", 1, kMaxId);
    transaction.createdAt = reader.time(u"createdAt");
    if (!reader.ok())
        return reader.error();
    return transaction;
}

QJsonObject BillingTransactionPage::toJson() const
{
    return QJsonObject{{u"transactions"_s, arrayOf(transactions)}, {u"nextBefore"_s, optionalId(nextBefore)}};
}

Expected<BillingTransactionPage> BillingTransactionPage::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"transactions"_s);
    BillingTransactionPage page;
    page.transactions = listOf<BillingTransaction>(reader, u"transactions");
    page.nextBefore = reader.optionalInteger(u"nextBefore", 1, kMaxId);
    if (!reader.ok())
        return reader.error();
    return page;
}

QJsonObject TopUp::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"amount"_s, amount},
                       {u"currency"_s, currency},
                       {u"status"_s, status},
                       {u"action"_s, action},
                       {u"declineReason"_s, declineReason},
                       {u"refunded"_s, refunded},
                       {u"createdAt"_s, isoTimeOrNull(createdAt)},
                       {u"updatedAt"_s, isoTimeOrNull(updatedAt)}};
}

Expected<TopUp> TopUp::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"topUp"_s);
    TopUp topUp;
    topUp.id = reader.integer(u"id", 1, kMaxId);
    topUp.amount = money(reader, u"amount");
    topUp.currency = currencyOf(reader);
    topUp.status = reader.string(u"status", 20);
    topUp.action = reader.string(u"action", kMaxText, 0);
    topUp.declineReason = reader.string(u"declineReason", 100, 0);
    topUp.refunded = money(reader, u"refunded");
    topUp.createdAt = reader.optionalTime(u"createdAt");
    topUp.updatedAt = reader.optionalTime(u"updatedAt");
    if (!reader.ok())
        return reader.error();
    return topUp;
}

QJsonObject TopUpRequest::toJson() const
{
    return QJsonObject{{u"amount"_s, amount}, {u"currency"_s, currency}, {u"cardNumber"_s, cardNumber}};
}

Expected<TopUpRequest> TopUpRequest::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    reader.allowOnly({u"amount", u"currency", u"cardNumber"});
    TopUpRequest request;
    request.amount = reader.integer(u"amount", 1, kMaxMoney);
    request.currency = currencyOf(reader);
    request.cardNumber = reader.string(u"cardNumber", 32, 12);
    if (!reader.ok())
        return reader.error();
    return request;
}

QJsonObject SpendSeries::toJson() const
{
    QJsonArray array;
    for (const SpendDay &day : days)
        array.append(QJsonObject{{u"day"_s, day.day.toString(Qt::ISODate)}, {u"amount"_s, day.amount}});
    return QJsonObject{{u"currency"_s, currency}, {u"days"_s, array}};
}

Expected<SpendSeries> SpendSeries::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"spend"_s);
    SpendSeries series;
    series.currency = currencyOf(reader);
    for (const QJsonValue &value : reader.array(u"days", 1000)) {
        JsonReader day(value.toObject(), u"days"_s);
        SpendDay item;
        item.day = QDate::fromString(day.string(u"day", 10), Qt::ISODate);
        item.amount = money(day, u"amount");
        if (!day.ok() || !item.day.isValid()) {
            reader.fail(u"days", u"each day needs a date (YYYY-MM-DD) and an amount"_s);
            break;
        }
        series.days.append(item);
    }
    if (!reader.ok())
        return reader.error();
    return series;
}

QJsonObject InvoiceLine::toJson() const
{
    return QJsonObject{{u"kind"_s, kind},
                       {u"description"_s, description},
                       {u"leaseId"_s, optionalId(leaseId)},
                       {u"instanceType"_s, instanceType},
                       {u"region"_s, region},
                       {u"providerPseudonym"_s, providerPseudonym},
                       {u"seconds"_s, seconds},
                       {u"ratePerHour"_s, ratePerHour},
                       {u"from"_s, isoTimeOrNull(from)},
                       {u"to"_s, isoTimeOrNull(to)},
                       {u"net"_s, net},
                       {u"vat"_s, vat},
                       {u"amount"_s, amount}};
}

Expected<InvoiceLine> InvoiceLine::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"line"_s);
    InvoiceLine line;
    line.kind = reader.string(u"kind", 20);
    line.description = reader.string(u"description", kMaxText, 0);
    line.leaseId = reader.optionalInteger(u"leaseId", 1, kMaxId);
    line.instanceType = reader.string(u"instanceType", 64, 0);
    line.region = reader.string(u"region", 64, 0);
    line.providerPseudonym = reader.string(u"providerPseudonym", 100, 0);
    line.seconds = reader.integer(u"seconds", 0, kMaxMoney);
    line.ratePerHour = money(reader, u"ratePerHour");
    line.from = reader.optionalTime(u"from");
    line.to = reader.optionalTime(u"to");
    line.net = money(reader, u"net", true);
    line.vat = money(reader, u"vat", true);
    line.amount = money(reader, u"amount", true);
    if (!reader.ok())
        return reader.error();
    return line;
}

QJsonObject Invoice::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"number"_s, number},
                       {u"kind"_s, kind},
                       {u"correctsNumber"_s, correctsNumber},
                       {u"reason"_s, reason},
                       {u"periodStart"_s, isoTimeOrNull(periodStart)},
                       {u"periodEnd"_s, isoTimeOrNull(periodEnd)},
                       {u"issuedAt"_s, isoTimeOrNull(issuedAt)},
                       {u"currency"_s, currency},
                       {u"customerName"_s, customerName},
                       {u"customerCountry"_s, customerCountry},
                       {u"vatRateBasisPoints"_s, vatRateBasisPoints},
                       {u"openingBalance"_s, openingBalance},
                       {u"closingBalance"_s, closingBalance},
                       {u"usageNet"_s, usageNet},
                       {u"vat"_s, vat},
                       {u"usageTotal"_s, usageTotal},
                       {u"topUps"_s, topUps},
                       {u"refunds"_s, refunds},
                       {u"lines"_s, arrayOf(lines)},
                       {u"payments"_s, arrayOf(payments)}};
}

Expected<Invoice> Invoice::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"invoice"_s);
    Invoice invoice;
    invoice.id = reader.integer(u"id", 1, kMaxId);
    invoice.number = reader.string(u"number", 40);
    invoice.kind = reader.string(u"kind", 20);
    invoice.correctsNumber = reader.string(u"correctsNumber", 40, 0);
    invoice.reason = reader.string(u"reason", kMaxText, 0);
    invoice.periodStart = reader.optionalTime(u"periodStart");
    invoice.periodEnd = reader.optionalTime(u"periodEnd");
    invoice.issuedAt = reader.optionalTime(u"issuedAt");
    invoice.currency = currencyOf(reader);
    invoice.customerName = reader.string(u"customerName", 200, 0);
    invoice.customerCountry = reader.string(u"customerCountry", 2, 0);
    invoice.vatRateBasisPoints = int(reader.integer(u"vatRateBasisPoints", 0, 10'000));
    invoice.openingBalance = money(reader, u"openingBalance", true);
    invoice.closingBalance = money(reader, u"closingBalance", true);
    invoice.usageNet = money(reader, u"usageNet", true);
    invoice.vat = money(reader, u"vat", true);
    invoice.usageTotal = money(reader, u"usageTotal", true);
    invoice.topUps = money(reader, u"topUps", true);
    invoice.refunds = money(reader, u"refunds", true);
    invoice.lines = listOf<InvoiceLine>(reader, u"lines");
    invoice.payments = listOf<InvoiceLine>(reader, u"payments");
    if (!reader.ok())
        return reader.error();
    return invoice;
}

QJsonObject SellerEarnings::toJson() const
{
    QJsonArray tierArray;
    for (const CommissionTier &tier : tiers)
        tierArray.append(QJsonObject{{u"upTo"_s, optionalId(tier.upTo)}, {u"rateBasisPoints"_s, tier.rateBasisPoints}});
    return QJsonObject{{u"currency"_s, currency},
                       {u"payable"_s, payable},
                       {u"minimumPayout"_s, minimumPayout},
                       {u"monthToDateGross"_s, monthToDateGross},
                       {u"monthToDateCommission"_s, monthToDateCommission},
                       {u"currentRateBasisPoints"_s, currentRateBasisPoints},
                       {u"paidOut"_s, paidOut},
                       {u"tiers"_s, tierArray}};
}

Expected<SellerEarnings> SellerEarnings::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"earnings"_s);
    SellerEarnings earnings;
    earnings.currency = currencyOf(reader);
    earnings.payable = money(reader, u"payable");
    earnings.minimumPayout = money(reader, u"minimumPayout");
    earnings.monthToDateGross = money(reader, u"monthToDateGross");
    earnings.monthToDateCommission = money(reader, u"monthToDateCommission");
    earnings.currentRateBasisPoints = int(reader.integer(u"currentRateBasisPoints", 0, 10'000));
    earnings.paidOut = money(reader, u"paidOut");
    for (const QJsonValue &value : reader.array(u"tiers", 20)) {
        JsonReader tierReader(value.toObject(), u"tiers"_s);
        CommissionTier tier;
        tier.upTo = tierReader.optionalInteger(u"upTo", 1, kMaxMoney);
        tier.rateBasisPoints = int(tierReader.integer(u"rateBasisPoints", 0, 10'000));
        if (!tierReader.ok()) {
            reader.fail(u"tiers", tierReader.error().message);
            break;
        }
        earnings.tiers.append(tier);
    }
    if (!reader.ok())
        return reader.error();
    return earnings;
}

QJsonObject StatementLine::toJson() const
{
    return QJsonObject{{u"providerPseudonym"_s, providerPseudonym},
                       {u"providerName"_s, providerName},
                       {u"instanceType"_s, instanceType},
                       {u"region"_s, region},
                       {u"seconds"_s, seconds},
                       {u"gross"_s, gross},
                       {u"commission"_s, commission},
                       {u"net"_s, net}};
}

Expected<StatementLine> StatementLine::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"line"_s);
    StatementLine line;
    line.providerPseudonym = reader.string(u"providerPseudonym", 100, 0);
    line.providerName = reader.string(u"providerName", 200, 0);
    line.instanceType = reader.string(u"instanceType", 64, 0);
    line.region = reader.string(u"region", 64, 0);
    line.seconds = reader.integer(u"seconds", 0, kMaxMoney);
    line.gross = money(reader, u"gross", true);
    line.commission = money(reader, u"commission", true);
    line.net = money(reader, u"net", true);
    if (!reader.ok())
        return reader.error();
    return line;
}

QJsonObject SellerStatement::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"number"_s, number},
                       {u"period"_s, period},
                       {u"periodStart"_s, isoTimeOrNull(periodStart)},
                       {u"periodEnd"_s, isoTimeOrNull(periodEnd)},
                       {u"issuedAt"_s, isoTimeOrNull(issuedAt)},
                       {u"currency"_s, currency},
                       {u"sellerName"_s, sellerName},
                       {u"gross"_s, gross},
                       {u"commission"_s, commission},
                       {u"net"_s, net},
                       {u"payoutId"_s, optionalId(payoutId)},
                       {u"lines"_s, arrayOf(lines)}};
}

Expected<SellerStatement> SellerStatement::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"statement"_s);
    SellerStatement statement;
    statement.id = reader.integer(u"id", 1, kMaxId);
    statement.number = reader.string(u"number", 40);
    statement.period = reader.string(u"period", 7, 7);
    statement.periodStart = reader.optionalTime(u"periodStart");
    statement.periodEnd = reader.optionalTime(u"periodEnd");
    statement.issuedAt = reader.optionalTime(u"issuedAt");
    statement.currency = currencyOf(reader);
    statement.sellerName = reader.string(u"sellerName", 200, 0);
    statement.gross = money(reader, u"gross", true);
    statement.commission = money(reader, u"commission", true);
    statement.net = money(reader, u"net", true);
    statement.payoutId = reader.optionalInteger(u"payoutId", 1, kMaxId);
    statement.lines = listOf<StatementLine>(reader, u"lines");
    if (!reader.ok())
        return reader.error();
    return statement;
}

QJsonObject Payout::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"amount"_s, amount},
                       {u"currency"_s, currency},
                       {u"status"_s, status},
                       {u"reference"_s, reference},
                       {u"createdAt"_s, isoTimeOrNull(createdAt)}};
}

Expected<Payout> Payout::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"payout"_s);
    Payout payout;
    payout.id = reader.integer(u"id", 1, kMaxId);
    payout.amount = money(reader, u"amount");
    payout.currency = currencyOf(reader);
    payout.status = reader.string(u"status", 20);
    payout.reference = reader.string(u"reference", 100, 0);
    payout.createdAt = reader.optionalTime(u"createdAt");
    if (!reader.ok())
        return reader.error();
    return payout;
}

} // namespace sc::protocol
