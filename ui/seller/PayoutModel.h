#pragma once

#include "protocol/BillingDto.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// A seller's payouts, newest first: when, the amount, its state and the
// reference the bank transfer carries.
class PayoutModel final : public KeyedTableModel<protocol::Payout>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutModel)

public:
    enum Column { DateColumn, AmountColumn, StatusColumn, ReferenceColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit PayoutModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const protocol::Payout &payout) const override { return QString::number(payout.id); }
};

} // namespace sc::ui
