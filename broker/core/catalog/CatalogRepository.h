#pragma once

#include "protocol/CatalogDto.h"

#include <optional>

namespace sc::broker {

class Database;

// The catalog of instance types and regions, as stored.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database &database);

    protocol::Catalog load();
    std::optional<protocol::InstanceType> findInstanceType(const QString &id);
    std::optional<protocol::Region> findRegion(const QString &id);
    // Adds an entry at the end of the catalog's order; false if the id exists.
    bool addInstanceType(const protocol::InstanceType &type);
    bool addRegion(const protocol::Region &region);

private:
    Database &m_database;
};

} // namespace sc::broker
