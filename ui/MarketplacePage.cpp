#include "ui/MarketplacePage.h"

#include "client/BrokerClient.h"
#include "client/MarketClient.h"
#include "client/MarketStream.h"
#include "ui/LineIconEngine.h"
#include "ui/MessagePanel.h"
#include "ui/NoticeBanner.h"
#include "ui/PageHeader.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/CatalogPanel.h"
#include "ui/market/MarketColors.h"
#include "ui/market/MarketOverview.h"
#include "ui/market/MarketStatsView.h"
#include "ui/market/MyOrdersPanel.h"
#include "ui/market/NewAskForm.h"
#include "ui/market/OfferSearchPanel.h"
#include "ui/market/OrderTicket.h"
#include "ui/market/WatchDialog.h"
#include "ui/market/WatchesPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;

namespace sc::ui {

namespace {
constexpr int kPollIntervalMs = 5'000;
constexpr int kSafetyIntervalMs = 60'000;
constexpr int kCoalesceMs = 300;
constexpr int kBannerMs = 30'000;
} // namespace

MarketplacePage::MarketplacePage(client::BrokerClient &client, BrokerConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connection(connection)
    , m_catalog(new CatalogPanel)
    , m_overview(new MarketOverview(client))
    , m_search(new OfferSearchPanel(client))
    , m_orders(new MyOrdersPanel(client))
    , m_newAsk(new NewAskForm(client))
    , m_stats(new MarketStatsView(client))
    , m_watches(new WatchesPanel(client))
    , m_notificationsButton(new QToolButton)
    , m_notificationBanner(new NoticeBanner)
    , m_bannerTimeout(new QTimer(this))
    , m_notificationsDue(new QTimer(this))
    , m_watchesDue(new QTimer(this))
    , m_selling(new QWidget)
    , m_tabs(new QTabWidget)
    , m_stack(new QStackedWidget)
    , m_message(new MessagePanel)
    , m_refreshAction(new QAction(LineIconEngine::icon(LineIcon::Refresh), tr("&Refresh"), this))
    , m_pollTimer(new QTimer(this))
    , m_stream(new client::MarketStream(client, this))
    , m_streamStatus(new QLabel)
    , m_snapshotDue(new QTimer(this))
    , m_instrumentDue(new QTimer(this))
    , m_ordersDue(new QTimer(this))
    , m_pollIntervalMs(kPollIntervalMs)
    , m_safetyIntervalMs(kSafetyIntervalMs)
{
    setObjectName(u"marketplacePage"_s);

    m_refreshAction->setObjectName(u"refreshCatalogAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    m_refreshAction->setToolTip(tr("Load the catalog and the market from the broker again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, &MarketplacePage::refresh);

    auto *refreshButton = new QToolButton(this);
    refreshButton->setObjectName(u"refreshButton"_s);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *header = new PageHeader(
        tr("Marketplace"), tr("Spare capacity by instance type and region: prices, offers and your orders."), this);
    m_streamStatus->setObjectName(u"streamStatus"_s);
    m_streamStatus->hide();
    header->addAction(m_streamStatus);
    m_notificationsButton->setObjectName(u"notificationsButton"_s);
    m_notificationsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_notificationsButton->setToolTip(tr("Your watches and the offers they found"));
    m_notificationsButton->hide();
    connect(m_notificationsButton, &QToolButton::clicked, this, [this] { showTab(Tab::Watches); });
    header->addAction(m_notificationsButton);
    header->addAction(refreshButton);
    onUnreadCountChanged(0);

    m_overview->addSidePanel(m_catalog);
    auto *sellingSplitter = new QSplitter(Qt::Horizontal);
    sellingSplitter->setChildrenCollapsible(false);
    sellingSplitter->addWidget(m_newAsk);
    sellingSplitter->addWidget(m_stats);
    sellingSplitter->setSizes({420, 600});
    m_selling->setObjectName(u"sellingPanel"_s);
    auto *sellingLayout = new QVBoxLayout(m_selling);
    sellingLayout->setContentsMargins(0, 8, 0, 0);
    sellingLayout->addWidget(sellingSplitter);

    m_tabs->setObjectName(u"marketTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Market"));
    m_tabs->addTab(m_search, tr("Find offers"));
    m_tabs->addTab(m_watches, tr("Watches"));
    m_tabs->addTab(m_orders, tr("My orders"));
    m_tabs->addTab(m_selling, tr("Selling"));
    m_tabs->setTabVisible(int(Tab::Selling), false);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MarketplacePage::onTabChanged);

    m_message->setObjectName(u"catalogMessage"_s);
    connect(m_message, &MessagePanel::buttonClicked, this, &MarketplacePage::onMessageButton);
    m_stack->setObjectName(u"catalogStack"_s);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(header);
    m_notificationBanner->setObjectName(u"notificationBanner"_s);
    m_notificationBanner->hide();
    m_notificationsButton->hide();
    layout->addWidget(m_notificationBanner);
    layout->addWidget(m_stack, 1);
    m_bannerTimeout->setSingleShot(true);
    m_bannerTimeout->setInterval(kBannerMs);
    connect(m_bannerTimeout, &QTimer::timeout, m_notificationBanner, &QWidget::hide);
    connect(m_notificationBanner, &NoticeBanner::buttonClicked, this, [this] {
        m_notificationBanner->hide();
        if (m_bannerLease > 0)
            Q_EMIT leaseRequested(m_bannerLease);
        else if (m_bannerOffer)
            openOffer(*m_bannerOffer);
    });

    // Polled only while the push channel is down; a slow safety refresh while it is up.
    m_pollTimer->setObjectName(u"marketRefreshTimer"_s);
    connect(m_pollTimer, &QTimer::timeout, this, &MarketplacePage::pollMarket);
    updatePollInterval();

    for (QTimer *timer : {m_snapshotDue, m_instrumentDue, m_ordersDue, m_notificationsDue, m_watchesDue}) {
        timer->setSingleShot(true);
        timer->setInterval(kCoalesceMs);
    }
    connect(m_snapshotDue, &QTimer::timeout, this, [this] {
        if (!deferWhileHidden())
            m_overview->refreshSnapshot();
    });
    connect(m_instrumentDue, &QTimer::timeout, this, [this] {
        if (!deferWhileHidden())
            m_overview->refreshSelectedInstrument();
    });
    connect(m_ordersDue, &QTimer::timeout, this, [this] {
        if (!deferWhileHidden())
            m_orders->refresh();
    });
    connect(m_stream, &client::MarketStream::connectedChanged, this, &MarketplacePage::onStreamConnectedChanged);
    connect(m_stream, &client::MarketStream::tradesReceived, this, [this](const QList<protocol::TradePrint> &trades) {
        coalesce(m_snapshotDue);
        for (const protocol::TradePrint &trade : trades) {
            if (m_overview->isSelected(trade.instanceType, trade.region))
                coalesce(m_instrumentDue);
        }
    });
    connect(m_stream,
            &client::MarketStream::instrumentsChanged,
            this,
            [this](const QList<QPair<QString, QString>> &instruments) {
                coalesce(m_snapshotDue);
                for (const auto &[type, region] : instruments) {
                    if (m_overview->isSelected(type, region))
                        coalesce(m_instrumentDue);
                }
            });
    connect(m_stream, &client::MarketStream::ordersChanged, this, [this] { coalesce(m_ordersDue); });
    connect(m_stream, &client::MarketStream::notificationReceived, this, &MarketplacePage::onNotification);
    // Notifications are loaded even while the page is hidden: the count and the banner are news.
    connect(m_notificationsDue, &QTimer::timeout, m_watches, &WatchesPanel::refreshNotifications);
    connect(m_watchesDue, &QTimer::timeout, m_watches, &WatchesPanel::refreshWatches);
    connect(m_watches, &WatchesPanel::unreadCountChanged, this, &MarketplacePage::onUnreadCountChanged);
    connect(m_watches, &WatchesPanel::availabilityChanged, this, &MarketplacePage::onWatchesAvailable);
    connect(m_watches, &WatchesPanel::offerRequested, this, &MarketplacePage::openOffer);
    connect(m_watches, &WatchesPanel::leaseRequested, this, &MarketplacePage::leaseRequested);
    connect(m_search, &OfferSearchPanel::watchRequested, this, &MarketplacePage::openWatchDialog);

    connect(m_search, &OfferSearchPanel::buyRequested, this, &MarketplacePage::openOffer);
    connect(m_overview, &MarketOverview::orderPlaced, m_orders, &MyOrdersPanel::refresh);
    connect(m_orders, &MyOrdersPanel::ordersChanged, m_overview, &MarketOverview::refresh);
    connect(m_newAsk, &NewAskForm::askPlaced, this, [this] {
        m_overview->refresh();
        m_orders->refresh();
    });
    connect(&m_connection, &BrokerConnection::stateChanged, this, &MarketplacePage::onConnectionStateChanged);
    connect(&m_connection, &BrokerConnection::userChanged, this, &MarketplacePage::onUserChanged);
    onConnectionStateChanged(m_connection.state());
}

MarketplacePage::~MarketplacePage()
{
    // The stream outlives the members its slots use (QWidget deletes children last): silence it first.
    m_stream->disconnect(this);
    m_stream->stop();
}

void MarketplacePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MarketplacePage::setPollInterval(int milliseconds)
{
    m_pollIntervalMs = milliseconds;
    updatePollInterval();
}

void MarketplacePage::setSafetyRefreshInterval(int milliseconds)
{
    m_safetyIntervalMs = milliseconds;
    updatePollInterval();
}

bool MarketplacePage::isLive() const
{
    return m_stream->isConnected();
}

QString MarketplacePage::streamStatusText() const
{
    return m_streamStatus->isVisibleTo(this) ? m_streamStatus->text() : QString();
}

void MarketplacePage::updatePollInterval()
{
    m_pollTimer->setInterval(m_stream->isConnected() ? m_safetyIntervalMs : m_pollIntervalMs);
}

void MarketplacePage::coalesce(QTimer *timer)
{
    if (!timer->isActive())
        timer->start();
}

bool MarketplacePage::deferWhileHidden()
{
    if (isVisible())
        return false;
    m_staleWhileHidden = true; // loaded when the page is shown again
    return true;
}

void MarketplacePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_staleWhileHidden && m_state == CatalogState::Loaded) {
        m_staleWhileHidden = false;
        m_overview->refresh();
        m_orders->refresh();
    }
}

void MarketplacePage::restartStream()
{
    m_streamToken = m_client.accessToken();
    m_stream->stop();
    m_wasLive = false;
    if (m_connection.state() == BrokerConnection::State::Connected)
        m_stream->start(); // a ticket for whoever is logged in now
    updateStreamStatus();
}

void MarketplacePage::onStreamConnectedChanged(bool connected)
{
    updatePollInterval();
    if (m_pollTimer->isActive())
        m_pollTimer->start(); // the new interval from now
    if (connected) {
        // Whatever changed while the stream was down was not announced: load it once.
        if (m_wasLive && m_state == CatalogState::Loaded) {
            m_overview->refresh();
            m_orders->refresh();
        }
        m_wasLive = true;
    }
    updateStreamStatus();
}

void MarketplacePage::updateStreamStatus()
{
    if (m_connection.state() != BrokerConnection::State::Connected) {
        m_streamStatus->hide();
        return;
    }
    const QColor live = MarketColors::rising(palette());
    if (m_stream->isConnected()) {
        m_streamStatus->setText(tr("● Live"));
        m_streamStatus->setStyleSheet(u"color: %1;"_s.arg(live.name()));
        m_streamStatus->setToolTip(tr("Prices and your orders are updated as soon as they change."));
    } else {
        m_streamStatus->setText(m_wasLive ? tr("Reconnecting…") : tr("Connecting…"));
        m_streamStatus->setStyleSheet({});
        m_streamStatus->setToolTip(
            tr("The live connection to the broker is not up; until it is, the page checks for changes every %1 s.")
                .arg(QLocale().toString(std::max(1, m_pollIntervalMs / 1'000))));
    }
    m_streamStatus->setForegroundRole(m_stream->isConnected() ? QPalette::WindowText : QPalette::PlaceholderText);
    m_streamStatus->show();
}

void MarketplacePage::onConnectionStateChanged(BrokerConnection::State state)
{
    m_refreshAction->setEnabled(state == BrokerConnection::State::Connected);
    switch (state) {
    case BrokerConnection::State::Connected:
        refresh();
        onUserChanged();
        m_pollTimer->start();
        return;
    case BrokerConnection::State::Connecting:
        setCatalogState(CatalogState::Connecting, m_connection.description());
        break;
    case BrokerConnection::State::Failed:
        setCatalogState(CatalogState::ConnectionFailed, m_connection.lastError());
        break;
    case BrokerConnection::State::Disconnected: setCatalogState(CatalogState::NotConnected); break;
    }
    // Whatever was shown came from the broker we are no longer connected to.
    ++m_requestSerial;
    m_pollTimer->stop();
    restartStream();
    for (QTimer *timer : {m_snapshotDue, m_instrumentDue, m_ordersDue, m_notificationsDue, m_watchesDue})
        timer->stop();
    m_notificationBanner->hide();
    m_catalog->clear();
    clearMarket();
    setSeller(false);
}

void MarketplacePage::clearMarket()
{
    m_overview->clear();
    m_search->clear();
    m_orders->clear();
    m_newAsk->clear();
    m_stats->clear();
    m_watches->clear();
    m_searched = false;
}

void MarketplacePage::refresh()
{
    if (m_connection.state() != BrokerConnection::State::Connected)
        return;
    const quint64 serial = ++m_requestSerial;
    if (m_state != CatalogState::Loaded)
        setCatalogState(CatalogState::Loading);
    m_refreshAction->setEnabled(false);
    m_client.fetchCatalog(this, [this, serial](const protocol::Expected<protocol::Catalog> &result) {
        if (serial == m_requestSerial) // a newer request or a new connection supersedes this answer
            onCatalog(result);
    });
}

void MarketplacePage::onCatalog(const protocol::Expected<protocol::Catalog> &result)
{
    m_refreshAction->setEnabled(m_connection.state() == BrokerConnection::State::Connected);
    if (!result) {
        // Keep what is shown if a refresh fails; the status bar reports the error.
        if (m_state != CatalogState::Loaded)
            setCatalogState(CatalogState::Failed, result.error().message);
        return;
    }
    m_catalog->setCatalog(*result, QDateTime::currentDateTime());
    const CatalogIndex index(*result);
    m_catalogIndex = index;
    m_watches->setCatalog(index);
    m_overview->setCatalog(index);
    m_search->setCatalog(index);
    m_orders->setCatalog(index);
    m_newAsk->setCatalog(index);
    m_stats->setCatalog(index);
    if (result->instanceTypes.isEmpty() && result->regions.isEmpty())
        setCatalogState(CatalogState::Empty);
    else
        setCatalogState(CatalogState::Loaded);
    m_overview->refresh();
    m_orders->refresh();
    onTabChanged(m_tabs->currentIndex());
}

void MarketplacePage::pollMarket()
{
    if (m_state != CatalogState::Loaded || !isVisible())
        return;
    m_overview->refresh();
    // The safety refresh covers every order; plain polling only the ones on screen.
    if (isLive() || m_tabs->currentIndex() == int(Tab::MyOrders))
        m_orders->refresh();
}

void MarketplacePage::onTabChanged(int index)
{
    if (m_state != CatalogState::Loaded)
        return;
    switch (Tab(index)) {
    case Tab::Market: break;
    case Tab::FindOffers:
        if (!m_searched) {
            m_searched = true;
            m_search->search();
        }
        break;
    case Tab::Watches: m_watches->refreshWatches(); break; // how many match now
    case Tab::MyOrders: m_orders->refresh(); break;
    case Tab::Selling:
        m_newAsk->loadProviders();
        m_stats->refresh();
        break;
    }
}

void MarketplacePage::onUserChanged()
{
    if (m_connection.state() != BrokerConnection::State::Connected)
        return;
    // Another account: its own orders, and perhaps seller tools; a stream that announces its orders.
    if (m_client.accessToken() != m_streamToken || !m_stream->isConnected())
        restartStream();
    m_orders->clear();
    m_orders->refresh();
    m_notificationBanner->hide();
    m_watches->clear();
    m_watches->refreshWatches(); // and the notifications, if this broker has watches
    if (const auto user = m_connection.currentUser()) {
        setSeller(user->role == u"seller");
        return;
    }
    // No user known (an older broker): whoever may list asks is a seller.
    client::MarketClient(m_client).fetchMyAsks(
        u"open"_s, this, [this](const protocol::Expected<QList<protocol::Ask>> &asks) { setSeller(asks.hasValue()); });
}

void MarketplacePage::setSeller(bool seller)
{
    const bool changed = seller != m_seller;
    m_seller = seller;
    m_orders->setSeller(seller);
    m_tabs->setTabVisible(int(Tab::Selling), seller);
    if (changed && seller && m_state == CatalogState::Loaded) {
        m_newAsk->loadProviders();
        m_stats->refresh();
    }
    if (!seller && m_tabs->currentIndex() == int(Tab::Selling))
        showTab(Tab::Market);
}

void MarketplacePage::openOffer(const protocol::Offer &offer)
{
    showTab(Tab::Market);
    if (m_overview->selectInstrument(offer.instanceType, offer.region)) {
        m_overview->orderTicket()->setMaxPrice(offer.pricePerHour);
        return;
    }
    // A new instrument the table does not list yet: select it once the next snapshot has it.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_overview, &MarketOverview::snapshotLoaded, this, [this, offer, connection] {
        disconnect(*connection);
        if (m_overview->selectInstrument(offer.instanceType, offer.region))
            m_overview->orderTicket()->setMaxPrice(offer.pricePerHour);
    });
    m_overview->refreshSnapshot();
}

void MarketplacePage::onNotification(const protocol::Notification &notification)
{
    coalesce(m_notificationsDue);
    if (WatchesPanel::isAboutLease(notification)) {
        // Instances, lease warnings and ends: the broker's words, and the way to the instance.
        m_bannerOffer.reset();
        m_bannerLease = notification.leaseId;
        const bool bad = notification.kind == u"instance_failed" || notification.kind == u"instance_lost";
        m_notificationBanner->showNotice(bad ? LineIcon::Warning : LineIcon::Instances,
                                         WatchesPanel::notificationText(notification, m_catalogIndex),
                                         tr("Show instance"));
        m_bannerTimeout->start();
        return;
    }
    coalesce(m_watchesDue);
    m_bannerLease = 0;
    m_bannerOffer = notification.offer;
    m_notificationBanner->showNotice(
        LineIcon::Search,
        tr("New offer for your watch “%1”: %2.")
            .arg(notification.watchName, WatchesPanel::offerText(notification.offer, m_catalogIndex)),
        tr("Show"));
    m_bannerTimeout->start();
}

void MarketplacePage::onUnreadCountChanged(qint64 unread)
{
    m_notificationsButton->setText(unread > 0 ? tr("Unread: %1").arg(QLocale().toString(unread)) : tr("Notifications"));
    QFont font = m_notificationsButton->font();
    font.setBold(unread > 0);
    m_notificationsButton->setFont(font);
}

void MarketplacePage::onWatchesAvailable(bool available)
{
    m_tabs->setTabVisible(int(Tab::Watches), available);
    m_notificationsButton->setVisible(available && m_connection.state() == BrokerConnection::State::Connected);
    m_search->setWatchAvailable(available);
}

void MarketplacePage::openWatchDialog(const client::MarketClient::OfferFilter &search)
{
    auto *dialog = new WatchDialog(m_client, m_catalogIndex, search, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WatchDialog::created, this, [this](const protocol::Watch &watch) {
        m_search->showWatchResult(
            tr("Watching “%1”. Offers that match now: %2.").arg(watch.name, QLocale().toString(watch.matchingNow)));
        m_watches->refreshWatches();
    });
    dialog->open();
}

void MarketplacePage::onMessageButton()
{
    switch (m_state) {
    case CatalogState::NotConnected:
    case CatalogState::ConnectionFailed: Q_EMIT connectRequested(); break;
    case CatalogState::Failed:
    case CatalogState::Empty: refresh(); break;
    case CatalogState::Connecting:
    case CatalogState::Loading:
    case CatalogState::Loaded: break;
    }
}

void MarketplacePage::setCatalogState(CatalogState state, const QString &detail)
{
    switch (state) {
    case CatalogState::NotConnected:
        m_message->setMessage(LineIcon::Connect,
                              tr("Not connected"),
                              tr("Connect to a broker to see the instance types and regions on offer. "
                                 "The offline demo needs no account and no network."),
                              tr("Connect…"));
        break;
    case CatalogState::Connecting:
        m_message->setMessage(LineIcon::Cloud, tr("Connecting to the broker…"), detail);
        break;
    case CatalogState::ConnectionFailed:
        m_message->setMessage(LineIcon::Warning, tr("Could not connect to the broker"), detail, tr("Connect…"));
        break;
    case CatalogState::Loading: m_message->setMessage(LineIcon::Cloud, tr("Loading the catalog…"), {}); break;
    case CatalogState::Failed:
        m_message->setMessage(LineIcon::Warning, tr("The catalog could not be loaded"), detail, tr("Try again"));
        break;
    case CatalogState::Empty:
        m_message->setMessage(LineIcon::Search,
                              tr("The catalog is empty"),
                              tr("This broker does not offer any instance types or regions yet. "
                                 "They appear here as soon as a seller lists capacity."),
                              tr("Refresh"));
        break;
    case CatalogState::Loaded: break;
    }
    m_stack->setCurrentWidget(state == CatalogState::Loaded ? static_cast<QWidget *>(m_tabs) : m_message);
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT catalogStateChanged(state);
}

} // namespace sc::ui
