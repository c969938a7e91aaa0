#pragma once

#include "core/billing/LedgerTypes.h"

#include <QList>
#include <QString>

namespace sc::broker {

class Database;

// Checks the whole journal (`sparecloud-broker --check-ledger`, tests, the
// month-end run): every transaction has two or more entries in one currency
// summing to zero; every entry is in its account's currency; each account's
// cached balance equals the sum of its entries; the kinds that may not go
// negative are not negative; every currency sums to zero over all accounts;
// each buyer_hold balance equals the holds billing tracks per bid and open lease.
class LedgerAudit
{
public:
    struct Problem
    {
        enum class Kind {
            Unbalanced,       // a transaction's entries do not sum to zero
            TooFewEntries,    // a transaction with 0 or 1 entries
            MixedCurrencies,  // a transaction with entries in several currencies
            CurrencyMismatch, // an entry in another currency than its account
            CacheMismatch,    // ledger_balances differs from the entries
            Negative,         // a non-negative account below zero
            CurrencyNotZero,  // a currency's accounts do not sum to zero
            HoldMismatch,     // a buyer's held money differs from what its bids and open leases hold
            TransferOpen,     // the transfers account is not at zero (half of a movement posted)
        };
        Kind kind = Kind::Unbalanced;
        qint64 transactionId = 0; // 0 when not about one transaction
        qint64 entryId = 0;
        qint64 accountId = 0;
        QString message;
    };

    struct Report
    {
        qint64 transactions = 0;
        qint64 entries = 0;
        qint64 accounts = 0;
        qint64 elapsedMs = 0;
        QList<Problem> problems; // at most maxProblems
        qint64 problemCount = 0; // all of them
        bool ok() const { return problemCount == 0; }
        // One line per problem after a line of counts, for the command line.
        QString summary() const;
    };

    // nonNegative: the kinds Ledger::Options forbids below zero.
    // checkHolds: also compare buyer_hold balances with billing's holds per
    // bid and open lease (the broker's own audit; not for a bare journal).
    explicit LedgerAudit(Database &database, QList<AccountKind> nonNegative, bool checkHolds = false);

    Report run(int maxProblems = 100) const;

    static QString problemKindName(Problem::Kind kind);

private:
    Database &m_database;
    QList<AccountKind> m_nonNegative;
    bool m_checkHolds = false;
};

} // namespace sc::broker
