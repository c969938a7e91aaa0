#pragma once

#include "client/BuybackClient.h"
#include "client/SellerCloudClient.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sc::ui {

// Under the seller's active leases: "Offer buy-back…" for the selected lease
// (BuybackOfferDialog, with what is payable now from the earnings), and the
// seller's buy-back offers (status, amount, lease, when decided) with
// "Withdraw" for an open one.
class SellerBuybackPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SellerBuybackPanel)

public:
    using Offer = client::BuybackClient::Offer;
    enum Column { LeaseColumn, AmountColumn, NoticeColumn, StatusColumn, DecidedColumn, ColumnCount };

    explicit SellerBuybackPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    void setSelectedLease(const std::optional<client::SellerCloudClient::SellerLease> &lease);
    void refresh();
    void setOffers(const QList<Offer> &offers);
    QList<Offer> offers() const { return m_offers; }
    QTableWidget *table() const { return m_table; }
    QPushButton *offerButton() const { return m_offerButton; }
    QPushButton *withdrawButton() const { return m_withdrawButton; }
    QString statusText() const;

    void openOfferDialog();
    void withdrawSelected();

Q_SIGNALS:
    void offersChanged();

private:
    std::optional<Offer> selectedOffer() const;
    void updateButtons();

    client::BrokerClient &m_client;
    client::BuybackClient m_buybacks;
    std::optional<client::SellerCloudClient::SellerLease> m_lease;
    QList<Offer> m_offers;
    QPushButton *m_offerButton;
    QPushButton *m_withdrawButton;
    QLabel *m_status;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace sc::ui
