#pragma once

#include "protocol/BillingDto.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// The buyer's invoices and credit notes, newest first as the broker lists
// them: number, kind, period, when issued, the usage total with VAT, the
// credit at the end of the period.
class InvoiceModel final : public KeyedTableModel<protocol::Invoice>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceModel)

public:
    enum Column { NumberColumn, KindColumn, PeriodColumn, IssuedColumn, TotalColumn, ClosingColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit InvoiceModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "1 – 30 Nov 2026" for the period of a document (its end is exclusive).
    static QString periodText(const QDateTime &start, const QDateTime &end);

protected:
    QString keyOf(const protocol::Invoice &invoice) const override { return QString::number(invoice.id); }
};

} // namespace sc::ui
