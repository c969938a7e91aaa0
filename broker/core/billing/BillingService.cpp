#include "core/billing/BillingService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/billing/Ledger.h"
#include "core/store/Database.h"

#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

QVariant nullableInteger(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace

struct BillingService::LeaseState
{
    qint64 leaseId = 0;
    qint64 organizationId = 0;
    qint64 sellerOrganizationId = 0;
    qint64 providerId = 0;
    QString currency;
    qint64 price = 0;
    int vatBp = 0;
    std::optional<qint64> billedUntil;
    qint64 netTotal = 0;
    qint64 grossTotal = 0;
    qint64 hold = 0;
    QString funding;
    std::optional<qint64> graceEndsAt;
    // From the lease and its instance.
    QString status;
    qint64 endsAt = 0;
    qint64 userId = 0;
    std::optional<qint64> runningAt;
    std::optional<qint64> endedAt;
    // A resold lease: the seller's locked price and who sold the lease on.
    qint64 sellerPrice = 0;
    qint64 sellerNetTotal = 0;
    std::optional<qint64> resellerOrganizationId;
    int resellerVatBp = 0;
    qint64 resellerHold = 0;
    std::optional<qint64> resoldFromLeaseId;
};

BillingService::BillingService(Database &database, Ledger &ledger, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_options(std::move(options))
{
}

BillingService::~BillingService() = default;

void BillingService::noteLease(const PostedTransaction &posted, qint64 leaseId)
{
    if (!posted.replayed)
        m_database.exec(u"INSERT INTO billing_transaction_leases (ledger_transaction_id, lease_id) VALUES (?, ?)"_s,
                        {posted.id, leaseId});
}

QString BillingService::formatAmount(qint64 minor, const QString &currency)
{
    return u"%1%2.%3 %4"_s.arg(minor < 0 ? u"-"_s : QString())
        .arg(std::abs(minor) / 100)
        .arg(std::abs(minor) % 100, 2, 10, QChar(u'0'))
        .arg(currency);
}

qint64 BillingService::vatOn(qint64 net, int basisPoints)
{
    // Half away from zero, so a credit mirrors its charge.
    const qint64 scaled = net * basisPoints;
    return scaled >= 0 ? (scaled + 5'000) / 10'000 : -((-scaled + 5'000) / 10'000);
}

qint64 BillingService::holdFor(qint64 pricePerHour, int vatBasisPoints, qint64 ms)
{
    if (ms <= 0)
        return 0;
    const qint64 net = (pricePerHour * ms + kHourMs - 1) / kHourMs;
    return grossOf(net, vatBasisPoints);
}

qint64 BillingService::cumulativeCommission(qint64 volume) const
{
    // Sum of (the part of the volume in each tier) x (its rate), rounded once.
    qint64 scaled = 0;
    qint64 lower = 0;
    for (const Tier &tier : m_options.commission) {
        if (volume <= lower)
            break;
        const qint64 upper = tier.upTo.value_or(std::numeric_limits<qint64>::max());
        const qint64 part = std::min(volume, upper) - lower;
        scaled += part * tier.rateBasisPoints;
        lower = upper;
    }
    return (scaled + 5'000) / 10'000;
}

int BillingService::rateAt(qint64 volume) const
{
    for (const Tier &tier : m_options.commission) {
        if (!tier.upTo || volume < *tier.upTo)
            return tier.rateBasisPoints;
    }
    return m_options.commission.isEmpty() ? 0 : m_options.commission.constLast().rateBasisPoints;
}

QString BillingService::periodOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM"_s);
}

qint64 BillingService::nextMonthStart(qint64 ms)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return QDateTime(QDate(day.year(), day.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 BillingService::monthStart(const QString &period)
{
    const QDate day = QDate::fromString(period + u"-01"_s, Qt::ISODate);
    if (!day.isValid() || period.size() != 7)
        return -1;
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString BillingService::countryOf(qint64 organizationId)
{
    DbQuery query = m_database.exec(u"SELECT country_code FROM organizations WHERE id = ?"_s, {organizationId});
    return query.next() ? query.value(0).toString() : QString();
}

int BillingService::vatRate(qint64 organizationId)
{
    DbQuery query = m_database.exec(u"SELECT v.rate_bp FROM organizations o JOIN billing_vat_rates v "
                                    "ON v.country_code = o.country_code WHERE o.id = ?"_s,
                                    {organizationId});
    return query.next() ? query.value(0).toInt() : 0;
}

void BillingService::ensureWelcomeCredit(qint64 organizationId)
{
    // Looked up each time rather than remembered: the grant may be rolled back
    // with the caller's transaction (a refused bid).
    if (m_options.welcomeCredit <= 0)
        return;
    const QString reference = u"welcome:%1"_s.arg(organizationId);
    if (m_database.exec(u"SELECT 1 FROM ledger_transactions WHERE reference = ?"_s, {reference}).next())
        return;
    DbQuery buyer = m_database.exec(u"SELECT kind FROM organizations WHERE id = ?"_s, {organizationId});
    if (!buyer.next() || buyer.value(0).toString() == u"operator"_s)
        return;
    grantCredit(organizationId, m_options.welcomeCredit, kCurrency.toString(), u"Welcome credit"_s, reference);
}

protocol::Expected<PostedTransaction> BillingService::grantCredit(qint64 organizationId, qint64 amount,
                                                                  const QString &currency, const QString &reason,
                                                                  const QString &reference)
{
    if (amount <= 0 || amount > 100'000'000)
        return ApiError{ErrorCode::ValidationFailed,
                        u"A credit must be 0.01 to 1,000,000.00."_s,
                        QJsonObject{{u"field"_s, u"amount"_s}},
                        {}};
    LedgerPosting posting;
    posting.kind = TransactionKind::Adjustment;
    posting.currency = currency;
    posting.reference = reference;
    posting.description = reason.left(200);
    posting.legs = {{AccountKind::Adjustments, std::nullopt, -amount},
                    {AccountKind::BuyerBalance, organizationId, amount}};
    auto posted = m_ledger.post(posting);
    if (posted && !posted->replayed)
        Q_EMIT balanceChanged(organizationId);
    return posted;
}

std::optional<ApiError> BillingService::holdFromBalance(qint64 organizationId, qint64 amount, const QString &currency,
                                                        const QString &reference, const QString &description,
                                                        std::optional<qint64> leaseId, const QString &refusal)
{
    const qint64 available = m_ledger.balanceOf(AccountKind::BuyerBalance, organizationId, currency);
    if (available < amount)
        return ApiError{ErrorCode::Unprocessable,
                        refusal.arg(formatAmount(amount, currency), formatAmount(available, currency)),
                        QJsonObject{{u"reason"_s, u"insufficient_funds"_s},
                                    {u"needed"_s, amount},
                                    {u"available"_s, available},
                                    {u"currency"_s, currency}},
                        {}};
    if (amount <= 0)
        return std::nullopt;
    LedgerPosting posting;
    posting.kind = TransactionKind::Hold;
    posting.currency = currency;
    posting.reference = reference;
    posting.description = description;
    posting.legs = {{AccountKind::BuyerBalance, organizationId, -amount},
                    {AccountKind::BuyerHold, organizationId, amount}};
    const auto posted = m_ledger.post(posting);
    if (!posted)
        return posted.error();
    if (leaseId)
        noteLease(*posted, *leaseId);
    return std::nullopt;
}

void BillingService::releaseToBalance(qint64 organizationId, qint64 amount, const QString &currency,
                                      const QString &reference, const QString &description,
                                      std::optional<qint64> leaseId)
{
    if (amount <= 0)
        return;
    LedgerPosting posting;
    posting.kind = TransactionKind::Release;
    posting.currency = currency;
    posting.reference = reference;
    posting.description = description;
    posting.legs = {{AccountKind::BuyerHold, organizationId, -amount},
                    {AccountKind::BuyerBalance, organizationId, amount}};
    const auto posted = m_ledger.post(posting);
    if (!posted)
        throw DatabaseError(u"%1: %2"_s.arg(description, posted.error().message));
    if (leaseId)
        noteLease(*posted, *leaseId);
}

std::optional<ApiError> BillingService::holdForBid(qint64 organizationId, qint64 bidId, qint64 quantity,
                                                   qint64 maxPricePerHour)
{
    ensureWelcomeCredit(organizationId);
    const QString currency = kCurrency.toString();
    const int vat = vatRate(organizationId);
    const qint64 perSlot = holdFor(maxPricePerHour, vat, m_options.holdMs);
    const qint64 needed = perSlot * quantity;
    if (auto problem = holdFromBalance(
            organizationId,
            needed,
            currency,
            u"bid:%1:hold"_s.arg(bidId),
            u"Held for bid %1"_s.arg(bidId),
            std::nullopt,
            u"This bid needs %1 of credit held for its first hour (VAT included); %2 is available. Add credit or "
            "bid for fewer slots."_s))
        return problem;
    m_database.exec(u"INSERT INTO billing_bid_holds (bid_id, organization_id, currency, per_slot, vat_bp, amount) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {bidId, organizationId, currency, perSlot, vat, needed});
    return std::nullopt;
}

void BillingService::leaseOpened(qint64 bidId, qint64 leaseId)
{
    DbQuery lease = m_database.exec(u"SELECT l.organization_id, p.organization_id, l.provider_id, l.price_per_hour, "
                                    "l.currency FROM leases l JOIN providers p ON p.id = l.provider_id "
                                    "WHERE l.id = ?"_s,
                                    {leaseId});
    if (!lease.next())
        throw DatabaseError(u"lease %1 vanished inside its own trade"_s.arg(leaseId));
    const qint64 organizationId = lease.value(0).toLongLong();
    const qint64 price = lease.value(3).toLongLong();
    const QString currency = lease.value(4).toString();
    qint64 perSlot = 0;
    qint64 bidAmount = 0;
    int vat = vatRate(organizationId);
    DbQuery bid = m_database.exec(u"SELECT per_slot, amount, vat_bp FROM billing_bid_holds WHERE bid_id = ?"_s,
                                  {bidId});
    if (bid.next()) {
        perSlot = bid.value(0).toLongLong();
        bidAmount = bid.value(1).toLongLong();
        vat = bid.value(2).toInt();
    }
    const qint64 fromBid = std::min(perSlot, bidAmount);
    const qint64 leaseHold = std::min(fromBid, holdFor(price, vat, m_options.holdMs));
    if (fromBid > 0) {
        m_database.exec(u"UPDATE billing_bid_holds SET amount = amount - ? WHERE bid_id = ?"_s, {fromBid, bidId});
        releaseToBalance(organizationId,
                         fromBid - leaseHold,
                         currency,
                         u"lease:%1:opened"_s.arg(leaseId),
                         u"Bid %1 traded below its limit (lease %2)"_s.arg(bidId).arg(leaseId),
                         leaseId);
    }
    m_database.exec(u"INSERT INTO billing_leases (lease_id, organization_id, seller_organization_id, provider_id, "
                    "currency, price_per_hour, vat_bp, hold) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {leaseId,
                     organizationId,
                     lease.value(1).toLongLong(),
                     lease.value(2).toLongLong(),
                     currency,
                     price,
                     vat,
                     leaseHold});
    // A lease sold on: its seller keeps the locked price of the lease it came
    // from, and the reseller's hold (for selling below that price) moves here.
    // (Every resale ask has its hold row, 0 when it sells at or above that price.)
    DbQuery resale = m_database.exec(
        u"SELECT o.organization_id, COALESCE(b.seller_price_per_hour, b.price_per_hour), h.ask_id, h.amount, "
        "h.vat_bp FROM leases l JOIN leases o ON o.id = l.resold_from_lease_id "
        "JOIN billing_leases b ON b.lease_id = o.id JOIN trades t ON t.id = l.trade_id "
        "JOIN billing_resale_holds h ON h.ask_id = t.ask_id WHERE l.id = ?"_s,
        {leaseId});
    if (resale.next()) {
        m_database.exec(u"UPDATE billing_resale_holds SET amount = 0 WHERE ask_id = ?"_s, {resale.value(2)});
        m_database.exec(u"UPDATE billing_leases SET seller_price_per_hour = ?, reseller_organization_id = ?, "
                        "reseller_vat_bp = ?, reseller_hold = ? WHERE lease_id = ?"_s,
                        {resale.value(1), resale.value(0), resale.value(4), resale.value(3), leaseId});
    }
}

void BillingService::bidClosed(qint64 bidId)
{
    DbQuery bid = m_database.exec(u"SELECT organization_id, currency, amount FROM billing_bid_holds WHERE bid_id = ?"_s,
                                  {bidId});
    if (!bid.next() || bid.value(2).toLongLong() <= 0)
        return;
    releaseToBalance(bid.value(0).toLongLong(),
                     bid.value(2).toLongLong(),
                     bid.value(1).toString(),
                     u"bid:%1:release"_s.arg(bidId),
                     u"Released: bid %1 closed"_s.arg(bidId),
                     std::nullopt);
    m_database.exec(u"UPDATE billing_bid_holds SET amount = 0 WHERE bid_id = ?"_s, {bidId});
}

std::optional<BillingService::LeaseState> BillingService::loadLease(qint64 leaseId)
{
    DbQuery row = m_database.exec(
        u"SELECT b.organization_id, b.seller_organization_id, b.provider_id, b.currency, b.price_per_hour, b.vat_bp, "
        "b.billed_until, b.net_total, b.gross_total, b.hold, b.funding, b.grace_ends_at, l.status, l.ends_at, "
        "l.user_id, i.running_at, CASE WHEN i.state IN ('terminated', 'failed', 'lost') THEN i.ended_at END, "
        "COALESCE(b.seller_price_per_hour, b.price_per_hour), b.seller_net_total, b.reseller_organization_id, "
        "b.reseller_vat_bp, b.reseller_hold, l.resold_from_lease_id FROM billing_leases b "
        "JOIN leases l ON l.id = b.lease_id LEFT JOIN instances i ON i.lease_id = b.lease_id "
        "WHERE b.lease_id = ? AND b.closed_at IS NULL"_s,
        {leaseId});
    if (!row.next())
        return std::nullopt;
    LeaseState lease;
    lease.leaseId = leaseId;
    lease.organizationId = row.value(0).toLongLong();
    lease.sellerOrganizationId = row.value(1).toLongLong();
    lease.providerId = row.value(2).toLongLong();
    lease.currency = row.value(3).toString();
    lease.price = row.value(4).toLongLong();
    lease.vatBp = row.value(5).toInt();
    lease.billedUntil = optionalInteger(row.value(6));
    lease.netTotal = row.value(7).toLongLong();
    lease.grossTotal = row.value(8).toLongLong();
    lease.hold = row.value(9).toLongLong();
    lease.funding = row.value(10).toString();
    lease.graceEndsAt = optionalInteger(row.value(11));
    lease.status = row.value(12).toString();
    lease.endsAt = row.value(13).toLongLong();
    lease.userId = row.value(14).toLongLong();
    lease.runningAt = optionalInteger(row.value(15));
    lease.endedAt = optionalInteger(row.value(16));
    lease.sellerPrice = row.value(17).toLongLong();
    lease.sellerNetTotal = row.value(18).toLongLong();
    lease.resellerOrganizationId = optionalInteger(row.value(19));
    lease.resellerVatBp = row.value(20).toInt();
    lease.resellerHold = row.value(21).toLongLong();
    lease.resoldFromLeaseId = optionalInteger(row.value(22));
    return lease;
}

qint64 BillingService::capture(LeaseState &lease, qint64 untilMs)
{
    if (!lease.runningAt)
        return 0;
    const qint64 origin = *lease.runningAt;
    qint64 from = std::max(lease.billedUntil.value_or(origin), origin);
    qint64 captured = 0;
    while (from < untilMs) {
        const qint64 to = std::min(untilMs, nextMonthStart(from));
        const qint64 seconds = (to - origin) / 1000;
        const qint64 netCumulative = seconds * lease.price / 3600;
        const qint64 grossCumulative = grossOf(netCumulative, lease.vatBp);
        const qint64 net = netCumulative - lease.netTotal;
        const qint64 gross = grossCumulative - lease.grossTotal;
        if (gross <= 0) {
            // Not a cent yet: leave the seconds for the next capture, unless
            // the month ends here (then they belong to this month, uncharged).
            if (to == untilMs)
                break;
            from = to;
            continue;
        }
        const qint64 vat = gross - net;
        // The seller earns its own locked price; for a resold lease that
        // differs from the traded one and the reseller settles the difference.
        const qint64 sellerNetCumulative = seconds * lease.sellerPrice / 3600;
        const qint64 sellerNet = sellerNetCumulative - lease.sellerNetTotal;
        const qint64 difference = lease.resellerOrganizationId ? net - sellerNet : 0;
        const QString period = periodOf(from);
        DbQuery volume = m_database.exec(u"SELECT gross, commission FROM billing_seller_volume "
                                         "WHERE organization_id = ? AND period = ? AND currency = ?"_s,
                                         {lease.sellerOrganizationId, period, lease.currency});
        const bool hasVolume = volume.next();
        const qint64 volumeBefore = hasVolume ? volume.value(0).toLongLong() : 0;
        const qint64 commissionBefore = hasVolume ? volume.value(1).toLongLong() : 0;
        const qint64 sellerShare = net - difference;
        const qint64 commissionAfter = cumulativeCommission(volumeBefore + sellerShare);
        const qint64 commission = commissionAfter - commissionBefore;

        const qint64 fromHold = std::min(lease.hold, gross);
        const qint64 available = m_ledger.balanceOf(AccountKind::BuyerBalance, lease.organizationId, lease.currency);
        const qint64 fromBalance = std::min(available, gross - fromHold);
        const qint64 owed = gross - fromHold - fromBalance;

        LedgerPosting posting;
        posting.kind = TransactionKind::Capture;
        posting.currency = lease.currency;
        posting.reference = u"meter:%1:%2"_s.arg(lease.leaseId).arg(to);
        posting.description = u"Usage of lease %1"_s.arg(lease.leaseId);
        auto leg = [](LedgerPosting &target, AccountKind kind, std::optional<qint64> owner, qint64 amount) {
            if (amount != 0)
                target.legs.append({kind, owner, amount});
        };
        leg(posting, AccountKind::BuyerHold, lease.organizationId, -fromHold);
        leg(posting, AccountKind::BuyerBalance, lease.organizationId, -fromBalance);
        leg(posting, AccountKind::BuyerDebt, lease.organizationId, -owed);
        leg(posting, AccountKind::SellerPayable, lease.sellerOrganizationId, sellerShare - commission);
        leg(posting, AccountKind::BrokerRevenue, std::nullopt, commission);
        leg(posting, AccountKind::TaxPayable, std::nullopt, vat);
        leg(posting, AccountKind::Transfers, std::nullopt, difference);
        const auto posted = m_ledger.post(posting);
        if (!posted)
            throw DatabaseError(u"capturing lease %1: %2"_s.arg(lease.leaseId).arg(posted.error().message));
        noteLease(*posted, lease.leaseId);
        if (difference != 0)
            settleResale(lease, difference, netCumulative - sellerNetCumulative, to);
        const qint64 fromSeconds = (from - origin) / 1000;
        m_database.exec(u"INSERT INTO billing_meter_records (lease_id, organization_id, seller_organization_id, "
                        "provider_id, period, from_ms, to_ms, seconds, net, vat, commission, currency, "
                        "ledger_transaction_id, seller_net) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {lease.leaseId,
                         lease.organizationId,
                         lease.sellerOrganizationId,
                         lease.providerId,
                         period,
                         from,
                         to,
                         seconds - fromSeconds,
                         net,
                         vat,
                         commission,
                         lease.currency,
                         posted->id,
                         sellerShare});
        m_database.exec(
            u"INSERT INTO billing_seller_volume (organization_id, period, currency, gross, commission) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (organization_id, period, currency) DO UPDATE SET "
            "gross = excluded.gross, commission = excluded.commission"_s,
            {lease.sellerOrganizationId, period, lease.currency, volumeBefore + sellerShare, commissionAfter});
        lease.sellerNetTotal += sellerShare;
        lease.netTotal = netCumulative;
        lease.grossTotal = grossCumulative;
        lease.hold -= fromHold;
        lease.billedUntil = to;
        captured += gross;
        from = to;
    }
    m_database.exec(u"UPDATE billing_leases SET billed_until = ?, net_total = ?, gross_total = ?, hold = ?, "
                    "seller_net_total = ?, reseller_hold = ? WHERE lease_id = ?"_s,
                    {nullableInteger(lease.billedUntil),
                     lease.netTotal,
                     lease.grossTotal,
                     lease.hold,
                     lease.sellerNetTotal,
                     lease.resellerHold,
                     lease.leaseId});
    return captured;
}

void BillingService::settleResale(LeaseState &lease, qint64 difference, qint64 differenceCumulative, qint64 toMs)
{
    const qint64 reseller = *lease.resellerOrganizationId;
    const qint64 previous = differenceCumulative - difference;
    LedgerPosting posting;
    posting.kind = TransactionKind::Capture;
    posting.currency = lease.currency;
    posting.reference = u"resale:%1:%2"_s.arg(lease.leaseId).arg(toMs);
    auto leg = [&](AccountKind kind, std::optional<qint64> owner, qint64 amount) {
        if (amount != 0)
            posting.legs.append({kind, owner, amount});
    };
    if (difference > 0) {
        // Sold above the locked price: the reseller gains, less the fee (cumulative, so it never drifts).
        const qint64 fee = vatOn(differenceCumulative, m_options.resaleFeeBasisPoints)
                           - vatOn(previous, m_options.resaleFeeBasisPoints);
        posting.description = u"Resale of lease %1: its buyer pays more than you did"_s.arg(
            lease.resoldFromLeaseId.value_or(lease.leaseId));
        leg(AccountKind::Transfers, std::nullopt, -difference);
        leg(AccountKind::BrokerRevenue, std::nullopt, fee);
        posting.legs += m_ledger.payBuyerLegs(reseller, lease.currency, difference - fee);
    } else {
        // Sold below it: the reseller pays the shortfall with its VAT, from its resale hold first.
        const qint64 shortfall = -difference;
        const qint64 gross = grossOf(-differenceCumulative, lease.resellerVatBp)
                             - grossOf(-previous, lease.resellerVatBp);
        const qint64 fromHold = std::min(lease.resellerHold, gross);
        const qint64 available = m_ledger.balanceOf(AccountKind::BuyerBalance, reseller, lease.currency);
        const qint64 fromBalance = std::min(available, gross - fromHold);
        posting.description = u"Resale of lease %1: its buyer pays less than you did"_s.arg(
            lease.resoldFromLeaseId.value_or(lease.leaseId));
        leg(AccountKind::BuyerHold, reseller, -fromHold);
        leg(AccountKind::BuyerBalance, reseller, -fromBalance);
        leg(AccountKind::BuyerDebt, reseller, -(gross - fromHold - fromBalance));
        leg(AccountKind::Transfers, std::nullopt, shortfall);
        leg(AccountKind::TaxPayable, std::nullopt, gross - shortfall);
        lease.resellerHold -= fromHold;
    }
    const auto posted = m_ledger.post(posting);
    if (!posted)
        throw DatabaseError(u"settling the resale of lease %1: %2"_s.arg(lease.leaseId).arg(posted.error().message));
    // The reseller's list links its own lease, not the buyer's.
    noteLease(*posted, lease.resoldFromLeaseId.value_or(lease.leaseId));
    m_resaleMoved.append(reseller);
}

qint64 BillingService::resaleHoldFor(qint64 leaseId, qint64 basePricePerHour, const ResaleSteps &steps,
                                     qint64 remainingMs, int vatBasisPoints)
{
    DbQuery lease = m_database.exec(
        u"SELECT COALESCE(seller_price_per_hour, price_per_hour) FROM billing_leases WHERE lease_id = ?"_s, {leaseId});
    if (!lease.next())
        return 0;
    const qint64 locked = lease.value(0).toLongLong();
    // Walk the time left from the end backwards: below the smallest step's
    // hours its price holds, then the next step's, then the base price.
    ResaleSteps ordered = steps;
    std::sort(ordered.begin(), ordered.end());
    qint64 shortfall = 0; // price x milliseconds
    qint64 covered = 0;
    auto add = [&](qint64 untilMs, qint64 price) {
        const qint64 to = std::min(untilMs, remainingMs);
        if (to > covered)
            shortfall += std::max<qint64>(0, locked - price) * (to - covered);
        covered = std::max(covered, to);
    };
    for (const auto &[belowHours, price] : std::as_const(ordered))
        add(qint64(belowHours) * kHourMs, price);
    add(remainingMs, basePricePerHour);
    const qint64 net = (shortfall + kHourMs - 1) / kHourMs;
    return net > 0 ? grossOf(net, vatBasisPoints) : 0;
}

std::optional<ApiError> BillingService::holdForResale(qint64 organizationId, qint64 askId, qint64 leaseId,
                                                      qint64 basePricePerHour, const ResaleSteps &steps,
                                                      qint64 remainingMs)
{
    const QString currency = kCurrency.toString();
    const int vat = vatRate(organizationId);
    const qint64 needed = resaleHoldFor(leaseId, basePricePerHour, steps, remainingMs, vat);
    if (auto problem = holdFromBalance(organizationId,
                                       needed,
                                       currency,
                                       u"resale:%1:hold"_s.arg(askId),
                                       u"Held for the resale of lease %1 below its price"_s.arg(leaseId),
                                       leaseId,
                                       u"Selling below what you pay makes you pay the difference: %1 (VAT included) "
                                       "is held for it and %2 is available. Raise the lowest price or add credit."_s))
        return problem;
    m_database.exec(u"INSERT INTO billing_resale_holds (ask_id, organization_id, currency, vat_bp, amount) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                    {askId, organizationId, currency, vat, needed});
    return std::nullopt;
}

void BillingService::resaleClosed(qint64 askId)
{
    DbQuery hold = m_database.exec(
        u"SELECT h.organization_id, h.currency, h.amount, a.resale_of_lease_id FROM billing_resale_holds h "
        "JOIN asks a ON a.id = h.ask_id WHERE h.ask_id = ?"_s,
        {askId});
    if (!hold.next() || hold.value(2).toLongLong() <= 0)
        return;
    const qint64 leaseId = hold.value(3).toLongLong();
    releaseToBalance(hold.value(0).toLongLong(),
                     hold.value(2).toLongLong(),
                     hold.value(1).toString(),
                     u"resale:%1:release"_s.arg(askId),
                     u"Released: the resale of lease %1 closed unsold"_s.arg(leaseId),
                     leaseId);
    m_database.exec(u"UPDATE billing_resale_holds SET amount = 0 WHERE ask_id = ?"_s, {askId});
}

void BillingService::adjustHold(LeaseState &lease, qint64 nowMs, QList<std::function<void()>> &after)
{
    const qint64 window = std::clamp(lease.endsAt - nowMs, qint64(0), m_options.holdMs);
    const qint64 target = holdFor(lease.price, lease.vatBp, window);
    LedgerPosting posting;
    posting.currency = lease.currency;
    if (lease.hold > target) {
        const qint64 amount = lease.hold - target;
        posting.kind = TransactionKind::Release;
        posting.description = u"Released from lease %1 (less time left than an hour)"_s.arg(lease.leaseId);
        posting.legs = {{AccountKind::BuyerHold, lease.organizationId, -amount},
                        {AccountKind::BuyerBalance, lease.organizationId, amount}};
        lease.hold = target;
    } else if (lease.hold < target) {
        const qint64 available = m_ledger.balanceOf(AccountKind::BuyerBalance, lease.organizationId, lease.currency);
        const qint64 amount = std::min(available, target - lease.hold);
        if (amount > 0) {
            posting.kind = TransactionKind::Hold;
            posting.description = u"Held for the next hour of lease %1"_s.arg(lease.leaseId);
            posting.legs = {{AccountKind::BuyerBalance, lease.organizationId, -amount},
                            {AccountKind::BuyerHold, lease.organizationId, amount}};
            lease.hold += amount;
        }
    }
    if (!posting.legs.isEmpty()) {
        const auto posted = m_ledger.post(posting);
        if (!posted)
            throw DatabaseError(u"holding for lease %1: %2"_s.arg(lease.leaseId).arg(posted.error().message));
        noteLease(*posted, lease.leaseId);
    }
    const bool covered = lease.hold >= target;
    const qint64 leaseId = lease.leaseId;
    const qint64 userId = lease.userId;
    if (covered && lease.funding == u"grace"_s) {
        lease.funding = u"ok"_s;
        lease.graceEndsAt.reset();
        after.append([this, leaseId, userId] {
            if (m_notify)
                m_notify(userId, u"lease_funded"_s, leaseId, u"Lease %1 is covered again."_s.arg(leaseId));
        });
    } else if (!covered && lease.funding != u"grace"_s) {
        lease.funding = u"grace"_s;
        lease.graceEndsAt = nowMs + m_options.graceMs;
        const QString until = QDateTime::fromMSecsSinceEpoch(*lease.graceEndsAt, Qt::UTC).toString(u"HH:mm 'UTC'"_s);
        after.append([this, leaseId, userId, until] {
            if (m_notify)
                m_notify(userId,
                         u"lease_funds_low"_s,
                         leaseId,
                         u"Your credit does not cover the next hour of lease %1. Add credit by %2 or the lease "
                         "ends then."_s.arg(leaseId)
                             .arg(until));
        });
    } else if (!covered && lease.graceEndsAt && nowMs >= *lease.graceEndsAt) {
        after.append([this, leaseId, userId] {
            if (m_notify)
                m_notify(userId,
                         u"lease_ended_unpaid"_s,
                         leaseId,
                         u"Lease %1 ended: its grace period passed without credit to cover it."_s.arg(leaseId));
            if (m_endLease)
                m_endLease(leaseId, u"out of funds after the grace period"_s);
        });
    }
    m_database.exec(u"UPDATE billing_leases SET hold = ?, funding = ?, grace_ends_at = ? WHERE lease_id = ?"_s,
                    {lease.hold, lease.funding, nullableInteger(lease.graceEndsAt), lease.leaseId});
}

void BillingService::close(LeaseState &lease, qint64 nowMs)
{
    releaseToBalance(lease.organizationId,
                     lease.hold,
                     lease.currency,
                     u"lease:%1:closed"_s.arg(lease.leaseId),
                     u"Released: lease %1 %2"_s.arg(lease.leaseId).arg(lease.status),
                     lease.leaseId);
    if (lease.resellerHold > 0) {
        const qint64 resold = lease.resoldFromLeaseId.value_or(lease.leaseId);
        releaseToBalance(*lease.resellerOrganizationId,
                         lease.resellerHold,
                         lease.currency,
                         u"lease:%1:resale-closed"_s.arg(lease.leaseId),
                         u"Released: the resale of lease %1 ended"_s.arg(resold),
                         resold);
        m_resaleMoved.append(*lease.resellerOrganizationId);
    }
    m_database.exec(u"UPDATE billing_leases SET hold = 0, reseller_hold = 0, funding = 'ok', grace_ends_at = NULL, "
                    "closed_at = ? WHERE lease_id = ?"_s,
                    {nowMs, lease.leaseId});
}

void BillingService::meterOne(qint64 leaseId, std::optional<qint64> untilMs, bool touchHolds)
{
    m_resaleMoved.clear(); // what a failed metering noted was rolled back
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QList<std::function<void()>> after;
    qint64 organizationId = 0;
    {
        Transaction transaction(m_database);
        auto lease = loadLease(leaseId);
        if (!lease)
            return;
        organizationId = lease->organizationId;
        qint64 end = std::min(now, lease->endsAt);
        if (lease->endedAt)
            end = std::min(end, *lease->endedAt);
        if (untilMs)
            end = std::min(end, *untilMs);
        capture(*lease, end);
        if (touchHolds) {
            const bool finished = lease->status == u"ended"_s || lease->status == u"cancelled"_s;
            if (finished)
                close(*lease, now);
            else
                adjustHold(*lease, now, after);
        }
        transaction.commit();
    }
    for (const auto &action : after)
        action();
    Q_EMIT balanceChanged(organizationId);
    const QList<qint64> resellers = std::exchange(m_resaleMoved, {});
    for (qint64 reseller : resellers)
        Q_EMIT balanceChanged(reseller);
}

void BillingService::meterLease(qint64 leaseId)
{
    meterOne(leaseId, std::nullopt, true);
}

QList<qint64> BillingService::openLeases(std::optional<qint64> organizationId)
{
    QList<qint64> leases;
    DbQuery open = organizationId ? m_database.exec(u"SELECT lease_id FROM billing_leases WHERE closed_at IS NULL "
                                                    "AND organization_id = ?"_s,
                                                    {*organizationId})
                                  : m_database.exec(u"SELECT lease_id FROM billing_leases WHERE closed_at IS NULL"_s);
    while (open.next())
        leases.append(open.value(0).toLongLong());
    return leases;
}

int BillingService::meterAll(std::optional<qint64> organizationId)
{
    const QList<qint64> leases = openLeases(organizationId);
    for (qint64 leaseId : leases) {
        try {
            meterOne(leaseId, std::nullopt, true);
        } catch (const DatabaseError &error) {
            qCWarning(lcStore) << "metering lease" << leaseId << "failed:" << error.what();
        }
    }
    return int(leases.size());
}

void BillingService::meterUntil(qint64 untilMs)
{
    for (qint64 leaseId : openLeases(std::nullopt))
        meterOne(leaseId, untilMs, false);
}

protocol::BillingBalance BillingService::balance(qint64 organizationId)
{
    ensureWelcomeCredit(organizationId);
    protocol::BillingBalance result;
    result.currency = kCurrency.toString();
    result.available = m_ledger.balanceOf(AccountKind::BuyerBalance, organizationId, result.currency);
    result.held = m_ledger.balanceOf(AccountKind::BuyerHold, organizationId, result.currency);
    result.debt = -m_ledger.balanceOf(AccountKind::BuyerDebt, organizationId, result.currency);
    result.country = countryOf(organizationId);
    result.vatRateBasisPoints = vatRate(organizationId);
    DbQuery grace = m_database.exec(u"SELECT MIN(grace_ends_at) FROM billing_leases WHERE organization_id = ? "
                                    "AND closed_at IS NULL AND funding = 'grace'"_s,
                                    {organizationId});
    if (grace.next() && !grace.value(0).isNull()) {
        result.fundsState = u"grace"_s;
        result.graceEndsAt = QDateTime::fromMSecsSinceEpoch(grace.value(0).toLongLong(), Qt::UTC);
    }
    DbQuery thresholds = m_database.exec(u"SELECT threshold FROM billing_low_balance_thresholds "
                                         "WHERE organization_id = ? AND currency = ? ORDER BY threshold"_s,
                                         {organizationId, result.currency});
    while (thresholds.next())
        result.lowBalanceThresholds.append(thresholds.value(0).toLongLong());
    if (result.fundsState.isEmpty()) {
        const bool low = std::any_of(result.lowBalanceThresholds.cbegin(),
                                     result.lowBalanceThresholds.cend(),
                                     [&](qint64 threshold) { return result.available < threshold; });
        result.fundsState = low || result.debt > 0 ? u"low"_s : u"ok"_s;
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const qint64 monthBegin = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC)
                                  .toMSecsSinceEpoch();
    DbQuery spend = m_database.exec(u"SELECT COALESCE(SUM(net + vat), 0) FROM billing_meter_records "
                                    "WHERE organization_id = ? AND to_ms > ? AND currency = ?"_s,
                                    {organizationId, monthBegin, result.currency});
    result.monthToDateSpend = spend.next() ? spend.value(0).toLongLong() : 0;
    return result;
}

protocol::BillingTransactionPage BillingService::transactions(qint64 organizationId, std::optional<qint64> before,
                                                              int limit)
{
    limit = std::clamp(limit, 1, 200);
    protocol::BillingTransactionPage page;
    // One row per ledger transaction touching the organization's buyer accounts.
    DbQuery query = m_database.exec(
        u"SELECT t.id, t.kind, t.description, t.created_at, "
        "SUM(CASE WHEN a.kind = 'buyer_balance' THEN e.amount ELSE 0 END), "
        "SUM(CASE WHEN a.kind = 'buyer_hold' THEN e.amount ELSE 0 END), "
        "SUM(CASE WHEN a.kind = 'buyer_debt' THEN -e.amount ELSE 0 END), "
        "(SELECT l.lease_id FROM billing_transaction_leases l WHERE l.ledger_transaction_id = t.id) "
        "FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id "
        "JOIN ledger_transactions t ON t.id = e.transaction_id "
        "WHERE a.organization_id = ? AND a.kind IN ('buyer_balance', 'buyer_hold', 'buyer_debt') AND t.id < ? "
        "GROUP BY t.id ORDER BY t.id DESC LIMIT ?"_s,
        {organizationId, before.value_or(std::numeric_limits<qint64>::max()), limit + 1});
    while (query.next()) {
        if (page.transactions.size() == limit) {
            page.nextBefore = page.transactions.constLast().id;
            break;
        }
        protocol::BillingTransaction transaction;
        transaction.id = query.value(0).toLongLong();
        transaction.kind = query.value(1).toString();
        transaction.description = query.value(2).toString();
        transaction.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        transaction.availableChange = query.value(4).toLongLong();
        transaction.heldChange = query.value(5).toLongLong();
        transaction.debtChange = query.value(6).toLongLong();
        transaction.leaseId = optionalInteger(query.value(7));
        page.transactions.append(transaction);
    }
    return page;
}

protocol::SpendSeries BillingService::spend(qint64 organizationId, int days)
{
    days = std::clamp(days, 1, 366);
    protocol::SpendSeries series;
    series.currency = kCurrency.toString();
    const QDate today = m_clock.now().toUTC().date();
    const QDate first = today.addDays(-(days - 1));
    const qint64 firstMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QHash<qint64, qint64> byDay;
    DbQuery query = m_database.exec(u"SELECT (to_ms - 1) / ?, SUM(net + vat) FROM billing_meter_records "
                                    "WHERE organization_id = ? AND to_ms > ? AND currency = ? GROUP BY 1"_s,
                                    {kDayMs, organizationId, firstMs, series.currency});
    while (query.next())
        byDay.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        const qint64 index = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / kDayMs;
        series.days.append({day, byDay.value(index)});
    }
    return series;
}

protocol::SellerEarnings BillingService::earnings(qint64 organizationId)
{
    protocol::SellerEarnings result;
    result.currency = kCurrency.toString();
    result.payable = m_ledger.balanceOf(AccountKind::SellerPayable, organizationId, result.currency);
    result.minimumPayout = m_options.minimumPayout;
    const QString period = periodOf(m_clock.now().toMSecsSinceEpoch());
    DbQuery volume = m_database.exec(u"SELECT gross, commission FROM billing_seller_volume "
                                     "WHERE organization_id = ? AND period = ? AND currency = ?"_s,
                                     {organizationId, period, result.currency});
    if (volume.next()) {
        result.monthToDateGross = volume.value(0).toLongLong();
        result.monthToDateCommission = volume.value(1).toLongLong();
    }
    result.currentRateBasisPoints = rateAt(result.monthToDateGross);
    DbQuery paid = m_database.exec(
        u"SELECT COALESCE(SUM(amount), 0) FROM billing_payouts WHERE organization_id = ? AND currency = ?"_s,
        {organizationId, result.currency});
    result.paidOut = paid.next() ? paid.value(0).toLongLong() : 0;
    for (const Tier &tier : m_options.commission)
        result.tiers.append({tier.upTo, tier.rateBasisPoints});
    return result;
}

} // namespace sc::broker
