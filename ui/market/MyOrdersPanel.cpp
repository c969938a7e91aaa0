#include "ui/market/MyOrdersPanel.h"

#include "ui/market/AskModel.h"
#include "ui/market/BidModel.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::MarketClient;

namespace sc::ui {

MyOrdersPanel::MyOrdersPanel(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_market(client)
    , m_bids(new BidModel(this))
    , m_asks(new AskModel(this))
    , m_bidProxy(TableStyle::sortedProxy(m_bids, BidModel::SortRole, this))
    , m_askProxy(TableStyle::sortedProxy(m_asks, AskModel::SortRole, this))
    , m_bidTable(new QTableView)
    , m_askTable(new QTableView)
    , m_showFinished(new QCheckBox(tr("Show filled, cancelled and expired orders")))
    , m_cancelBid(new QPushButton(tr("Cancel bid")))
    , m_askSection(new QWidget)
    , m_amendPrice(new QDoubleSpinBox)
    , m_amendQuantity(new QSpinBox)
    , m_amend(new QPushButton(tr("Amend")))
    , m_withdraw(new QPushButton(tr("Withdraw ask")))
    , m_status(new QLabel)
{
    setObjectName(u"myOrdersPanel"_s);
    m_bidTable->setObjectName(u"myBidsTable"_s);
    TableStyle::apply(m_bidTable, m_bidProxy, BidModel::RegionsColumn);
    m_askTable->setObjectName(u"myAsksTable"_s);
    TableStyle::apply(m_askTable, m_askProxy, AskModel::RegionColumn);
    m_showFinished->setObjectName(u"showFinishedOrders"_s);
    connect(m_showFinished, &QCheckBox::toggled, this, &MyOrdersPanel::refresh);
    m_cancelBid->setObjectName(u"cancelBidButton"_s);
    m_cancelBid->setEnabled(false);
    connect(m_cancelBid, &QPushButton::clicked, this, &MyOrdersPanel::cancelSelectedBid);
    connect(m_bidTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const auto row = m_bidProxy->mapToSource(m_bidTable->currentIndex());
        m_cancelBid->setEnabled(row.isValid() && m_bids->rowAt(row.row()).status == u"open");
    });

    auto *bidSection = new QWidget;
    auto *bidActions = new QHBoxLayout;
    bidActions->addWidget(m_showFinished, 1);
    bidActions->addWidget(m_cancelBid);
    auto *bidLayout = new QVBoxLayout(bidSection);
    bidLayout->setContentsMargins(0, 4, 0, 4);
    bidLayout->addWidget(TableStyle::sectionTitle(tr("My bids")));
    bidLayout->addWidget(m_bidTable, 1);
    bidLayout->addLayout(bidActions);

    m_amendPrice->setObjectName(u"amendPrice"_s);
    m_amendPrice->setDecimals(2);
    m_amendPrice->setRange(0.01, 100'000.0);
    m_amendPrice->setSingleStep(0.01);
    m_amendPrice->setPrefix(MoneyFormat::symbol({}));
    m_amendPrice->setSuffix(tr("/h", "price per hour"));
    m_amendPrice->setAlignment(Qt::AlignRight);
    m_amendQuantity->setObjectName(u"amendQuantity"_s);
    m_amendQuantity->setRange(1, 1'000);
    m_amendQuantity->setAlignment(Qt::AlignRight);
    m_amendQuantity->setToolTip(tr("Total slots of the ask. Lowering it keeps the ask's place in the queue; "
                                   "a new price or more slots put it at the back."));
    m_amend->setObjectName(u"amendAskButton"_s);
    m_withdraw->setObjectName(u"withdrawAskButton"_s);
    connect(m_amend, &QPushButton::clicked, this, &MyOrdersPanel::amendSelectedAsk);
    connect(m_withdraw, &QPushButton::clicked, this, &MyOrdersPanel::withdrawSelectedAsk);
    connect(m_askTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MyOrdersPanel::onAskSelected);
    auto *askActions = new QHBoxLayout;
    askActions->addWidget(new QLabel(tr("New price:")));
    askActions->addWidget(m_amendPrice);
    askActions->addWidget(new QLabel(tr("Slots:")));
    askActions->addWidget(m_amendQuantity);
    askActions->addWidget(m_amend);
    askActions->addStretch(1);
    askActions->addWidget(m_withdraw);
    m_askSection->setObjectName(u"myAsksSection"_s);
    auto *askLayout = new QVBoxLayout(m_askSection);
    askLayout->setContentsMargins(0, 4, 0, 4);
    askLayout->addWidget(TableStyle::sectionTitle(tr("My asks")));
    askLayout->addWidget(m_askTable, 1);
    askLayout->addLayout(askActions);
    m_askSection->hide();
    onAskSelected();

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(bidSection);
    splitter->addWidget(m_askSection);

    m_status->setObjectName(u"ordersStatus"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
}

void MyOrdersPanel::setCatalog(const CatalogIndex &catalog)
{
    m_bids->setCatalog(catalog);
    m_asks->setCatalog(catalog);
}

void MyOrdersPanel::setSeller(bool seller)
{
    if (m_seller == seller)
        return;
    m_seller = seller;
    m_askSection->setVisible(seller);
    if (!seller)
        m_asks->clear();
    refresh();
}

void MyOrdersPanel::refresh()
{
    const quint64 serial = m_serial;
    const QString status = m_showFinished->isChecked() ? QString() : u"open"_s;
    m_market.fetchMyBids(status, this, [this, serial](const protocol::Expected<QList<protocol::Bid>> &bids) {
        if (serial != m_serial)
            return;
        if (bids)
            m_bids->setBids(*bids);
        else
            setStatus(tr("Your bids could not be loaded: %1").arg(bids.error().message));
    });
    if (!m_seller)
        return;
    m_market.fetchMyAsks(status, this, [this, serial](const protocol::Expected<QList<protocol::Ask>> &asks) {
        if (serial != m_serial)
            return;
        if (asks)
            m_asks->setAsks(*asks);
        else
            setStatus(tr("Your asks could not be loaded: %1").arg(asks.error().message));
    });
}

void MyOrdersPanel::clear()
{
    ++m_serial; // answers for the old connection or account no longer count
    m_bids->clear();
    m_asks->clear();
    m_status->clear();
}

QString MyOrdersPanel::statusText() const
{
    return m_status->text();
}

std::optional<qint64> MyOrdersPanel::selectedId(QTableView *table, QSortFilterProxyModel *proxy, int idRole) const
{
    const QModelIndex current = proxy->mapToSource(table->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return current.data(idRole).toLongLong();
}

void MyOrdersPanel::cancelSelectedBid()
{
    const auto id = selectedId(m_bidTable, m_bidProxy, BidModel::IdRole);
    if (!id)
        return;
    m_cancelBid->setEnabled(false);
    m_market.cancelBid(*id, this, [this, id](const protocol::Expected<MarketClient::Done> &result) {
        if (!result) {
            setStatus(tr("Bid %1 was not cancelled: %2").arg(QString::number(*id), result.error().message));
            return;
        }
        setStatus(tr("Bid %1 is cancelled.").arg(QString::number(*id)));
        refresh();
        Q_EMIT ordersChanged();
    });
}

void MyOrdersPanel::onAskSelected()
{
    const QModelIndex current = m_askProxy->mapToSource(m_askTable->currentIndex());
    const bool open = current.isValid() && m_asks->rowAt(current.row()).status == u"open";
    m_amend->setEnabled(open);
    m_withdraw->setEnabled(open);
    m_amendPrice->setEnabled(open);
    m_amendQuantity->setEnabled(open);
    if (open) {
        const protocol::Ask &ask = m_asks->rowAt(current.row());
        m_amendPrice->setValue(MoneyFormat::unitsFromCents(ask.pricePerHour));
        m_amendQuantity->setValue(int(ask.quantity));
    }
}

void MyOrdersPanel::amendSelectedAsk()
{
    const QModelIndex current = m_askProxy->mapToSource(m_askTable->currentIndex());
    if (!current.isValid())
        return;
    const protocol::Ask ask = m_asks->rowAt(current.row());
    const qint64 price = MoneyFormat::centsFromUnits(m_amendPrice->value());
    const qint64 quantity = m_amendQuantity->value();
    const std::optional<qint64> newPrice = price != ask.pricePerHour ? std::optional(price) : std::nullopt;
    const std::optional<qint64> newQuantity = quantity != ask.quantity ? std::optional(quantity) : std::nullopt;
    if (!newPrice && !newQuantity) {
        setStatus(tr("Change the price or the slots first."));
        return;
    }
    m_market.amendAsk(ask.id, newPrice, newQuantity, this, [this](const protocol::Expected<protocol::Ask> &result) {
        if (!result) {
            setStatus(tr("The ask was not amended: %1").arg(result.error().message));
            return;
        }
        setStatus(tr("Ask %1 now asks %2 for %3 open slots.")
                      .arg(QString::number(result->id),
                           MoneyFormat::perHour(result->pricePerHour, result->currency),
                           QLocale().toString(result->openQuantity)));
        refresh();
        Q_EMIT ordersChanged();
    });
}

void MyOrdersPanel::withdrawSelectedAsk()
{
    const auto id = selectedId(m_askTable, m_askProxy, AskModel::IdRole);
    if (!id)
        return;
    m_market.withdrawAsk(*id, this, [this, id](const protocol::Expected<MarketClient::Done> &result) {
        if (!result) {
            setStatus(tr("Ask %1 was not withdrawn: %2").arg(QString::number(*id), result.error().message));
            return;
        }
        setStatus(tr("Ask %1 is withdrawn.").arg(QString::number(*id)));
        refresh();
        Q_EMIT ordersChanged();
    });
}

void MyOrdersPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace sc::ui
