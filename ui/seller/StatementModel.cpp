#include "ui/seller/StatementModel.h"

#include "ui/market/MoneyFormat.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::ui {

StatementModel::StatementModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int StatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const protocol::SellerStatement &statement = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn: return statement.number;
        case PeriodColumn: {
            const QDate month = QDate::fromString(statement.period + u"-01"_s, Qt::ISODate);
            return month.isValid() ? QLocale().toString(month, u"MMMM yyyy"_s) : statement.period;
        }
        case GrossColumn: return MoneyFormat::amount(statement.gross, statement.currency);
        case CommissionColumn: return MoneyFormat::amount(statement.commission, statement.currency);
        case NetColumn: return MoneyFormat::amount(statement.net, statement.currency);
        case PaidColumn: return statement.payoutId ? tr("Paid out") : tr("Payable");
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn: return statement.number;
        case PeriodColumn: return statement.period;
        case GrossColumn: return statement.gross;
        case CommissionColumn: return statement.commission;
        case NetColumn: return statement.net;
        case PaidColumn: return statement.payoutId.has_value();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= GrossColumn && index.column() <= NetColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= GrossColumn && section <= NetColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Statement");
    case PeriodColumn: return tr("Month");
    case GrossColumn: return tr("Gross");
    case CommissionColumn: return tr("Commission");
    case NetColumn: return tr("Net");
    case PaidColumn: return tr("Status");
    default: return {};
    }
}

} // namespace sc::ui
