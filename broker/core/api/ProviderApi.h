#pragma once

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class InstanceService;
class ProviderClient;
class ProviderRegistry;

// /api/v1/seller/providers (sellers connect their clouds) and
// /api/v1/instances (buyers see and end what their leases run).
class ProviderApi
{
public:
    ProviderApi(ProviderRegistry &registry, InstanceService &instances, ProviderClient &client);
    void registerRoutes(http::RouteTable &routes);

private:
    ProviderRegistry &m_registry;
    InstanceService &m_instances;
    ProviderClient &m_client;
};

} // namespace sc::broker
