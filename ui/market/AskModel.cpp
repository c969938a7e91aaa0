#include "ui/market/AskModel.h"

#include "ui/market/BidModel.h"
#include "ui/market/MoneyFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

bool isNumeric(int column)
{
    return column == AskModel::IdColumn || column == AskModel::PriceColumn || column == AskModel::OpenColumn
           || column == AskModel::LeaseColumn;
}

} // namespace

AskModel::AskModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int AskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Ask &ask = rowAt(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QString::number(ask.id); // an id, not an amount: no digit grouping
        case TypeColumn: return ask.instanceType;
        case RegionColumn: return m_catalog.regionName(ask.region);
        case PriceColumn: return MoneyFormat::perHour(ask.pricePerHour, ask.currency);
        case OpenColumn: return tr("%1 of %2").arg(locale.toString(ask.openQuantity), locale.toString(ask.quantity));
        case LeaseColumn:
            return tr("%1–%2").arg(locale.toString(ask.minLeaseHours), locale.toString(ask.maxLeaseHours));
        case UntilColumn: return locale.toString(ask.availableUntil.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn: return BidModel::statusName(ask.status);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn: return ask.id;
        case TypeColumn: return ask.instanceType;
        case RegionColumn: return m_catalog.regionName(ask.region);
        case PriceColumn: return ask.pricePerHour;
        case OpenColumn: return ask.openQuantity;
        case LeaseColumn: return ask.maxLeaseHours;
        case UntilColumn: return ask.availableUntil;
        case StatusColumn: return ask.status;
        }
        break;
    case IdRole: return ask.id;
    case Qt::ToolTipRole:
        if (index.column() == RegionColumn)
            return m_catalog.location(ask.region);
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default: break;
    }
    return {};
}

QVariant AskModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case IdColumn: return tr("Ask");
    case TypeColumn: return tr("Type");
    case RegionColumn: return tr("Region");
    case PriceColumn: return tr("Price (per h)");
    case OpenColumn: return tr("Open (slots)");
    case LeaseColumn: return tr("Lease (h)");
    case UntilColumn: return tr("Available until");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace sc::ui
