#include "ui/market/InstrumentModel.h"

#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

bool isNumeric(int column)
{
    return column >= InstrumentModel::LastPriceColumn && column <= InstrumentModel::OpenSlotsColumn;
}

// No price sorts below every price (an invalid QVariant would not sort at all).
QVariant optionalCents(const std::optional<qint64> &cents)
{
    return cents.value_or(std::numeric_limits<qint64>::min());
}

// "Frankfurt, DE"
QString regionText(const CatalogIndex &catalog, const QString &region)
{
    const protocol::Region *found = catalog.region(region);
    if (!found)
        return region;
    return InstrumentModel::tr("%1, %2", "region name, country code").arg(found->name, found->countryCode);
}

QString perHourOrDash(const std::optional<qint64> &cents, const QString &currency)
{
    return cents ? MoneyFormat::perHour(*cents, currency) : u"—"_s;
}

} // namespace

InstrumentModel::InstrumentModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void InstrumentModel::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const protocol::InstrumentSummary *InstrumentModel::instrument(const QString &instanceType, const QString &region) const
{
    const int row = rowOf(instanceType, region);
    return row < 0 ? nullptr : &rowAt(row);
}

int InstrumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstrumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::InstrumentSummary &row = rowAt(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn: return row.instanceType;
        case RegionColumn: return regionText(m_catalog, row.region);
        case LastPriceColumn: return perHourOrDash(row.lastPrice, row.currency);
        case ChangeColumn: {
            // "+6.7 %"; the amount when there is no earlier price to compare with.
            if (!row.change24h)
                return u"—"_s;
            const qint64 before = row.lastPrice.value_or(0) - *row.change24h;
            if (before <= 0)
                return MoneyFormat::signedPerHour(*row.change24h, row.currency);
            const double percent = 100.0 * double(*row.change24h) / double(before);
            const QString sign = *row.change24h > 0 ? u"+"_s : *row.change24h < 0 ? u"−"_s : QString();
            return tr("%1 %", "percent").arg(sign + locale.toString(std::abs(percent), 'f', 1));
        }
        case VolumeColumn: return locale.toString(row.volume24h);
        case BestBidColumn: return perHourOrDash(row.bestBid, row.currency);
        case BestAskColumn: return perHourOrDash(row.bestAsk, row.currency);
        case OpenSlotsColumn: return locale.toString(row.openAskQuantity);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TypeColumn: return row.instanceType;
        case RegionColumn: return regionText(m_catalog, row.region);
        case LastPriceColumn: return optionalCents(row.lastPrice);
        case ChangeColumn: return optionalCents(row.change24h);
        case VolumeColumn: return row.volume24h;
        case BestBidColumn: return optionalCents(row.bestBid);
        case BestAskColumn: return optionalCents(row.bestAsk);
        case OpenSlotsColumn: return row.openAskQuantity;
        }
        break;
    case InstanceTypeRole: return row.instanceType;
    case RegionRole: return row.region;
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && row.change24h && *row.change24h != 0) {
            const QPalette palette = QGuiApplication::palette();
            return *row.change24h > 0 ? MarketColors::rising(palette) : MarketColors::falling(palette);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TypeColumn)
            return m_catalog.sizeLabel(row.instanceType);
        if (index.column() == ChangeColumn && row.change24h)
            return tr("%1 against 24 hours ago").arg(MoneyFormat::signedPerHour(*row.change24h, row.currency));
        if (index.column() == RegionColumn) {
            const QString location = m_catalog.location(row.region);
            return location.isEmpty() ? row.region : tr("%1 (%2)").arg(location, row.region);
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default: break;
    }
    return {};
}

QVariant InstrumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LastPriceColumn: return tr("Price of the last trade, per slot and hour");
        case ChangeColumn: return tr("Last price now against the last price 24 hours ago, in percent");
        case VolumeColumn: return tr("Slots traded in the last 24 hours");
        case BestBidColumn: return tr("Highest price a buyer is waiting to pay, per slot and hour");
        case BestAskColumn: return tr("Lowest price a seller asks, per slot and hour");
        case OpenSlotsColumn: return tr("Slots on offer right now");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Type");
    case RegionColumn: return tr("Region");
    case LastPriceColumn: return tr("Last\n(per h)");
    case ChangeColumn: return tr("24 h\nchange");
    case VolumeColumn: return tr("24 h volume\n(slots)");
    case BestBidColumn: return tr("Best bid\n(per h)");
    case BestAskColumn: return tr("Best ask\n(per h)");
    case OpenSlotsColumn: return tr("Open\n(slots)");
    }
    return {};
}

} // namespace sc::ui
