#include "ui/market/WatchesPanel.h"

#include "ui/market/ConfirmationPrompt.h"
#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"
#include "ui/market/WatchModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {
constexpr int kNotificationLimit = 50;
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

WatchesPanel::WatchesPanel(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_watches(client)
    , m_model(new WatchModel(this))
    , m_proxy(TableStyle::sortedProxy(m_model, WatchModel::SortRole, this))
    , m_table(new QTableView)
    , m_empty(new QLabel)
    , m_delete(new QPushButton(tr("Delete…")))
    , m_notifications(new QListWidget)
    , m_markAllRead(new QPushButton(tr("Mark all read")))
    , m_status(new QLabel)
{
    setObjectName(u"watchesPanel"_s);
    m_table->setObjectName(u"watchTable"_s);
    TableStyle::apply(m_table, m_proxy, WatchModel::CriteriaColumn);
    m_empty->setObjectName(u"watchesEmpty"_s);
    m_empty->setText(tr("No watches yet. Search in “Find offers”, then choose “Watch this search…” to be told "
                        "when a matching offer appears at your price."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_delete->setObjectName(u"deleteWatchButton"_s);
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, &WatchesPanel::deleteSelectedWatch);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { m_delete->setEnabled(current.isValid()); });

    m_notifications->setObjectName(u"notificationList"_s);
    m_notifications->setWordWrap(true);
    m_notifications->setAlternatingRowColors(true);
    m_notifications->setToolTip(tr("Click a notification to see its offer in the market, or its instance"));
    connect(m_notifications, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openNotification(m_notifications->row(item));
    });
    connect(m_notifications, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        openNotification(m_notifications->row(item));
    });
    m_markAllRead->setObjectName(u"markAllReadButton"_s);
    m_markAllRead->setEnabled(false);
    connect(m_markAllRead, &QPushButton::clicked, this, &WatchesPanel::markAllRead);
    m_status->setObjectName(u"watchesStatus"_s);
    m_status->setWordWrap(true);

    auto *watches = new QWidget;
    auto *watchLayout = new QVBoxLayout(watches);
    watchLayout->setContentsMargins(0, 0, 0, 0);
    auto *watchHeader = new QHBoxLayout;
    watchHeader->addWidget(TableStyle::sectionTitle(tr("Your watches")));
    watchHeader->addStretch(1);
    watchHeader->addWidget(m_delete);
    watchLayout->addLayout(watchHeader);
    watchLayout->addWidget(m_empty);
    watchLayout->addWidget(m_table, 1);

    auto *notifications = new QWidget;
    auto *notificationLayout = new QVBoxLayout(notifications);
    notificationLayout->setContentsMargins(0, 0, 0, 0);
    auto *notificationHeader = new QHBoxLayout;
    notificationHeader->addWidget(TableStyle::sectionTitle(tr("Notifications")));
    notificationHeader->addStretch(1);
    notificationHeader->addWidget(m_markAllRead);
    notificationLayout->addLayout(notificationHeader);
    notificationLayout->addWidget(m_notifications, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(watches);
    splitter->addWidget(notifications);
    splitter->setSizes({640, 380});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    m_table->hide();
}

void WatchesPanel::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    m_model->setCatalog(catalog);
    if (m_notificationsLoaded)
        setNotifications({m_shown, m_unread}); // the instruments' names from the new catalog
}

QString WatchesPanel::statusText() const
{
    return m_status->text();
}

void WatchesPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: %1;"_s.arg(MarketColors::falling(palette()).name()) : QString());
}

void WatchesPanel::setAvailable(bool available)
{
    m_available = available;
    Q_EMIT availabilityChanged(available); // on every answer: the page shows or hides what depends on it
}

void WatchesPanel::refreshWatches()
{
    const quint64 serial = m_serial;
    m_watches.fetchWatches(this, [this, serial](const protocol::Expected<QList<protocol::Watch>> &watches) {
        if (serial != m_serial)
            return;
        if (!watches) {
            if (watches.error().code == protocol::ErrorCode::NotFound) {
                setAvailable(false);
                setStatus(tr("This broker cannot watch searches yet."));
            } else {
                setStatus(tr("Your watches could not be loaded: %1").arg(watches.error().message), true);
            }
            return;
        }
        setAvailable(true);
        if (!m_notificationsLoaded)
            refreshNotifications(); // asked only of a broker that has watches
        m_model->setRows(*watches);
        m_table->setVisible(!watches->isEmpty());
        m_empty->setVisible(watches->isEmpty());
    });
}

void WatchesPanel::refreshNotifications()
{
    const quint64 serial = m_serial;
    m_watches.fetchNotifications(
        false,
        kNotificationLimit,
        this,
        [this, serial](const protocol::Expected<client::WatchClient::NotificationList> &list) {
            if (serial != m_serial)
                return;
            if (!list) {
                if (list.error().code != protocol::ErrorCode::NotFound)
                    setStatus(tr("Notifications could not be loaded: %1").arg(list.error().message), true);
                return;
            }
            setNotifications(*list);
        });
}

void WatchesPanel::clear()
{
    ++m_serial;
    m_model->clear();
    m_table->hide();
    m_empty->show();
    m_shown.clear();
    m_notifications->clear();
    m_notificationsLoaded = false;
    setUnread(0);
    setStatus({});
}

QString WatchesPanel::offerText(const protocol::Offer &offer, const CatalogIndex &catalog)
{
    return tr("%1 at %2")
        .arg(catalog.instrumentLabel(offer.instanceType, offer.region),
             MoneyFormat::perHour(offer.pricePerHour, offer.currency));
}

void WatchesPanel::setNotifications(const client::WatchClient::NotificationList &list)
{
    m_notificationsLoaded = true;
    m_shown = list.notifications;
    const int current = m_notifications->currentRow();
    m_notifications->clear();
    const QLocale locale;
    for (const protocol::Notification &notification : list.notifications) {
        const QString when = locale.toString(notification.updatedAt.toLocalTime(), QLocale::ShortFormat);
        const QString text = isAboutLease(notification)
                                 ? tr("%1\n%2").arg(notificationText(notification, m_catalog), when)
                                 : tr("%1: %2\nNew matching offers: %3 · %4")
                                       .arg(notification.watchName,
                                            offerText(notification.offer, m_catalog),
                                            locale.toString(notification.matches),
                                            when);
        auto *item = new QListWidgetItem(text, m_notifications);
        item->setData(kIdRole, notification.id);
        QFont font = item->font();
        font.setBold(!notification.readAt.isValid());
        item->setFont(font);
    }
    if (list.notifications.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No notifications yet."), m_notifications);
        item->setFlags(Qt::NoItemFlags);
    }
    if (current >= 0 && current < m_notifications->count())
        m_notifications->setCurrentRow(current);
    setUnread(list.unread);
}

void WatchesPanel::setUnread(qint64 unread)
{
    m_markAllRead->setEnabled(unread > 0);
    if (unread == m_unread)
        return;
    m_unread = unread;
    Q_EMIT unreadCountChanged(unread);
}

void WatchesPanel::openNotification(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    const protocol::Notification notification = m_shown.at(row);
    if (!notification.readAt.isValid()) {
        m_watches.markRead({notification.id}, this, [this](const protocol::Expected<qint64> &unread) {
            if (!unread) {
                setStatus(tr("The notification could not be marked read: %1").arg(unread.error().message), true);
                return;
            }
            refreshNotifications();
        });
    }
    if (isAboutLease(notification))
        Q_EMIT leaseRequested(notification.leaseId);
    else
        Q_EMIT offerRequested(notification.offer);
}

bool WatchesPanel::isAboutLease(const protocol::Notification &notification)
{
    return notification.leaseId > 0 && notification.kind != u"watch_match";
}

QString WatchesPanel::notificationText(const protocol::Notification &notification, const CatalogIndex &catalog)
{
    if (!notification.message.isEmpty())
        return notification.message;
    if (!isAboutLease(notification))
        return tr("%1: %2").arg(notification.watchName, offerText(notification.offer, catalog));
    if (notification.kind == u"instance_running")
        return tr("Your instance is running.");
    if (notification.kind == u"instance_failed")
        return tr("Your instance could not be started.");
    if (notification.kind == u"instance_lost")
        return tr("The provider lost your instance.");
    if (notification.kind == u"lease_expiring")
        return tr("Your lease ends soon.");
    if (notification.kind == u"lease_ended")
        return tr("Your lease has ended.");
    return tr("News about your lease %1.").arg(notification.leaseId);
}

void WatchesPanel::markAllRead()
{
    m_markAllRead->setEnabled(false);
    m_watches.markAllRead(this, [this](const protocol::Expected<qint64> &unread) {
        if (!unread) {
            m_markAllRead->setEnabled(true);
            setStatus(tr("The notifications could not be marked read: %1").arg(unread.error().message), true);
            return;
        }
        setStatus({});
        refreshNotifications();
    });
}

void WatchesPanel::deleteSelectedWatch()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const protocol::Watch watch = m_model->rowAt(current.row());
    if (!ConfirmationPrompt::ask(
            this,
            tr("Delete watch"),
            tr("Delete the watch “%1”? You will not be told about its offers any more.").arg(watch.name),
            tr("Delete")))
        return;
    m_delete->setEnabled(false);
    m_watches.deleteWatch(watch.id, this, [this, watch](const protocol::Expected<client::WatchClient::Done> &done) {
        m_delete->setEnabled(m_table->currentIndex().isValid());
        if (!done) {
            setStatus(tr("The watch “%1” could not be deleted: %2").arg(watch.name, done.error().message), true);
            return;
        }
        setStatus(tr("The watch “%1” is deleted.").arg(watch.name));
        refreshWatches();
    });
}

} // namespace sc::ui
