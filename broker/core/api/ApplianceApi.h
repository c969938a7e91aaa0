#pragma once

#include <QDateTime>
#include <QUrl>

#include <functional>

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class ApplianceLinks;
class ApplianceService;
class Clock;

// /api/v1/appliances... (the directory, uploads in chunks, the quota),
// /api/v1/appliance-files/{sha256} (signed downloads for providers) and
// /api/v1/operator/appliance-fetches.
class ApplianceApi
{
public:
    ApplianceApi(ApplianceService &appliances, const ApplianceLinks &links, const Clock &clock);
    void registerRoutes(http::RouteTable &routes);

private:
    ApplianceService &m_appliances;
    const ApplianceLinks &m_links;
    const Clock &m_clock;
};

} // namespace sc::broker
