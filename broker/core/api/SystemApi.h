#pragma once

#include <QDateTime>

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class Clock;

// GET /api/v1/health and /api/v1/version: public, no token.
class SystemApi
{
public:
    SystemApi(const Clock &clock, int schemaVersion, bool demo);
    void registerRoutes(http::RouteTable &routes);

private:
    const Clock &m_clock;
    QDateTime m_startedAt;
    int m_schemaVersion;
    bool m_demo;
};

} // namespace sc::broker
