#pragma once

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class CatalogRepository;

// GET /api/v1/catalog, /catalog/instance-types/{id}, /catalog/regions/{id};
// POST /catalog/instance-types and /catalog/regions add entries (operators).
class CatalogApi
{
public:
    explicit CatalogApi(CatalogRepository &catalog);
    void registerRoutes(http::RouteTable &routes);

private:
    CatalogRepository &m_catalog;
};

} // namespace sc::broker
