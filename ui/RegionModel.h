#pragma once

#include "protocol/CatalogDto.h"

#include <QAbstractTableModel>
#include <QList>

namespace sc::ui {

// The catalog's regions as a table: where capacity is sold. Coordinates are
// shown as 50.11° N / 8.68° E; SortRole holds the raw values.
class RegionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionModel)

public:
    enum Column { IdColumn, NameColumn, CityColumn, CountryColumn, LatitudeColumn, LongitudeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit RegionModel(QObject *parent = nullptr);

    void setRegions(QList<protocol::Region> regions);
    const QList<protocol::Region> &regions() const { return m_regions; }
    void clear();

    // "Germany (DE)"; the bare code when Qt does not know it.
    static QString countryDisplayName(const QString &countryCode);
    static QString formatLatitude(double latitude);
    static QString formatLongitude(double longitude);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<protocol::Region> m_regions;
};

} // namespace sc::ui
