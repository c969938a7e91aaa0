#include "core/market/BuybackService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/auth/Principal.h"
#include "core/billing/BillingService.h"
#include "core/billing/Ledger.h"
#include "core/store/Database.h"
#include "protocol/JsonReader.h"

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kMaxAmount = 100'000'000; // 1,000,000.00

QJsonValue timeOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue()
                          : QJsonValue(protocol::isoTime(QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC)));
}

ApiError notFound()
{
    return ApiError{ErrorCode::NotFound, u"There is no such buy-back offer."_s, {}, {}};
}

} // namespace

BuybackService::BuybackService(Database &database, Ledger &ledger, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_ledger(ledger)
    , m_clock(clock)
{
}

BuybackService::~BuybackService() = default;

void BuybackService::notifyOrganization(qint64 organizationId, const QString &kind, qint64 leaseId,
                                        const QString &message)
{
    if (!m_notify)
        return;
    DbQuery users = m_database.exec(u"SELECT id FROM users WHERE organization_id = ?"_s, {organizationId});
    while (users.next())
        m_notify(users.value(0).toLongLong(), kind, leaseId, message);
}

protocol::Expected<QJsonObject> BuybackService::offer(const Principal &seller, const Offer &request)
{
    if (request.amount < 1 || request.amount > kMaxAmount)
        return ApiError{ErrorCode::ValidationFailed,
                        u"The amount must be 0.01 to 1,000,000.00."_s,
                        QJsonObject{{u"field"_s, u"amount"_s}},
                        {}};
    if (request.noticeHours < 1 || request.noticeHours > kMaxNoticeHours)
        return ApiError{ErrorCode::ValidationFailed,
                        u"The notice must be 1 to %1 hours."_s.arg(kMaxNoticeHours),
                        QJsonObject{{u"field"_s, u"noticeHours"_s}},
                        {}};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    qint64 offerId = 0;
    qint64 buyerOrganizationId = 0;
    {
        Transaction transaction(m_database);
        DbQuery lease = m_database.exec(
            u"SELECT l.status, l.ends_at, l.organization_id, l.provider_id, l.currency, p.pseudonym FROM leases l "
            "JOIN providers p ON p.id = l.provider_id WHERE l.id = ? AND p.organization_id = ?"_s,
            {request.leaseId, seller.organizationId});
        if (!lease.next())
            return ApiError{ErrorCode::NotFound, u"There is no such lease on your clouds."_s, {}, {}};
        if (lease.value(0).toString() != u"active"_s)
            return ApiError{ErrorCode::Conflict,
                            u"Only a running lease can be bought back."_s,
                            QJsonObject{{u"reason"_s, u"not_active"_s}},
                            {}};
        const qint64 endsAt = lease.value(1).toLongLong();
        if (now + qint64(request.noticeHours) * kHourMs >= endsAt)
            return ApiError{ErrorCode::Conflict,
                            u"The lease ends before the notice would: nothing to buy back."_s,
                            QJsonObject{{u"reason"_s, u"ends_before_notice"_s}},
                            {}};
        if (m_database.exec(u"SELECT 1 FROM buyback_offers WHERE lease_id = ? AND status = 'open'"_s, {request.leaseId})
                .next())
            return ApiError{ErrorCode::Conflict,
                            u"This lease has an open offer already; withdraw it first."_s,
                            QJsonObject{{u"reason"_s, u"offer_open"_s}},
                            {}};
        buyerOrganizationId = lease.value(2).toLongLong();
        const QString currency = lease.value(4).toString();
        const qint64 payable = m_ledger.balanceOf(AccountKind::SellerPayable, seller.organizationId, currency);
        if (payable < request.amount)
            return ApiError{ErrorCode::Unprocessable,
                            u"A buy-back is paid from your earnings: %1 is payable, the offer needs %2."_s.arg(
                                BillingService::formatAmount(payable, currency),
                                BillingService::formatAmount(request.amount, currency)),
                            QJsonObject{{u"reason"_s, u"insufficient_funds"_s},
                                        {u"needed"_s, request.amount},
                                        {u"available"_s, payable}},
                            {}};
        offerId = m_database
                      .exec(u"INSERT INTO buyback_offers (lease_id, provider_id, seller_organization_id, "
                            "buyer_organization_id, amount, currency, notice_hours, status, expires_at, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"_s,
                            {request.leaseId,
                             lease.value(3).toLongLong(),
                             seller.organizationId,
                             buyerOrganizationId,
                             request.amount,
                             currency,
                             request.noticeHours,
                             now + kOfferLifetimeMs,
                             now})
                      .lastInsertId()
                      .toLongLong();
        LedgerPosting posting;
        posting.kind = TransactionKind::Hold;
        posting.currency = currency;
        posting.reference = u"buyback:%1:hold"_s.arg(offerId);
        posting.description = u"Held for buy-back offer %1 (lease %2)"_s.arg(offerId).arg(request.leaseId);
        posting.legs = {{AccountKind::SellerPayable, seller.organizationId, -request.amount},
                        {AccountKind::BuyerHold, seller.organizationId, request.amount}};
        const auto posted = m_ledger.post(posting);
        if (!posted)
            return posted.error();
        const QString pseudonym = lease.value(5).toString();
        notifyOrganization(buyerOrganizationId,
                           u"buyback_offered"_s,
                           request.leaseId,
                           u"%1 offers %2 to end lease %3 after %4 hours' notice."_s.arg(pseudonym)
                               .arg(BillingService::formatAmount(request.amount, currency))
                               .arg(request.leaseId)
                               .arg(request.noticeHours));
        transaction.commit();
    }
    Q_EMIT moneyMoved(seller.organizationId);
    // The buyer's standing rule may take it at once.
    DbQuery rule = m_database.exec(u"SELECT min_amount FROM buyback_rules WHERE organization_id = ?"_s,
                                   {buyerOrganizationId});
    if (rule.next() && request.amount >= rule.value(0).toLongLong()) {
        if (auto accepted = decide(offerId, buyerOrganizationId, true, u"accepted"_s); !accepted)
            qCWarning(lcMarket).noquote()
                << "buy-back" << offerId << "not accepted by rule:" << accepted.error().message;
    }
    return describe(offerId, false);
}

protocol::Expected<QJsonObject> BuybackService::decide(qint64 offerId, std::optional<qint64> buyerOrganizationId,
                                                       bool accepted, const QString &closedStatus)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    qint64 sellerOrganizationId = 0;
    qint64 buyerOrganization = 0;
    qint64 leaseId = 0;
    {
        Transaction transaction(m_database);
        DbQuery row = m_database.exec(u"SELECT lease_id, seller_organization_id, buyer_organization_id, amount, "
                                      "currency, notice_hours, status FROM buyback_offers WHERE id = ?"_s,
                                      {offerId});
        if (!row.next() || (buyerOrganizationId && row.value(2).toLongLong() != *buyerOrganizationId))
            return notFound();
        if (row.value(6).toString() != u"open"_s)
            return ApiError{ErrorCode::Conflict,
                            u"This offer is %1 already."_s.arg(row.value(6).toString()),
                            QJsonObject{{u"reason"_s, u"not_open"_s}},
                            {}};
        leaseId = row.value(0).toLongLong();
        sellerOrganizationId = row.value(1).toLongLong();
        buyerOrganization = row.value(2).toLongLong();
        const qint64 amount = row.value(3).toLongLong();
        const QString currency = row.value(4).toString();
        LedgerPosting posting;
        posting.currency = currency;
        std::optional<qint64> leaseEndsAt;
        if (accepted) {
            leaseEndsAt = now + row.value(5).toLongLong() * kHourMs;
            if (!m_shorten || !m_shorten(leaseId, *leaseEndsAt))
                return ApiError{ErrorCode::Conflict,
                                u"The lease is no longer running or ends before the notice would."_s,
                                QJsonObject{{u"reason"_s, u"not_active"_s}},
                                {}};
            // Two halves through transfers, one per organization, so each
            // lands on its own organization's invoice.
            LedgerPosting sellerHalf;
            sellerHalf.kind = TransactionKind::Capture;
            sellerHalf.currency = currency;
            sellerHalf.reference = u"buyback:%1:paid-out"_s.arg(offerId);
            sellerHalf.description = u"Buy-back of lease %1"_s.arg(leaseId);
            sellerHalf.legs = {{AccountKind::BuyerHold, sellerOrganizationId, -amount},
                               {AccountKind::Transfers, std::nullopt, amount}};
            const auto paidOut = m_ledger.post(sellerHalf);
            if (!paidOut)
                return paidOut.error();
            posting.kind = TransactionKind::Capture;
            posting.reference = u"buyback:%1:paid"_s.arg(offerId);
            posting.description = u"Buy-back of lease %1"_s.arg(leaseId);
            posting.legs.append({AccountKind::Transfers, std::nullopt, -amount});
            // To the buyer: what it owes first, the rest as credit.
            posting.legs += m_ledger.payBuyerLegs(buyerOrganization, currency, amount);
        } else {
            posting.kind = TransactionKind::Release;
            posting.reference = u"buyback:%1:released"_s.arg(offerId);
            posting.description = u"Buy-back offer %1 %2"_s.arg(offerId).arg(closedStatus);
            posting.legs = {{AccountKind::BuyerHold, sellerOrganizationId, -amount},
                            {AccountKind::SellerPayable, sellerOrganizationId, amount}};
        }
        const auto posted = m_ledger.post(posting);
        if (!posted)
            return posted.error();
        m_database.exec(u"UPDATE buyback_offers SET status = ?, decided_at = ?, lease_ends_at = ? WHERE id = ?"_s,
                        {closedStatus,
                         now,
                         leaseEndsAt ? QVariant(*leaseEndsAt) : QVariant(QMetaType(QMetaType::LongLong)),
                         offerId});
        if (closedStatus != u"withdrawn"_s)
            notifyOrganization(sellerOrganizationId,
                               u"buyback_"_s + closedStatus,
                               leaseId,
                               accepted ? u"Your buy-back of lease %1 was accepted; the slot is free at the end of "
                                          "the notice."_s.arg(leaseId)
                                        : u"Your buy-back offer for lease %1 was %2."_s.arg(leaseId).arg(closedStatus));
        transaction.commit();
    }
    Q_EMIT moneyMoved(sellerOrganizationId);
    Q_EMIT moneyMoved(buyerOrganization);
    return describe(offerId, true);
}

std::optional<ApiError> BuybackService::withdraw(const Principal &seller, qint64 offerId)
{
    DbQuery row = m_database.exec(u"SELECT seller_organization_id FROM buyback_offers WHERE id = ?"_s, {offerId});
    if (!row.next() || row.value(0).toLongLong() != seller.organizationId)
        return notFound();
    auto done = decide(offerId, std::nullopt, false, u"withdrawn"_s);
    if (!done)
        return done.error();
    return std::nullopt;
}

protocol::Expected<QJsonObject> BuybackService::accept(const Principal &buyer, qint64 offerId)
{
    return decide(offerId, buyer.organizationId, true, u"accepted"_s);
}

protocol::Expected<QJsonObject> BuybackService::refuse(const Principal &buyer, qint64 offerId)
{
    return decide(offerId, buyer.organizationId, false, u"refused"_s);
}

int BuybackService::expireDue()
{
    QList<qint64> due;
    DbQuery query = m_database.exec(u"SELECT id FROM buyback_offers WHERE status = 'open' AND expires_at <= ?"_s,
                                    {m_clock.now().toMSecsSinceEpoch()});
    while (query.next())
        due.append(query.value(0).toLongLong());
    int expired = 0;
    for (qint64 offerId : due) {
        if (decide(offerId, std::nullopt, false, u"expired"_s))
            ++expired;
    }
    return expired;
}

QJsonObject BuybackService::describe(qint64 offerId, bool forBuyer)
{
    DbQuery row = m_database.exec(
        u"SELECT o.id, o.lease_id, o.amount, o.currency, o.notice_hours, o.status, o.expires_at, o.lease_ends_at, "
        "o.created_at, o.decided_at, p.pseudonym, p.rating, l.instance_type_id, l.region_id, l.ends_at "
        "FROM buyback_offers o JOIN providers p ON p.id = o.provider_id JOIN leases l ON l.id = o.lease_id "
        "WHERE o.id = ?"_s,
        {offerId});
    if (!row.next())
        return {};
    QJsonObject offer{{u"id"_s, row.value(0).toLongLong()},
                      {u"leaseId"_s, row.value(1).toLongLong()},
                      {u"amount"_s, row.value(2).toLongLong()},
                      {u"currency"_s, row.value(3).toString()},
                      {u"noticeHours"_s, row.value(4).toInt()},
                      {u"status"_s, row.value(5).toString()},
                      {u"expiresAt"_s, timeOrNull(row.value(6))},
                      {u"leaseEndsAt"_s, timeOrNull(row.value(14))},
                      {u"createdAt"_s, timeOrNull(row.value(8))},
                      {u"decidedAt"_s, timeOrNull(row.value(9))},
                      {u"instanceType"_s, row.value(12).toString()},
                      {u"region"_s, row.value(13).toString()}};
    // Buyers learn the provider by its pseudonym and rating only.
    if (forBuyer)
        offer.insert(u"provider"_s,
                     QJsonObject{{u"pseudonym"_s, row.value(10).toString()}, {u"rating"_s, row.value(11).toDouble()}});
    return offer;
}

QList<QJsonObject> BuybackService::offersForSeller(qint64 organizationId)
{
    QList<qint64> ids;
    DbQuery query = m_database.exec(
        u"SELECT id FROM buyback_offers WHERE seller_organization_id = ? ORDER BY id DESC LIMIT 500"_s,
        {organizationId});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<QJsonObject> offers;
    for (qint64 id : ids)
        offers.append(describe(id, false));
    return offers;
}

QList<QJsonObject> BuybackService::offersForBuyer(qint64 organizationId)
{
    QList<qint64> ids;
    DbQuery query = m_database.exec(
        u"SELECT id FROM buyback_offers WHERE buyer_organization_id = ? ORDER BY id DESC LIMIT 500"_s,
        {organizationId});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<QJsonObject> offers;
    for (qint64 id : ids)
        offers.append(describe(id, true));
    return offers;
}

protocol::Expected<QJsonObject> BuybackService::setRule(const Principal &buyer, std::optional<qint64> minAmount)
{
    if (minAmount && (*minAmount < 1 || *minAmount > kMaxAmount))
        return ApiError{ErrorCode::ValidationFailed,
                        u"The amount must be 0.01 to 1,000,000.00, or null to turn the rule off."_s,
                        QJsonObject{{u"field"_s, u"minAmount"_s}},
                        {}};
    if (minAmount)
        m_database.exec(u"INSERT INTO buyback_rules (organization_id, min_amount, currency) VALUES (?, ?, ?) "
                        "ON CONFLICT (organization_id) DO UPDATE SET min_amount = excluded.min_amount"_s,
                        {buyer.organizationId, *minAmount, BillingService::kCurrency.toString()});
    else
        m_database.exec(u"DELETE FROM buyback_rules WHERE organization_id = ?"_s, {buyer.organizationId});
    return rule(buyer.organizationId);
}

QJsonObject BuybackService::rule(qint64 organizationId)
{
    DbQuery query = m_database.exec(u"SELECT min_amount, currency FROM buyback_rules WHERE organization_id = ?"_s,
                                    {organizationId});
    if (!query.next())
        return QJsonObject{{u"minAmount"_s, QJsonValue()}, {u"currency"_s, BillingService::kCurrency.toString()}};
    return QJsonObject{{u"minAmount"_s, query.value(0).toLongLong()}, {u"currency"_s, query.value(1).toString()}};
}

} // namespace sc::broker
