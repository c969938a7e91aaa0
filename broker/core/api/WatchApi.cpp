#include "core/api/WatchApi.h"

#include "core/api/RequestBody.h"
#include "core/api/RouteAccess.h"
#include "core/auth/Principal.h"
#include "core/market/WatchService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponse;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {
constexpr qint64 kWatchBody = 4 * 1024;
constexpr qsizetype kMaxIdsPerRead = 200;
} // namespace

WatchApi::WatchApi(WatchService &watches)
    : m_watches(watches)
{
}

void WatchApi::registerRoutes(http::RouteTable &routes)
{
    const std::initializer_list<Role> traders{Role::Buyer, Role::Seller};

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/watches",
        [this](const HttpRequest &request) {
            QJsonArray watches;
            for (const auto &watch : m_watches.watchesOf(Principal::of(request)))
                watches.append(watch.toJson());
            return HttpResponse::json(200, QJsonObject{{u"watches"_s, watches}});
        },
        access::forRoles(traders, Scopes::kMarketRead));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/market/watches",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"name", u"filter"});
            const QString name = body.string(u"name", WatchService::kMaxNameLength * 4);
            const QJsonObject filterJson = body.object(u"filter");
            requireValid(body);
            const auto filter = valueOrThrow(protocol::OfferFilter::fromJson(filterJson, u"filter"_s));
            const auto watch = valueOrThrow(m_watches.create(Principal::of(request), name, filter));
            return HttpResponse::json(201, watch.toJson());
        },
        access::forRoles(traders, Scopes::kMarketRead, kWatchBody));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/market/watches/{id:int}",
        [this](const HttpRequest &request) {
            if (!m_watches.remove(Principal::of(request), request.pathParam(u"id"_s).toLongLong()))
                throw http::ApiException(ErrorCode::NotFound, u"There is no such watch."_s);
            return HttpResponse::noContent();
        },
        access::forRoles(traders, Scopes::kMarketRead));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/notifications",
        [this](const HttpRequest &request) {
            const bool unreadOnly = queryBoolean(request, u"unreadOnly"_s, false);
            const int limit = int(queryInteger(request, u"limit"_s, 50, 1, 200));
            const auto page = m_watches.notificationsOf(Principal::of(request), unreadOnly, limit);
            QJsonArray notifications;
            for (const auto &notification : page.notifications)
                notifications.append(notification.toJson());
            return HttpResponse::json(200,
                                      QJsonObject{{u"notifications"_s, notifications}, {u"unread"_s, page.unread}});
        },
        access::anyRole(Scopes::kAccount));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/notifications/read",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"ids", u"all"});
            const bool all = body.optionalBoolean(u"all").value_or(false);
            QList<qint64> ids;
            if (body.has(u"ids")) {
                for (const QJsonValue &id : body.array(u"ids", kMaxIdsPerRead)) {
                    if (!id.isDouble() || id.toDouble() < 1 || id.toDouble() != double(id.toInteger())) {
                        body.fail(u"ids", u"must be a list of notification ids"_s);
                        break;
                    }
                    ids.append(id.toInteger());
                }
            } else if (!all) {
                body.fail(u"ids", u"is needed unless all is true"_s);
            }
            requireValid(body);
            const qint64 unread = m_watches.markRead(Principal::of(request), ids, all);
            return HttpResponse::json(200, QJsonObject{{u"unread"_s, unread}});
        },
        access::anyRole(Scopes::kAccount, kWatchBody));
}

} // namespace sc::broker
