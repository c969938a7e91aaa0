#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sc::broker {

// What a ledger account holds. Money moves from the accounts of a
// transaction's negative legs to those of its positive legs; an account's
// balance is the sum of its entries, so accounts that stand for the outside
// world (payment_clearing: money that came in through a payment gateway)
// carry negative balances, and the sum over all accounts is always zero.
enum class AccountKind {
    BuyerBalance,    // a buyer's prepaid credit, spendable
    BuyerHold,       // a buyer's credit reserved for running leases
    BuyerDebt,       // what a buyer owes (negative) after a chargeback took more than the balance
    SellerPayable,   // earned by a seller, not yet paid out
    BrokerRevenue,   // the broker's commission
    PaymentClearing, // money in from (or back to) payment gateways
    Payouts,         // money paid out to sellers
    Adjustments,     // broker-wide write-offs and goodwill credits
    TaxPayable,      // VAT collected on usage, owed to the buyers' tax authorities
    Transfers,       // transit between two organizations' halves of one movement (each half is its own
                     // transaction, on its own organization's invoice); zero once both are posted
};

enum class TransactionKind {
    TopUp,   // payment_clearing -> buyer_balance
    Hold,    // buyer_balance -> buyer_hold
    Release, // buyer_hold -> buyer_balance
    Capture, // usage: buyer_hold (then buyer_balance, then buyer_debt) -> seller_payable + broker_revenue + tax_payable
    Payout,  // seller_payable -> payouts
    Refund,  // buyer_balance (+ buyer_debt) -> payment_clearing, refers to its top-up
    Reversal,   // the exact negation of another transaction (a correction)
    Adjustment, // anything else an operator posts, with a description
};

QString accountKindName(AccountKind kind);
std::optional<AccountKind> accountKindFromName(QStringView name);
QString transactionKindName(TransactionKind kind);
std::optional<TransactionKind> transactionKindFromName(QStringView name);
QList<AccountKind> allAccountKinds();

// Where one leg of a transaction goes: an account named by its kind, owner
// (none for broker-wide accounts) and the transaction's currency.
struct LedgerLeg
{
    AccountKind account = AccountKind::BuyerBalance;
    std::optional<qint64> organizationId;
    qint64 amount = 0; // minor units; > 0 into the account, < 0 out of it
};

// A transaction to post: at least two legs summing to zero, one currency.
struct LedgerPosting
{
    TransactionKind kind = TransactionKind::Adjustment;
    QString currency; // ISO 4217, three upper-case letters
    // Unique over the journal when set: posting again with the same
    // reference and legs answers the first transaction (idempotent retry);
    // other legs under a used reference are refused.
    QString reference;
    QString description;
    std::optional<qint64> reversesTransactionId;
    QList<LedgerLeg> legs;
};

// A balance as a post changed it (for watchers such as LowBalanceAlerts).
struct BalanceChange
{
    qint64 accountId = 0;
    AccountKind kind = AccountKind::BuyerBalance;
    std::optional<qint64> organizationId;
    QString currency;
    qint64 before = 0;
    qint64 after = 0;
};

struct PostedTransaction
{
    qint64 id = 0;
    bool replayed = false; // the reference was already posted; nothing new was written
    QList<BalanceChange> changes;
};

struct LedgerAccount
{
    qint64 id = 0;
    AccountKind kind = AccountKind::BuyerBalance;
    std::optional<qint64> organizationId;
    QString currency;
    qint64 balance = 0;
};

struct LedgerEntry
{
    qint64 id = 0;
    qint64 transactionId = 0;
    qint64 accountId = 0;
    qint64 amount = 0;
    QString currency;
    TransactionKind transactionKind = TransactionKind::Adjustment;
    QString description;
    QDateTime createdAt;
};

struct LedgerEntryPage
{
    QList<LedgerEntry> entries;         // newest first
    std::optional<qint64> nextBeforeId; // pass as beforeId for the next page; none at the end
};

} // namespace sc::broker
