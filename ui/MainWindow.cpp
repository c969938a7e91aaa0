#include "ui/MainWindow.h"

#include "client/BrokerClient.h"
#include "protocol/ApiError.h"
#include "ui/AccountButton.h"
#include "ui/AppliancesPage.h"
#include "ui/BillingPage.h"
#include "ui/ConnectionDialog.h"
#include "ui/InstancesPage.h"
#include "ui/LineIconEngine.h"
#include "ui/MarketplacePage.h"
#include "ui/NoticeBanner.h"
#include "ui/PlaceholderPage.h"
#include "ui/SellerConsolePage.h"
#include "ui/SessionKeeper.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;

namespace sc::ui {

namespace {

constexpr QSize kDefaultSize(1280, 800);
constexpr QSize kMinimumSize(900, 600);
constexpr int kSidebarWidth = 220;
constexpr int kNavigationIconSize = 20;
constexpr int kStatusMessageMs = 15'000;
constexpr int kLightSize = 10;

const QString kGeometryKey = u"ui/mainWindow/geometry"_s;
const QString kStateKey = u"ui/mainWindow/state"_s;
const QString kLastPageKey = u"ui/lastPage"_s;

constexpr std::array kPages{MainWindow::Page::Marketplace,
                            MainWindow::Page::Instances,
                            MainWindow::Page::Appliances,
                            MainWindow::Page::Billing,
                            MainWindow::Page::SellerConsole};

// Stable names for settings; the enum's order may change.
QString pageKey(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Marketplace: return u"marketplace"_s;
    case MainWindow::Page::Instances: return u"instances"_s;
    case MainWindow::Page::Appliances: return u"appliances"_s;
    case MainWindow::Page::Billing: return u"billing"_s;
    case MainWindow::Page::SellerConsole: return u"seller"_s;
    }
    return u"marketplace"_s;
}

LineIcon pageIcon(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Marketplace: return LineIcon::Marketplace;
    case MainWindow::Page::Instances: return LineIcon::Instances;
    case MainWindow::Page::Appliances: return LineIcon::Appliances;
    case MainWindow::Page::Billing: return LineIcon::Billing;
    case MainWindow::Page::SellerConsole: return LineIcon::SellerConsole;
    }
    return LineIcon::Marketplace;
}

QString pageTitle(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Marketplace: return MainWindow::tr("Marketplace");
    case MainWindow::Page::Instances: return MainWindow::tr("Instances");
    case MainWindow::Page::Appliances: return MainWindow::tr("Appliances");
    case MainWindow::Page::Billing: return MainWindow::tr("Billing");
    case MainWindow::Page::SellerConsole: return MainWindow::tr("Seller console");
    }
    return {};
}

PlaceholderPage::Description placeholderFor(MainWindow::Page page)
{
    PlaceholderPage::Description description{pageIcon(page), pageTitle(page), {}, {}};
    switch (page) {
    case MainWindow::Page::Marketplace:
    case MainWindow::Page::Instances:
    case MainWindow::Page::Appliances:
    case MainWindow::Page::Billing:
    case MainWindow::Page::SellerConsole: break; // real pages
    }
    return description;
}

QPixmap statusLight(const QColor &color, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(kLightSize, kLightSize) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, kLightSize - 2, kLightSize - 2));
    return pixmap;
}

const char *kNavigationStyle = R"(
QListWidget#navigation { border: none; background: transparent; outline: 0; }
QListWidget#navigation::item { padding: 7px 10px; margin: 1px 10px; border-radius: 6px; }
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
)";

} // namespace

MainWindow::MainWindow(client::BrokerClient &client, BrokerConnection &connection, client::CredentialStore &credentials,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_connection(connection)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_sessionBanner(new NoticeBanner)
    , m_sessionKeeper(new SessionKeeper(client, connection, credentials, this))
    , m_accountButton(new AccountButton)
    , m_pageActions(new QActionGroup(this))
    , m_connectionLight(new QLabel)
    , m_connectionStatus(new QLabel)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SpareCloud"));
    setWindowIcon(applicationIcon());
    setMinimumSize(kMinimumSize);

    createPages();
    createMenus();
    createStatusBar();

    connect(&m_connection, &BrokerConnection::stateChanged, this, &MainWindow::onConnectionStateChanged);
    connect(&m_client, &client::BrokerClient::requestFailed, this, &MainWindow::onRequestFailed);
    connect(m_marketplace, &MarketplacePage::connectRequested, this, &MainWindow::openConnectionDialog);
    connect(m_instances, &InstancesPage::connectRequested, this, &MainWindow::openConnectionDialog);
    connect(m_appliances, &AppliancesPage::connectRequested, this, &MainWindow::openConnectionDialog);
    connect(m_sellerConsole, &SellerConsolePage::connectRequested, this, &MainWindow::openConnectionDialog);
    connect(m_instances, &InstancesPage::marketplaceRequested, this, [this] { showPage(Page::Marketplace); });
    connect(m_marketplace, &MarketplacePage::leaseRequested, this, [this](qint64 leaseId) {
        showPage(Page::Instances);
        m_instances->showLease(leaseId);
    });
    connect(&m_connection, &BrokerConnection::userChanged, this, &MainWindow::onUserChanged);
    connect(m_sessionKeeper, &SessionKeeper::sessionExpiredChanged, this, &MainWindow::updateSessionBanner);
    connect(m_sessionKeeper, &SessionKeeper::loginNeededChanged, this, &MainWindow::updateSessionBanner);
    connect(m_sessionKeeper, &SessionKeeper::sessionStarted, this, [this] {
        // Loads again whatever the missing session kept from loading; the filter and selection stay.
        m_marketplace->refresh();
        m_instances->refresh();
        m_appliances->refresh();
        m_sellerConsole->refresh();
    });
    connect(m_sessionKeeper, &SessionKeeper::notice, this, [this](const QString &text) {
        statusBar()->showMessage(text, kStatusMessageMs);
    });
    connect(m_sessionBanner, &NoticeBanner::buttonClicked, m_sessionKeeper, &SessionKeeper::logInAgain);
    onConnectionStateChanged(m_connection.state());
    onUserChanged();

    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/sparecloud-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

void MainWindow::createPages()
{
    auto *sidebar = new QFrame;
    sidebar->setObjectName(u"sidebar"_s);
    sidebar->setFixedWidth(kSidebarWidth);
    sidebar->setAutoFillBackground(true);
    QPalette sidebarPalette = sidebar->palette();
    const QColor window = sidebarPalette.color(QPalette::Window);
    sidebarPalette.setColor(QPalette::Window, window.lightness() > 128 ? window.darker(106) : window.lighter(130));
    sidebar->setPalette(sidebarPalette);

    auto *logo = new QLabel(sidebar);
    logo->setPixmap(applicationIcon().pixmap(QSize(32, 32), devicePixelRatioF()));
    auto *brand = new QLabel(tr("SpareCloud"), sidebar);
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.3);
    brandFont.setWeight(QFont::DemiBold);
    brand->setFont(brandFont);
    auto *brandRow = new QHBoxLayout;
    brandRow->setContentsMargins(18, 18, 18, 14);
    brandRow->setSpacing(10);
    brandRow->addWidget(logo);
    brandRow->addWidget(brand, 1);

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setParent(sidebar);
    m_navigation->setIconSize(QSize(kNavigationIconSize, kNavigationIconSize));
    m_navigation->setStyleSheet(QString::fromLatin1(kNavigationStyle));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);

    m_pages->setObjectName(u"pages"_s);
    for (const Page page : kPages) {
        auto *item = new QListWidgetItem(LineIconEngine::icon(pageIcon(page)), pageTitle(page), m_navigation);
        item->setData(Qt::UserRole, pageKey(page));
        QWidget *widget = nullptr;
        if (page == Page::Marketplace) {
            m_marketplace = new MarketplacePage(m_client, m_connection);
            widget = m_marketplace;
        } else if (page == Page::Instances) {
            m_instances = new InstancesPage(m_client, m_connection, m_marketplace->stream());
            widget = m_instances;
        } else if (page == Page::Appliances) {
            m_appliances = new AppliancesPage(m_client, m_connection);
            widget = m_appliances;
        } else if (page == Page::Billing) {
            auto *billing = new BillingPage(m_client, m_connection);
            connect(billing, &BillingPage::connectRequested, this, &MainWindow::openConnectionDialog);
            connect(billing, &BillingPage::leaseRequested, this, [this](qint64 leaseId) {
                showPage(Page::Instances);
                m_instances->showLease(leaseId);
            });
            widget = billing;
        } else if (page == Page::SellerConsole) {
            m_sellerConsole = new SellerConsolePage(m_client, m_connection);
            widget = m_sellerConsole;
        } else {
            auto *placeholder = new PlaceholderPage(placeholderFor(page));
            placeholder->setObjectName(pageKey(page) + u"Page"_s);
            widget = placeholder;
        }
        m_pages->addWidget(widget);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (QAction *action = m_pageActions->actions().value(row))
            action->setChecked(true);
        QSettings().setValue(kLastPageKey, pageKey(kPages.at(std::size_t(row))));
    });

    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 12);
    sidebarLayout->setSpacing(0);
    sidebarLayout->addLayout(brandRow);
    sidebarLayout->addWidget(m_navigation, 1);

    auto *divider = new QFrame;
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);

    // The banner sits above the pages and never replaces them.
    m_sessionBanner->setObjectName(u"sessionBanner"_s);
    auto *content = new QVBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(m_sessionBanner);
    content->addWidget(m_pages, 1);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(divider);
    layout->addLayout(content, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(
        LineIconEngine::icon(LineIcon::Connect), tr("&Connect…"), this, &MainWindow::openConnectionDialog);
    connectAction->setObjectName(u"connectAction"_s);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_disconnectAction = file->addAction(tr("&Disconnect"), &m_connection, &BrokerConnection::disconnectFromBroker);
    m_disconnectAction->setObjectName(u"disconnectAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions->setExclusive(true);
    int number = 1;
    for (const Page page : kPages) {
        QAction *action = view->addAction(LineIconEngine::icon(pageIcon(page)), pageTitle(page));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    view->addSeparator();
    view->addAction(m_marketplace->refreshAction());
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(u"accountMenu"_s);
    account->addActions(m_sessionKeeper->actions());
    // The account button opens the same actions.
    auto *accountPopup = new QMenu(m_accountButton);
    accountPopup->addActions(m_sessionKeeper->actions());
    m_accountButton->setMenu(accountPopup);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SpareCloud"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    m_connectionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connectionLight->setObjectName(u"connectionLight"_s);

    auto *indicator = new QWidget;
    auto *layout = new QHBoxLayout(indicator);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_connectionLight);
    layout->addWidget(m_connectionStatus);
    statusBar()->addPermanentWidget(m_accountButton);
    statusBar()->addPermanentWidget(indicator);
}

MainWindow::Page MainWindow::currentPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? kPages.at(std::size_t(row)) : Page::Marketplace;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(std::find(kPages.begin(), kPages.end(), page) - kPages.begin()));
}

void MainWindow::openConnectionDialog()
{
    if (m_connectionDialog) {
        m_connectionDialog->raise();
        m_connectionDialog->activateWindow();
        return;
    }
    m_connectionDialog = new ConnectionDialog(m_connection, this);
    m_connectionDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectionDialog->open();
}

ConnectionDialog *MainWindow::connectionDialog() const
{
    return m_connectionDialog;
}

void MainWindow::onConnectionStateChanged(BrokerConnection::State state)
{
    QColor light;
    QString text;
    switch (state) {
    case BrokerConnection::State::Disconnected:
        light = palette().color(QPalette::PlaceholderText);
        text = tr("Not connected");
        break;
    case BrokerConnection::State::Connecting:
        light = QColor(0xd9, 0x77, 0x06);
        text = tr("Connecting — %1").arg(m_connection.description());
        break;
    case BrokerConnection::State::Connected:
        light = QColor(0x16, 0xa3, 0x4a);
        text = tr("Connected — %1").arg(m_connection.description());
        statusBar()->clearMessage(); // what failed before belongs to the attempt that failed
        break;
    case BrokerConnection::State::Failed:
        light = QColor(0xdc, 0x26, 0x26);
        text = tr("Connection failed — %1").arg(m_connection.lastError());
        break;
    }
    m_connectionLight->setPixmap(statusLight(light, devicePixelRatioF()));
    m_connectionStatus->setText(text);
    m_connectionStatus->setToolTip(text);
    m_disconnectAction->setEnabled(state == BrokerConnection::State::Connected
                                   || state == BrokerConnection::State::Connecting);
    onUserChanged();

    // A certificate nobody vouches for is the user's call: ask now (the dialog shows its fingerprint),
    // unless the connection dialog is already open and asks itself.
    const auto failure = m_connection.lastFailure();
    if (state == BrokerConnection::State::Failed && failure && failure->code == protocol::ErrorCode::TlsError
        && failure->details.contains(u"fingerprint"_s) && !m_connectionDialog)
        QTimer::singleShot(0, this, &MainWindow::openConnectionDialog);
}

void MainWindow::onRequestFailed(const protocol::ApiError &error)
{
    // Refused for want of a login: the login dialog and the session banner say so in their own words.
    if (error.code == protocol::ErrorCode::Unauthorized || m_sessionKeeper->loginDialog())
        return;
    statusBar()->showMessage(tr("Request failed: %1").arg(error.message), kStatusMessageMs);
}

void MainWindow::onUserChanged()
{
    const auto user = m_connection.currentUser();
    m_accountButton->setUser(user, m_sessionKeeper->isSessionExpired());
    m_accountButton->setVisible(m_connection.state() == BrokerConnection::State::Connected || user);
    // The seller console says whose capacity it is about.
    m_sellerConsole->setTitle(user ? tr("Seller console — %1").arg(user->organization.name)
                                   : pageTitle(Page::SellerConsole));
}

void MainWindow::updateSessionBanner()
{
    m_accountButton->setUser(m_connection.currentUser(), m_sessionKeeper->isSessionExpired());
    if (m_sessionKeeper->isSessionExpired()) {
        m_sessionBanner->showNotice(LineIcon::Warning,
                                    tr("Your session has expired — log in again. Nothing you were doing is lost."),
                                    tr("Log In…"));
    } else if (m_sessionKeeper->isLoginNeeded()) {
        m_sessionBanner->showNotice(
            LineIcon::Connect, tr("You are not logged in. Log in to see the catalog and to trade."), tr("Log In…"));
    } else {
        m_sessionBanner->hide();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this,
        tr("About SpareCloud"),
        tr("<h3>SpareCloud %1</h3>"
           "<p>A marketplace for spare cloud capacity: buy time-limited instances from providers' unused "
           "capacity by price, location and rating, and run your own appliances on them.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(SPARECLOUD_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(kDefaultSize);
    restoreState(settings.value(kStateKey).toByteArray());

    const QString lastPage = settings.value(kLastPageKey).toString();
    const auto found = std::find_if(kPages.begin(), kPages.end(), [&](Page page) { return pageKey(page) == lastPage; });
    showPage(found != kPages.end() ? *found : Page::Marketplace);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace sc::ui
