#include "ui/instances/InstanceModel.h"

#include "ui/instances/BadgeDelegate.h"
#include "ui/market/MoneyFormat.h"

#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;
using sc::client::InstanceClient;

namespace sc::ui {

InstanceModel::InstanceModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void InstanceModel::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void InstanceModel::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, TimeLeftColumn), index(rowCount() - 1, TimeLeftColumn), {Qt::DisplayRole, SortRole});
}

int InstanceModel::rowOfLease(qint64 leaseId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).leaseId == leaseId)
            return row;
    }
    return -1;
}

int InstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 InstanceModel::secondsLeft(const InstanceClient::Instance &instance) const
{
    if (!InstanceClient::isLive(instance.state) || instance.leaseStatus == u"ended"
        || instance.leaseStatus == u"cancelled")
        return 0;
    return std::max<qint64>(0, m_now.secsTo(instance.leaseEndsAt));
}

QVariant InstanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceClient::Instance &instance = rowAt(index.row());
    switch (role) {
    case IdRole: return instance.id;
    case LeaseIdRole: return instance.leaseId;
    case StateRole: return instance.state;
    case BadgeDelegate::BadgeColorRole:
        if (index.column() == StateColumn)
            return stateColor(instance.state, QPalette());
        return {};
    case Qt::TextAlignmentRole: {
        const bool number = index.column() == PriceColumn || index.column() == TimeLeftColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && instance.onSale)
            return tr("The time left on this lease is offered for resale.");
        if (index.column() == StateColumn && instance.resold)
            return tr("The time left on this lease was sold to another buyer.");
        if (index.column() == StateColumn && !instance.stateReason.isEmpty())
            return reasonText(instance.stateReason);
        if (index.column() == TimeLeftColumn && instance.leaseEndsAt.isValid())
            return tr("The lease ends %1")
                .arg(QLocale().toString(instance.leaseEndsAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == RegionColumn)
            return m_catalog.location(instance.region);
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case StateColumn: return int(InstanceClient::stateNames().indexOf(instance.state));
        case ProviderColumn: return instance.providerRating;
        case PriceColumn: return instance.pricePerHour;
        case TimeLeftColumn: return secondsLeft(instance);
        default: break;
        }
        role = Qt::DisplayRole;
        break;
    default: break;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case StateColumn: return stateAndSaleText(instance);
    case TypeColumn: return instance.instanceType;
    case RegionColumn: return m_catalog.regionName(instance.region);
    case ProviderColumn: return providerText(instance);
    case PriceColumn: return MoneyFormat::perHour(instance.pricePerHour, instance.currency);
    case TimeLeftColumn:
        return InstanceClient::isLive(instance.state) ? timeLeftText(secondsLeft(instance)) : tr("Ended");
    case AddressColumn: return instance.address.isEmpty() ? tr("—") : instance.address;
    case ColumnCount: break;
    }
    return {};
}

QVariant InstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StateColumn: return tr("State");
    case TypeColumn: return tr("Type");
    case RegionColumn: return tr("Region");
    case ProviderColumn: return tr("Provider");
    case PriceColumn: return tr("Price");
    case TimeLeftColumn: return tr("Time left");
    case AddressColumn: return tr("Address");
    case ColumnCount: break;
    }
    return {};
}

QString InstanceModel::stateText(const QString &state)
{
    if (state == u"pending")
        return tr("Pending");
    if (state == u"provisioning")
        return tr("Provisioning");
    if (state == u"running")
        return tr("Running");
    if (state == u"stopping")
        return tr("Stopping");
    if (state == u"terminated")
        return tr("Terminated");
    if (state == u"failed")
        return tr("Failed");
    if (state == u"lost")
        return tr("Lost");
    return state;
}

QString InstanceModel::saleText(const InstanceClient::Instance &instance)
{
    if (instance.resold)
        return tr("Resold");
    if (instance.onSale)
        return tr("On sale");
    return {};
}

QString InstanceModel::stateAndSaleText(const InstanceClient::Instance &instance)
{
    const QString sale = saleText(instance);
    return sale.isEmpty() ? stateText(instance.state) : tr("%1 · %2").arg(stateText(instance.state), sale);
}

QString InstanceModel::reasonText(const QString &reason)
{
    if (reason == u"provider_not_connected")
        return tr("The provider's cloud is not connected to the broker.");
    if (reason == u"no_matching_profile")
        return tr("The provider's cloud has no hardware profile for this instance type.");
    if (reason == u"not_accepting")
        return tr("The provider's cloud does not accept new instances.");
    if (reason == u"not_running")
        return tr("The instance is not running.");
    return reason;
}

QColor InstanceModel::stateColor(const QString &state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (state == u"running")
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    if (state == u"pending" || state == u"provisioning" || state == u"stopping")
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb4, 0x5f, 0x06);
    if (state == u"failed" || state == u"lost")
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x61, 0x61, 0x61);
}

QString InstanceModel::timeLeftText(qint64 seconds)
{
    if (seconds <= 0)
        return tr("Ended");
    const QLocale locale;
    const qint64 days = seconds / 86'400;
    const qint64 hours = seconds % 86'400 / 3'600;
    const qint64 minutes = seconds % 3'600 / 60;
    const qint64 rest = seconds % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(locale.toString(days), locale.toString(hours));
    if (hours > 0)
        return tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(minutes));
    return tr("%1 min %2 s").arg(locale.toString(minutes), u"%1"_s.arg(rest, 2, 10, QLatin1Char('0')));
}

QString InstanceModel::providerText(const InstanceClient::Instance &instance)
{
    return tr("★ %1 · %2").arg(QLocale().toString(instance.providerRating, 'f', 1), instance.providerPseudonym);
}

} // namespace sc::ui
