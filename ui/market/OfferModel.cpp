#include "ui/market/OfferModel.h"

#include "ui/market/MoneyFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

bool isNumeric(int column)
{
    return column == OfferModel::RatingColumn || column == OfferModel::PriceColumn
           || column == OfferModel::AvailableColumn || column == OfferModel::LeaseColumn;
}

} // namespace

OfferModel::OfferModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int OfferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Offer &offer = rowAt(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn: return offer.provider.pseudonym;
        case RatingColumn: return QString(u"★ "_s + locale.toString(offer.provider.rating, 'f', 1));
        case TypeColumn: return offer.instanceType;
        case RegionColumn: return m_catalog.regionName(offer.region);
        case PriceColumn: return MoneyFormat::perHour(offer.pricePerHour, offer.currency);
        case AvailableColumn: return locale.toString(offer.availableQuantity);
        case LeaseColumn:
            return tr("%1–%2").arg(locale.toString(offer.minLeaseHours), locale.toString(offer.maxLeaseHours));
        case UntilColumn: return locale.toString(offer.availableUntil.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case ProviderColumn: return offer.provider.pseudonym;
        case RatingColumn: return offer.provider.rating;
        case TypeColumn: return offer.instanceType;
        case RegionColumn: return m_catalog.regionName(offer.region);
        case PriceColumn: return offer.pricePerHour;
        case AvailableColumn: return offer.availableQuantity;
        case LeaseColumn: return offer.maxLeaseHours;
        case UntilColumn: return offer.availableUntil;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RegionColumn)
            return m_catalog.location(offer.region);
        if (index.column() == TypeColumn)
            return m_catalog.sizeLabel(offer.instanceType);
        if (index.column() == ProviderColumn)
            return tr("Providers are shown by a pseudonym; the broker never tells buyers who they are.");
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default: break;
    }
    return {};
}

QVariant OfferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn: return tr("Provider");
    case RatingColumn: return tr("Rating");
    case TypeColumn: return tr("Type");
    case RegionColumn: return tr("Region");
    case PriceColumn: return tr("Price (per h)");
    case AvailableColumn: return tr("Available (slots)");
    case LeaseColumn: return tr("Lease (h)");
    case UntilColumn: return tr("Available until");
    }
    return {};
}

} // namespace sc::ui
