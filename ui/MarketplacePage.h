#pragma once

#include "client/BrokerConnection.h"
#include "client/MarketClient.h"
#include "protocol/CatalogDto.h"
#include "protocol/Expected.h"
#include "protocol/WatchDto.h"
#include "ui/market/CatalogIndex.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace sc::client {
class BrokerClient;
class MarketStream;
} // namespace sc::client

namespace sc::ui {

class CatalogPanel;
class MarketOverview;
class MarketStatsView;
class MessagePanel;
class MyOrdersPanel;
class NewAskForm;
class NoticeBanner;
class OfferSearchPanel;
class WatchesPanel;

// The market: instruments with prices, charts and the order ticket beside the
// broker's catalog (tab "Market"), offer search with the reasons when nothing
// matches ("Find offers"), saved searches with a price and the notifications
// they raise ("Watches"; an unread count in the header, a banner when one
// arrives over the stream), the user's own orders ("My orders") and, for
// sellers, new asks and market statistics ("Selling"). Loaded when the
// connection becomes ready and kept fresh by the broker's push channel
// (client::MarketStream): what the stream says changed is loaded again, at
// most once per kCoalesceMs per thing, with a slow safety refresh besides.
// While the stream is down the page polls every few seconds instead. A clear
// message instead of empty tables when there is nothing to show.
class MarketplacePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketplacePage)

public:
    enum class CatalogState { NotConnected, Connecting, ConnectionFailed, Loading, Failed, Empty, Loaded };
    Q_ENUM(CatalogState)
    enum class Tab { Market, FindOffers, Watches, MyOrders, Selling };
    Q_ENUM(Tab)

    MarketplacePage(client::BrokerClient &client, client::BrokerConnection &connection, QWidget *parent = nullptr);
    ~MarketplacePage() override;

    QAction *refreshAction() const { return m_refreshAction; }
    CatalogState catalogState() const { return m_state; }
    bool isSeller() const { return m_seller; }
    void showTab(Tab tab);
    // How often prices and orders are polled while the stream is down (5 s).
    void setPollInterval(int milliseconds);
    // How often everything is loaded again although the stream is up (60 s).
    void setSafetyRefreshInterval(int milliseconds);
    // True while the push channel is connected: changes arrive as they happen.
    bool isLive() const;
    QString streamStatusText() const;
    // The push channel this page starts and stops with the connection; other pages listen to it too.
    client::MarketStream &stream() const { return *m_stream; }

    // Loads the catalog and the market again; does nothing unless connected.
    void refresh();
    // Shows the market tab with this offer's instrument selected and its price in the order ticket.
    void openOffer(const protocol::Offer &offer);

Q_SIGNALS:
    // The page offers "Connect…" when there is no usable connection.
    void connectRequested();
    void catalogStateChanged(sc::ui::MarketplacePage::CatalogState state);
    // A notification about a lease was opened (its banner or the list): show that lease's instance.
    void leaseRequested(qint64 leaseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void onCatalog(const protocol::Expected<protocol::Catalog> &result);
    void onMessageButton();
    void onTabChanged(int index);
    void onUserChanged();
    void setCatalogState(CatalogState state, const QString &detail = {});
    void setSeller(bool seller);
    void pollMarket();
    void clearMarket();
    void restartStream();
    void onStreamConnectedChanged(bool connected);
    void updateStreamStatus();
    void updatePollInterval();
    // Starts timer unless it already runs: bursts of stream messages become one refresh.
    static void coalesce(QTimer *timer);
    bool deferWhileHidden();
    void onNotification(const protocol::Notification &notification);
    void onUnreadCountChanged(qint64 unread);
    void onWatchesAvailable(bool available);
    void openWatchDialog(const client::MarketClient::OfferFilter &search);

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    CatalogPanel *m_catalog;
    MarketOverview *m_overview;
    OfferSearchPanel *m_search;
    MyOrdersPanel *m_orders;
    NewAskForm *m_newAsk;
    MarketStatsView *m_stats;
    WatchesPanel *m_watches;
    QToolButton *m_notificationsButton;
    NoticeBanner *m_notificationBanner;
    QTimer *m_bannerTimeout;
    QTimer *m_notificationsDue;
    QTimer *m_watchesDue;
    std::optional<protocol::Offer> m_bannerOffer;
    qint64 m_bannerLease = 0;
    CatalogIndex m_catalogIndex;
    QWidget *m_selling;
    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    MessagePanel *m_message;
    QAction *m_refreshAction;
    QTimer *m_pollTimer;
    client::MarketStream *m_stream;
    QLabel *m_streamStatus;
    QTimer *m_snapshotDue;
    QTimer *m_instrumentDue;
    QTimer *m_ordersDue;
    int m_pollIntervalMs;
    int m_safetyIntervalMs;
    QByteArray m_streamToken; // the session the stream's ticket was asked for
    bool m_wasLive = false;
    bool m_staleWhileHidden = false;
    CatalogState m_state = CatalogState::NotConnected;
    quint64 m_requestSerial = 0;
    bool m_seller = false;
    bool m_searched = false;
};

} // namespace sc::ui
