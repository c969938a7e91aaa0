#include "core/api/AuthApi.h"

#include "core/api/RequestBody.h"
#include "core/api/RouteAccess.h"
#include "core/auth/AccountService.h"
#include "core/auth/RateLimiter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponse;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kSmallBody = 8 * 1024;
// Login attempts per address: a burst of 10, then one every 6 s.
constexpr RateLimiter::Rate kLoginRate{1.0 / 6.0, 10};
constexpr RateLimiter::Rate kRegistrationRate{1.0 / 60.0, 5};

QString addressOf(const HttpRequest &request)
{
    return request.peerAddress.toString();
}

void throttle(RateLimiter &limiter, const QString &key, const RateLimiter::Rate &rate)
{
    if (const auto waitMs = limiter.take(key, rate)) {
        const qint64 seconds = std::max<qint64>(1, (*waitMs + 999) / 1000);
        throw http::ApiException(ApiError{ErrorCode::RateLimited,
                                          u"Too many attempts from your address. Try again in %1 s."_s.arg(seconds),
                                          QJsonObject{{u"retryAfterSeconds"_s, seconds}},
                                          {}});
    }
}

} // namespace

AuthApi::AuthApi(AccountService &accounts, RateLimiter &limiter)
    : m_accounts(accounts)
    , m_limiter(limiter)
{
}

void AuthApi::enableEmbeddedLogin(EmbeddedAccounts accounts)
{
    m_embeddedAccounts = std::move(accounts);
}

void AuthApi::registerRoutes(http::RouteTable &routes)
{
    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/auth/register",
        [this](const HttpRequest &request) {
            throttle(m_limiter, u"register:"_s + addressOf(request), kRegistrationRate);
            auto body = readBody(request,
                                 {u"email", u"password", u"displayName", u"organizationName", u"countryCode", u"role"});
            AccountService::Registration registration;
            registration.email = body.string(u"email", 254);
            registration.password = body.string(u"password", 256);
            registration.displayName = body.string(u"displayName", 100);
            registration.organizationName = body.string(u"organizationName", 100);
            registration.countryCode = body.string(u"countryCode", 2, 2);
            const QString role = body.string(u"role", 16);
            requireValid(body);
            if (role != u"buyer"_s && role != u"seller"_s)
                body.fail(u"role", u"must be buyer or seller"_s);
            requireValid(body);
            registration.role = *roleFromName(role);
            const auto user = valueOrThrow(m_accounts.registerAccount(registration, addressOf(request)));
            return HttpResponse::json(201, user.toJson());
        },
        access::publicRoute(kSmallBody));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/auth/login",
        [this](const HttpRequest &request) {
            throttle(m_limiter, u"login:"_s + addressOf(request), kLoginRate);
            auto body = readBody(request, {u"email", u"password", u"rememberMe"});
            const QString email = body.string(u"email", 254);
            const QString password = body.string(u"password", 256);
            const bool remember = body.optionalBoolean(u"rememberMe").value_or(false);
            requireValid(body);
            const auto session = valueOrThrow(m_accounts.login(email, password, remember, addressOf(request)));
            return HttpResponse::json(200, session.toJson());
        },
        access::publicRoute(kSmallBody));

    if (m_embeddedAccounts) {
        routes.addSync(
            HttpMethod::Post,
            u"/api/v1/auth/embedded-login",
            [this](const HttpRequest &request) {
                auto body = readBody(request, {u"account"});
                const QString account = body.string(u"account", 16);
                requireValid(body);
                const auto userId = m_embeddedAccounts(account);
                if (!userId) {
                    throw http::ApiException(ErrorCode::NotFound,
                                             u"This broker has no '%1' account to log in as."_s.arg(account));
                }
                const auto session = valueOrThrow(m_accounts.openSession(*userId, addressOf(request)));
                return HttpResponse::json(200, session.toJson());
            },
            access::publicRoute(kSmallBody));
    }

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/auth/logout",
        [this](const HttpRequest &request) {
            m_accounts.logout(Principal::of(request), addressOf(request));
            return HttpResponse::noContent();
        },
        access::anyRole({}));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/auth/logout-all",
        [this](const HttpRequest &request) {
            m_accounts.logoutEverywhere(Principal::of(request), addressOf(request));
            return HttpResponse::noContent();
        },
        access::anyRole(Scopes::kAccount));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/auth/password",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"currentPassword", u"newPassword"});
            const QString current = body.string(u"currentPassword", 256);
            const QString next = body.string(u"newPassword", 256);
            requireValid(body);
            throwIfError(m_accounts.changePassword(Principal::of(request), current, next, addressOf(request)));
            return HttpResponse::noContent();
        },
        access::anyRole(Scopes::kAccount, kSmallBody));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/me",
        [this](const HttpRequest &request) {
            const Principal &caller = Principal::of(request);
            const auto user = m_accounts.user(caller.userId);
            if (!user)
                throw http::ApiException(ErrorCode::Unauthorized, u"Log in again."_s);
            QStringList scopes(caller.scopes.cbegin(), caller.scopes.cend());
            scopes.sort();
            QJsonObject json = user->toJson();
            json.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
            json.insert(u"credential"_s, caller.via == Principal::Via::ApiKey ? u"api_key"_s : u"session"_s);
            return HttpResponse::json(200, json);
        },
        access::anyRole({}));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/api-keys",
        [this](const HttpRequest &request) {
            QJsonArray keys;
            for (const auto &key : m_accounts.apiKeys(Principal::of(request)))
                keys.append(key.toJson());
            return HttpResponse::json(200, QJsonObject{{u"apiKeys"_s, keys}});
        },
        access::anyRole(Scopes::kAccount));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/api-keys",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"name", u"scopes", u"expiresInDays"});
            const QString name = body.string(u"name", 100);
            const QJsonArray scopeList = body.array(u"scopes", 32);
            const auto days = body.optionalInteger(u"expiresInDays", 1, 3650);
            requireValid(body);
            QStringList scopes;
            for (const QJsonValue &scope : scopeList) {
                if (!scope.isString() || scope.toString().size() > 64)
                    body.fail(u"scopes", u"must be a list of scope names"_s);
                scopes.append(scope.toString());
            }
            requireValid(body);
            const auto [key, secret] = valueOrThrow(
                m_accounts.createApiKey(Principal::of(request),
                                        name,
                                        scopes,
                                        days ? std::optional<int>(int(*days)) : std::nullopt,
                                        addressOf(request)));
            QJsonObject json = key.toJson();
            json.insert(u"key"_s, QString::fromLatin1(secret));
            return HttpResponse::json(201, json);
        },
        access::anyRole(Scopes::kAccount, kSmallBody));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/api-keys/{id:int}",
        [this](const HttpRequest &request) {
            if (!m_accounts.revokeApiKey(
                    Principal::of(request), request.pathParam(u"id"_s).toLongLong(), addressOf(request)))
                throw http::ApiException(ErrorCode::NotFound, u"There is no such API key."_s);
            return HttpResponse::noContent();
        },
        access::anyRole(Scopes::kAccount));
}

} // namespace sc::broker
