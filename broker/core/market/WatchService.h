#pragma once

#include "protocol/Expected.h"
#include "protocol/WatchDto.h"

#include <QList>
#include <QObject>

#include <optional>

namespace sc::broker {

class Clock;
class Database;
class MarketQueries;
class MarketService;
struct Principal;

// Watches: a buyer's saved search with a price. When an ask opens (or gets
// cheaper, or larger) and matches a watch of another organization, the
// watch's owner gets a notification, stored and pushed. While a watch's
// notification is unread, further matches update it (count and cheapest
// offer) rather than piling up.
class WatchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchService)

public:
    static constexpr int kMaxWatchesPerUser = 20;
    static constexpr int kMaxNameLength = 80;

    WatchService(Database &database, MarketService &market, MarketQueries &queries, const Clock &clock,
                 QObject *parent = nullptr);
    ~WatchService() override;

    // Reads every watch into memory; throws DatabaseError.
    void load();

    protocol::Expected<protocol::Watch> create(const Principal &owner, const QString &name,
                                               const protocol::OfferFilter &filter);
    QList<protocol::Watch> watchesOf(const Principal &owner);
    // False when the caller has no such watch.
    bool remove(const Principal &owner, qint64 watchId);

    struct NotificationPage
    {
        QList<protocol::Notification> notifications;
        qint64 unread = 0;
    };
    NotificationPage notificationsOf(const Principal &owner, bool unreadOnly, int limit);
    // Marks the caller's notifications read (the listed ones, or all); answers
    // how many stay unread.
    qint64 markRead(const Principal &owner, const QList<qint64> &ids, bool all);

    // Tells one user something about one of their leases (stored and pushed).
    void notifyAboutLease(qint64 userId, const QString &kind, qint64 leaseId, const QString &message);

    // The market opened these asks (or made them cheaper or larger).
    void offersAppeared(const QList<qint64> &askIds);

    int watchCount() const { return int(m_watches.size()); }

Q_SIGNALS:
    void notified(qint64 userId, const protocol::Notification &notification);

private:
    struct Entry
    {
        qint64 id = 0;
        qint64 userId = 0;
        qint64 organizationId = 0;
        QString name;
        protocol::OfferFilter filter;
    };
    qint64 unreadCount(qint64 userId);

    Database &m_database;
    MarketService &m_market;
    MarketQueries &m_queries;
    const Clock &m_clock;
    QList<Entry> m_watches; // every watch, for matching new offers
};

} // namespace sc::broker
