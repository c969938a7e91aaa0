#pragma once

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class Clock;
class Database;
class MarketQueries;
class MarketService;

// /api/v1/market/*, /api/v1/leases, /api/v1/seller/*: the exchange as buyers
// and sellers use it. Buyers only ever see providers as pseudonym + rating;
// sellers never see who bought.
class MarketApi
{
public:
    MarketApi(MarketService &market, MarketQueries &queries, Database &database, const Clock &clock);
    void registerRoutes(http::RouteTable &routes);

private:
    void registerMarketData(http::RouteTable &routes);
    void registerBids(http::RouteTable &routes);
    void registerAsks(http::RouteTable &routes);
    void registerResale(http::RouteTable &routes);
    void registerSeller(http::RouteTable &routes);

    MarketService &m_market;
    MarketQueries &m_queries;
    Database &m_database;
    const Clock &m_clock;
};

} // namespace sc::broker
