#pragma once

#include "client/WatchClient.h"
#include "ui/market/CatalogIndex.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sc::ui {

class WatchModel;

// The user's watches (with delete) beside the notifications they raised
// (newest first, unread in bold, "Mark all read"), also those about the
// user's leases and instances. Clicking a notification marks it read and
// asks the page to open its offer's instrument, or the lease's instance.
class WatchesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchesPanel)

public:
    explicit WatchesPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    void refreshWatches();
    void refreshNotifications();
    void clear();
    // False when the broker has no watches (an older broker): the panel says so.
    bool isAvailable() const { return m_available; }
    qint64 unreadCount() const { return m_unread; }

    WatchModel *watchModel() const { return m_model; }
    QListWidget *notificationList() const { return m_notifications; }
    QString statusText() const;
    void deleteSelectedWatch();
    void markAllRead();
    void openNotification(int row);

    // "g1.small in Frankfurt at €0.35/h", the offer a notification is about.
    static QString offerText(const protocol::Offer &offer, const CatalogIndex &catalog);
    // True for the notifications about a lease and its instance (running, failed, lost, expiring, ended).
    static bool isAboutLease(const protocol::Notification &notification);
    // What a notification says in one line: the broker's message, else what the client can tell.
    static QString notificationText(const protocol::Notification &notification, const CatalogIndex &catalog);

Q_SIGNALS:
    void unreadCountChanged(qint64 unread);
    // After every answer about the watches: whether this broker has them.
    void availabilityChanged(bool available);
    void offerRequested(const sc::protocol::Offer &offer);
    // A notification about a lease was opened: show that lease's instance.
    void leaseRequested(qint64 leaseId);

private:
    void setNotifications(const client::WatchClient::NotificationList &list);
    void setUnread(qint64 unread);
    void setAvailable(bool available);
    void setStatus(const QString &text, bool error = false);

    client::WatchClient m_watches;
    CatalogIndex m_catalog;
    WatchModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_delete;
    QListWidget *m_notifications;
    QPushButton *m_markAllRead;
    QLabel *m_status;
    QList<protocol::Notification> m_shown;
    qint64 m_unread = 0;
    bool m_available = true;
    bool m_notificationsLoaded = false;
    quint64 m_serial = 0;
};

} // namespace sc::ui
