#pragma once

#include "protocol/CatalogDto.h"

#include <QHash>

#include <chrono>
#include <optional>

namespace sc::broker {

class Database;

// The catalog of instance types and regions, as stored. Read on every order,
// changed by an operator now and then: it is kept in memory, reloaded after
// every change made here and at least every kLifetime (another broker process
// sharing the database may have added to it).
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

    static constexpr std::chrono::seconds kLifetime{60};

private:
    struct Cache
    {
        protocol::Catalog catalog;
        QHash<QString, qsizetype> typeIndex;
        QHash<QString, qsizetype> regionIndex;
        std::chrono::steady_clock::time_point loadedAt;
    };
    const Cache &cache();
    protocol::Catalog read();

    Database &m_database;
    std::optional<Cache> m_cache;
};

} // namespace sc::broker
