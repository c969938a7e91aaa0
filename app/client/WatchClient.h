#pragma once

#include "client/BrokerClient.h"
#include "client/MarketClient.h"
#include "protocol/WatchDto.h"

#include <QCoreApplication>
#include <QList>

#include <variant>

namespace sc::client {

// Watches (saved searches with a price) and the notifications they raise:
// /market/watches and /notifications with typed results, on top of
// BrokerClient. Cheap to make, like MarketClient; callbacks follow
// BrokerClient's rules. New notifications also arrive over MarketStream.
class WatchClient
{
    Q_DECLARE_TR_FUNCTIONS(WatchClient)

public:
    template<typename T>
    using Callback = BrokerClient::Callback<T>;
    using Done = std::monostate;

    // Most watches one user may keep (the broker answers 409 beyond).
    static constexpr int kMaxWatches = 20;
    static constexpr int kMaxNameLength = 80;

    struct NotificationList
    {
        QList<protocol::Notification> notifications; // newest first
        qint64 unread = 0;
    };

    explicit WatchClient(BrokerClient &client);

    // The criteria of an offer search as a watch's filter (the price set apart).
    static protocol::OfferFilter watchFilter(const MarketClient::OfferFilter &search, qint64 maxPricePerHour);

    void createWatch(const QString &name, const protocol::OfferFilter &filter, QObject *context,
                     Callback<protocol::Watch> callback);
    void fetchWatches(QObject *context, Callback<QList<protocol::Watch>> callback);
    void deleteWatch(qint64 watchId, QObject *context, Callback<Done> callback);

    void fetchNotifications(bool unreadOnly, int limit, QObject *context, Callback<NotificationList> callback);
    // Marks these notifications read; answers how many stay unread.
    void markRead(const QList<qint64> &ids, QObject *context, Callback<qint64> callback);
    void markAllRead(QObject *context, Callback<qint64> callback);

    // Parsers, public for tests.
    static protocol::Expected<QList<protocol::Watch>> parseWatches(const QJsonObject &json);
    static protocol::Expected<NotificationList> parseNotifications(const QJsonObject &json);

private:
    BrokerClient &m_client;
};

} // namespace sc::client
