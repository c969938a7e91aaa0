#pragma once

#include "protocol/Expected.h"
#include "protocol/MarketDto.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sc::protocol {

// What a buyer looks for among the open offers: the criteria of
// GET /api/v1/market/offers, and of a watch (where maxPricePerHour is required).
struct OfferFilter
{
    QString instanceType;
    int minVcpus = 0;
    int minMemoryMiB = 0;
    int minDiskGiB = 0;
    QStringList countries; // ISO 3166 alpha-2, upper case
    QStringList regions;
    std::optional<double> nearLatitude;
    std::optional<double> nearLongitude;
    double withinKm = 0; // with nearLatitude/nearLongitude
    std::optional<qint64> maxPricePerHour;
    double minRating = 0;
    int minAvailableHours = 0;

    // Only the criteria that are set.
    QJsonObject toJson() const;
    // Strict: unknown fields, bad types and out-of-range values are refused,
    // naming the field ("filter.minVcpus" with context "filter").
    static Expected<OfferFilter> fromJson(const QJsonObject &object, const QString &context = {});

    friend bool operator==(const OfferFilter &, const OfferFilter &) = default;
};

// A saved search with a price: its owner is told when a matching offer appears.
struct Watch
{
    qint64 id = 0;
    QString name;
    OfferFilter filter;
    QDateTime createdAt;
    QDateTime lastNotifiedAt; // invalid: never
    qint64 matchingNow = 0;   // open offers that match at the time of the answer

    QJsonObject toJson() const;
    static Expected<Watch> fromJson(const QJsonObject &object);
};

// Something the broker tells one user. Kinds: "watch_match" (offers matching
// a watch appeared; while it is unread, further matches update it; watchId,
// watchName, matches and offer are set), and about a lease (leaseId set):
// "instance_running", "instance_failed", "instance_lost", "lease_expiring",
// "lease_ended". `message` says it in words for every kind.
struct Notification
{
    qint64 id = 0;
    QString kind;
    qint64 watchId = 0;
    QString watchName;
    qint64 matches = 0; // offers that appeared while it was unread
    Offer offer;        // the cheapest of them
    qint64 leaseId = 0;
    QString message;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime readAt; // invalid: unread

    QJsonObject toJson() const;
    static Expected<Notification> fromJson(const QJsonObject &object);
};

} // namespace sc::protocol
