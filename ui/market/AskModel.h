#pragma once

#include "protocol/MarketDto.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// A seller's asks: price, open and total slots, availability, status.
class AskModel final : public KeyedTableModel<protocol::Ask>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskModel)

public:
    enum Column {
        IdColumn,
        TypeColumn,
        RegionColumn,
        PriceColumn,
        OpenColumn,
        LeaseColumn,
        UntilColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit AskModel(QObject *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog) { m_catalog = catalog; }
    void setAsks(const QList<protocol::Ask> &asks) { setRows(asks); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const protocol::Ask &ask) const override { return QString::number(ask.id); }

private:
    CatalogIndex m_catalog;
};

} // namespace sc::ui
