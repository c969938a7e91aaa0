#pragma once

#include "client/SellerCloudClient.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/KeyedTableModel.h"

#include <QDateTime>

namespace sc::ui {

// The leases running on the seller's providers, soonest end first: the
// provider (its name, as only the seller sees it), the instrument, the term
// and time left, the price locked at the trade, and the instance's state on
// the cloud. Nothing about the buyer: the broker does not say.
class SellerLeaseModel final : public KeyedTableModel<client::SellerCloudClient::SellerLease>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SellerLeaseModel)

public:
    enum Column {
        ProviderColumn,
        TypeColumn,
        RegionColumn,
        StartColumn,
        EndColumn,
        PriceColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit SellerLeaseModel(QObject *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    void setNow(const QDateTime &now);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const client::SellerCloudClient::SellerLease &lease) const override
    {
        return QString::number(lease.id);
    }

private:
    CatalogIndex m_catalog;
    QDateTime m_now;
};

} // namespace sc::ui
