#include "ui/market/BidModel.h"

#include "ui/market/MoneyFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

bool isNumeric(int column)
{
    return column == BidModel::IdColumn || column == BidModel::MaxPriceColumn || column == BidModel::FilledColumn
           || column == BidModel::DurationColumn;
}

} // namespace

BidModel::BidModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

QString BidModel::orderTypeName(const QString &timeInForce)
{
    if (timeInForce == u"gtc")
        return tr("Limit");
    if (timeInForce == u"ioc")
        return tr("Buy now");
    if (timeInForce == u"fok")
        return tr("All or nothing");
    return timeInForce;
}

QString BidModel::statusName(const QString &status)
{
    if (status == u"open")
        return tr("Open");
    if (status == u"filled")
        return tr("Filled");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"expired")
        return tr("Expired");
    if (status == u"withdrawn")
        return tr("Withdrawn");
    return status;
}

int BidModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BidModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Bid &bid = rowAt(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QString::number(bid.id); // an id, not an amount: no digit grouping
        case TypeColumn: return bid.instanceType;
        case RegionsColumn: {
            QStringList names;
            for (const QString &region : bid.regions)
                names.append(m_catalog.regionName(region));
            return names.join(u", "_s);
        }
        case MaxPriceColumn: return MoneyFormat::perHour(bid.maxPricePerHour, bid.currency);
        case FilledColumn:
            return tr("%1 of %2").arg(locale.toString(bid.filledQuantity), locale.toString(bid.quantity));
        case DurationColumn: return locale.toString(bid.durationHours);
        case OrderColumn: return orderTypeName(bid.timeInForce);
        case StatusColumn: return statusName(bid.status);
        case PlacedColumn: return locale.toString(bid.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn: return bid.id;
        case TypeColumn: return bid.instanceType;
        case RegionsColumn: return bid.regions.join(u',');
        case MaxPriceColumn: return bid.maxPricePerHour;
        case FilledColumn: return bid.filledQuantity;
        case DurationColumn: return bid.durationHours;
        case OrderColumn: return bid.timeInForce;
        case StatusColumn: return bid.status;
        case PlacedColumn: return bid.createdAt;
        }
        break;
    case IdRole: return bid.id;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default: break;
    }
    return {};
}

QVariant BidModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Bid");
    case TypeColumn: return tr("Type");
    case RegionsColumn: return tr("Regions");
    case MaxPriceColumn: return tr("Max price (per h)");
    case FilledColumn: return tr("Filled (slots)");
    case DurationColumn: return tr("Duration (h)");
    case OrderColumn: return tr("Order");
    case StatusColumn: return tr("Status");
    case PlacedColumn: return tr("Placed");
    }
    return {};
}

} // namespace sc::ui
