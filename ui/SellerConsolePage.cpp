#include "ui/SellerConsolePage.h"

#include "client/BrokerClient.h"
#include "ui/LineIconEngine.h"
#include "ui/MessagePanel.h"
#include "ui/PageHeader.h"
#include "ui/instances/BadgeDelegate.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"
#include "ui/seller/CloudDetailPanel.h"
#include "ui/seller/CloudModel.h"
#include "ui/seller/ConnectCloudDialog.h"
#include "ui/seller/EarningsPanel.h"
#include "ui/seller/SellerBuybackPanel.h"
#include "ui/seller/SellerLeaseModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;
using sc::client::SellerCloudClient;

namespace sc::ui {

namespace {
constexpr int kPollIntervalMs = 15'000;
constexpr int kClockMs = 1'000;
} // namespace

SellerConsolePage::SellerConsolePage(client::BrokerClient &client, BrokerConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connection(connection)
    , m_clouds(client)
    , m_header(new PageHeader(tr("Seller console"),
                              tr("For providers: your clouds, their health, capacity and rating, and the leases "
                                 "running on them.")))
    , m_model(new CloudModel(this))
    , m_proxy(TableStyle::sortedProxy(m_model, CloudModel::SortRole, this))
    , m_table(new QTableView)
    , m_detail(new CloudDetailPanel(client, *m_model))
    , m_summary(new QLabel)
    , m_leaseModel(new SellerLeaseModel(this))
    , m_leaseProxy(TableStyle::sortedProxy(m_leaseModel, SellerLeaseModel::SortRole, this))
    , m_leaseTable(new QTableView)
    , m_leaseSummary(new QLabel)
    , m_tabs(new QTabWidget)
    , m_earnings(new EarningsPanel(client))
    , m_connectButton(new QPushButton(tr("Connect a cloud…")))
    , m_stack(new QStackedWidget)
    , m_message(new MessagePanel)
    , m_content(new QWidget)
    , m_refreshAction(new QAction(LineIconEngine::icon(LineIcon::Refresh), tr("&Refresh"), this))
    , m_pollTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"sellerPage"_s);

    m_refreshAction->setObjectName(u"refreshCloudsAction"_s);
    m_refreshAction->setToolTip(tr("Load your providers and their health from the broker again"));
    connect(m_refreshAction, &QAction::triggered, this, &SellerConsolePage::refresh);
    auto *refreshButton = new QToolButton;
    refreshButton->setObjectName(u"refreshCloudsButton"_s);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_connectButton->setObjectName(u"connectCloudAction"_s);
    m_connectButton->setIcon(LineIconEngine::icon(LineIcon::Cloud));
    m_connectButton->setEnabled(false);
    connect(m_connectButton, &QPushButton::clicked, this, &SellerConsolePage::openConnectDialog);
    m_header->addAction(m_connectButton);
    m_header->addAction(refreshButton);

    m_summary->setObjectName(u"cloudSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(u"cloudTable"_s);
    TableStyle::apply(m_table, m_proxy, CloudModel::NameColumn);
    m_table->setItemDelegateForColumn(CloudModel::HealthColumn, new BadgeDelegate(m_table));
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &SellerConsolePage::onSelectionChanged);
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty())
                    onSelectionChanged(); // the selected provider changed in a refresh
            });

    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(TableStyle::sectionTitle(tr("Your providers")));
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"sellerSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 520});
    m_leaseTable->setObjectName(u"sellerLeaseTable"_s);
    TableStyle::apply(m_leaseTable, m_leaseProxy, SellerLeaseModel::EndColumn);
    m_leaseTable->setItemDelegateForColumn(SellerLeaseModel::StateColumn, new BadgeDelegate(m_leaseTable));
    m_leaseTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leaseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_buybackPanel = new SellerBuybackPanel(client);
    connect(m_leaseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_leaseTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            m_buybackPanel->setSelectedLease(std::nullopt);
        else
            m_buybackPanel->setSelectedLease(m_leaseModel->rowAt(m_leaseProxy->mapToSource(rows.first()).row()));
    });
    m_leaseSummary->setObjectName(u"sellerLeaseSummary"_s);
    m_leaseSummary->setWordWrap(true);
    m_leaseSummary->setForegroundRole(QPalette::PlaceholderText);
    auto *leases = new QWidget;
    auto *leaseLayout = new QVBoxLayout(leases);
    leaseLayout->setContentsMargins(0, 8, 0, 0);
    leaseLayout->addWidget(m_leaseSummary);
    leaseLayout->addWidget(m_leaseTable, 1);
    leaseLayout->addWidget(m_buybackPanel);
    leaseLayout->addStretch(); // keeps the summary on top while there is no table

    m_tabs->setObjectName(u"sellerTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Clouds"));
    m_tabs->addTab(leases, tr("Active leases"));
    m_tabs->addTab(m_earnings, tr("Earnings"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        refreshLeases();
        if (m_tabs->currentWidget() == m_earnings && m_state != State::NotSeller
            && m_connection.state() == BrokerConnection::State::Connected)
            m_earnings->refresh();
    });
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_tabs);

    m_message->setObjectName(u"sellerMessage"_s);
    connect(m_message, &MessagePanel::buttonClicked, this, &SellerConsolePage::onMessageButton);
    m_stack->setObjectName(u"sellerStack"_s);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_detail, &CloudDetailPanel::providerRefreshed, this, &SellerConsolePage::updateProvider);

    m_pollTimer->setObjectName(u"cloudPollTimer"_s);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &SellerConsolePage::refresh);
    m_clockTimer->setInterval(kClockMs);
    connect(m_clockTimer, &QTimer::timeout, this, &SellerConsolePage::tick);

    connect(&m_connection, &BrokerConnection::stateChanged, this, &SellerConsolePage::onConnectionStateChanged);
    connect(&m_connection, &BrokerConnection::userChanged, this, &SellerConsolePage::onUserChanged);
    onConnectionStateChanged(m_connection.state());
}

ConnectCloudDialog *SellerConsolePage::connectDialog() const
{
    return m_dialog;
}

void SellerConsolePage::setTitle(const QString &title)
{
    m_header->setTitle(title);
}

void SellerConsolePage::setPollInterval(int milliseconds)
{
    m_pollTimer->setInterval(milliseconds);
}

void SellerConsolePage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tick();
}

void SellerConsolePage::tick()
{
    m_model->setNow(m_clock());
    m_leaseModel->setNow(m_clock());
    m_detail->updateStaleness();
}

void SellerConsolePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_state == State::Loaded || m_state == State::Empty)
        refresh();
    if (m_connection.state() == BrokerConnection::State::Connected)
        m_pollTimer->start();
    m_clockTimer->start();
}

void SellerConsolePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_pollTimer->stop();
    m_clockTimer->stop();
}

void SellerConsolePage::onConnectionStateChanged(BrokerConnection::State state)
{
    m_refreshAction->setEnabled(state == BrokerConnection::State::Connected);
    ++m_serial;
    ++m_catalogSerial;
    m_loading = false;
    m_loadingLeases = false;
    m_model->clear();
    m_leaseModel->clear();
    m_earnings->clear();
    m_detail->setProvider(std::nullopt);
    m_connectButton->setEnabled(false);
    switch (state) {
    case BrokerConnection::State::Connected: {
        const quint64 serial = ++m_catalogSerial;
        m_client.fetchCatalog(this, [this, serial](const protocol::Expected<protocol::Catalog> &catalog) {
            if (serial != m_catalogSerial || !catalog)
                return;
            m_detail->setCatalog(CatalogIndex(*catalog));
            m_leaseModel->setCatalog(CatalogIndex(*catalog));
        });
        onUserChanged();
        if (isVisible())
            m_pollTimer->start();
        return;
    }
    case BrokerConnection::State::Connecting: setState(State::Connecting, m_connection.description()); break;
    case BrokerConnection::State::Failed: setState(State::ConnectionFailed, m_connection.lastError()); break;
    case BrokerConnection::State::Disconnected: setState(State::NotConnected); break;
    }
    m_pollTimer->stop();
}

void SellerConsolePage::onUserChanged()
{
    if (m_connection.state() != BrokerConnection::State::Connected)
        return;
    ++m_serial;
    m_loading = false;
    m_loadingLeases = false;
    m_model->clear();
    m_leaseModel->clear();
    m_earnings->clear();
    const auto user = m_connection.currentUser();
    if (user && user->role != u"seller") {
        setState(State::NotSeller);
        return;
    }
    setState(State::Loading);
    refresh(); // no user known (an older broker): the broker says whether this is a seller
}

void SellerConsolePage::refresh()
{
    if (m_connection.state() != BrokerConnection::State::Connected || m_state == State::NotSeller || m_loading)
        return;
    m_loading = true;
    if (m_state != State::Loaded && m_state != State::Empty)
        setState(State::Loading);
    const quint64 serial = m_serial;
    m_clouds.fetchProviders(this, [this, serial](const protocol::Expected<QList<SellerCloudClient::Provider>> &result) {
        if (serial != m_serial)
            return;
        m_loading = false;
        onProviders(result);
    });
    refreshLeases();
    if (m_tabs->currentWidget() == m_earnings)
        m_earnings->refresh();
}

void SellerConsolePage::refreshLeases()
{
    if (m_connection.state() != BrokerConnection::State::Connected || m_state == State::NotSeller || m_loadingLeases)
        return;
    m_loadingLeases = true;
    const quint64 serial = m_serial;
    m_clouds.fetchLeases(this, [this, serial](const protocol::Expected<QList<SellerCloudClient::SellerLease>> &result) {
        if (serial != m_serial)
            return;
        m_loadingLeases = false;
        if (!result) {
            if (m_leaseModel->rowCount() == 0)
                m_leaseSummary->setText(tr("The leases could not be loaded: %1").arg(result.error().message));
            Q_EMIT leasesLoaded();
            return;
        }
        m_leaseModel->setRows(*result);
        m_buybackPanel->refresh();
        m_leaseModel->setNow(m_clock());
        m_leaseTable->setVisible(!result->isEmpty());
        const QLocale locale;
        if (result->isEmpty()) {
            m_leaseSummary->setText(
                tr("No leases on your clouds right now. When a buyer's bid matches one of your asks in the "
                   "Marketplace, the lease shows here with its term, the price locked at the trade and the state of "
                   "its instance on your cloud. Buyers stay anonymous."));
        } else {
            qint64 perHour = 0;
            QString currency;
            for (const SellerCloudClient::SellerLease &lease : *result) {
                if (currency.isEmpty() || lease.currency == currency) {
                    currency = lease.currency;
                    perHour += lease.pricePerHour;
                }
            }
            const QString earning = MoneyFormat::perHour(perHour, currency);
            m_leaseSummary->setText(result->size() == 1
                                        ? tr("1 lease on your clouds, earning %1. Buyers stay anonymous.").arg(earning)
                                        : tr("%1 leases on your clouds, earning %2 together. Buyers stay anonymous.")
                                              .arg(locale.toString(result->size()), earning));
        }
        Q_EMIT leasesLoaded();
    });
}

QString SellerConsolePage::leaseSummaryText() const
{
    return m_leaseSummary->text();
}

void SellerConsolePage::onProviders(const protocol::Expected<QList<SellerCloudClient::Provider>> &result)
{
    if (!result) {
        if (result.error().code == protocol::ErrorCode::Forbidden)
            setState(State::NotSeller, result.error().message);
        else if (m_state != State::Loaded)
            setState(State::Failed, result.error().message);
        Q_EMIT providersLoaded();
        return;
    }
    m_model->setProviders(*result, m_clock());
    m_connectButton->setEnabled(true);
    setState(result->isEmpty() ? State::Empty : State::Loaded);
    if (m_selectAfterLoad) {
        selectProvider(*std::exchange(m_selectAfterLoad, std::nullopt));
    } else if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    onSelectionChanged();
    updateSummary();
    Q_EMIT providersLoaded();
}

void SellerConsolePage::updateProvider(const SellerCloudClient::Provider &provider)
{
    QList<SellerCloudClient::Provider> providers = m_model->rows();
    for (SellerCloudClient::Provider &each : providers) {
        if (each.id == provider.id)
            each = provider;
    }
    m_model->setRows(providers);
    onSelectionChanged();
    updateSummary();
}

void SellerConsolePage::updateSummary()
{
    qint64 up = 0;
    qint64 down = 0;
    qint64 free = 0;
    for (const SellerCloudClient::Provider &provider : m_model->rows()) {
        if (!provider.connected)
            continue;
        up += provider.health.state == u"up" ? 1 : 0;
        down += provider.health.state == u"down" ? 1 : 0;
        free += CloudModel::freeSlots(provider);
    }
    const QLocale locale;
    m_summary->setText(tr("Clouds up: %1 · down: %2 · free slots: %3")
                           .arg(locale.toString(up), locale.toString(down), locale.toString(free)));
}

void SellerConsolePage::selectProvider(qint64 providerId)
{
    const int row = m_model->rowOfProvider(providerId);
    if (row < 0) {
        m_selectAfterLoad = providerId;
        return;
    }
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

std::optional<SellerCloudClient::Provider> SellerConsolePage::selectedProvider() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->rowAt(current.row());
}

void SellerConsolePage::onSelectionChanged()
{
    m_detail->setProvider(selectedProvider());
}

void SellerConsolePage::openConnectDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ConnectCloudDialog(m_client, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConnectCloudDialog::connected, this, [this](const SellerCloudClient::Provider &provider) {
        m_selectAfterLoad = provider.id;
        m_loading = false; // an answer already on its way may predate the new cloud
        ++m_serial;
        refresh();
    });
    m_dialog->open();
}

void SellerConsolePage::onMessageButton()
{
    switch (m_state) {
    case State::NotConnected:
    case State::ConnectionFailed: Q_EMIT connectRequested(); break;
    case State::Failed: refresh(); break;
    case State::Empty: openConnectDialog(); break;
    case State::Connecting:
    case State::NotSeller:
    case State::Loading:
    case State::Loaded: break;
    }
}

void SellerConsolePage::setState(State state, const QString &detail)
{
    switch (state) {
    case State::NotConnected:
        m_message->setMessage(LineIcon::Connect,
                              tr("Not connected"),
                              tr("Connect to a broker as a seller to manage your clouds."),
                              tr("Connect…"));
        break;
    case State::Connecting: m_message->setMessage(LineIcon::Cloud, tr("Connecting to the broker…"), detail); break;
    case State::ConnectionFailed:
        m_message->setMessage(LineIcon::Warning, tr("Could not connect to the broker"), detail, tr("Connect…"));
        break;
    case State::NotSeller:
        m_message->setMessage(LineIcon::SellerConsole,
                              tr("For sellers"),
                              detail.isEmpty() ? tr("The seller console is for providers who sell their clouds' "
                                                    "spare capacity. Log in with a seller account to use it.")
                                               : detail);
        break;
    case State::Loading: m_message->setMessage(LineIcon::Cloud, tr("Loading your providers…"), {}); break;
    case State::Failed:
        m_message->setMessage(LineIcon::Warning, tr("Your providers could not be loaded"), detail, tr("Try again"));
        break;
    case State::Empty:
        m_message->setMessage(LineIcon::Cloud,
                              tr("No clouds connected yet"),
                              tr("Connect your cloud's provider API: the broker imports its regions and hardware "
                                 "profiles, watches its health, and starts buyers' instances on it."),
                              tr("Connect a cloud…"));
        break;
    case State::Loaded: break;
    }
    m_stack->setCurrentWidget(state == State::Loaded ? m_content : static_cast<QWidget *>(m_message));
    m_connectButton->setVisible(state != State::NotSeller);
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace sc::ui
