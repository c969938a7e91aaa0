#pragma once

#include "protocol/MarketDto.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// The user's bids: what they buy, at what maximum, how much is filled.
class BidModel final : public KeyedTableModel<protocol::Bid>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BidModel)

public:
    enum Column {
        IdColumn,
        TypeColumn,
        RegionsColumn,
        MaxPriceColumn,
        FilledColumn,
        DurationColumn,
        OrderColumn,
        StatusColumn,
        PlacedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit BidModel(QObject *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog) { m_catalog = catalog; }
    void setBids(const QList<protocol::Bid> &bids) { setRows(bids); }

    // "Limit (rests in the book)" for gtc, "Buy now" for ioc, ...
    static QString orderTypeName(const QString &timeInForce);
    static QString statusName(const QString &status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const protocol::Bid &bid) const override { return QString::number(bid.id); }

private:
    CatalogIndex m_catalog;
};

} // namespace sc::ui
