#include "ui/MarketplacePage.h"

#include "client/BrokerClient.h"
#include "ui/InstanceTypeModel.h"
#include "ui/LineIconEngine.h"
#include "ui/MessagePanel.h"
#include "ui/PageHeader.h"
#include "ui/RegionModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;

namespace sc::ui {

namespace {

constexpr int kFilterWidth = 420;
constexpr int kRowPadding = 10;

QSortFilterProxyModel *createProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1); // match any column
    return proxy;
}

} // namespace

MarketplacePage::MarketplacePage(client::BrokerClient &client, BrokerConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connection(connection)
    , m_instanceTypes(new InstanceTypeModel(this))
    , m_regions(new RegionModel(this))
    , m_instanceTypeProxy(createProxy(m_instanceTypes, InstanceTypeModel::SortRole, this))
    , m_regionProxy(createProxy(m_regions, RegionModel::SortRole, this))
    , m_instanceTypeTable(new QTableView)
    , m_regionTable(new QTableView)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
    , m_stack(new QStackedWidget)
    , m_message(new MessagePanel)
    , m_content(new QWidget)
    , m_refreshAction(new QAction(LineIconEngine::icon(LineIcon::Refresh), tr("&Refresh"), this))
{
    setObjectName(u"marketplacePage"_s);

    m_refreshAction->setObjectName(u"refreshCatalogAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    m_refreshAction->setToolTip(tr("Load the catalog from the broker again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, &MarketplacePage::refresh);

    auto *refreshButton = new QToolButton(this);
    refreshButton->setObjectName(u"refreshButton"_s);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *header = new PageHeader(
        tr("Marketplace"), tr("Standard instance sizes and the regions where sellers offer spare capacity."), this);
    header->addAction(refreshButton);

    m_filter->setObjectName(u"catalogFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by type, name, family, city or country…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(kFilterWidth);
    m_filter->addAction(LineIconEngine::icon(LineIcon::Search, palette().color(QPalette::PlaceholderText)),
                        QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, &MarketplacePage::applyFilter);

    m_summary->setObjectName(u"catalogSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addStretch(0);
    filterRow->addWidget(m_summary);

    m_instanceTypeTable->setObjectName(u"instanceTypeTable"_s);
    m_regionTable->setObjectName(u"regionTable"_s);
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setObjectName(u"catalogSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createTableSection(
        tr("Instance types"), m_instanceTypeTable, m_instanceTypeProxy, InstanceTypeModel::NameColumn));
    splitter->addWidget(createTableSection(tr("Regions"), m_regionTable, m_regionProxy, RegionModel::NameColumn));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(filterRow);
    contentLayout->addWidget(splitter, 1);

    m_message->setObjectName(u"catalogMessage"_s);
    connect(m_message, &MessagePanel::buttonClicked, this, &MarketplacePage::onMessageButton);

    m_stack->setObjectName(u"catalogStack"_s);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    connect(&m_connection, &BrokerConnection::stateChanged, this, &MarketplacePage::onConnectionStateChanged);
    onConnectionStateChanged(m_connection.state());
}

QWidget *MarketplacePage::createTableSection(const QString &title, QTableView *table, QSortFilterProxyModel *proxy,
                                             int stretchColumn)
{
    auto *section = new QWidget;
    auto *label = new QLabel(title, section);
    QFont labelFont = label->font();
    labelFont.setWeight(QFont::DemiBold);
    label->setFont(labelFont);

    table->setParent(section);
    table->setModel(proxy);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + kRowPadding);

    QHeaderView *columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(false);
    columns->setMinimumSectionSize(72);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);

    // Sortable by clicking a column; until then the broker's own order.
    table->setSortingEnabled(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    return section;
}

void MarketplacePage::onConnectionStateChanged(BrokerConnection::State state)
{
    m_refreshAction->setEnabled(state == BrokerConnection::State::Connected);
    switch (state) {
    case BrokerConnection::State::Connected: refresh(); return;
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
    m_instanceTypes->clear();
    m_regions->clear();
    m_loadedAt = {};
    updateSummary();
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
    m_instanceTypes->setInstanceTypes(result->instanceTypes);
    m_regions->setRegions(result->regions);
    m_loadedAt = QDateTime::currentDateTime();
    updateSummary();
    if (result->instanceTypes.isEmpty() && result->regions.isEmpty())
        setCatalogState(CatalogState::Empty);
    else
        setCatalogState(CatalogState::Loaded);
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
    m_stack->setCurrentWidget(state == CatalogState::Loaded ? m_content : static_cast<QWidget *>(m_message));
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT catalogStateChanged(state);
}

void MarketplacePage::applyFilter(const QString &text)
{
    m_instanceTypeProxy->setFilterFixedString(text.trimmed());
    m_regionProxy->setFilterFixedString(text.trimmed());
    updateSummary();
}

void MarketplacePage::updateSummary()
{
    if (!m_loadedAt.isValid()) {
        m_summary->clear();
        return;
    }
    // "Instance types: 17", not "17 instance types": no plural forms to get wrong in any language.
    const QLocale locale;
    const QString updated = locale.toString(m_loadedAt.time(), QLocale::ShortFormat);
    const int typeCount = m_instanceTypes->rowCount();
    const int regionCount = m_regions->rowCount();
    if (m_filter->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Instance types: %1 · Regions: %2 · Updated %3")
                               .arg(locale.toString(typeCount), locale.toString(regionCount), updated));
        return;
    }
    m_summary->setText(tr("Instance types: %1 of %2 · Regions: %3 of %4 · Updated %5")
                           .arg(locale.toString(m_instanceTypeProxy->rowCount()),
                                locale.toString(typeCount),
                                locale.toString(m_regionProxy->rowCount()),
                                locale.toString(regionCount),
                                updated));
}

} // namespace sc::ui
