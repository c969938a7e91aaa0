#pragma once

#include "protocol/Expected.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace sc::broker {

class Clock;
class Database;
class Ledger;
struct Principal;

// A provider buys a running lease back: it offers an amount and a notice
// period for one of the leases on its clouds. The amount is held from the
// seller's payable at once (seller_payable -> the seller's buyer_hold), so an
// accepted offer is always paid. The buyer accepts or refuses (or a standing
// rule accepts any offer at or above an amount); accepted, the lease ends
// after the notice (InstanceService stops the instance then, billing stops
// there) and the amount goes to the buyer (its debt first, then its credit).
// Refused, withdrawn or expired, the hold goes back to the seller's payable.
// The buyer sees the provider's pseudonym only; the seller sees the lease, not
// who holds it.
class BuybackService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuybackService)

public:
    static constexpr int kMaxNoticeHours = 24 * 31;
    static constexpr qint64 kOfferLifetimeMs = 24 * 3'600'000LL; // unanswered offers expire after a day

    BuybackService(Database &database, Ledger &ledger, const Clock &clock, QObject *parent = nullptr);
    ~BuybackService() override;

    struct Offer
    {
        qint64 leaseId = 0;
        qint64 amount = 0; // minor units, paid to the buyer on acceptance
        int noticeHours = 1;
    };
    // The seller offers for a lease on one of its providers. NotFound for a
    // lease not on the seller's clouds; Conflict when the lease is not active,
    // ends before the notice would, or has an open offer; Unprocessable
    // (insufficient_funds) when the payable cannot hold the amount.
    protocol::Expected<QJsonObject> offer(const Principal &seller, const Offer &offer);
    std::optional<protocol::ApiError> withdraw(const Principal &seller, qint64 offerId);
    protocol::Expected<QJsonObject> accept(const Principal &buyer, qint64 offerId);
    protocol::Expected<QJsonObject> refuse(const Principal &buyer, qint64 offerId);
    // Offers past their expiry go back to the seller. Answers how many.
    int expireDue();

    QList<QJsonObject> offersForSeller(qint64 organizationId);
    QList<QJsonObject> offersForBuyer(qint64 organizationId);
    // The buyer's standing rule: accept any offer of at least `minAmount`
    // (none: off).
    protocol::Expected<QJsonObject> setRule(const Principal &buyer, std::optional<qint64> minAmount);
    QJsonObject rule(qint64 organizationId);

    // Ends the lease at its new end (InstanceService::shortenLease).
    void setLeaseShortener(std::function<bool(qint64 leaseId, qint64 endsAt)> shorten)
    {
        m_shorten = std::move(shorten);
    }
    // Tells a user something about a lease (WatchService::notifyAboutLease).
    void setNotifier(
        std::function<void(qint64 userId, const QString &kind, qint64 leaseId, const QString &message)> notifier)
    {
        m_notify = std::move(notifier);
    }

Q_SIGNALS:
    void moneyMoved(qint64 organizationId);

private:
    protocol::Expected<QJsonObject> decide(qint64 offerId, std::optional<qint64> buyerOrganizationId, bool accepted,
                                           const QString &closedStatus);
    QJsonObject describe(qint64 offerId, bool forBuyer);
    void notifyOrganization(qint64 organizationId, const QString &kind, qint64 leaseId, const QString &message);

    Database &m_database;
    Ledger &m_ledger;
    const Clock &m_clock;
    std::function<bool(qint64, qint64)> m_shorten;
    std::function<void(qint64, const QString &, qint64, const QString &)> m_notify;
};

} // namespace sc::broker
