#pragma once

#include "protocol/BillingDto.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// A seller's monthly statements, newest first: number, month, gross, the
// broker's commission, net, and whether it was paid out.
class StatementModel final : public KeyedTableModel<protocol::SellerStatement>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementModel)

public:
    enum Column { NumberColumn, PeriodColumn, GrossColumn, CommissionColumn, NetColumn, PaidColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit StatementModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const protocol::SellerStatement &statement) const override { return QString::number(statement.id); }
};

} // namespace sc::ui
