#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class AccountService;
class RateLimiter;

// /api/v1/auth/*, /api/v1/me, /api/v1/api-keys: registration, login,
// logout, password change, API keys; and, on an embedded broker only,
// /auth/embedded-login for the app that started it.
class AuthApi
{
public:
    // Chooses the user an embedded login acts as ("buyer", "seller",
    // "operator"); nullopt when this broker has no such account.
    using EmbeddedAccounts = std::function<std::optional<qint64>(const QString &account)>;

    AuthApi(AccountService &accounts, RateLimiter &limiter);
    void enableEmbeddedLogin(EmbeddedAccounts accounts);
    void registerRoutes(http::RouteTable &routes);

private:
    AccountService &m_accounts;
    RateLimiter &m_limiter;
    EmbeddedAccounts m_embeddedAccounts;
};

} // namespace sc::broker
