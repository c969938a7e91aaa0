#pragma once

#include "protocol/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace sc::protocol {

// Money on the wire: integer minor units (cents) with an explicit currency.
// Prices are per slot-hour.

// How buyers see a provider: a stable pseudonym and its rating, nothing else.
struct ProviderBadge
{
    QString pseudonym;
    double rating = 0;

    QJsonObject toJson() const;
    static Expected<ProviderBadge> fromJson(const QJsonObject &object);
};

// An ask as buyers see it.
struct Offer
{
    qint64 id = 0;
    QString instanceType;
    QString region;
    qint64 pricePerHour = 0;
    QString currency;
    qint64 availableQuantity = 0;
    QDateTime availableUntil;
    int minLeaseHours = 1;
    int maxLeaseHours = 1;
    int renewableHours = 0;
    ProviderBadge provider;

    QJsonObject toJson() const;
    static Expected<Offer> fromJson(const QJsonObject &object);
};

// An ask as its seller sees it.
struct Ask
{
    qint64 id = 0;
    qint64 providerId = 0;
    QString instanceType;
    QString region;
    qint64 quantity = 0;
    qint64 openQuantity = 0;
    qint64 pricePerHour = 0;
    QString currency;
    QDateTime availableFrom;
    QDateTime availableUntil;
    int minLeaseHours = 1;
    int maxLeaseHours = 1;
    int renewableHours = 0;
    bool resaleAllowed = true; // its buyers may sell the rest of their leases on
    QString status;            // open, filled, withdrawn, expired
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Expected<Ask> fromJson(const QJsonObject &object);
};

struct Bid
{
    qint64 id = 0;
    QString instanceType;
    QStringList regions;
    qint64 maxPricePerHour = 0;
    QString currency;
    int durationHours = 1;
    double minRating = 0;
    qint64 quantity = 0;
    qint64 filledQuantity = 0;
    QString timeInForce; // gtc, ioc, fok
    QString status;      // open, filled, cancelled, expired
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Expected<Bid> fromJson(const QJsonObject &object);
};

// A lease as its buyer sees it.
struct Lease
{
    qint64 id = 0;
    QString instanceType;
    QString region;
    qint64 pricePerHour = 0;
    QString currency;
    QDateTime startsAt;
    QDateTime endsAt;
    int renewableHours = 0;
    QString status; // pending, active, ended, cancelled
    ProviderBadge provider;

    QJsonObject toJson() const;
    static Expected<Lease> fromJson(const QJsonObject &object);
};

// A public trade print: no counterparty on either side.
struct TradePrint
{
    QString instanceType;
    QString region;
    qint64 pricePerHour = 0;
    qint64 quantity = 0;
    QDateTime executedAt;

    QJsonObject toJson() const;
    static Expected<TradePrint> fromJson(const QJsonObject &object);
};

struct InstrumentSummary
{
    QString instanceType;
    QString region;
    QString currency;
    std::optional<qint64> lastPrice;
    std::optional<qint64> change24h; // last price minus the last price 24 h ago
    qint64 volume24h = 0;            // slots traded
    std::optional<qint64> bestBid;
    std::optional<qint64> bestAsk;
    qint64 openAskQuantity = 0;

    QJsonObject toJson() const;
    static Expected<InstrumentSummary> fromJson(const QJsonObject &object);
};

struct DepthLevelInfo
{
    qint64 pricePerHour = 0;
    qint64 quantity = 0;
    int orders = 0;
};

struct Depth
{
    QString instanceType;
    QString region;
    QList<DepthLevelInfo> bids; // best first
    QList<DepthLevelInfo> asks; // best first

    QJsonObject toJson() const;
    static Expected<Depth> fromJson(const QJsonObject &object);
};

struct Candle
{
    QDateTime start;
    qint64 open = 0;
    qint64 high = 0;
    qint64 low = 0;
    qint64 close = 0;
    qint64 volume = 0;

    QJsonObject toJson() const;
    static Expected<Candle> fromJson(const QJsonObject &object);
};

} // namespace sc::protocol
