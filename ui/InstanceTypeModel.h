#pragma once

#include "protocol/CatalogDto.h"

#include <QAbstractTableModel>
#include <QList>

namespace sc::ui {

// The catalog's instance types as a table. Display text is formatted for
// people (localized numbers, RAM in GiB, family names); SortRole holds the raw
// value so a QSortFilterProxyModel sorts numbers as numbers.
class InstanceTypeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTypeModel)

public:
    enum Column { IdColumn, NameColumn, FamilyColumn, VcpuColumn, MemoryColumn, DiskColumn, GpuColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit InstanceTypeModel(QObject *parent = nullptr);

    void setInstanceTypes(QList<protocol::InstanceType> types);
    const QList<protocol::InstanceType> &instanceTypes() const { return m_types; }
    void clear();

    // "General purpose" for "general"; unknown families are shown as they come.
    static QString familyDisplayName(const QString &family);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<protocol::InstanceType> m_types;
};

} // namespace sc::ui
