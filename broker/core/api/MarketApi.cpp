#include "core/api/MarketApi.h"

#include "core/Clock.h"
#include "core/api/Idempotency.h"
#include "core/api/RequestBody.h"
#include "core/api/RouteAccess.h"
#include "core/auth/Principal.h"
#include "core/auth/Secrets.h"
#include "core/market/MarketQueries.h"
#include "core/market/MarketService.h"
#include "core/store/Database.h"
#include "core/store/IdempotencyKeys.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponse;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kOrderBody = 4 * 1024;

QStringList queryList(const HttpRequest &request, const QString &name)
{
    QStringList values = request.queryValue(name).value_or(QString()).split(u',', Qt::SkipEmptyParts);
    if (values.size() > 100)
        throw http::ApiException(badQuery(name, u"'%1' may list at most 100 values."_s.arg(name)));
    for (QString &value : values) {
        value = value.trimmed();
        if (value.size() > 64)
            throw http::ApiException(badQuery(name, u"'%1' has a value that is too long."_s.arg(name)));
    }
    return values;
}

QDateTime queryTime(const HttpRequest &request, const QString &name, const QDateTime &fallback)
{
    const auto text = request.queryValue(name);
    if (!text || text->isEmpty())
        return fallback;
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid())
        throw http::ApiException(badQuery(name, u"'%1' must be an ISO 8601 time."_s.arg(name)));
    return time.toUTC();
}

QDateTime bodyTime(protocol::JsonReader &body, QStringView key)
{
    const QString text = body.string(key, 64);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (body.ok() && !time.isValid())
        body.fail(key, u"must be an ISO 8601 time"_s);
    return time.toUTC();
}

QString instrumentParameter(const HttpRequest &request, const QString &name)
{
    return request.pathParam(name);
}

} // namespace

MarketApi::MarketApi(MarketService &market, MarketQueries &queries, Database &database, const Clock &clock)
    : m_market(market)
    , m_queries(queries)
    , m_database(database)
    , m_clock(clock)
{
}

void MarketApi::registerRoutes(http::RouteTable &routes)
{
    registerMarketData(routes);
    registerBids(routes);
    registerAsks(routes);
    registerResale(routes);
    registerSeller(routes);
}

void MarketApi::registerMarketData(http::RouteTable &routes)
{
    const http::RouteOptions read = access::anyRole(Scopes::kMarketRead);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/snapshot",
        [this](const HttpRequest &) {
            HttpResponse response;
            response.headers.set("Content-Type", "application/json");
            response.body = m_queries.snapshot();
            return response;
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/offers",
        [this](const HttpRequest &request) {
            MarketQueries::SearchFilter filter;
            filter.instanceType = request.queryValue(u"instanceType"_s).value_or(QString()).left(64);
            filter.minVcpus = int(queryInteger(request, u"minVcpus"_s, 0, 0, 4096));
            filter.minMemoryMiB = int(queryInteger(request, u"minMemoryMiB"_s, 0, 0, 64 * 1024 * 1024));
            filter.minDiskGiB = int(queryInteger(request, u"minDiskGiB"_s, 0, 0, 1024 * 1024));
            filter.countries = queryList(request, u"countries"_s);
            for (QString &country : filter.countries)
                country = country.toUpper();
            filter.regions = queryList(request, u"regions"_s);
            const bool hasLatitude = !request.queryValue(u"nearLatitude"_s).value_or(QString()).isEmpty();
            const bool hasLongitude = !request.queryValue(u"nearLongitude"_s).value_or(QString()).isEmpty();
            if (hasLatitude != hasLongitude)
                throw http::ApiException(badQuery(u"nearLongitude"_s, u"Give both nearLatitude and nearLongitude."_s));
            if (hasLatitude) {
                filter.nearLatitude = queryNumber(request, u"nearLatitude"_s, 0, -90, 90);
                filter.nearLongitude = queryNumber(request, u"nearLongitude"_s, 0, -180, 180);
                filter.withinKm = queryNumber(request, u"withinKm"_s, 1000, 1, 20'100);
            }
            if (!request.queryValue(u"maxPricePerHour"_s).value_or(QString()).isEmpty())
                filter.maxPricePerHour = queryInteger(request, u"maxPricePerHour"_s, 0, 1, qint64(1) << 40);
            filter.minRating = queryNumber(request, u"minRating"_s, 0, 0, 5);
            filter.minAvailableHours = int(queryInteger(request, u"minAvailableHours"_s, 0, 0, 24 * 366));
            filter.sort = request.queryValue(u"sort"_s).value_or(QString());
            if (filter.sort.isEmpty())
                filter.sort = u"price"_s;
            if (filter.sort != u"price"_s && filter.sort != u"rating"_s && filter.sort != u"pricePerVcpu"_s)
                throw http::ApiException(badQuery(u"sort"_s, u"'sort' must be price, rating or pricePerVcpu."_s));
            filter.limit = int(queryInteger(request, u"limit"_s, 50, 1, 500));
            return HttpResponse::json(200, m_queries.search(filter));
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/instruments/{type}/{region}/depth",
        [this](const HttpRequest &request) {
            const int levels = int(queryInteger(request, u"levels"_s, 10, 1, 100));
            return HttpResponse::json(
                200,
                m_market
                    .depth(instrumentParameter(request, u"type"_s), instrumentParameter(request, u"region"_s), levels)
                    .toJson());
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/instruments/{type}/{region}/candles",
        [this](const HttpRequest &request) {
            const QString interval = request.queryValue(u"interval"_s).value_or(u"1h"_s);
            const qint64 seconds = interval == u"1m"_s   ? 60
                                   : interval == u"1h"_s ? 3600
                                   : interval == u"1d"_s ? 86400
                                                         : 0;
            if (seconds == 0)
                throw http::ApiException(badQuery(u"interval"_s, u"'interval' must be 1m, 1h or 1d."_s));
            const QDateTime to = queryTime(request, u"to"_s, m_clock.now());
            const QDateTime from = queryTime(request, u"from"_s, to.addSecs(-seconds * 200));
            if (from >= to)
                throw http::ApiException(badQuery(u"from"_s, u"'from' must be before 'to'."_s));
            QJsonArray candles;
            for (const auto &candle :
                 m_queries.candles(request.pathParam(u"type"_s), request.pathParam(u"region"_s), seconds, from, to))
                candles.append(candle.toJson());
            return HttpResponse::json(200, QJsonObject{{u"interval"_s, interval}, {u"candles"_s, candles}});
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/instruments/{type}/{region}/trades",
        [this](const HttpRequest &request) {
            QJsonArray trades;
            for (const auto &trade : m_queries.recentTrades(request.pathParam(u"type"_s),
                                                            request.pathParam(u"region"_s),
                                                            int(queryInteger(request, u"limit"_s, 50, 1, 1000))))
                trades.append(trade.toJson());
            return HttpResponse::json(200, QJsonObject{{u"trades"_s, trades}});
        },
        read);
}

void MarketApi::registerBids(http::RouteTable &routes)
{
    const std::initializer_list<Role> traders{Role::Buyer, Role::Seller};
    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/market/bids",
        [this](const HttpRequest &request) {
            std::optional<HttpResponse> replay;
            const auto record = idempotency(m_database, request, u"POST /market/bids"_s, &replay);
            if (replay)
                return *replay;
            auto body = readBody(request,
                                 {u"instanceType",
                                  u"regions",
                                  u"maxPricePerHour",
                                  u"durationHours",
                                  u"minRating",
                                  u"quantity",
                                  u"timeInForce",
                                  u"applianceId"});
            MarketService::BidRequest bid;
            bid.instanceType = body.string(u"instanceType", 64);
            for (const QJsonValue &region : body.array(u"regions", 50)) {
                if (!region.isString())
                    body.fail(u"regions", u"must be a list of region ids"_s);
                bid.regions.append(region.toString());
            }
            bid.maxPricePerHour = body.integer(u"maxPricePerHour", 1, qint64(1) << 40);
            bid.durationHours = int(body.integer(u"durationHours", 1, 24 * 366));
            bid.minRating = body.has(u"minRating") ? body.number(u"minRating", 0, 5) : 0;
            bid.quantity = body.optionalInteger(u"quantity", 1, 1000).value_or(1);
            bid.timeInForce = body.optionalString(u"timeInForce", 8).value_or(u"gtc"_s);
            bid.applianceId = body.optionalInteger(u"applianceId", 1, qint64(1) << 53);
            requireValid(body);
            const auto placement = valueOrThrow(
                m_market.placeBid(Principal::of(request), bid, record ? &*record : nullptr));
            return HttpResponse::json(201, placement.toJson());
        },
        access::forRoles(traders, Scopes::kMarketTrade, kOrderBody));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/bids",
        [this](const HttpRequest &request) {
            QJsonArray bids;
            for (const auto &bid :
                 m_market.bidsOf(Principal::of(request), request.queryValue(u"status"_s).value_or(QString()).left(16)))
                bids.append(bid.toJson());
            return HttpResponse::json(200, QJsonObject{{u"bids"_s, bids}});
        },
        access::forRoles(traders, Scopes::kMarketTrade));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/bids/{id:int}",
        [this](const HttpRequest &request) {
            const auto bid = m_market.bid(Principal::of(request), request.pathParam(u"id"_s).toLongLong());
            if (!bid)
                throw http::ApiException(ErrorCode::NotFound, u"There is no such bid."_s);
            return HttpResponse::json(200, bid->toJson());
        },
        access::forRoles(traders, Scopes::kMarketTrade));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/market/bids/{id:int}",
        [this](const HttpRequest &request) {
            throwIfError(m_market.cancelBid(Principal::of(request), request.pathParam(u"id"_s).toLongLong()));
            return HttpResponse::noContent();
        },
        access::forRoles(traders, Scopes::kMarketTrade));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/leases",
        [this](const HttpRequest &request) {
            QJsonArray leases;
            for (const auto &lease : m_queries.leasesOf(Principal::of(request),
                                                        request.queryValue(u"status"_s).value_or(QString()).left(16)))
                leases.append(lease.toJson());
            return HttpResponse::json(200, QJsonObject{{u"leases"_s, leases}});
        },
        access::forRoles(traders, Scopes::kInstancesRead));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/leases/{id:int}",
        [this](const HttpRequest &request) {
            const auto lease = m_queries.lease(Principal::of(request), request.pathParam(u"id"_s).toLongLong());
            if (!lease)
                throw http::ApiException(ErrorCode::NotFound, u"There is no such lease."_s);
            return HttpResponse::json(200, lease->toJson());
        },
        access::forRoles(traders, Scopes::kInstancesRead));
}

void MarketApi::registerResale(http::RouteTable &routes)
{
    const std::initializer_list<Role> traders{Role::Buyer, Role::Seller};
    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/leases/{id:int}/resale",
        [this](const HttpRequest &request) {
            return HttpResponse::json(
                200,
                valueOrThrow(m_market.resaleState(Principal::of(request), request.pathParam(u"id"_s).toLongLong())));
        },
        access::forRoles(traders, Scopes::kInstancesRead));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/leases/{id:int}/resale",
        [this](const HttpRequest &request) {
            std::optional<HttpResponse> replay;
            // Selling below the locked price holds money: the key is required.
            const auto record = idempotency(m_database, request, u"POST /leases/resale"_s, &replay, true);
            if (replay)
                return *replay;
            auto body = readBody(request, {u"pricePerHour", u"schedule"});
            MarketService::ResaleRequest resale;
            resale.leaseId = request.pathParam(u"id"_s).toLongLong();
            resale.pricePerHour = body.integer(u"pricePerHour", 1, qint64(1) << 40);
            const QJsonArray steps = body.has(u"schedule") ? body.array(u"schedule", MarketService::kResaleMaxSteps)
                                                           : QJsonArray();
            for (const QJsonValue &value : steps) {
                protocol::JsonReader step(value.toObject(), u"schedule"_s);
                step.allowOnly({u"belowHours", u"pricePerHour"});
                const qint64 below = step.integer(u"belowHours", 1, 24 * 366);
                const qint64 price = step.integer(u"pricePerHour", 1, qint64(1) << 40);
                if (!value.isObject() || !step.ok())
                    throw http::ApiException(step.ok() ? ApiError{ErrorCode::ValidationFailed,
                                                                  u"Each schedule step is an object."_s,
                                                                  QJsonObject{{u"field"_s, u"schedule"_s}},
                                                                  {}}
                                                       : step.error());
                resale.schedule.append({int(below), price});
            }
            requireValid(body);
            return HttpResponse::json(201,
                                      valueOrThrow(m_market.placeResale(Principal::of(request), resale, &*record)));
        },
        access::forRoles(traders, Scopes::kMarketTrade, kOrderBody));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/leases/{id:int}/resale",
        [this](const HttpRequest &request) {
            throwIfError(m_market.withdrawResale(Principal::of(request), request.pathParam(u"id"_s).toLongLong()));
            return HttpResponse::noContent();
        },
        access::forRoles(traders, Scopes::kMarketTrade));
}

void MarketApi::registerAsks(http::RouteTable &routes)
{
    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/market/asks",
        [this](const HttpRequest &request) {
            std::optional<HttpResponse> replay;
            const auto record = idempotency(m_database, request, u"POST /market/asks"_s, &replay);
            if (replay)
                return *replay;
            auto body = readBody(request,
                                 {u"providerId",
                                  u"instanceType",
                                  u"region",
                                  u"quantity",
                                  u"pricePerHour",
                                  u"availableFrom",
                                  u"availableUntil",
                                  u"minLeaseHours",
                                  u"maxLeaseHours",
                                  u"renewableHours",
                                  u"resaleAllowed"});
            MarketService::AskRequest ask;
            ask.providerId = body.integer(u"providerId", 1, qint64(1) << 53);
            ask.instanceType = body.string(u"instanceType", 64);
            ask.region = body.string(u"region", 64);
            ask.quantity = body.integer(u"quantity", 1, 1000);
            ask.pricePerHour = body.integer(u"pricePerHour", 1, qint64(1) << 40);
            if (body.has(u"availableFrom"))
                ask.availableFrom = bodyTime(body, u"availableFrom");
            ask.availableUntil = bodyTime(body, u"availableUntil");
            ask.minLeaseHours = int(body.optionalInteger(u"minLeaseHours", 1, 24 * 366).value_or(1));
            ask.maxLeaseHours = int(body.optionalInteger(u"maxLeaseHours", 1, 24 * 366).value_or(24 * 30));
            ask.renewableHours = int(body.optionalInteger(u"renewableHours", 0, 24 * 366).value_or(0));
            ask.resaleAllowed = body.optionalBoolean(u"resaleAllowed").value_or(true);
            requireValid(body);
            const auto placement = valueOrThrow(
                m_market.placeAsk(Principal::of(request), ask, record ? &*record : nullptr));
            return HttpResponse::json(201, placement.toJson());
        },
        access::forRoles({Role::Seller}, Scopes::kMarketSell, kOrderBody));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/asks",
        [this](const HttpRequest &request) {
            QJsonArray asks;
            for (const auto &ask :
                 m_market.asksOf(Principal::of(request), request.queryValue(u"status"_s).value_or(QString()).left(16)))
                asks.append(ask.toJson());
            return HttpResponse::json(200, QJsonObject{{u"asks"_s, asks}});
        },
        access::forRoles({Role::Seller}, Scopes::kMarketSell));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/market/asks/{id:int}",
        [this](const HttpRequest &request) {
            const auto ask = m_market.ask(Principal::of(request), request.pathParam(u"id"_s).toLongLong());
            if (!ask)
                throw http::ApiException(ErrorCode::NotFound, u"There is no such ask."_s);
            return HttpResponse::json(200, ask->toJson());
        },
        access::forRoles({Role::Seller}, Scopes::kMarketSell));

    routes.addSync(
        HttpMethod::Patch,
        u"/api/v1/market/asks/{id:int}",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"pricePerHour", u"quantity"});
            const auto price = body.optionalInteger(u"pricePerHour", 1, qint64(1) << 40);
            const auto quantity = body.optionalInteger(u"quantity", 1, 1000);
            requireValid(body);
            if (!price && !quantity)
                throw http::ApiException(badQuery(u"pricePerHour"_s, u"Give a new pricePerHour or quantity."_s));
            const auto ask = valueOrThrow(
                m_market.amendAsk(Principal::of(request), request.pathParam(u"id"_s).toLongLong(), price, quantity));
            return HttpResponse::json(200, ask.toJson());
        },
        access::forRoles({Role::Seller}, Scopes::kMarketSell, kOrderBody));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/market/asks/{id:int}",
        [this](const HttpRequest &request) {
            throwIfError(m_market.withdrawAsk(Principal::of(request), request.pathParam(u"id"_s).toLongLong()));
            return HttpResponse::noContent();
        },
        access::forRoles({Role::Seller}, Scopes::kMarketSell));
}

void MarketApi::registerSeller(http::RouteTable &routes)
{
    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/market-stats",
        [this](const HttpRequest &request) {
            return HttpResponse::json(200,
                                      m_queries.sellerStatistics(int(queryInteger(request, u"days"_s, 30, 1, 365))));
        },
        access::forRoles({Role::Seller, Role::Operator}, Scopes::kMarketRead));
}

} // namespace sc::broker
