#pragma once

#include "protocol/MarketDto.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/KeyedTableModel.h"

namespace sc::ui {

// Search results: open offers as buyers see them. A provider appears only as
// its pseudonym and rating.
class OfferModel final : public KeyedTableModel<protocol::Offer>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferModel)

public:
    enum Column {
        ProviderColumn,
        RatingColumn,
        TypeColumn,
        RegionColumn,
        PriceColumn,
        AvailableColumn,
        LeaseColumn,
        UntilColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit OfferModel(QObject *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog) { m_catalog = catalog; }
    void setOffers(const QList<protocol::Offer> &offers) { setRows(offers); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const protocol::Offer &offer) const override { return QString::number(offer.id); }

private:
    CatalogIndex m_catalog;
};

} // namespace sc::ui
