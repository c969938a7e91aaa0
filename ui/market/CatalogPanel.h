#pragma once

#include "protocol/CatalogDto.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sc::ui {

class InstanceTypeModel;
class RegionModel;

// The broker's catalog next to the market: instance types and regions in two
// sortable tables (one tab each) with one filter for both.
class CatalogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPanel)

public:
    explicit CatalogPanel(QWidget *parent = nullptr);

    void setCatalog(const protocol::Catalog &catalog, const QDateTime &loadedAt);
    void clear();

private:
    void applyFilter(const QString &text);
    void updateSummary();
    QWidget *createTableSection(QTableView *table, QSortFilterProxyModel *proxy, int stretchColumn);

    InstanceTypeModel *m_instanceTypes;
    RegionModel *m_regions;
    QSortFilterProxyModel *m_instanceTypeProxy;
    QSortFilterProxyModel *m_regionProxy;
    QTableView *m_instanceTypeTable;
    QTableView *m_regionTable;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QDateTime m_loadedAt;
};

} // namespace sc::ui
