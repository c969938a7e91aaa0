#include "core/billing/Ledger.h"

#include "core/Clock.h"
#include "core/store/Database.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace sc::broker {

using protocol::ApiError;
using protocol::ErrorCode;
using protocol::Expected;

namespace {

ApiError error(ErrorCode code, const QString &message, QJsonObject details = {})
{
    return ApiError{code, message, std::move(details), {}};
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

const QString kFindAccount =
    u"SELECT a.id, b.balance FROM ledger_accounts a JOIN ledger_balances b ON b.account_id = a.id "
    "WHERE a.kind = ? AND COALESCE(a.organization_id, 0) = ? AND a.currency = ?"_s;

} // namespace

struct Ledger::ResolvedLeg
{
    qint64 accountId = 0;
    AccountKind kind = AccountKind::BuyerBalance;
    std::optional<qint64> organizationId;
    qint64 before = 0;
    qint64 net = 0;
    int entryCount = 0;
};

Ledger::Ledger(Database &database, const Clock &clock, QObject *parent)
    : Ledger(database, clock, Options(), parent)
{
}

Ledger::Ledger(Database &database, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_options(std::move(options))
{
}

Ledger::~Ledger() = default;

bool Ledger::isValidCurrency(const QString &currency)
{
    return currency.size() == 3
           && std::all_of(currency.begin(), currency.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

Expected<PostedTransaction> Ledger::post(const LedgerPosting &posting)
{
    if (!isValidCurrency(posting.currency))
        return error(ErrorCode::ValidationFailed,
                     u"The currency must be three upper-case letters (ISO 4217); got '%1'."_s.arg(posting.currency));
    if (posting.legs.size() < 2 || posting.legs.size() > kMaxLegs)
        return error(ErrorCode::ValidationFailed,
                     u"A transaction has 2 to %1 legs; this one has %2."_s.arg(kMaxLegs).arg(posting.legs.size()));
    qint64 sum = 0;
    for (const LedgerLeg &leg : posting.legs) {
        if (leg.amount == 0)
            return error(ErrorCode::ValidationFailed, u"A leg of a transaction cannot be zero."_s);
        if (qAddOverflow(sum, leg.amount, &sum))
            return error(ErrorCode::ValidationFailed, u"The legs of the transaction overflow."_s);
    }
    if (sum != 0)
        return error(ErrorCode::ValidationFailed,
                     u"The legs of a transaction must sum to zero; these sum to %1 %2 (minor units)."_s.arg(sum).arg(
                         posting.currency),
                     QJsonObject{{u"sum"_s, sum}});

    // Every check comes before the first write, so inside a caller's
    // transaction a refusal leaves it as it was and no savepoint is needed
    // (a savepoint makes SQLite copy each page it touches to a sub-journal:
    // it halved the posts per second). Alone, the post is its own transaction.
    std::optional<Transaction> ownTransaction;
    if (!m_database.inTransaction())
        ownTransaction.emplace(m_database);
    if (!posting.reference.isEmpty()) {
        DbQuery existing = m_database.exec(u"SELECT id FROM ledger_transactions WHERE reference = ?"_s,
                                           {posting.reference});
        if (existing.next()) {
            const qint64 existingId = existing.value(0).toLongLong();
            return replay(existingId, posting);
        }
    }
    if (posting.reversesTransactionId) {
        DbQuery original = m_database.exec(
            u"SELECT (SELECT id FROM ledger_transactions WHERE kind = 'reversal' AND reverses_transaction_id = t.id) "
            "FROM ledger_transactions t WHERE t.id = ?"_s,
            {*posting.reversesTransactionId});
        if (!original.next())
            return error(ErrorCode::NotFound,
                         u"There is no ledger transaction %1 to refer to."_s.arg(*posting.reversesTransactionId));
        if (posting.kind == TransactionKind::Reversal && !original.value(0).isNull())
            return error(ErrorCode::Conflict,
                         u"Ledger transaction %1 is already reversed by %2."_s.arg(*posting.reversesTransactionId)
                             .arg(original.value(0).toLongLong()));
    }

    // Resolve each distinct account once, summing the legs that share it.
    QList<ResolvedLeg> accounts;
    QList<qsizetype> accountOfLeg;
    accountOfLeg.reserve(posting.legs.size());
    for (const LedgerLeg &leg : posting.legs) {
        const auto same = std::find_if(accounts.begin(), accounts.end(), [&leg](const ResolvedLeg &resolved) {
            return resolved.kind == leg.account && resolved.organizationId == leg.organizationId;
        });
        if (same != accounts.end()) {
            same->net += leg.amount;
            ++same->entryCount;
            accountOfLeg.append(same - accounts.begin());
            continue;
        }
        ResolvedLeg resolved{0, leg.account, leg.organizationId, 0, leg.amount, 1};
        DbQuery found = m_database.exec(
            kFindAccount, {accountKindName(leg.account), leg.organizationId.value_or(0), posting.currency});
        if (found.next()) {
            resolved.accountId = found.value(0).toLongLong();
            resolved.before = found.value(1).toLongLong();
        } // else: a new account, created with the entries, from a zero balance
        accountOfLeg.append(accounts.size());
        accounts.append(resolved);
    }
    for (const ResolvedLeg &resolved : accounts) {
        if (resolved.net < 0 && isNonNegative(resolved.kind) && resolved.before + resolved.net < 0) {
            return error(
                ErrorCode::Conflict,
                u"The %1 account of %2 holds %3 %4 (minor units); it cannot give %5."_s
                    .arg(accountKindName(resolved.kind))
                    .arg(resolved.organizationId ? u"organization %1"_s.arg(*resolved.organizationId) : u"the broker"_s)
                    .arg(resolved.before)
                    .arg(posting.currency)
                    .arg(-resolved.net),
                QJsonObject{{u"reason"_s, u"insufficient_balance"_s},
                            {u"accountId"_s, resolved.accountId},
                            {u"balance"_s, resolved.before},
                            {u"amount"_s, -resolved.net}});
        }
    }

    for (ResolvedLeg &resolved : accounts) {
        if (resolved.accountId == 0)
            resolved.accountId = accountFor(resolved.kind, resolved.organizationId, posting.currency);
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const DbQuery inserted = m_database.exec(
        u"INSERT INTO ledger_transactions (kind, reference, description, reverses_transaction_id, created_at) "
        "VALUES (?, ?, ?, ?, ?)"_s,
        {transactionKindName(posting.kind),
         posting.reference.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(posting.reference),
         posting.description,
         nullableId(posting.reversesTransactionId),
         now});
    PostedTransaction result;
    result.id = inserted.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < posting.legs.size(); ++i) {
        m_database.exec(
            u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) VALUES (?, ?, ?, ?)"_s,
            {result.id, accounts.at(accountOfLeg.at(i)).accountId, posting.legs.at(i).amount, posting.currency});
    }
    for (const ResolvedLeg &resolved : std::as_const(accounts)) {
        const qint64 after = resolved.before + resolved.net;
        m_database.exec(u"UPDATE ledger_balances SET balance = ?, entry_count = entry_count + ? WHERE account_id = ?"_s,
                        {after, resolved.entryCount, resolved.accountId});
        result.changes.append(BalanceChange{
            resolved.accountId, resolved.kind, resolved.organizationId, posting.currency, resolved.before, after});
    }
    if (ownTransaction)
        ownTransaction->commit();
    Q_EMIT posted(result);
    return result;
}

Expected<PostedTransaction> Ledger::replay(qint64 existingId, const LedgerPosting &posting) const
{
    // The same reference again is a retry when it carries the same legs.
    QList<std::pair<qint64, qint64>> stored;
    for (const LedgerEntry &entry : transactionEntries(existingId))
        stored.append({entry.accountId, entry.amount});
    QList<std::pair<qint64, qint64>> asked;
    bool same = true;
    for (const LedgerLeg &leg : posting.legs) {
        const auto accountId = findAccount(leg.account, leg.organizationId, posting.currency);
        if (!accountId) {
            same = false;
            break;
        }
        asked.append({*accountId, leg.amount});
    }
    std::sort(stored.begin(), stored.end());
    std::sort(asked.begin(), asked.end());
    if (!same || stored != asked)
        return error(
            ErrorCode::ValidationFailed,
            u"The reference '%1' was already used for ledger transaction %2 with other legs."_s.arg(posting.reference)
                .arg(existingId),
            QJsonObject{{u"reason"_s, u"reference_reused"_s}, {u"transactionId"_s, existingId}});
    PostedTransaction result;
    result.id = existingId;
    result.replayed = true;
    return result;
}

Expected<PostedTransaction> Ledger::reverse(qint64 transactionId, const QString &reference, const QString &description)
{
    const QList<LedgerEntry> original = transactionEntries(transactionId);
    if (original.isEmpty())
        return error(ErrorCode::NotFound, u"There is no ledger transaction %1 to reverse."_s.arg(transactionId));
    LedgerPosting posting;
    posting.kind = TransactionKind::Reversal;
    posting.currency = original.constFirst().currency;
    posting.reference = reference;
    posting.description = description;
    posting.reversesTransactionId = transactionId;
    for (const LedgerEntry &entry : original) {
        const auto target = account(entry.accountId);
        if (!target)
            return error(ErrorCode::Internal, u"Ledger account %1 is missing."_s.arg(entry.accountId));
        posting.legs.append(LedgerLeg{target->kind, target->organizationId, -entry.amount});
    }
    return post(posting);
}

qint64 Ledger::accountFor(AccountKind kind, std::optional<qint64> organizationId, const QString &currency)
{
    if (const auto existing = findAccount(kind, organizationId, currency))
        return *existing;
    Transaction transaction(m_database);
    const DbQuery inserted = m_database.exec(
        u"INSERT INTO ledger_accounts (kind, organization_id, currency, created_at) VALUES (?, ?, ?, ?)"_s,
        {accountKindName(kind), nullableId(organizationId), currency, m_clock.now().toMSecsSinceEpoch()});
    const qint64 id = inserted.lastInsertId().toLongLong();
    m_database.exec(u"INSERT INTO ledger_balances (account_id, balance, entry_count) VALUES (?, 0, 0)"_s, {id});
    transaction.commit();
    return id;
}

std::optional<qint64> Ledger::findAccount(AccountKind kind, std::optional<qint64> organizationId,
                                          const QString &currency) const
{
    DbQuery query = m_database.exec(kFindAccount, {accountKindName(kind), organizationId.value_or(0), currency});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<LedgerAccount> Ledger::account(qint64 accountId) const
{
    DbQuery query = m_database.exec(
        u"SELECT a.kind, a.organization_id, a.currency, COALESCE(b.balance, 0) FROM ledger_accounts a "
        "LEFT JOIN ledger_balances b ON b.account_id = a.id WHERE a.id = ?"_s,
        {accountId});
    if (!query.next())
        return std::nullopt;
    return LedgerAccount{accountId,
                         accountKindFromName(query.value(0).toString()).value_or(AccountKind::Adjustments),
                         optionalId(query.value(1)),
                         query.value(2).toString(),
                         query.value(3).toLongLong()};
}

qint64 Ledger::balance(qint64 accountId) const
{
    DbQuery query = m_database.exec(u"SELECT balance FROM ledger_balances WHERE account_id = ?"_s, {accountId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 Ledger::balanceFromEntries(qint64 accountId) const
{
    DbQuery query = m_database.exec(u"SELECT COALESCE(SUM(amount), 0) FROM ledger_entries WHERE account_id = ?"_s,
                                    {accountId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<LedgerLeg> Ledger::payBuyerLegs(qint64 organizationId, const QString &currency, qint64 amount) const
{
    QList<LedgerLeg> legs;
    if (amount <= 0)
        return legs;
    const qint64 owed = -std::min<qint64>(0, balanceOf(AccountKind::BuyerDebt, organizationId, currency));
    const qint64 toDebt = std::min(owed, amount);
    if (toDebt > 0)
        legs.append({AccountKind::BuyerDebt, organizationId, toDebt});
    if (amount > toDebt)
        legs.append({AccountKind::BuyerBalance, organizationId, amount - toDebt});
    return legs;
}

qint64 Ledger::balanceOf(AccountKind kind, std::optional<qint64> organizationId, const QString &currency) const
{
    DbQuery query = m_database.exec(kFindAccount, {accountKindName(kind), organizationId.value_or(0), currency});
    return query.next() ? query.value(1).toLongLong() : 0;
}

QList<LedgerAccount> Ledger::balances(qint64 organizationId) const
{
    QList<LedgerAccount> accounts;
    DbQuery query = m_database.exec(
        u"SELECT a.id, a.kind, a.currency, COALESCE(b.balance, 0) FROM ledger_accounts a "
        "LEFT JOIN ledger_balances b ON b.account_id = a.id WHERE a.organization_id = ? ORDER BY a.id"_s,
        {organizationId});
    while (query.next()) {
        accounts.append(LedgerAccount{query.value(0).toLongLong(),
                                      accountKindFromName(query.value(1).toString()).value_or(AccountKind::Adjustments),
                                      organizationId,
                                      query.value(2).toString(),
                                      query.value(3).toLongLong()});
    }
    return accounts;
}

LedgerEntryPage Ledger::entries(qint64 accountId, std::optional<qint64> beforeId, int limit) const
{
    limit = std::clamp(limit, 1, 1000);
    LedgerEntryPage page;
    DbQuery query = m_database.exec(
        u"SELECT e.id, e.transaction_id, e.amount, e.currency, t.kind, t.description, t.created_at "
        "FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id "
        "WHERE e.account_id = ? AND e.id < ? ORDER BY e.id DESC LIMIT ?"_s,
        {accountId, beforeId.value_or(std::numeric_limits<qint64>::max()), limit + 1});
    while (query.next()) {
        if (page.entries.size() == limit) {
            page.nextBeforeId = page.entries.constLast().id;
            break;
        }
        page.entries.append(
            LedgerEntry{query.value(0).toLongLong(),
                        query.value(1).toLongLong(),
                        accountId,
                        query.value(2).toLongLong(),
                        query.value(3).toString(),
                        transactionKindFromName(query.value(4).toString()).value_or(TransactionKind::Adjustment),
                        query.value(5).toString(),
                        QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC)});
    }
    return page;
}

QList<LedgerEntry> Ledger::transactionEntries(qint64 transactionId) const
{
    QList<LedgerEntry> entries;
    DbQuery query = m_database.exec(
        u"SELECT e.id, e.account_id, e.amount, e.currency, t.kind, t.description, t.created_at "
        "FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id "
        "WHERE e.transaction_id = ? ORDER BY e.id"_s,
        {transactionId});
    while (query.next()) {
        entries.append(
            LedgerEntry{query.value(0).toLongLong(),
                        transactionId,
                        query.value(1).toLongLong(),
                        query.value(2).toLongLong(),
                        query.value(3).toString(),
                        transactionKindFromName(query.value(4).toString()).value_or(TransactionKind::Adjustment),
                        query.value(5).toString(),
                        QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC)});
    }
    return entries;
}

} // namespace sc::broker
