#pragma once

#include "client/MarketClient.h"
#include "ui/market/CatalogIndex.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace sc::ui {

class AskModel;
class BidModel;

// The user's own orders: bids with cancel, and for sellers their asks with
// amend (price, quantity) and withdraw.
class MyOrdersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyOrdersPanel)

public:
    explicit MyOrdersPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    void setSeller(bool seller);
    bool isSeller() const { return m_seller; }
    void refresh();
    void clear();

    BidModel *bidModel() const { return m_bids; }
    AskModel *askModel() const { return m_asks; }
    QString statusText() const;

    void cancelSelectedBid();
    void amendSelectedAsk();
    void withdrawSelectedAsk();

Q_SIGNALS:
    // An order was cancelled, amended or withdrawn: the market changed.
    void ordersChanged();

private:
    std::optional<qint64> selectedId(QTableView *table, QSortFilterProxyModel *proxy, int idRole) const;
    void onAskSelected();
    void setStatus(const QString &text);

    client::MarketClient m_market;
    BidModel *m_bids;
    AskModel *m_asks;
    QSortFilterProxyModel *m_bidProxy;
    QSortFilterProxyModel *m_askProxy;
    QTableView *m_bidTable;
    QTableView *m_askTable;
    QCheckBox *m_showFinished;
    QPushButton *m_cancelBid;
    QWidget *m_askSection;
    QDoubleSpinBox *m_amendPrice;
    QSpinBox *m_amendQuantity;
    QPushButton *m_amend;
    QPushButton *m_withdraw;
    QLabel *m_status;
    bool m_seller = false;
    quint64 m_serial = 0;
};

} // namespace sc::ui
