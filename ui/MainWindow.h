#pragma once

#include "client/BrokerConnection.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace sc::protocol {
struct ApiError;
}
namespace sc::client {
class BrokerClient;
class CredentialStore;
} // namespace sc::client

namespace sc::ui {

class AccountButton;
class AppliancesPage;
class ConnectionDialog;
class InstancesPage;
class MarketplacePage;
class NoticeBanner;
class PlaceholderPage;
class SellerConsolePage;
class SessionKeeper;

// The federated management portal: navigation between the portal's pages,
// menus, and a status bar that always says which broker the app talks to
// and who is logged in. credentials keeps remembered logins ("remember me").
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Marketplace, Instances, Appliances, Billing, SellerConsole };
    Q_ENUM(Page)

    MainWindow(client::BrokerClient &client, client::BrokerConnection &connection, client::CredentialStore &credentials,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);

    // Asks where to connect (the dialog connects itself); window-modal, opened with open().
    void openConnectionDialog();
    // The connection dialog while it is open.
    ConnectionDialog *connectionDialog() const;

    SessionKeeper *sessionKeeper() const { return m_sessionKeeper; }
    MarketplacePage *marketplacePage() const { return m_marketplace; }
    InstancesPage *instancesPage() const { return m_instances; }
    AppliancesPage *appliancesPage() const { return m_appliances; }
    SellerConsolePage *sellerConsolePage() const { return m_sellerConsole; }

    static QIcon applicationIcon();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void onRequestFailed(const protocol::ApiError &error);
    void onUserChanged();
    void updateSessionBanner();
    void showAbout();

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    MarketplacePage *m_marketplace = nullptr;
    InstancesPage *m_instances = nullptr;
    AppliancesPage *m_appliances = nullptr;
    SellerConsolePage *m_sellerConsole = nullptr;
    NoticeBanner *m_sessionBanner;
    SessionKeeper *m_sessionKeeper;
    QPointer<ConnectionDialog> m_connectionDialog;
    AccountButton *m_accountButton;
    QActionGroup *m_pageActions;
    QAction *m_disconnectAction = nullptr;
    QLabel *m_connectionLight;
    QLabel *m_connectionStatus;
};

} // namespace sc::ui
