#pragma once

#include "core/auth/RateLimiter.h"
#include "protocol/ApiError.h"

#include <QByteArray>

#include <optional>

namespace sc::http {
struct HttpRequest;
struct RouteInfo;
} // namespace sc::http

namespace sc::broker {

class AccountService;

// The route table's guard: in this order, the embedded broker's gate token,
// rate limits per address, authentication of the bearer credential, rate
// limits per credential, the route's roles, the route's scope. The caller
// lands in request.caller as a Principal.
class AccessGuard
{
public:
    struct Limits
    {
        RateLimiter::Rate perAddress{50, 200};
        RateLimiter::Rate perCredential{20, 100};
    };

    // brokerToken: when not empty (an embedded broker), every request to a
    // route not marked withoutBrokerToken (health, version, signed appliance
    // links) must carry it in X-Broker-Token.
    AccessGuard(AccountService &accounts, RateLimiter &limiter, Limits limits, QByteArray brokerToken);

    std::optional<protocol::ApiError> check(http::HttpRequest &request, const http::RouteInfo &route);

    static constexpr QByteArrayView kBrokerTokenHeader = "X-Broker-Token";

private:
    std::optional<protocol::ApiError> limit(const QString &key, const RateLimiter::Rate &rate);

    AccountService &m_accounts;
    RateLimiter &m_limiter;
    Limits m_limits;
    QByteArray m_brokerToken;
};

} // namespace sc::broker
