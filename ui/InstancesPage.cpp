#include "ui/InstancesPage.h"

#include "client/BrokerClient.h"
#include "client/MarketStream.h"
#include "ui/LineIconEngine.h"
#include "ui/MessagePanel.h"
#include "ui/PageHeader.h"
#include "ui/instances/BadgeDelegate.h"
#include "ui/instances/BuybackOffersPanel.h"
#include "ui/instances/InstanceDetailPanel.h"
#include "ui/instances/InstanceModel.h"
#include "ui/market/MarketColors.h"
#include "ui/market/TableStyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;
using sc::client::InstanceClient;

namespace sc::ui {

namespace {
constexpr int kPollIntervalMs = 15'000;
constexpr int kCoalesceMs = 300;
constexpr int kClockMs = 1'000;
} // namespace

InstancesPage::InstancesPage(client::BrokerClient &client, BrokerConnection &connection, client::MarketStream &stream,
                             QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connection(connection)
    , m_stream(&stream)
    , m_instances(client)
    , m_model(new InstanceModel(this))
    , m_proxy(TableStyle::sortedProxy(m_model, InstanceModel::SortRole, this))
    , m_table(new QTableView)
    , m_detail(new InstanceDetailPanel(client))
    , m_filter(new QComboBox)
    , m_count(new QLabel)
    , m_streamStatus(new QLabel)
    , m_stack(new QStackedWidget)
    , m_message(new MessagePanel)
    , m_content(new QWidget)
    , m_refreshAction(new QAction(LineIconEngine::icon(LineIcon::Refresh), tr("&Refresh"), this))
    , m_sellAction(new QAction(tr("&Sell remaining time…"), this))
    , m_withdrawSaleAction(new QAction(tr("&Withdraw from sale"), this))
    , m_pollTimer(new QTimer(this))
    , m_refreshDue(new QTimer(this))
    , m_clockTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"instancesPage"_s);

    m_refreshAction->setObjectName(u"refreshInstancesAction"_s);
    m_refreshAction->setToolTip(tr("Load your instances from the broker again"));
    connect(m_refreshAction, &QAction::triggered, this, &InstancesPage::refresh);
    auto *refreshButton = new QToolButton;
    refreshButton->setObjectName(u"refreshInstancesButton"_s);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *header = new PageHeader(
        tr("Instances"), tr("The instances you lease: where they run, their state and the time left."), this);
    m_streamStatus->setObjectName(u"instancesStreamStatus"_s);
    m_streamStatus->hide();
    header->addAction(m_streamStatus);
    header->addAction(refreshButton);

    m_filter->setObjectName(u"stateFilter"_s);
    m_filter->addItem(tr("Every state"), QString());
    for (const QString &state : InstanceClient::stateNames())
        m_filter->addItem(InstanceModel::stateText(state), state);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &InstancesPage::reload);
    m_count->setObjectName(u"instanceCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_count);
    filterRow->addStretch(1);

    m_table->setObjectName(u"instanceTable"_s);
    TableStyle::apply(m_table, m_proxy, InstanceModel::AddressColumn);
    m_table->setItemDelegateForColumn(InstanceModel::StateColumn, new BadgeDelegate(m_table));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // newest first, as the broker sends them
    m_sellAction->setObjectName(u"sellRemainingTimeAction"_s);
    m_sellAction->setToolTip(tr("Offer the time left on the selected instance's lease to other buyers"));
    m_withdrawSaleAction->setObjectName(u"withdrawSaleAction"_s);
    m_sellAction->setEnabled(false);
    m_withdrawSaleAction->setEnabled(false);
    connect(m_sellAction, &QAction::triggered, m_detail, &InstanceDetailPanel::sellRemainingTime);
    connect(m_withdrawSaleAction, &QAction::triggered, m_detail, &InstanceDetailPanel::withdrawFromSale);
    m_table->addAction(m_sellAction);
    m_table->addAction(m_withdrawSaleAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InstancesPage::onSelectionChanged);
    // A refresh changes rows in place: the detail follows the selected one.
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                Q_UNUSED(topLeft);
                if (roles.isEmpty())
                    onSelectionChanged();
            });

    auto *tableSide = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"instancesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 420});
    m_buybackPanel = new BuybackOffersPanel(client);
    connect(m_buybackPanel, &BuybackOffersPanel::decided, this, [this] { m_refreshDue->start(); });
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_buybackPanel);
    contentLayout->addWidget(splitter, 1);

    m_message->setObjectName(u"instancesMessage"_s);
    connect(m_message, &MessagePanel::buttonClicked, this, &InstancesPage::onMessageButton);
    m_stack->setObjectName(u"instancesStack"_s);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    connect(m_detail, &InstanceDetailPanel::terminated, this, [this] { m_refreshDue->start(); });
    connect(m_detail, &InstanceDetailPanel::leaseChanged, this, [this] { m_refreshDue->start(); });

    m_pollTimer->setObjectName(u"instancesPollTimer"_s);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_staleWhileHidden = true;
    });
    m_refreshDue->setSingleShot(true);
    m_refreshDue->setInterval(kCoalesceMs);
    connect(m_refreshDue, &QTimer::timeout, this, [this] {
        if (isVisible() || m_pendingLease)
            refresh();
        else
            m_staleWhileHidden = true;
    });
    m_clockTimer->setInterval(kClockMs);
    connect(m_clockTimer, &QTimer::timeout, this, &InstancesPage::tick);
    m_clockTimer->start();

    connect(m_stream, &client::MarketStream::instancesChanged, this, [this] {
        if (!m_refreshDue->isActive())
            m_refreshDue->start();
    });
    connect(m_stream,
            &client::MarketStream::notificationReceived,
            this,
            [this](const protocol::Notification &notification) {
                // A sale or a buy-back offer changes what the page shows at once.
                if (notification.kind == u"lease_resold" || notification.kind == u"resale_failed"
                    || notification.kind == u"resale_expired" || notification.kind == u"buyback_offered")
                    m_refreshDue->start();
            });
    connect(m_stream, &client::MarketStream::connectedChanged, this, &InstancesPage::onStreamConnectedChanged);
    connect(&m_connection, &BrokerConnection::stateChanged, this, &InstancesPage::onConnectionStateChanged);
    connect(&m_connection, &BrokerConnection::userChanged, this, [this] {
        if (m_connection.state() == BrokerConnection::State::Connected)
            reload(); // another account's instances
    });
    onConnectionStateChanged(m_connection.state());
}

InstancesPage::~InstancesPage()
{
    // The stream belongs to another page and may outlive this one.
    if (m_stream)
        m_stream->disconnect(this);
}

void InstancesPage::setPollInterval(int milliseconds)
{
    m_pollTimer->setInterval(milliseconds);
}

void InstancesPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tick();
}

void InstancesPage::setStateFilter(const QString &state)
{
    const int index = m_filter->findData(state);
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

QString InstancesPage::stateFilter() const
{
    return m_filter->currentData().toString();
}

void InstancesPage::tick()
{
    const QDateTime now = m_clock();
    m_model->setNow(now);
    m_detail->setNow(now);
}

void InstancesPage::onStreamConnectedChanged(bool connected)
{
    updatePolling();
    // Whatever changed while the stream was down was not announced: load it once.
    if (connected && m_state == State::Loaded)
        m_refreshDue->start();
}

void InstancesPage::updatePolling()
{
    const bool connected = m_connection.state() == BrokerConnection::State::Connected;
    const bool live = m_stream && m_stream->isConnected();
    if (connected && !live && m_state != State::Forbidden) {
        if (!m_pollTimer->isActive())
            m_pollTimer->start();
    } else {
        m_pollTimer->stop();
    }
    if (!connected) {
        m_streamStatus->hide();
        return;
    }
    if (live) {
        m_streamStatus->setText(tr("● Live"));
        m_streamStatus->setStyleSheet(u"color: %1;"_s.arg(MarketColors::rising(palette()).name()));
        m_streamStatus->setToolTip(tr("Your instances are updated as soon as their state changes."));
    } else {
        m_streamStatus->setText(tr("Not live"));
        m_streamStatus->setStyleSheet({});
        m_streamStatus->setToolTip(
            tr("The live connection to the broker is not up; until it is, the page checks for changes every %1 s.")
                .arg(QLocale().toString(std::max(1, m_pollTimer->interval() / 1'000))));
    }
    m_streamStatus->show();
}

void InstancesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_staleWhileHidden) {
        m_staleWhileHidden = false;
        refresh();
    }
}

void InstancesPage::onConnectionStateChanged(BrokerConnection::State state)
{
    m_refreshAction->setEnabled(state == BrokerConnection::State::Connected);
    ++m_serial; // answers from the previous connection are dropped
    ++m_catalogSerial;
    m_loading = false;
    m_again = false;
    m_model->clear();
    m_detail->setInstance(std::nullopt);
    m_sellAction->setEnabled(false);
    m_withdrawSaleAction->setEnabled(false);
    switch (state) {
    case BrokerConnection::State::Connected: {
        const quint64 serial = ++m_catalogSerial;
        m_client.fetchCatalog(this, [this, serial](const protocol::Expected<protocol::Catalog> &catalog) {
            if (serial != m_catalogSerial || !catalog)
                return; // the ids stand in for the names
            m_catalog = CatalogIndex(*catalog);
            m_model->setCatalog(m_catalog);
            m_detail->setCatalog(m_catalog);
        });
        refresh();
        break;
    }
    case BrokerConnection::State::Connecting: setState(State::Connecting, m_connection.description()); break;
    case BrokerConnection::State::Failed: setState(State::ConnectionFailed, m_connection.lastError()); break;
    case BrokerConnection::State::Disconnected: setState(State::NotConnected); break;
    }
    updatePolling();
}

void InstancesPage::reload()
{
    ++m_serial;
    m_loading = false;
    m_again = false;
    m_model->clear();
    refresh();
}

void InstancesPage::refresh()
{
    if (m_connection.state() != BrokerConnection::State::Connected)
        return;
    m_buybackPanel->refresh();
    if (m_loading) {
        m_again = true; // one more once this answer is in: it may predate the change
        return;
    }
    m_loading = true;
    if (m_state != State::Loaded && m_state != State::Empty)
        setState(State::Loading);
    const quint64 serial = m_serial;
    m_instances.fetchInstances(
        stateFilter(), this, [this, serial](const protocol::Expected<QList<InstanceClient::Instance>> &result) {
            if (serial != m_serial)
                return;
            m_loading = false;
            onInstances(result);
            if (std::exchange(m_again, false))
                refresh();
        });
}

void InstancesPage::onInstances(const protocol::Expected<QList<InstanceClient::Instance>> &result)
{
    if (!result) {
        if (result.error().code == protocol::ErrorCode::Forbidden)
            setState(State::Forbidden);
        else if (m_state != State::Loaded) // keep what is shown; the status bar reports the error
            setState(State::Failed, result.error().message);
        updatePolling();
        Q_EMIT instancesLoaded();
        return;
    }
    m_model->setRows(*result);
    updateCount();
    setState(result->isEmpty() ? State::Empty : State::Loaded);
    if (m_pendingLease) {
        if (selectLease(*m_pendingLease)) {
            m_pendingLease.reset();
        } else if (!stateFilter().isEmpty()) {
            setStateFilter({}); // perhaps hidden by the filter: every state (loads again)
        } else {
            m_pendingLease.reset(); // not (yet) an instance: the notification was about an older lease
        }
    }
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    onSelectionChanged();
    updatePolling();
    Q_EMIT instancesLoaded();
}

void InstancesPage::updateCount()
{
    qint64 live = 0;
    for (const InstanceClient::Instance &instance : m_model->rows()) {
        if (InstanceClient::isLive(instance.state))
            ++live;
    }
    const QLocale locale;
    const qint64 all = m_model->rowCount();
    m_count->setText(all == 1 ? tr("1 instance, %1 live").arg(locale.toString(live))
                              : tr("%1 instances, %2 live").arg(locale.toString(all), locale.toString(live)));
}

void InstancesPage::showLease(qint64 leaseId)
{
    if (selectLease(leaseId))
        return;
    m_pendingLease = leaseId;
    if (!stateFilter().isEmpty())
        setStateFilter({}); // loads again
    else
        refresh();
}

bool InstancesPage::selectLease(qint64 leaseId)
{
    const int row = m_model->rowOfLease(leaseId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

std::optional<InstanceClient::Instance> InstancesPage::selectedInstance() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->rowAt(current.row());
}

void InstancesPage::onSelectionChanged()
{
    const std::optional<InstanceClient::Instance> selected = selectedInstance();
    m_detail->setInstance(selected);
    m_sellAction->setEnabled(selected && InstanceDetailPanel::canSell(*selected));
    m_withdrawSaleAction->setEnabled(selected && selected->onSale && !selected->resold);
}

void InstancesPage::onMessageButton()
{
    switch (m_state) {
    case State::NotConnected:
    case State::ConnectionFailed: Q_EMIT connectRequested(); break;
    case State::Failed: refresh(); break;
    case State::Empty:
        if (stateFilter().isEmpty())
            Q_EMIT marketplaceRequested();
        else
            setStateFilter({});
        break;
    case State::Connecting:
    case State::Loading:
    case State::Forbidden:
    case State::Loaded: break;
    }
}

void InstancesPage::setState(State state, const QString &detail)
{
    switch (state) {
    case State::NotConnected:
        m_message->setMessage(LineIcon::Connect,
                              tr("Not connected"),
                              tr("Connect to a broker to see the instances you lease."),
                              tr("Connect…"));
        break;
    case State::Connecting: m_message->setMessage(LineIcon::Cloud, tr("Connecting to the broker…"), detail); break;
    case State::ConnectionFailed:
        m_message->setMessage(LineIcon::Warning, tr("Could not connect to the broker"), detail, tr("Connect…"));
        break;
    case State::Loading: m_message->setMessage(LineIcon::Instances, tr("Loading your instances…"), {}); break;
    case State::Failed:
        m_message->setMessage(LineIcon::Warning, tr("Your instances could not be loaded"), detail, tr("Try again"));
        break;
    case State::Forbidden:
        m_message->setMessage(LineIcon::Instances,
                              tr("No instances for this account"),
                              tr("This account cannot lease instances. Log in as a buyer or a seller to buy "
                                 "capacity and run instances."));
        break;
    case State::Empty:
        if (stateFilter().isEmpty()) {
            m_message->setMessage(LineIcon::Instances,
                                  tr("No instances yet"),
                                  tr("Buy capacity on the Marketplace: as soon as a bid is filled, its instance "
                                     "appears here and starts."),
                                  tr("Open the Marketplace"));
        } else {
            m_message->setMessage(LineIcon::Search,
                                  tr("No instances in this state"),
                                  tr("None of your instances is “%1” now.").arg(m_filter->currentText()),
                                  tr("Show every state"));
        }
        break;
    case State::Loaded: break;
    }
    m_stack->setCurrentWidget(state == State::Loaded ? m_content : static_cast<QWidget *>(m_message));
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace sc::ui
