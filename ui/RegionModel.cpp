#include "ui/RegionModel.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

constexpr int kCoordinateDecimals = 2;

bool isNumeric(int column)
{
    return column == RegionModel::LatitudeColumn || column == RegionModel::LongitudeColumn;
}

QString formatCoordinate(double value, const QString &positive, const QString &negative)
{
    return RegionModel::tr("%1° %2", "coordinate: value, compass direction")
        .arg(QLocale().toString(std::abs(value), 'f', kCoordinateDecimals), value < 0 ? negative : positive);
}

} // namespace

RegionModel::RegionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegionModel::setRegions(QList<protocol::Region> regions)
{
    beginResetModel();
    m_regions = std::move(regions);
    endResetModel();
}

void RegionModel::clear()
{
    setRegions({});
}

QString RegionModel::countryDisplayName(const QString &countryCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode);
    if (territory == QLocale::AnyTerritory)
        return countryCode;
    return tr("%1 (%2)", "country name (ISO code)").arg(QLocale::territoryToString(territory), countryCode);
}

QString RegionModel::formatLatitude(double latitude)
{
    return formatCoordinate(latitude, tr("N", "compass: north"), tr("S", "compass: south"));
}

QString RegionModel::formatLongitude(double longitude)
{
    return formatCoordinate(longitude, tr("E", "compass: east"), tr("W", "compass: west"));
}

int RegionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

int RegionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Region &region = m_regions.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return region.id;
        case NameColumn: return region.name;
        case CityColumn: return region.city;
        case CountryColumn: return countryDisplayName(region.countryCode);
        case LatitudeColumn: return formatLatitude(region.latitude);
        case LongitudeColumn: return formatLongitude(region.longitude);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn: return region.id;
        case NameColumn: return region.name;
        case CityColumn: return region.city;
        case CountryColumn: return countryDisplayName(region.countryCode);
        case LatitudeColumn: return region.latitude;
        case LongitudeColumn: return region.longitude;
        }
        break;
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default: break;
    }
    return {};
}

QVariant RegionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(isNumeric(section) ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                                                      : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn: return tr("The region's stable identifier, used in orders and the API");
        case LatitudeColumn:
        case LongitudeColumn: return tr("Approximate location of the region's data centers (WGS 84)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Region");
    case NameColumn: return tr("Name");
    case CityColumn: return tr("City");
    case CountryColumn: return tr("Country");
    case LatitudeColumn: return tr("Latitude");
    case LongitudeColumn: return tr("Longitude");
    }
    return {};
}

} // namespace sc::ui
