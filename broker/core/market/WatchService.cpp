#include "core/market/WatchService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/auth/Principal.h"
#include "core/market/MarketQueries.h"
#include "core/market/MarketService.h"
#include "core/store/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr int kMaxNotificationsShown = 200;

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

ApiError invalid(const QString &field, const QString &message)
{
    return ApiError{ErrorCode::ValidationFailed, message, QJsonObject{{u"field"_s, field}}, {}};
}

const QString kNotificationColumns = u"n.id, n.kind, n.watch_id, COALESCE(w.name, ''), n.matches, n.offer, "
                                     "n.created_at, n.updated_at, n.read_at, n.lease_id, n.message "
                                     "FROM notifications n "
                                     "LEFT JOIN watches w ON w.id = n.watch_id"_s;

protocol::Notification readNotification(const DbQuery &query)
{
    protocol::Notification notification;
    notification.id = query.value(0).toLongLong();
    notification.kind = query.value(1).toString();
    notification.watchId = query.value(2).toLongLong();
    notification.watchName = query.value(3).toString();
    notification.matches = query.value(4).toLongLong();
    if (notification.watchId > 0) {
        if (auto offer = protocol::Offer::fromJson(parseObject(query.value(5))))
            notification.offer = *offer;
    }
    notification.leaseId = query.value(9).toLongLong();
    notification.message = query.value(10).toString();
    if (notification.message.isEmpty() && notification.watchId > 0)
        notification.message = notification.matches == 1
                                   ? u"An offer matching \"%1\" appeared."_s.arg(notification.watchName)
                                   : u"%1 offers matching \"%2\" appeared."_s.arg(notification.matches)
                                         .arg(notification.watchName);
    notification.createdAt = fromMs(query.value(6));
    notification.updatedAt = fromMs(query.value(7));
    notification.readAt = fromMs(query.value(8));
    return notification;
}

} // namespace

WatchService::WatchService(Database &database, MarketService &market, MarketQueries &queries, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_market(market)
    , m_queries(queries)
    , m_clock(clock)
{
}

WatchService::~WatchService() = default;

void WatchService::load()
{
    m_watches.clear();
    DbQuery query = m_database.exec(u"SELECT id, user_id, organization_id, name, filter FROM watches ORDER BY id"_s);
    while (query.next()) {
        auto filter = protocol::OfferFilter::fromJson(parseObject(query.value(4)));
        if (!filter) {
            qCWarning(lcMarket) << "watch" << query.value(0).toLongLong() << "has an unreadable filter; ignored";
            continue;
        }
        m_watches.append(Entry{query.value(0).toLongLong(),
                               query.value(1).toLongLong(),
                               query.value(2).toLongLong(),
                               query.value(3).toString(),
                               *filter});
    }
}

protocol::Expected<protocol::Watch> WatchService::create(const Principal &owner, const QString &name,
                                                         const protocol::OfferFilter &filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return invalid(u"name"_s, u"Give the watch a name of 1 to %1 characters."_s.arg(kMaxNameLength));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return invalid(u"name"_s, u"The name may not contain control characters."_s);
    }
    if (!filter.maxPricePerHour)
        return invalid(u"filter.maxPricePerHour"_s, u"Say the price at which you want to hear of an offer."_s);
    const qint64 owned = std::count_if(
        m_watches.cbegin(), m_watches.cend(), [&owner](const Entry &entry) { return entry.userId == owner.userId; });
    if (owned >= kMaxWatchesPerUser)
        return ApiError{ErrorCode::Conflict,
                        u"You have %1 watches, the most there can be. Delete one first."_s.arg(kMaxWatchesPerUser),
                        QJsonObject{{u"reason"_s, u"too_many_watches"_s}},
                        {}};

    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 id = m_database
                          .exec(u"INSERT INTO watches (organization_id, user_id, name, filter, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"_s,
                                {owner.organizationId, owner.userId, trimmed, compact(filter.toJson()), now})
                          .lastInsertId()
                          .toLongLong();
    m_watches.append(Entry{id, owner.userId, owner.organizationId, trimmed, filter});

    protocol::Watch watch;
    watch.id = id;
    watch.name = trimmed;
    watch.filter = filter;
    watch.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    watch.matchingNow = m_queries.matchingCount(filter);
    return watch;
}

QList<protocol::Watch> WatchService::watchesOf(const Principal &owner)
{
    QList<protocol::Watch> watches;
    DbQuery query = m_database.exec(u"SELECT id, name, filter, created_at, last_notified_at FROM watches "
                                    "WHERE user_id = ? ORDER BY id DESC"_s,
                                    {owner.userId});
    while (query.next()) {
        protocol::Watch watch;
        watch.id = query.value(0).toLongLong();
        watch.name = query.value(1).toString();
        if (auto filter = protocol::OfferFilter::fromJson(parseObject(query.value(2))))
            watch.filter = *filter;
        watch.createdAt = fromMs(query.value(3));
        watch.lastNotifiedAt = fromMs(query.value(4));
        watch.matchingNow = m_queries.matchingCount(watch.filter);
        watches.append(watch);
    }
    return watches;
}

bool WatchService::remove(const Principal &owner, qint64 watchId)
{
    // Its notifications go with it (ON DELETE CASCADE).
    const int removed = m_database.exec(u"DELETE FROM watches WHERE id = ? AND user_id = ?"_s, {watchId, owner.userId})
                            .numRowsAffected();
    if (removed == 0)
        return false;
    m_watches.removeIf([watchId](const Entry &entry) { return entry.id == watchId; });
    return true;
}

qint64 WatchService::unreadCount(qint64 userId)
{
    DbQuery query = m_database.exec(u"SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"_s,
                                    {userId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

WatchService::NotificationPage WatchService::notificationsOf(const Principal &owner, bool unreadOnly, int limit)
{
    NotificationPage page;
    DbQuery query = m_database.exec(
        u"SELECT "_s + kNotificationColumns
            + (unreadOnly ? u" WHERE n.user_id = ? AND n.read_at IS NULL"_s : u" WHERE n.user_id = ?"_s)
            + u" ORDER BY n.updated_at DESC, n.id DESC LIMIT ?"_s,
        {owner.userId, std::clamp(limit, 1, kMaxNotificationsShown)});
    while (query.next())
        page.notifications.append(readNotification(query));
    page.unread = unreadCount(owner.userId);
    return page;
}

qint64 WatchService::markRead(const Principal &owner, const QList<qint64> &ids, bool all)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Transaction transaction(m_database);
    if (all) {
        m_database.exec(u"UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL"_s,
                        {now, owner.userId});
    } else {
        for (qint64 id : ids)
            m_database.exec(u"UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL"_s,
                            {now, id, owner.userId});
    }
    const qint64 unread = unreadCount(owner.userId);
    transaction.commit();
    return unread;
}

void WatchService::notifyAboutLease(qint64 userId, const QString &kind, qint64 leaseId, const QString &message)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 id =
        m_database
            .exec(u"INSERT INTO notifications (user_id, kind, matches, price_per_hour, offer, created_at, updated_at, "
                  "lease_id, message) VALUES (?, ?, 1, 0, '{}', ?, ?, ?, ?)"_s,
                  {userId,
                   kind,
                   now,
                   now,
                   leaseId > 0 ? QVariant(leaseId) : QVariant(QMetaType(QMetaType::LongLong)),
                   message})
            .lastInsertId()
            .toLongLong();
    // Pushed once the caller's transaction is over, and only if it kept the row
    // (a rolled-back change must not announce anything).
    QMetaObject::invokeMethod(
        this,
        [this, userId, id] {
            try {
                DbQuery stored = m_database.exec(u"SELECT "_s + kNotificationColumns + u" WHERE n.id = ?"_s, {id});
                if (stored.next())
                    Q_EMIT notified(userId, readNotification(stored));
            } catch (const DatabaseError &error) {
                qCWarning(lcMarket) << "reading a notification failed:" << error.what();
            }
        },
        Qt::QueuedConnection);
}

void WatchService::offersAppeared(const QList<qint64> &askIds)
{
    if (m_watches.isEmpty() || askIds.isEmpty())
        return;
    QList<QPair<qint64, protocol::Notification>> raised; // (user, notification), sent after the commit
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    try {
        Transaction transaction(m_database);
        for (qint64 askId : askIds) {
            const auto owned = m_market.openOffer(askId);
            if (!owned)
                continue;
            const protocol::Offer &offer = owned->offer;
            const QByteArray offerJson = compact(offer.toJson());
            for (const Entry &watch : std::as_const(m_watches)) {
                // A seller is not told about its own asks.
                if (watch.organizationId == owned->organizationId || !m_queries.matches(watch.filter, offer))
                    continue;
                DbQuery unread = m_database.exec(
                    u"SELECT id, price_per_hour FROM notifications WHERE watch_id = ? AND read_at IS NULL"_s,
                    {watch.id});
                qint64 notificationId = 0;
                if (unread.next()) {
                    notificationId = unread.value(0).toLongLong();
                    if (offer.pricePerHour <= unread.value(1).toLongLong()) {
                        m_database.exec(u"UPDATE notifications SET matches = matches + 1, updated_at = ?, offer = ?, "
                                        "price_per_hour = ? WHERE id = ?"_s,
                                        {now, offerJson, offer.pricePerHour, notificationId});
                    } else {
                        m_database.exec(
                            u"UPDATE notifications SET matches = matches + 1, updated_at = ? WHERE id = ?"_s,
                            {now, notificationId});
                    }
                } else {
                    notificationId =
                        m_database
                            .exec(u"INSERT INTO notifications (user_id, kind, watch_id, matches, price_per_hour, "
                                  "offer, created_at, updated_at) VALUES (?, 'watch_match', ?, 1, ?, ?, ?, ?)"_s,
                                  {watch.userId, watch.id, offer.pricePerHour, offerJson, now, now})
                            .lastInsertId()
                            .toLongLong();
                }
                m_database.exec(u"UPDATE watches SET last_notified_at = ? WHERE id = ?"_s, {now, watch.id});
                DbQuery stored = m_database.exec(u"SELECT "_s + kNotificationColumns + u" WHERE n.id = ?"_s,
                                                 {notificationId});
                if (stored.next())
                    raised.append({watch.userId, readNotification(stored)});
            }
        }
        transaction.commit();
    } catch (const DatabaseError &error) {
        qCCritical(lcMarket) << "watch notifications failed:" << error.what();
        return;
    }
    for (const auto &[userId, notification] : std::as_const(raised))
        Q_EMIT notified(userId, notification);
}

} // namespace sc::broker
