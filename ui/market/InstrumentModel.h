#pragma once

#include "protocol/MarketDto.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// The market's instruments (instance type × region, the region with its
// country; city and country in the tooltip) with their last price,
// 24-hour change and volume, best bid and ask, and open slots. Refreshing
// updates rows in place (rows that stay keep their persistent indexes, so a
// view keeps its selection); SortRole holds raw values; money is right-aligned.
class InstrumentModel final : public KeyedTableModel<protocol::InstrumentSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstrumentModel)

public:
    enum Column {
        TypeColumn,
        RegionColumn,
        LastPriceColumn,
        ChangeColumn,
        VolumeColumn,
        BestBidColumn,
        BestAskColumn,
        OpenSlotsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, InstanceTypeRole, RegionRole };

    explicit InstrumentModel(QObject *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    void setInstruments(const QList<protocol::InstrumentSummary> &instruments) { setRows(instruments); }

    static QString key(const QString &instanceType, const QString &region) { return instanceType + u'|' + region; }
    const protocol::InstrumentSummary *instrument(const QString &instanceType, const QString &region) const;
    int rowOf(const QString &instanceType, const QString &region) const { return rowOfKey(key(instanceType, region)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const protocol::InstrumentSummary &row) const override { return key(row.instanceType, row.region); }

private:
    CatalogIndex m_catalog;
};

} // namespace sc::ui
