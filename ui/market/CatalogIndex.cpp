#include "ui/market/CatalogIndex.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sc::ui {

CatalogIndex::CatalogIndex(protocol::Catalog catalog)
    : m_catalog(std::move(catalog))
{
    for (qsizetype i = 0; i < m_catalog.instanceTypes.size(); ++i)
        m_types.insert(m_catalog.instanceTypes.at(i).id, i);
    for (qsizetype i = 0; i < m_catalog.regions.size(); ++i)
        m_regions.insert(m_catalog.regions.at(i).id, i);
}

const protocol::InstanceType *CatalogIndex::type(const QString &id) const
{
    const auto found = m_types.constFind(id);
    return found == m_types.constEnd() ? nullptr : &m_catalog.instanceTypes.at(*found);
}

const protocol::Region *CatalogIndex::region(const QString &id) const
{
    const auto found = m_regions.constFind(id);
    return found == m_regions.constEnd() ? nullptr : &m_catalog.regions.at(*found);
}

QString CatalogIndex::regionName(const QString &id) const
{
    const protocol::Region *found = region(id);
    return found && !found->name.isEmpty() ? found->name : id;
}

QString CatalogIndex::location(const QString &regionId) const
{
    const protocol::Region *found = region(regionId);
    if (!found)
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(found->countryCode);
    const QString country = territory == QLocale::AnyTerritory ? found->countryCode
                                                               : QLocale::territoryToString(territory);
    if (found->city.isEmpty())
        return country;
    return tr("%1, %2", "city, country").arg(found->city, country);
}

QString CatalogIndex::instrumentLabel(const QString &typeId, const QString &regionId) const
{
    return tr("%1 in %2", "instance type in region").arg(typeId, regionName(regionId));
}

QString CatalogIndex::sizeLabel(const QString &typeId) const
{
    const protocol::InstanceType *found = type(typeId);
    if (!found)
        return {};
    const QLocale locale;
    const QString memory = locale.toString(found->memoryMiB / 1024.0, 'g', QLocale::FloatingPointShortest);
    if (found->gpus > 0)
        return tr("%1 vCPU · %2 GiB · %3 GPU").arg(locale.toString(found->vcpus), memory, locale.toString(found->gpus));
    return tr("%1 vCPU · %2 GiB").arg(locale.toString(found->vcpus), memory);
}

QStringList CatalogIndex::countryCodes() const
{
    QStringList codes;
    for (const protocol::Region &region : m_catalog.regions) {
        if (!region.countryCode.isEmpty() && !codes.contains(region.countryCode))
            codes.append(region.countryCode);
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

QStringList CatalogIndex::regionIdsOfCountry(const QString &countryCode) const
{
    QStringList ids;
    for (const protocol::Region &region : m_catalog.regions) {
        if (region.countryCode == countryCode)
            ids.append(region.id);
    }
    return ids;
}

} // namespace sc::ui
