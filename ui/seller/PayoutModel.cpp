#include "ui/seller/PayoutModel.h"

#include "ui/market/MoneyFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::ui {

PayoutModel::PayoutModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int PayoutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const protocol::Payout &payout = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn: return QLocale().toString(payout.createdAt.toLocalTime(), QLocale::ShortFormat);
        case AmountColumn: return MoneyFormat::amount(payout.amount, payout.currency);
        case StatusColumn: return payout.status == u"paid" ? tr("Paid") : payout.status;
        case ReferenceColumn: return payout.reference;
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn: return payout.createdAt;
        case AmountColumn: return payout.amount;
        case StatusColumn: return payout.status;
        case ReferenceColumn: return payout.reference;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PayoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Paid on");
    case AmountColumn: return tr("Amount");
    case StatusColumn: return tr("Status");
    case ReferenceColumn: return tr("Transfer reference");
    default: return {};
    }
}

} // namespace sc::ui
