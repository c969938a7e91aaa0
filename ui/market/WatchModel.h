#pragma once

#include "protocol/WatchDto.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// The user's watches: name, what it looks for, the price, how many open
// offers match now and when it last raised a notification.
class WatchModel final : public KeyedTableModel<protocol::Watch>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchModel)

public:
    enum Column { NameColumn, CriteriaColumn, PriceColumn, MatchingColumn, NotifiedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit WatchModel(QObject *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const protocol::Watch &watch) const override { return QString::number(watch.id); }

private:
    CatalogIndex m_catalog;
};

} // namespace sc::ui
