#include "ui/market/WatchModel.h"

#include "ui/market/MoneyFormat.h"
#include "ui/market/WatchDialog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::ui {

WatchModel::WatchModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void WatchModel::setCatalog(const CatalogIndex &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
}

int WatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Watch &watch = rowAt(index.row());
    const qint64 price = watch.filter.maxPricePerHour.value_or(0);
    if (role == IdRole)
        return watch.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == PriceColumn || index.column() == MatchingColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case PriceColumn: return price;
        case MatchingColumn: return watch.matchingNow;
        case NotifiedColumn: return watch.lastNotifiedAt;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == CriteriaColumn)
        role = Qt::DisplayRole;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case NameColumn: return watch.name;
    case CriteriaColumn: return WatchDialog::criteriaText(watch.filter, m_catalog);
    case PriceColumn: return MoneyFormat::perHour(price, {});
    case MatchingColumn: return locale.toString(watch.matchingNow);
    case NotifiedColumn:
        return watch.lastNotifiedAt.isValid()
                   ? locale.toString(watch.lastNotifiedAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("Never");
    case ColumnCount: break;
    }
    return {};
}

QVariant WatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case CriteriaColumn: return tr("Looks for");
    case PriceColumn: return tr("At most");
    case MatchingColumn: return tr("Matching now");
    case NotifiedColumn: return tr("Last notified");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sc::ui
