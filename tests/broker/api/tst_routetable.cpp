#include "http/ApiException.h"
#include "http/RouteTable.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::http;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace {

HttpRequest makeRequest(HttpMethod method, const QString &path)
{
    HttpRequest request;
    request.method = method;
    request.methodText = methodName(method);
    request.path = path;
    request.target = path.toUtf8();
    request.requestId = "test-1";
    return request;
}

RouteOptions open(RouteOptions options = {})
{
    options.isPublic = true;
    return options;
}

QJsonObject errorOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
}

// Plans and handles a request synchronously, as the server would.
HttpResponse run(RouteTable &table, HttpRequest request)
{
    HttpRequestPlan plan = table.plan(request);
    if (plan.immediateResponse)
        return *plan.immediateResponse;
    std::optional<HttpResponse> answer;
    table.handle(
        request,
        std::move(plan),
        HttpResponder([&answer](HttpResponse &&response) { answer = std::move(response); }, [] { return true; }));
    return answer.value_or(HttpResponse::text(599, "no answer"));
}

} // namespace

class tst_RouteTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void matchesTypedParameters_data();
    void matchesTypedParameters();
    void unknownPathIs404();
    void wrongMethodIs405WithAllow();
    void headIsServedByGet();
    void optionsListsMethods();
    void oversizedBodyRefusedFromHeaders();
    void nonJsonBodyIs415();
    void guardRefusesPrivateRoutesOnly();
    void handlerErrorsBecomeJson();
    void respondsOnlyOnce();
    void everyRouteStatesWhoMayCall();
    void rateLimitCarriesRetryAfter();

private:
    std::unique_ptr<RouteTable> m_tableStorage;
    RouteTable &table() { return *m_tableStorage; }
};

void tst_RouteTable::init()
{
    m_tableStorage = std::make_unique<RouteTable>();
}

void tst_RouteTable::matchesTypedParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("id");
    QTest::newRow("identifier") << u"/api/v1/things/g1.small"_s << 200 << u"g1.small"_s;
    QTest::newRow("dash underscore") << u"/api/v1/things/a-b_c"_s << 200 << u"a-b_c"_s;
    QTest::newRow("dotdot") << u"/api/v1/things/.."_s << 404 << QString();
    QTest::newRow("space") << u"/api/v1/things/a b"_s << 404 << QString();
    QTest::newRow("too long") << u"/api/v1/things/"_s + QString(129, u'a') << 404 << QString();
    QTest::newRow("int") << u"/api/v1/orders/42"_s << 200 << u"42"_s;
    QTest::newRow("int rejects text") << u"/api/v1/orders/4x"_s << 404 << QString();
    QTest::newRow("int rejects negative") << u"/api/v1/orders/-1"_s << 404 << QString();
    QTest::newRow("trailing slash") << u"/api/v1/orders/42/"_s << 200 << u"42"_s;
}

void tst_RouteTable::matchesTypedParameters()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, id);
    auto echo = [](const HttpRequest &request) {
        return HttpResponse::json(200, QJsonObject{{u"id"_s, request.pathParam(u"id"_s)}});
    };
    table().addSync(HttpMethod::Get, u"/api/v1/things/{id}", echo, open());
    table().addSync(HttpMethod::Get, u"/api/v1/orders/{id:int}", echo, open());
    const HttpResponse response = run(table(), makeRequest(HttpMethod::Get, path));
    QCOMPARE(response.status, status);
    if (status == 200)
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"id"_s).toString(), id);
    else
        QCOMPARE(errorOf(response).value(u"code"_s).toString(), u"not_found"_s);
}

void tst_RouteTable::unknownPathIs404()
{
    table().addSync(
        HttpMethod::Get, u"/api/v1/health", [](const HttpRequest &) { return HttpResponse::noContent(); }, open());
    const HttpResponse response = run(table(), makeRequest(HttpMethod::Get, u"/api/v1/nothing"_s));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.headers.value("Content-Type"), QByteArray("application/json"));
    const QJsonObject error = errorOf(response);
    QCOMPARE(error.value(u"code"_s).toString(), u"not_found"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"/api/v1/nothing"_s));
    QCOMPARE(error.value(u"requestId"_s).toString(), u"test-1"_s);
}

void tst_RouteTable::wrongMethodIs405WithAllow()
{
    auto ok = [](const HttpRequest &) { return HttpResponse::noContent(); };
    table().addSync(HttpMethod::Get, u"/api/v1/items", ok, open());
    table().addSync(HttpMethod::Post, u"/api/v1/items", ok, open());
    const HttpResponse response = run(table(), makeRequest(HttpMethod::Delete, u"/api/v1/items"_s));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.headers.value("Allow"), QByteArray("GET, HEAD, POST"));
    QCOMPARE(errorOf(response).value(u"code"_s).toString(), u"method_not_allowed"_s);

    HttpRequest unknown = makeRequest(HttpMethod::Unknown, u"/api/v1/items"_s);
    unknown.methodText = "BREW";
    QCOMPARE(run(table(), unknown).status, 405);
}

void tst_RouteTable::headIsServedByGet()
{
    int calls = 0;
    table().addSync(
        HttpMethod::Get,
        u"/api/v1/items",
        [&calls](const HttpRequest &) {
            ++calls;
            return HttpResponse::json(200, QJsonObject{{u"a"_s, 1}});
        },
        open());
    QCOMPARE(run(table(), makeRequest(HttpMethod::Head, u"/api/v1/items"_s)).status, 200);
    QCOMPARE(calls, 1);
}

void tst_RouteTable::optionsListsMethods()
{
    table().addSync(
        HttpMethod::Post, u"/api/v1/items", [](const HttpRequest &) { return HttpResponse::noContent(); }, open());
    const HttpResponse response = run(table(), makeRequest(HttpMethod::Options, u"/api/v1/items"_s));
    QCOMPARE(response.status, 204);
    QCOMPARE(response.headers.value("Allow"), QByteArray("POST, OPTIONS"));
}

void tst_RouteTable::oversizedBodyRefusedFromHeaders()
{
    RouteOptions options;
    options.maxBodyBytes = 100;
    bool sinkMade = false;
    options.bodySink = [&sinkMade](const HttpRequest &) -> std::unique_ptr<HttpBodySink> {
        sinkMade = true;
        return nullptr;
    };
    table().addSync(
        HttpMethod::Put, u"/api/v1/blob", [](const HttpRequest &) { return HttpResponse::noContent(); }, open(options));
    HttpRequest request = makeRequest(HttpMethod::Put, u"/api/v1/blob"_s);
    request.contentLength = 101;
    HttpRequestPlan plan = table().plan(request);
    QVERIFY(plan.immediateResponse);
    QCOMPARE(plan.immediateResponse->status, 413);
    QCOMPARE(errorOf(*plan.immediateResponse).value(u"details"_s).toObject().value(u"maxBytes"_s).toInt(), 100);
    QVERIFY2(!sinkMade, "no sink may be opened for a refused body");

    request.contentLength = 100;
    plan = table().plan(request);
    QVERIFY(!plan.immediateResponse);
    QCOMPARE(plan.maxBodyBytes, 100);
}

void tst_RouteTable::nonJsonBodyIs415()
{
    table().addSync(
        HttpMethod::Post, u"/api/v1/items", [](const HttpRequest &) { return HttpResponse::noContent(); }, open());
    HttpRequest request = makeRequest(HttpMethod::Post, u"/api/v1/items"_s);
    request.contentLength = 5;
    request.headers.set("Content-Type", "text/plain");
    QCOMPARE(run(table(), request).status, 415);
    request.headers.set("Content-Type", "application/json; charset=utf-8");
    QCOMPARE(run(table(), request).status, 204);
}

void tst_RouteTable::guardRefusesPrivateRoutesOnly()
{
    auto ok = [](const HttpRequest &) { return HttpResponse::noContent(); };
    table().addSync(HttpMethod::Get, u"/api/v1/health", ok, open());
    RouteOptions secret;
    secret.roles = {u"buyer"_s};
    table().addSync(HttpMethod::Get, u"/api/v1/secret", ok, secret);
    table().setGuard([](HttpRequest &request, const RouteInfo &route) -> std::optional<ApiError> {
        if (route.options.isPublic || request.bearerToken() == "letmein")
            return std::nullopt;
        return ApiError{ErrorCode::Unauthorized, u"no"_s, {}, {}};
    });
    QCOMPARE(run(table(), makeRequest(HttpMethod::Get, u"/api/v1/health"_s)).status, 204);
    QCOMPARE(run(table(), makeRequest(HttpMethod::Get, u"/api/v1/secret"_s)).status, 401);
    HttpRequest authorized = makeRequest(HttpMethod::Get, u"/api/v1/secret"_s);
    authorized.headers.set("authorization", "bearer letmein");
    QCOMPARE(run(table(), authorized).status, 204);
}

void tst_RouteTable::handlerErrorsBecomeJson()
{
    table().addSync(
        HttpMethod::Get,
        u"/api/v1/conflict",
        [](const HttpRequest &) -> HttpResponse { throw ApiException(ErrorCode::Conflict, u"taken"_s); },
        open());
    table().addSync(
        HttpMethod::Get,
        u"/api/v1/crash",
        [](const HttpRequest &) -> HttpResponse { throw std::runtime_error("secret driver detail"); },
        open());
    const HttpResponse conflict = run(table(), makeRequest(HttpMethod::Get, u"/api/v1/conflict"_s));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(errorOf(conflict).value(u"message"_s).toString(), u"taken"_s);

    const HttpResponse crash = run(table(), makeRequest(HttpMethod::Get, u"/api/v1/crash"_s));
    QCOMPARE(crash.status, 500);
    QCOMPARE(errorOf(crash).value(u"code"_s).toString(), u"internal"_s);
    QVERIFY2(!crash.body.contains("secret driver detail"), "internal details must not leak to callers");
}

void tst_RouteTable::respondsOnlyOnce()
{
    table().add(
        HttpMethod::Get,
        u"/api/v1/twice",
        [](const HttpRequest &, HttpResponder responder) {
            responder.send(HttpResponse::noContent());
            responder.send(HttpResponse::text(200, "second"));
        },
        open());
    int delivered = 0;
    HttpRequest request = makeRequest(HttpMethod::Get, u"/api/v1/twice"_s);
    HttpRequestPlan plan = table().plan(request);
    table().handle(
        request, std::move(plan), HttpResponder([&delivered](HttpResponse &&) { ++delivered; }, [] { return true; }));
    QCOMPARE(delivered, 1);
}

void tst_RouteTable::everyRouteStatesWhoMayCall()
{
    auto ok = [](const HttpRequest &) { return HttpResponse::noContent(); };
    QVERIFY_THROWS_EXCEPTION(std::logic_error, table().addSync(HttpMethod::Get, u"/api/v1/anyone", ok));
    RouteOptions buyers;
    buyers.roles = {u"buyer"_s};
    table().addSync(HttpMethod::Get, u"/api/v1/buyers", ok, buyers);
    QCOMPARE(table().routes().size(), 1);
}

void tst_RouteTable::rateLimitCarriesRetryAfter()
{
    table().addSync(
        HttpMethod::Get, u"/api/v1/x", [](const HttpRequest &) { return HttpResponse::noContent(); }, open());
    table().setGuard([](HttpRequest &, const RouteInfo &) -> std::optional<ApiError> {
        return ApiError{ErrorCode::RateLimited, u"slow down"_s, QJsonObject{{u"retryAfterSeconds"_s, 7}}, {}};
    });
    const HttpResponse response = run(table(), makeRequest(HttpMethod::Get, u"/api/v1/x"_s));
    QCOMPARE(response.status, 429);
    QCOMPARE(response.headers.value("Retry-After"), QByteArray("7"));
}

QTEST_GUILESS_MAIN(tst_RouteTable)
#include "tst_routetable.moc"
