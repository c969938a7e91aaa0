#pragma once

#include "protocol/Expected.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sc::protocol {

// Money on the wire is always integer minor units (cents) with the ISO 4217
// currency beside it; rates are basis points (1/100 of a percent).

// A buyer's money at a glance (GET /billing/balance).
struct BillingBalance
{
    QString currency;
    qint64 available = 0; // spendable prepaid credit
    qint64 held = 0;      // reserved for open bids and the next hour of running leases
    qint64 debt = 0;      // owed (>= 0): usage or a chargeback beyond the credit
    // "ok"; "low" (below a threshold the buyer set); "grace" (a running lease's
    // next hour is not covered: it ends at graceEndsAt unless credit is added).
    QString fundsState;
    QDateTime graceEndsAt;
    QList<qint64> lowBalanceThresholds;
    qint64 monthToDateSpend = 0; // usage including VAT since the 1st, UTC
    QString country;             // the buyer organization's, for VAT
    int vatRateBasisPoints = 0;
    qint64 minimumTopUp = 0;

    QJsonObject toJson() const;
    static Expected<BillingBalance> fromJson(const QJsonObject &object);
};

// One ledger transaction as it touched the buyer's accounts.
struct BillingTransaction
{
    qint64 id = 0; // the ledger transaction
    QString kind;  // topup, hold, release, capture (usage), refund, reversal, adjustment
    QString description;
    qint64 availableChange = 0; // effect on the spendable credit
    qint64 heldChange = 0;      // effect on the held amount
    qint64 debtChange = 0;      // effect on the debt (> 0: owes more)
    std::optional<qint64> leaseId;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Expected<BillingTransaction> fromJson(const QJsonObject &object);
};

struct BillingTransactionPage
{
    QList<BillingTransaction> transactions; // newest first
    std::optional<qint64> nextBefore;       // pass as ?before= for the next page

    QJsonObject toJson() const;
    static Expected<BillingTransactionPage> fromJson(const QJsonObject &object);
};

// A top-up of prepaid credit through the payment gateway.
struct TopUp
{
    qint64 id = 0;
    qint64 amount = 0;
    QString currency;
    // pending, requires_action (answer with POST .../confirm), succeeded, declined, failed
    QString status;
    QString action; // what the buyer must do while requires_action
    QString declineReason;
    qint64 refunded = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Expected<TopUp> fromJson(const QJsonObject &object);
};

// POST /billing/topups (with an Idempotency-Key).
struct TopUpRequest
{
    qint64 amount = 0;
    QString currency;
    QString cardNumber; // digits, spaces allowed; the test gateway's numbers in demo and tests

    QJsonObject toJson() const;
    static Expected<TopUpRequest> fromJson(const QJsonObject &object);
};

// Usage (including VAT) per UTC day, for the spend chart.
struct SpendDay
{
    QDate day;
    qint64 amount = 0;
};

struct SpendSeries
{
    QString currency;
    QList<SpendDay> days; // oldest first, every day of the range (zero days included)

    QJsonObject toJson() const;
    static Expected<SpendSeries> fromJson(const QJsonObject &object);
};

// A line of an invoice: usage of one lease, or a payment.
struct InvoiceLine
{
    QString kind; // usage, topup, refund, credit, adjustment
    QString description;
    std::optional<qint64> leaseId;
    QString instanceType;
    QString region;
    QString providerPseudonym;
    qint64 seconds = 0;
    qint64 ratePerHour = 0; // the locked price, before VAT
    QDateTime from;
    QDateTime to;
    qint64 net = 0;    // before VAT
    qint64 vat = 0;    // VAT on net
    qint64 amount = 0; // net + vat; for payments the amount received (topup) or returned (refund)

    QJsonObject toJson() const;
    static Expected<InvoiceLine> fromJson(const QJsonObject &object);
};

// A consolidated invoice (one per buyer per month, or on demand) or a credit
// note correcting one. Issued documents never change.
struct Invoice
{
    qint64 id = 0;
    QString number;         // SC-2026-000042: sequential without gaps per year
    QString kind;           // invoice, credit_note
    QString correctsNumber; // credit notes: the invoice they correct
    QString reason;         // credit notes: why
    QDateTime periodStart;
    QDateTime periodEnd;
    QDateTime issuedAt;
    QString currency;
    QString customerName;
    QString customerCountry;
    int vatRateBasisPoints = 0;
    qint64 openingBalance = 0; // credit minus debt before the first item
    qint64 closingBalance = 0; // the same after the last
    qint64 usageNet = 0;
    qint64 vat = 0;
    qint64 usageTotal = 0; // usageNet + vat (credit notes: the amount credited)
    qint64 topUps = 0;
    qint64 refunds = 0;
    QList<InvoiceLine> lines;    // usage (credit notes: what is credited); empty in lists
    QList<InvoiceLine> payments; // top-ups and refunds, shown apart; empty in lists

    QJsonObject toJson() const;
    static Expected<Invoice> fromJson(const QJsonObject &object);
};

struct CommissionTier
{
    std::optional<qint64> upTo; // monthly gross in minor units this rate applies up to; none: above
    int rateBasisPoints = 0;
};

// A seller's earnings (GET /seller/earnings).
struct SellerEarnings
{
    QString currency;
    qint64 payable = 0; // earned, net of commission, not yet paid out
    qint64 minimumPayout = 0;
    qint64 monthToDateGross = 0;
    qint64 monthToDateCommission = 0;
    int currentRateBasisPoints = 0; // the tier the next cent falls in
    qint64 paidOut = 0;             // all payouts so far
    QList<CommissionTier> tiers;

    QJsonObject toJson() const;
    static Expected<SellerEarnings> fromJson(const QJsonObject &object);
};

// One provider x instance type x region of a statement. Buyers never appear.
struct StatementLine
{
    QString providerPseudonym;
    QString providerName;
    QString instanceType;
    QString region;
    qint64 seconds = 0;
    qint64 gross = 0;
    qint64 commission = 0;
    qint64 net = 0;

    QJsonObject toJson() const;
    static Expected<StatementLine> fromJson(const QJsonObject &object);
};

// A seller's settlement for one month.
struct SellerStatement
{
    qint64 id = 0;
    QString number; // ST-2026-000007
    QString period; // 2026-10
    QDateTime periodStart;
    QDateTime periodEnd;
    QDateTime issuedAt;
    QString currency;
    QString sellerName;
    qint64 gross = 0;
    qint64 commission = 0;
    qint64 net = 0;
    std::optional<qint64> payoutId; // paid with this statement's run, when it reached the minimum
    QList<StatementLine> lines;     // empty in lists

    QJsonObject toJson() const;
    static Expected<SellerStatement> fromJson(const QJsonObject &object);
};

struct Payout
{
    qint64 id = 0;
    qint64 amount = 0;
    QString currency;
    QString status;    // paid
    QString reference; // what the bank transfer carries
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Expected<Payout> fromJson(const QJsonObject &object);
};

} // namespace sc::protocol
