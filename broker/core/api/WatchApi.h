#pragma once

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class WatchService;

// /api/v1/market/watches (saved searches with a price) and
// /api/v1/notifications (what the broker told the caller).
class WatchApi
{
public:
    explicit WatchApi(WatchService &watches);
    void registerRoutes(http::RouteTable &routes);

private:
    WatchService &m_watches;
};

} // namespace sc::broker
