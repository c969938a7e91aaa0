#pragma once

#include "core/billing/LedgerTypes.h"
#include "protocol/Expected.h"

#include <QList>
#include <QObject>

#include <optional>

namespace sc::broker {

class Clock;
class Database;

// The broker's money journal: append-only, double-entry, integer minor units.
//
// post() writes a transaction of two or more legs that sum to zero, all in
// the posting's currency, with the accounts created on demand, in one
// database transaction (a savepoint inside the caller's). Entries are the
// truth; each account's balance is also kept in ledger_balances, written in
// the same transaction, so reads and the non-negative rule cost one row
// (LedgerAudit checks the cache against the entries). Accounts of the kinds
// in Options::nonNegative may not be taken below zero: the post that would do
// it is refused whole. Nothing is ever updated or deleted; a correction is
// reverse(), a new transaction with every leg negated.
class Ledger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ledger)

public:
    struct Options
    {
        QList<AccountKind> nonNegative{AccountKind::BuyerBalance, AccountKind::BuyerHold, AccountKind::SellerPayable};
    };
    static constexpr int kMaxLegs = 64;

    Ledger(Database &database, const Clock &clock, QObject *parent = nullptr);
    Ledger(Database &database, const Clock &clock, Options options, QObject *parent = nullptr);
    ~Ledger() override;

    // Refused (ValidationFailed) when unbalanced, a leg is zero, fewer than
    // two legs, the currency is not three upper-case letters, or the reference
    // was used for different legs; Conflict when a non-negative account would
    // go below zero (details: accountId, balance, amount) or the transaction to
    // reverse is already reversed; NotFound for an unknown reversed transaction.
    protocol::Expected<PostedTransaction> post(const LedgerPosting &posting);
    // Posts the negation of transaction `transactionId` (kind reversal,
    // referring to it). A transaction is reversed at most once.
    protocol::Expected<PostedTransaction> reverse(qint64 transactionId, const QString &reference,
                                                  const QString &description);

    // The account's id, creating it (with a zero balance) when missing.
    qint64 accountFor(AccountKind kind, std::optional<qint64> organizationId, const QString &currency);
    std::optional<qint64> findAccount(AccountKind kind, std::optional<qint64> organizationId,
                                      const QString &currency) const;
    std::optional<LedgerAccount> account(qint64 accountId) const;

    // The cached balance (0 for an unknown account) and the same derived from
    // the entries (the authority; a full scan of the account's entries).
    qint64 balance(qint64 accountId) const;
    qint64 balanceFromEntries(qint64 accountId) const;
    // Convenience: the balance of (kind, owner, currency); 0 when no account.
    qint64 balanceOf(AccountKind kind, std::optional<qint64> organizationId, const QString &currency) const;
    // The legs that pay a buyer `amount`: what it owes first (buyer_debt),
    // the rest as credit (buyer_balance). Empty for amount <= 0.
    QList<LedgerLeg> payBuyerLegs(qint64 organizationId, const QString &currency, qint64 amount) const;
    // Every account the organization owns, with its balance.
    QList<LedgerAccount> balances(qint64 organizationId) const;
    // The account's entries, newest first, `limit` (1..1000) at a time; pass
    // the page's nextBeforeId to get the next.
    LedgerEntryPage entries(qint64 accountId, std::optional<qint64> beforeId = std::nullopt, int limit = 100) const;
    // The legs of a posted transaction, as accounts and amounts.
    QList<LedgerEntry> transactionEntries(qint64 transactionId) const;

    const Options &options() const { return m_options; }
    bool isNonNegative(AccountKind kind) const { return m_options.nonNegative.contains(kind); }
    static bool isValidCurrency(const QString &currency);

Q_SIGNALS:
    // After a post (not a replay) was written. Inside a caller's transaction
    // the caller may still roll it back.
    void posted(const sc::broker::PostedTransaction &transaction);

private:
    struct ResolvedLeg;
    protocol::Expected<PostedTransaction> replay(qint64 existingId, const LedgerPosting &posting) const;

    Database &m_database;
    const Clock &m_clock;
    Options m_options;
};

} // namespace sc::broker
