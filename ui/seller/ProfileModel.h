#pragma once

#include "client/SellerCloudClient.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// The hardware profiles of one cloud, per region: the profile, its size,
// the catalog instance type it sells as (or that none fits), and its slots
// (used, free, total).
class ProfileModel final : public KeyedTableModel<client::SellerCloudClient::Profile>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileModel)

public:
    enum Column { RegionColumn, ProfileColumn, SizeColumn, CatalogColumn, UsedColumn, FreeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ProfileModel(QObject *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    // The profiles of `provider`, with its regions to name them.
    void setProvider(const client::SellerCloudClient::Provider &provider);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "4 vCPU · 16 GiB · 100 GiB disk · 1 GPU"
    static QString sizeText(const client::SellerCloudClient::Profile &profile);

protected:
    QString keyOf(const client::SellerCloudClient::Profile &profile) const override
    {
        return profile.regionCode + u'/' + profile.profileId;
    }

private:
    QString regionText(const QString &regionCode) const;

    CatalogIndex m_catalog;
    QList<client::SellerCloudClient::Region> m_regions;
};

} // namespace sc::ui
