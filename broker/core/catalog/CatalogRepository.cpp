#include "core/catalog/CatalogRepository.h"

#include "core/store/Database.h"

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

const QString kTypeColumns = u"id, name, family, vcpus, memory_mib, disk_gib, gpus"_s;
const QString kRegionColumns = u"id, name, country_code, city, latitude, longitude"_s;

protocol::InstanceType readType(const QSqlQuery &query)
{
    return protocol::InstanceType{query.value(0).toString(),
                                  query.value(1).toString(),
                                  query.value(2).toString(),
                                  query.value(3).toInt(),
                                  query.value(4).toInt(),
                                  query.value(5).toInt(),
                                  query.value(6).toInt()};
}

protocol::Region readRegion(const QSqlQuery &query)
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
    protocol::Catalog catalog;
    QSqlQuery types = m_database.exec(u"SELECT %1 FROM instance_types ORDER BY sort_order, id"_s.arg(kTypeColumns));
    while (types.next())
        catalog.instanceTypes.append(readType(types));
    QSqlQuery regions = m_database.exec(u"SELECT %1 FROM regions ORDER BY sort_order, id"_s.arg(kRegionColumns));
    while (regions.next())
        catalog.regions.append(readRegion(regions));
    return catalog;
}

std::optional<protocol::InstanceType> CatalogRepository::findInstanceType(const QString &id)
{
    QSqlQuery query = m_database.exec(u"SELECT %1 FROM instance_types WHERE id = ?"_s.arg(kTypeColumns), {id});
    if (!query.next())
        return std::nullopt;
    return readType(query);
}

std::optional<protocol::Region> CatalogRepository::findRegion(const QString &id)
{
    QSqlQuery query = m_database.exec(u"SELECT %1 FROM regions WHERE id = ?"_s.arg(kRegionColumns), {id});
    if (!query.next())
        return std::nullopt;
    return readRegion(query);
}

bool CatalogRepository::addInstanceType(const protocol::InstanceType &type)
{
    Transaction transaction(m_database);
    if (findInstanceType(type.id))
        return false;
    m_database.exec(u"INSERT INTO instance_types (id, name, family, vcpus, memory_mib, disk_gib, gpus, sort_order) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM instance_types))"_s,
                    {type.id, type.name, type.family, type.vcpus, type.memoryMiB, type.diskGiB, type.gpus});
    transaction.commit();
    return true;
}

bool CatalogRepository::addRegion(const protocol::Region &region)
{
    Transaction transaction(m_database);
    if (findRegion(region.id))
        return false;
    m_database.exec(u"INSERT INTO regions (id, name, country_code, city, latitude, longitude, sort_order) "
                    "VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM regions))"_s,
                    {region.id, region.name, region.countryCode, region.city, region.latitude, region.longitude});
    transaction.commit();
    return true;
}

} // namespace sc::broker
