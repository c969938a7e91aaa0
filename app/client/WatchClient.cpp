#include "client/WatchClient.h"

#include "client/TypedReply.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr qsizetype kMaxItems = 10'000;

Expected<qint64> readUnread(const QJsonObject &json)
{
    protocol::JsonReader reader(json);
    const qint64 unread = reader.integer(u"unread", 0, std::numeric_limits<int>::max());
    if (!reader.ok())
        return reader.error();
    return unread;
}

} // namespace

WatchClient::WatchClient(BrokerClient &client)
    : m_client(client)
{
}

protocol::OfferFilter WatchClient::watchFilter(const MarketClient::OfferFilter &search, qint64 maxPricePerHour)
{
    protocol::OfferFilter filter;
    filter.instanceType = search.instanceType;
    filter.minVcpus = search.minVcpus;
    filter.minMemoryMiB = search.minMemoryMiB;
    filter.minDiskGiB = search.minDiskGiB;
    filter.countries = search.countries;
    filter.regions = search.regions;
    filter.minRating = search.minRating;
    filter.minAvailableHours = search.minAvailableHours;
    filter.maxPricePerHour = maxPricePerHour;
    return filter;
}

void WatchClient::createWatch(const QString &name, const protocol::OfferFilter &filter, QObject *context,
                              Callback<protocol::Watch> callback)
{
    m_client.sendJson("POST",
                      u"/market/watches"_s,
                      QJsonObject{{u"name"_s, name}, {u"filter"_s, filter.toJson()}},
                      context,
                      typedReply<protocol::Watch>(std::move(callback), &protocol::Watch::fromJson));
}

void WatchClient::fetchWatches(QObject *context, Callback<QList<protocol::Watch>> callback)
{
    m_client.getJson(
        u"/market/watches"_s, {}, context, typedReply<QList<protocol::Watch>>(std::move(callback), &parseWatches));
}

void WatchClient::deleteWatch(qint64 watchId, QObject *context, Callback<Done> callback)
{
    m_client.sendJson(
        "DELETE",
        u"/market/watches/%1"_s.arg(watchId),
        {},
        context,
        typedReply<Done>(std::move(callback), [](const QJsonObject &) { return Expected<Done>(Done()); }));
}

void WatchClient::fetchNotifications(bool unreadOnly, int limit, QObject *context, Callback<NotificationList> callback)
{
    QUrlQuery query;
    query.addQueryItem(u"unreadOnly"_s, unreadOnly ? u"true"_s : u"false"_s);
    query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, 200)));
    m_client.getJson(
        u"/notifications"_s, query, context, typedReply<NotificationList>(std::move(callback), &parseNotifications));
}

void WatchClient::markRead(const QList<qint64> &ids, QObject *context, Callback<qint64> callback)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    m_client.sendJson("POST",
                      u"/notifications/read"_s,
                      QJsonObject{{u"ids"_s, array}},
                      context,
                      typedReply<qint64>(std::move(callback), &readUnread));
}

void WatchClient::markAllRead(QObject *context, Callback<qint64> callback)
{
    m_client.sendJson("POST",
                      u"/notifications/read"_s,
                      QJsonObject{{u"all"_s, true}},
                      context,
                      typedReply<qint64>(std::move(callback), &readUnread));
}

Expected<QList<protocol::Watch>> WatchClient::parseWatches(const QJsonObject &json)
{
    protocol::JsonReader reader(json);
    const QJsonArray array = reader.array(u"watches", kMaxItems);
    if (!reader.ok())
        return reader.error();
    QList<protocol::Watch> watches;
    for (const QJsonValue &value : array) {
        auto watch = protocol::Watch::fromJson(value.toObject());
        if (!watch)
            return watch.error();
        watches.append(std::move(watch).value());
    }
    return watches;
}

Expected<WatchClient::NotificationList> WatchClient::parseNotifications(const QJsonObject &json)
{
    protocol::JsonReader reader(json);
    const QJsonArray array = reader.array(u"notifications", kMaxItems);
    const qint64 unread = reader.integer(u"unread", 0, std::numeric_limits<int>::max());
    if (!reader.ok())
        return reader.error();
    NotificationList list;
    list.unread = unread;
    for (const QJsonValue &value : array) {
        auto notification = protocol::Notification::fromJson(value.toObject());
        if (!notification)
            return notification.error();
        list.notifications.append(std::move(notification).value());
    }
    return list;
}

} // namespace sc::client
