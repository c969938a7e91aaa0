#pragma once

#include "client/BrokerClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace sc::client {

// The buyer's instances (/instances...) with typed results, on top of
// BrokerClient. Cheap to make, like MarketClient; callbacks follow
// BrokerClient's rules. MarketStream::instancesChanged says when to ask again.
class InstanceClient
{
    Q_DECLARE_TR_FUNCTIONS(InstanceClient)

public:
    template<typename T>
    using Callback = BrokerClient::Callback<T>;
    using Done = std::monostate;

    // The states the broker names, in its order.
    static const QStringList &stateNames(); // pending, provisioning, running, stopping, terminated, failed, lost
    // Running or on its way there or out: a lease that still costs money.
    static bool isLive(const QString &state);

    // One instance of the caller's organization, with its lease and the
    // provider as buyers see it (a pseudonym and a rating).
    struct Instance
    {
        qint64 id = 0;
        qint64 leaseId = 0;
        QString state;
        QString stateReason;
        QString address;
        QDateTime createdAt;
        QDateTime updatedAt;
        QDateTime runningAt; // invalid: null
        QDateTime endedAt;
        QDateTime lastSeenAt;
        QString instanceType;
        QString region;
        qint64 pricePerHour = 0; // cents, locked for the lease
        QString currency;
        QDateTime leaseStartsAt;
        QDateTime leaseEndsAt;
        QString leaseStatus; // pending, active, ended, cancelled
        QString providerPseudonym;
        double providerRating = 0;
        bool onSale = false; // the lease's time left is offered for resale (ResaleClient)
        bool resold = false; // the lease's time left was sold to another buyer

        QJsonObject toJson() const;
        static protocol::Expected<Instance> fromJson(const QJsonObject &json);
        bool operator==(const Instance &) const = default;
    };

    // One measurement, 10 s apart; oldest first.
    struct UtilizationSample
    {
        QDateTime at;
        double cpuPercent = 0;
        double memoryPercent = 0;
        double networkInBytesPerSecond = 0;
        double networkOutBytesPerSecond = 0;
    };

    // A lease's renewal state (LeaseRenewal): its end, how many hours the
    // seller lets it be renewed by in all and how many it has been, and the
    // automatic renewal (hours at a time, 0: off; budget and spent in cents).
    struct LeaseRenewal
    {
        qint64 leaseId = 0;
        QDateTime endsAt;
        int renewableHours = 0;
        int renewedHours = 0;
        int autoRenewHours = 0;
        qint64 autoRenewBudget = 0;
        qint64 autoRenewSpent = 0;
        qint64 pricePerHour = 0;
        QString status;

        static protocol::Expected<LeaseRenewal> fromJson(const QJsonObject &json);
        bool operator==(const LeaseRenewal &) const = default;
    };

    static constexpr int kMaxRenewHours = 24 * 366;
    static constexpr int kMaxCommentLength = 1000;

    explicit InstanceClient(BrokerClient &client);

    // state: empty for every instance, else one of stateNames(). Newest first.
    void fetchInstances(const QString &state, QObject *context, Callback<QList<Instance>> callback);
    void fetchInstance(qint64 instanceId, QObject *context, Callback<Instance> callback);
    // Ends the lease now (billing stops) and stops the instance; 409
    // (details.reason "not_running") when it is already stopping or ended.
    void terminate(qint64 instanceId, QObject *context, Callback<Done> callback);
    // The last hour; 409 "not_running" when there is nothing to measure, 502 when the provider did not answer.
    void fetchUtilization(qint64 instanceId, QObject *context, Callback<QList<UtilizationSample>> callback);

    // Extends the lease by hours (1..kMaxRenewHours) at its locked price. 409
    // details.reason: renewal_limit (details.hoursLeft), not_renewable, not_active.
    void renew(qint64 leaseId, int hours, QObject *context, Callback<LeaseRenewal> callback);
    // Renews hours at a time (0: off) 15 minutes before each end while the
    // renewals cost at most budget cents in all. Same 409 reasons as renew().
    void setAutoRenew(qint64 leaseId, int hours, qint64 budget, QObject *context, Callback<LeaseRenewal> callback);
    // Rates the provider of an ended lease (1..5 stars, an optional comment).
    // 409 details.reason: reviewed (once per lease), not_ended; 404 not yours.
    void review(qint64 leaseId, int stars, const QString &comment, QObject *context, Callback<Done> callback);

    // Parsers, public for tests.
    static protocol::Expected<QList<Instance>> parseInstances(const QJsonObject &json);
    static protocol::Expected<QList<UtilizationSample>> parseUtilization(const QJsonObject &json);

private:
    BrokerClient &m_client;
};

} // namespace sc::client
