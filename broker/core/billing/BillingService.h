#pragma once

#include "core/billing/LedgerTypes.h"
#include "protocol/BillingDto.h"
#include "protocol/Expected.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace sc::broker {

class Clock;
class Database;
class Ledger;

// What buyers pay for the capacity they trade, as it is used:
//
// - Placing a bid holds quantity x max price x one hour, plus the buyer's VAT
//   (buyer_balance -> buyer_hold); a bid the balance cannot cover is refused.
// - A fill moves one slot of that hold to the new lease at the traded price
//   and releases the difference; a cancelled or unfilled remainder is released.
// - Usage is metered per second from the moment the cloud reported the
//   instance running to the earliest of now, the lease's end and the
//   instance's end (a lost or failed instance is not billed past the loss).
//   Each capture is one ledger transaction and one meter record (split at
//   month boundaries): from the lease's hold, then the balance, then as debt,
//   to the seller (net of the broker's commission, tiered by the seller's
//   monthly volume), the broker and the tax account.
// - After each capture the lease's hold is topped up to cover its next hour;
//   when the balance cannot, the buyer is warned and a grace period starts;
//   still uncovered at its end, the lease is ended (the policy: no lease runs
//   unpaid past the grace period). Adding credit ends the grace period.
// - A closed lease (ended, cancelled, failed, lost) is metered to its end and
//   its remaining hold released.
// - A resold lease (one a buyer sold on) is metered at its traded price as
//   usual; the seller is paid its original locked price (net of commission)
//   and the difference goes to the reseller (less the resale fee) or, below
//   the locked price, is taken from the reseller (plus its VAT), from the
//   hold its resale ask placed, then its balance, then as debt. The two
//   organizations' halves are separate ledger transactions joined through
//   the transfers account.
//
// Every change is one database transaction with the ledger posts it needs.
class BillingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingService)

public:
    struct Tier
    {
        std::optional<qint64> upTo; // monthly net volume in minor units; none: everything above
        int rateBasisPoints = 0;
    };

    struct Options
    {
        qint64 holdMs = 3'600'000;    // the billing period a hold covers
        qint64 graceMs = 3'600'000;   // uncovered this long, a lease ends
        qint64 welcomeCredit = 0;     // granted once to each buying organization (0: none)
        qint64 minimumPayout = 5'000; // 50.00
        QList<Tier> commission{{1'000'000, 2000}, {10'000'000, 1500}, {std::nullopt, 1000}};
        int resaleFeeBasisPoints = 1000; // the broker's fee on what a reseller gains over its locked price
    };

    static constexpr QStringView kCurrency = u"EUR";

    BillingService(Database &database, Ledger &ledger, const Clock &clock, Options options, QObject *parent = nullptr);
    ~BillingService() override;

    const Options &options() const { return m_options; }

    // -- Market hooks (inside the market's transaction; throw DatabaseError) --
    // Holds what a new bid may cost; an ApiError (insufficient_funds) when the
    // balance cannot cover it.
    std::optional<protocol::ApiError> holdForBid(qint64 organizationId, qint64 bidId, qint64 quantity,
                                                 qint64 maxPricePerHour);
    // A fill of `bidId` opened `leaseId`: one slot of the bid's hold becomes the lease's.
    void leaseOpened(qint64 bidId, qint64 leaseId);
    // The bid will fill no more (cancelled, or what IOC/FOK could not fill):
    // what it still holds goes back to the balance.
    void bidClosed(qint64 bidId);
    // A resale ask's prices over the time left: `basePricePerHour`, and each
    // step's price once less than its hours are left. Where a price is below
    // the lease's locked price the reseller pays the difference, so the worst
    // case (every remaining hour sold at the price it would have then, plus
    // VAT) is held now; an ApiError (insufficient_funds) when the balance
    // cannot. A fill moves the hold to the bidder's lease (leaseOpened);
    // resaleClosed gives it back.
    using ResaleSteps = QList<QPair<int, qint64>>; // (below hours, price per hour)
    std::optional<protocol::ApiError> holdForResale(qint64 organizationId, qint64 askId, qint64 leaseId,
                                                    qint64 basePricePerHour, const ResaleSteps &steps,
                                                    qint64 remainingMs);
    void resaleClosed(qint64 askId);

    // Meters every open lease (of one organization, when given) up to now,
    // tops up or releases holds, moves grace periods on and closes finished
    // leases. Answers how many leases it looked at. Each lease is its own
    // transaction.
    int meterAll(std::optional<qint64> organizationId = std::nullopt);
    // The same for one lease (also used when an instance reaches a final state).
    void meterLease(qint64 leaseId);
    // Meters every open lease up to `untilMs` at most (month-end: up to the
    // boundary), without touching holds.
    void meterUntil(qint64 untilMs);

    // A goodwill credit from the broker (adjustments -> buyer_balance).
    protocol::Expected<PostedTransaction> grantCredit(qint64 organizationId, qint64 amount, const QString &currency,
                                                      const QString &reason, const QString &reference);
    // The welcome credit, once per organization (no-op when configured 0).
    void ensureWelcomeCredit(qint64 organizationId);

    // -- Reads for the API --
    protocol::BillingBalance balance(qint64 organizationId);
    protocol::BillingTransactionPage transactions(qint64 organizationId, std::optional<qint64> before, int limit);
    protocol::SpendSeries spend(qint64 organizationId, int days);
    protocol::SellerEarnings earnings(qint64 organizationId);
    int vatRate(qint64 organizationId);
    QString countryOf(qint64 organizationId);

    // "12.40 EUR": minor units in words for messages.
    static QString formatAmount(qint64 minor, const QString &currency);
    // Money helpers (exact integer arithmetic, half-up rounding).
    static qint64 vatOn(qint64 net, int basisPoints);
    static qint64 grossOf(qint64 net, int basisPoints) { return net + vatOn(net, basisPoints); }
    // The hold for `ms` of a lease at `pricePerHour` (rounded up), with VAT.
    static qint64 holdFor(qint64 pricePerHour, int vatBasisPoints, qint64 ms);
    // The commission on the first `volume` of a month, tier by tier.
    qint64 cumulativeCommission(qint64 volume) const;
    int rateAt(qint64 volume) const;
    static QString periodOf(qint64 ms);              // "2026-11" (UTC)
    static qint64 nextMonthStart(qint64 ms);         // the first instant of the following month
    static qint64 monthStart(const QString &period); // -1 for a malformed period

    // The lease ends now for lack of funds (InstanceService supplies it).
    void setLeaseEnder(std::function<void(qint64 leaseId, const QString &reason)> ender)
    {
        m_endLease = std::move(ender);
    }
    // Tells a buyer's user about a lease (WatchService supplies it).
    void setNotifier(
        std::function<void(qint64 userId, const QString &kind, qint64 leaseId, const QString &message)> notifier)
    {
        m_notify = std::move(notifier);
    }

Q_SIGNALS:
    // A buyer's money changed (for the push channel).
    void balanceChanged(qint64 organizationId);

private:
    struct LeaseState;
    std::optional<LeaseState> loadLease(qint64 leaseId);
    // Captures [lease.billedUntil, untilMs) in month pieces; returns what was captured (gross).
    qint64 capture(LeaseState &lease, qint64 untilMs);
    void adjustHold(LeaseState &lease, qint64 nowMs, QList<std::function<void()>> &after);
    void close(LeaseState &lease, qint64 nowMs);
    // Moves `amount` of the balance to the buyer's hold, or refuses
    // (insufficient_funds) with `refusal` (%1 needed, %2 available).
    std::optional<protocol::ApiError> holdFromBalance(qint64 organizationId, qint64 amount, const QString &currency,
                                                      const QString &reference, const QString &description,
                                                      std::optional<qint64> leaseId, const QString &refusal);
    // The hold's counterpart: `amount` of the buyer's hold back to its balance (nothing for 0).
    void releaseToBalance(qint64 organizationId, qint64 amount, const QString &currency, const QString &reference,
                          const QString &description, std::optional<qint64> leaseId);
    // The worst case of a resale's prices below the lease's locked price, with VAT.
    qint64 resaleHoldFor(qint64 leaseId, qint64 basePricePerHour, const ResaleSteps &steps, qint64 remainingMs,
                         int vatBasisPoints);
    // A resold lease's difference to the seller's locked price, the reseller's half (its own transaction).
    void settleResale(LeaseState &lease, qint64 difference, qint64 differenceCumulative, qint64 toMs);
    void meterOne(qint64 leaseId, std::optional<qint64> untilMs, bool touchHolds);
    QList<qint64> openLeases(std::optional<qint64> organizationId);
    // Remembers which lease a posted transaction was for (the buyer's transaction list links it).
    void noteLease(const PostedTransaction &posted, qint64 leaseId);

    Database &m_database;
    Ledger &m_ledger;
    const Clock &m_clock;
    Options m_options;
    std::function<void(qint64, const QString &)> m_endLease;
    std::function<void(qint64, const QString &, qint64, const QString &)> m_notify;
    QList<qint64> m_resaleMoved; // resellers whose money a metering moved (told after it commits)
};

} // namespace sc::broker
