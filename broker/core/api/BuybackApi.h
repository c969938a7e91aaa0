#pragma once

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class BuybackService;
class Clock;
class Database;

// /api/v1/seller/buybacks (providers' offers to buy running leases back) and
// /api/v1/buybacks (the buyer's offers, accept or refuse, the standing rule).
class BuybackApi
{
public:
    BuybackApi(BuybackService &buybacks, Database &database, const Clock &clock);
    void registerRoutes(http::RouteTable &routes);

private:
    BuybackService &m_buybacks;
    Database &m_database;
    const Clock &m_clock;
};

} // namespace sc::broker
