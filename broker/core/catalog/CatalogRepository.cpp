#include "core/catalog/CatalogRepository.h"

#include "core/store/Database.h"

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

const QString kTypeColumns = u"id, name, family, vcpus, memory_mib, disk_gib, gpus"_s;
const QString kRegionColumns = u"id, name, country_code, city, latitude, longitude"_s;

protocol::InstanceType readType(const DbQuery &query)
{
    return protocol::InstanceType{query.value(0).toString(),
                                  query.value(1).toString(),
                                  query.value(2).toString(),
                                  query.value(3).toInt(),
                                  query.value(4).toInt(),
                                  query.value(5).toInt(),
                                  query.value(6).toInt()};
}

protocol::Region readRegion(const DbQuery &query)
{
    return protocol::Region{query.value(0).toString(),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toString(),
                            query.value(4).toDouble(),
                            query.value(5).toDouble()};
}

} // namespace

CatalogRepository::CatalogRepository(Database &database)
    : m_database(database)
{
}

protocol::Catalog CatalogRepository::load()
{
    return cache().catalog;
}

const CatalogRepository::Cache &CatalogRepository::cache()
{
    const auto now = std::chrono::steady_clock::now();
    if (m_cache && now - m_cache->loadedAt < kLifetime)
        return *m_cache;
    Cache cache;
    cache.catalog = read();
    for (qsizetype i = 0; i < cache.catalog.instanceTypes.size(); ++i)
        cache.typeIndex.insert(cache.catalog.instanceTypes.at(i).id, i);
    for (qsizetype i = 0; i < cache.catalog.regions.size(); ++i)
        cache.regionIndex.insert(cache.catalog.regions.at(i).id, i);
    cache.loadedAt = now;
    m_cache = std::move(cache);
    return *m_cache;
}

protocol::Catalog CatalogRepository::read()
{
    protocol::Catalog catalog;
    DbQuery types = m_database.exec(u"SELECT %1 FROM instance_types ORDER BY sort_order, id"_s.arg(kTypeColumns));
    while (types.next())
        catalog.instanceTypes.append(readType(types));
    DbQuery regions = m_database.exec(u"SELECT %1 FROM regions ORDER BY sort_order, id"_s.arg(kRegionColumns));
    while (regions.next())
        catalog.regions.append(readRegion(regions));
    return catalog;
}

std::optional<protocol::InstanceType> CatalogRepository::findInstanceType(const QString &id)
{
    const Cache &current = cache();
    const auto found = current.typeIndex.constFind(id);
    if (found == current.typeIndex.cend())
        return std::nullopt;
    return current.catalog.instanceTypes.at(*found);
}

std::optional<protocol::Region> CatalogRepository::findRegion(const QString &id)
{
    const Cache &current = cache();
    const auto found = current.regionIndex.constFind(id);
    if (found == current.regionIndex.cend())
        return std::nullopt;
    return current.catalog.regions.at(*found);
}

bool CatalogRepository::addInstanceType(const protocol::InstanceType &type)
{
    Transaction transaction(m_database);
    if (m_database.exec(u"SELECT 1 FROM instance_types WHERE id = ?"_s, {type.id}).next())
        return false;
    m_cache.reset();
    m_database.exec(u"INSERT INTO instance_types (id, name, family, vcpus, memory_mib, disk_gib, gpus, sort_order) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM instance_types))"_s,
                    {type.id, type.name, type.family, type.vcpus, type.memoryMiB, type.diskGiB, type.gpus});
    transaction.commit();
    return true;
}

bool CatalogRepository::addRegion(const protocol::Region &region)
{
    Transaction transaction(m_database);
    if (m_database.exec(u"SELECT 1 FROM regions WHERE id = ?"_s, {region.id}).next())
        return false;
    m_cache.reset();
    m_database.exec(u"INSERT INTO regions (id, name, country_code, city, latitude, longitude, sort_order) "
                    "VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM regions))"_s,
                    {region.id, region.name, region.countryCode, region.city, region.latitude, region.longitude});
    transaction.commit();
    return true;
}

} // namespace sc::broker
