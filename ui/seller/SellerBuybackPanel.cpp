#include "ui/seller/SellerBuybackPanel.h"

#include "client/BillingClient.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"
#include "ui/seller/BuybackOfferDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BuybackClient;
using sc::protocol::Expected;

namespace sc::ui {

SellerBuybackPanel::SellerBuybackPanel(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_buybacks(client)
    , m_offerButton(new QPushButton(tr("Offer buy-back…")))
    , m_withdrawButton(new QPushButton(tr("Withdraw")))
    , m_status(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
{
    setObjectName(u"sellerBuybackPanel"_s);
    m_offerButton->setObjectName(u"offerBuybackButton"_s);
    m_offerButton->setToolTip(tr("Offer the buyer of the selected lease an amount to end it after a notice"));
    m_withdrawButton->setObjectName(u"withdrawBuybackButton"_s);
    m_status->setObjectName(u"sellerBuybackStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(u"sellerBuybackTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Lease"), tr("Amount"), tr("Notice"), tr("Status"), tr("Decided")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(180);
    connect(m_offerButton, &QPushButton::clicked, this, &SellerBuybackPanel::openOfferDialog);
    connect(m_withdrawButton, &QPushButton::clicked, this, &SellerBuybackPanel::withdrawSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SellerBuybackPanel::updateButtons);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_offerButton);
    actions->addStretch();
    auto *listTop = new QHBoxLayout;
    listTop->addWidget(TableStyle::sectionTitle(tr("Buy-back offers")));
    listTop->addWidget(m_status, 1);
    listTop->addWidget(m_withdrawButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addLayout(listTop);
    layout->addWidget(m_table);
    setOffers({});
}

void SellerBuybackPanel::setSelectedLease(const std::optional<client::SellerCloudClient::SellerLease> &lease)
{
    m_lease = lease;
    updateButtons();
}

void SellerBuybackPanel::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_buybacks.fetchSellerOffers(this, [this](const Expected<QList<Offer>> &result) {
        m_loading = false;
        if (!result) {
            m_status->setText(BuybackClient::errorText(result.error()));
            return;
        }
        setOffers(*result);
    });
}

void SellerBuybackPanel::setOffers(const QList<Offer> &offers)
{
    const std::optional<Offer> selected = selectedOffer();
    m_offers = offers;
    m_table->setRowCount(int(offers.size()));
    const QLocale locale;
    for (int row = 0; row < offers.size(); ++row) {
        const Offer &offer = offers.at(row);
        const QStringList cells{
            tr("Lease %1 (%2, %3)").arg(QString::number(offer.leaseId), offer.instanceType, offer.region),
            MoneyFormat::amount(offer.amount, offer.currency),
            tr("%1 h").arg(offer.noticeHours),
            BuybackClient::statusText(offer.status),
            offer.decidedAt.isValid() ? locale.toString(offer.decidedAt.toLocalTime(), QLocale::ShortFormat)
                                      : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, offer.id);
            m_table->setItem(row, column, item);
        }
        if (selected && selected->id == offer.id)
            m_table->selectRow(row);
    }
    m_table->setVisible(!offers.isEmpty());
    m_withdrawButton->setVisible(!offers.isEmpty());
    qsizetype open = 0;
    for (const Offer &offer : offers)
        open += offer.isOpen() ? 1 : 0;
    if (offers.isEmpty())
        m_status->setText(tr("None yet. Select a lease above and offer its buyer an amount to end it early."));
    else
        m_status->setText(tr("%1 open, waiting for the buyer.").arg(open));
    updateButtons();
}

QString SellerBuybackPanel::statusText() const
{
    return m_status->text();
}

std::optional<SellerBuybackPanel::Offer> SellerBuybackPanel::selectedOffer() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first()->data(Qt::UserRole).toLongLong();
    for (const Offer &offer : m_offers) {
        if (offer.id == id)
            return offer;
    }
    return std::nullopt;
}

void SellerBuybackPanel::updateButtons()
{
    const bool active = m_lease && m_lease->status == u"active";
    m_offerButton->setEnabled(active);
    m_offerButton->setToolTip(
        active ? tr("Offer the buyer of lease %1 an amount to end it after a notice").arg(m_lease->id)
               : tr("Select an active lease to offer its buyer a buy-back"));
    const std::optional<Offer> offer = selectedOffer();
    m_withdrawButton->setEnabled(offer && offer->isOpen());
}

void SellerBuybackPanel::openOfferDialog()
{
    if (!m_lease)
        return;
    const client::SellerCloudClient::SellerLease lease = *m_lease;
    auto *dialog = new BuybackOfferDialog(
        &m_client,
        lease.id,
        tr("lease %1 (%2, %3)").arg(QString::number(lease.id), lease.instanceType, lease.region),
        lease.currency.isEmpty() ? u"EUR"_s : lease.currency,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BuybackOfferDialog::offered, this, [this](const Offer &offer) {
        m_status->setText(
            tr("Offered %1 for lease %2.").arg(MoneyFormat::amount(offer.amount, offer.currency)).arg(offer.leaseId));
        refresh();
        Q_EMIT offersChanged();
    });
    client::BillingClient(m_client).fetchEarnings(dialog, [dialog](const Expected<protocol::SellerEarnings> &earnings) {
        if (!earnings)
            dialog->setPayableError(client::BillingClient::errorText(earnings.error()));
        else
            dialog->setPayable(earnings->payable);
    });
    dialog->open();
}

void SellerBuybackPanel::withdrawSelected()
{
    const std::optional<Offer> offer = selectedOffer();
    if (!offer || !offer->isOpen())
        return;
    m_withdrawButton->setEnabled(false);
    m_buybacks.withdraw(offer->id, this, [this](const Expected<BuybackClient::Done> &result) {
        if (!result)
            m_status->setText(BuybackClient::errorText(result.error()));
        refresh();
        Q_EMIT offersChanged();
    });
}

} // namespace sc::ui
