#include "ui/seller/ProfileModel.h"

#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;
using sc::client::SellerCloudClient;

namespace sc::ui {

ProfileModel::ProfileModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void ProfileModel::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProfileModel::setProvider(const SellerCloudClient::Provider &provider)
{
    m_regions = provider.regions;
    setRows(provider.profiles);
    if (rowCount() > 0) // region names may have changed
        Q_EMIT dataChanged(index(0, RegionColumn), index(rowCount() - 1, RegionColumn));
}

int ProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProfileModel::regionText(const QString &regionCode) const
{
    for (const SellerCloudClient::Region &region : m_regions) {
        if (region.code != regionCode)
            continue;
        if (!region.catalogRegion.isEmpty())
            return tr("%1 → %2").arg(region.code, m_catalog.regionName(region.catalogRegion));
        return region.city.isEmpty() ? region.code : tr("%1 (%2)").arg(region.code, region.city);
    }
    return regionCode;
}

QString ProfileModel::sizeText(const SellerCloudClient::Profile &profile)
{
    const QLocale locale;
    QString text = tr("%1 vCPU · %2 GiB · %3 GiB", "vCPUs, memory, disk")
                       .arg(locale.toString(profile.vcpus),
                            locale.toString(double(profile.memoryMiB) / 1024.0, 'g', 4),
                            locale.toString(profile.diskGiB));
    if (profile.gpus > 0)
        text += tr(" · %1 GPU").arg(locale.toString(profile.gpus));
    return text;
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SellerCloudClient::Profile &profile = rowAt(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == UsedColumn || index.column() == FreeColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ForegroundRole && index.column() == CatalogColumn && profile.instanceType.isEmpty())
        return QPalette().brush(QPalette::PlaceholderText);
    if (role == Qt::ToolTipRole && index.column() == SizeColumn)
        return tr("%1 vCPU, %2 MiB memory, %3 GiB disk, %4 GPU")
            .arg(locale.toString(profile.vcpus),
                 locale.toString(profile.memoryMiB),
                 locale.toString(profile.diskGiB),
                 locale.toString(profile.gpus));
    if (role == Qt::ToolTipRole && index.column() == CatalogColumn) {
        return profile.instanceType.isEmpty()
                   ? tr("No instance type of the catalog fits this profile: its slots cannot be sold.")
                   : m_catalog.sizeLabel(profile.instanceType);
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case SizeColumn: return profile.vcpus * 1'000'000LL + profile.memoryMiB;
        case UsedColumn: return profile.usedSlots;
        case FreeColumn: return profile.freeSlots;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case RegionColumn: return regionText(profile.regionCode);
    case ProfileColumn: return profile.name.isEmpty() ? profile.profileId : profile.name;
    case SizeColumn: return sizeText(profile);
    case CatalogColumn: return profile.instanceType.isEmpty() ? tr("Not mapped") : profile.instanceType;
    case UsedColumn: return locale.toString(profile.usedSlots);
    case FreeColumn: return tr("%1 of %2").arg(locale.toString(profile.freeSlots), locale.toString(profile.totalSlots));
    case ColumnCount: break;
    }
    return {};
}

QVariant ProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RegionColumn: return tr("Region");
    case ProfileColumn: return tr("Profile");
    case SizeColumn: return tr("Size");
    case CatalogColumn: return tr("Sold as");
    case UsedColumn: return tr("Used");
    case FreeColumn: return tr("Free");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sc::ui
