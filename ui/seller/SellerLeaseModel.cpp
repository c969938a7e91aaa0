#include "ui/seller/SellerLeaseModel.h"

#include "ui/instances/BadgeDelegate.h"
#include "ui/instances/InstanceModel.h"
#include "ui/market/MoneyFormat.h"

#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;
using sc::client::SellerCloudClient;

namespace sc::ui {

SellerLeaseModel::SellerLeaseModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void SellerLeaseModel::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SellerLeaseModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, EndColumn), index(rowCount() - 1, EndColumn), {Qt::DisplayRole});
}

int SellerLeaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SellerLeaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SellerCloudClient::SellerLease &lease = rowAt(index.row());
    const QLocale locale;
    const QString state = lease.instanceState.isEmpty() ? lease.status : lease.instanceState;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == PriceColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == BadgeDelegate::BadgeColorRole && index.column() == StateColumn)
        return InstanceModel::stateColor(state, QPalette());
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ProviderColumn: return tr("Buyers see it as %1").arg(lease.pseudonym);
        case TypeColumn: return m_catalog.sizeLabel(lease.instanceType);
        case EndColumn:
            return lease.renewableHours > 0
                       ? tr("Renewable for up to %1 h in all (%2 h renewed so far)")
                             .arg(locale.toString(lease.renewableHours), locale.toString(lease.renewedHours))
                       : tr("Not renewable");
        case StateColumn:
            return lease.instanceState.isEmpty() ? tr("Sold by hand: the broker runs no instance for it.")
                                                 : tr("The instance on your cloud is %1")
                                                       .arg(InstanceModel::stateText(lease.instanceState).toLower());
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case StartColumn: return lease.startsAt.toMSecsSinceEpoch();
        case EndColumn: return lease.endsAt.toMSecsSinceEpoch();
        case PriceColumn: return lease.pricePerHour;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ProviderColumn: return lease.providerName.isEmpty() ? lease.pseudonym : lease.providerName;
    case TypeColumn: return lease.instanceType;
    case RegionColumn: {
        const QString name = m_catalog.regionName(lease.region);
        return name.isEmpty() ? lease.region : name;
    }
    case StartColumn: return locale.toString(lease.startsAt.toLocalTime(), QLocale::ShortFormat);
    case EndColumn: {
        const QString end = locale.toString(lease.endsAt.toLocalTime(), QLocale::ShortFormat);
        if (!m_now.isValid())
            return end;
        return tr("%1 (%2 left)")
            .arg(end, InstanceModel::timeLeftText(std::max<qint64>(0, m_now.secsTo(lease.endsAt))));
    }
    case PriceColumn: return MoneyFormat::perHour(lease.pricePerHour, lease.currency);
    case StateColumn:
        return lease.instanceState.isEmpty() ? tr("No instance") : InstanceModel::stateText(lease.instanceState);
    case ColumnCount: break;
    }
    return {};
}

QVariant SellerLeaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ProviderColumn: return tr("Provider");
    case TypeColumn: return tr("Type");
    case RegionColumn: return tr("Region");
    case StartColumn: return tr("Started");
    case EndColumn: return tr("Ends");
    case PriceColumn: return tr("Locked price");
    case StateColumn: return tr("Instance");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sc::ui
