#include "core/auth/AccessGuard.h"

#include "core/auth/AccountService.h"
#include "core/auth/Secrets.h"
#include "http/RouteTable.h"

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

AccessGuard::AccessGuard(AccountService &accounts, RateLimiter &limiter, Limits limits, QByteArray brokerToken)
    : m_accounts(accounts)
    , m_limiter(limiter)
    , m_limits(limits)
    , m_brokerToken(std::move(brokerToken))
{
}

std::optional<ApiError> AccessGuard::limit(const QString &key, const RateLimiter::Rate &rate)
{
    const auto waitMs = m_limiter.take(key, rate);
    if (!waitMs)
        return std::nullopt;
    const qint64 seconds = std::max<qint64>(1, (*waitMs + 999) / 1000);
    return ApiError{ErrorCode::RateLimited,
                    u"Too many requests. Try again in %1 s."_s.arg(seconds),
                    QJsonObject{{u"retryAfterSeconds"_s, seconds}},
                    {}};
}

std::optional<ApiError> AccessGuard::check(http::HttpRequest &request, const http::RouteInfo &route)
{
    if (!m_brokerToken.isEmpty() && !route.options.withoutBrokerToken
        && !Secrets::constantTimeEquals(request.headers.value(kBrokerTokenHeader), m_brokerToken)) {
        return ApiError{ErrorCode::Unauthorized,
                        u"This broker only serves the app that started it."_s,
                        QJsonObject{{u"reason"_s, u"broker_token"_s}},
                        {}};
    }
    if (auto limited = limit(u"addr:"_s + request.peerAddress.toString(), m_limits.perAddress))
        return limited;
    if (route.options.isPublic)
        return std::nullopt;

    auto principal = m_accounts.authenticate(request.bearerToken());
    if (!principal)
        return principal.error();
    const QString credential = (principal->via == Principal::Via::ApiKey ? u"key:"_s : u"session:"_s)
                               + QString::number(principal->credentialId);
    if (auto limited = limit(credential, m_limits.perCredential))
        return limited;
    if (!route.options.roles.contains(roleName(principal->role))) {
        return ApiError{ErrorCode::Forbidden,
                        u"This needs the %1 role."_s.arg(route.options.roles.join(u" or "_s)),
                        QJsonObject{{u"reason"_s, u"role"_s}},
                        {}};
    }
    if (!route.options.scope.isEmpty() && !principal->hasScope(route.options.scope)) {
        return ApiError{ErrorCode::Forbidden,
                        u"This credential lacks the scope '%1'."_s.arg(route.options.scope),
                        QJsonObject{{u"reason"_s, u"scope"_s}, {u"scope"_s, route.options.scope}},
                        {}};
    }
    request.caller = std::move(principal).value();
    return std::nullopt;
}

} // namespace sc::broker
