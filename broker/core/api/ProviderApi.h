#pragma once

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class InstanceService;
class ProviderClient;
class ProviderPoller;
class ProviderRegistry;
class RatingService;

// /api/v1/seller/providers (sellers connect their clouds) and
// /api/v1/instances (buyers see and end what their leases run) and
// /api/v1/operator/providers (every cloud's freshness).
class ProviderApi
{
public:
    ProviderApi(ProviderRegistry &registry, InstanceService &instances, ProviderClient &client, ProviderPoller &poller,
                RatingService &ratings);
    void registerRoutes(http::RouteTable &routes);

private:
    ProviderRegistry &m_registry;
    InstanceService &m_instances;
    ProviderClient &m_client;
    ProviderPoller &m_poller;
    RatingService &m_ratings;
};

} // namespace sc::broker
