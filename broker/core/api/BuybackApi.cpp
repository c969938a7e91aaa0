#include "core/api/BuybackApi.h"

#include "core/Clock.h"
#include "core/api/Idempotency.h"
#include "core/api/RequestBody.h"
#include "core/api/RouteAccess.h"
#include "core/auth/Principal.h"
#include "core/market/BuybackService.h"
#include "core/store/Database.h"
#include "http/RouteTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponse;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kBody = 2 * 1024;

qint64 offerId(const HttpRequest &request)
{
    bool ok = false;
    const qint64 id = request.pathParam(u"offerId"_s).toLongLong(&ok);
    if (!ok || id < 1)
        throw http::ApiException(ApiError{ErrorCode::NotFound, u"There is no such buy-back offer."_s, {}, {}});
    return id;
}

QJsonObject listOf(const QList<QJsonObject> &offers)
{
    QJsonArray array;
    for (const QJsonObject &offer : offers)
        array.append(offer);
    return QJsonObject{{u"offers"_s, array}};
}

} // namespace

BuybackApi::BuybackApi(BuybackService &buybacks, Database &database, const Clock &clock)
    : m_buybacks(buybacks)
    , m_database(database)
    , m_clock(clock)
{
}

void BuybackApi::registerRoutes(http::RouteTable &routes)
{
    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/seller/buybacks",
        [this](const HttpRequest &request) {
            return idempotentPost(m_database, m_clock, request, 201, u"POST /seller/buybacks"_s, [&] {
                auto body = readBody(request, {u"leaseId", u"amount", u"noticeHours"});
                BuybackService::Offer offer;
                offer.leaseId = body.integer(u"leaseId", 1, qint64(1) << 53);
                offer.amount = body.integer(u"amount", 1, qint64(1) << 40);
                offer.noticeHours = int(body.integer(u"noticeHours", 1, BuybackService::kMaxNoticeHours));
                requireValid(body);
                return valueOrThrow(m_buybacks.offer(Principal::of(request), offer));
            });
        },
        access::forRoles({Role::Seller}, Scopes::kBillingPay, kBody));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/buybacks",
        [this](const HttpRequest &request) {
            return HttpResponse::json(200, listOf(m_buybacks.offersForSeller(Principal::of(request).organizationId)));
        },
        access::forRoles({Role::Seller}, Scopes::kProvidersRead));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/seller/buybacks/{offerId}",
        [this](const HttpRequest &request) {
            throwIfError(m_buybacks.withdraw(Principal::of(request), offerId(request)));
            return HttpResponse::noContent();
        },
        access::forRoles({Role::Seller}, Scopes::kBillingPay));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/buybacks",
        [this](const HttpRequest &request) {
            return HttpResponse::json(200, listOf(m_buybacks.offersForBuyer(Principal::of(request).organizationId)));
        },
        access::forRoles({Role::Buyer, Role::Seller}, Scopes::kInstancesRead));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/buybacks/{offerId}/accept",
        [this](const HttpRequest &request) {
            return idempotentPost(m_database, m_clock, request, 200, u"POST /buybacks/accept"_s, [&] {
                readBody(request, {});
                return valueOrThrow(m_buybacks.accept(Principal::of(request), offerId(request)));
            });
        },
        access::forRoles({Role::Buyer, Role::Seller}, Scopes::kInstancesManage));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/buybacks/{offerId}/refuse",
        [this](const HttpRequest &request) {
            readBody(request, {});
            return HttpResponse::json(200, valueOrThrow(m_buybacks.refuse(Principal::of(request), offerId(request))));
        },
        access::forRoles({Role::Buyer, Role::Seller}, Scopes::kInstancesManage));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/buybacks/rule",
        [this](const HttpRequest &request) {
            return HttpResponse::json(200, m_buybacks.rule(Principal::of(request).organizationId));
        },
        access::forRoles({Role::Buyer, Role::Seller}, Scopes::kInstancesRead));

    routes.addSync(
        HttpMethod::Put,
        u"/api/v1/buybacks/rule",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"minAmount"});
            const std::optional<qint64> minAmount = body.optionalInteger(u"minAmount", 1, qint64(1) << 40);
            requireValid(body);
            return HttpResponse::json(200, valueOrThrow(m_buybacks.setRule(Principal::of(request), minAmount)));
        },
        access::forRoles({Role::Buyer, Role::Seller}, Scopes::kInstancesManage));
}

} // namespace sc::broker
