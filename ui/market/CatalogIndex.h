#pragma once

#include "protocol/CatalogDto.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace sc::ui {

// The broker's catalog looked up by id, for every market view that shows an
// instrument (instance type × region) to people.
class CatalogIndex
{
    Q_DECLARE_TR_FUNCTIONS(CatalogIndex)

public:
    CatalogIndex() = default;
    explicit CatalogIndex(protocol::Catalog catalog);

    const protocol::Catalog &catalog() const { return m_catalog; }
    bool isEmpty() const { return m_catalog.instanceTypes.isEmpty() && m_catalog.regions.isEmpty(); }
    const protocol::InstanceType *type(const QString &id) const;
    const protocol::Region *region(const QString &id) const;

    // "Frankfurt"; the id when the catalog does not know it.
    QString regionName(const QString &id) const;
    // "Frankfurt am Main, Germany"
    QString location(const QString &regionId) const;
    // "g1.small in Frankfurt"
    QString instrumentLabel(const QString &typeId, const QString &regionId) const;
    // "2 vCPU · 8 GiB"
    QString sizeLabel(const QString &typeId) const;
    // Country codes that have at least one region, sorted.
    QStringList countryCodes() const;
    QStringList regionIdsOfCountry(const QString &countryCode) const;

private:
    protocol::Catalog m_catalog;
    QHash<QString, qsizetype> m_types;
    QHash<QString, qsizetype> m_regions;
};

} // namespace sc::ui
