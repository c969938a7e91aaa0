#include "http/RouteTable.h"

#include "http/ApiException.h"

#include <QElapsedTimer>

#include <stdexcept>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::http {

Q_LOGGING_CATEGORY(lcApi, "sc.api", QtInfoMsg)

struct RouteTable::Segment
{
    enum Kind { Literal, Identifier, Integer };
    Kind kind = Literal;
    QString text; // literal text or parameter name
};

struct RouteTable::Route
{
    RouteInfo info;
    QList<Segment> segments;
    RouteHandler handler;
};

namespace {

constexpr qsizetype kMaxIdentifierLength = 128;

QList<QStringView> splitPath(QStringView path)
{
    QList<QStringView> segments;
    for (QStringView part : path.split(u'/')) {
        if (!part.isEmpty())
            segments.append(part);
    }
    return segments;
}

bool isIdentifier(QStringView text)
{
    if (text.isEmpty() || text.size() > kMaxIdentifierLength)
        return false;
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
                        || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return text != u"." && text != u"..";
}

bool isInteger(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool bodyAllowed(HttpMethod method)
{
    return method == HttpMethod::Post || method == HttpMethod::Put || method == HttpMethod::Patch;
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json" || mediaType.endsWith("+json");
}

} // namespace

RouteTable::RouteTable() = default;
RouteTable::~RouteTable() = default;

void RouteTable::add(HttpMethod method, QStringView pattern, RouteHandler handler, RouteOptions options)
{
    Q_ASSERT(method != HttpMethod::Head && method != HttpMethod::Unknown);
    if (!options.isPublic && options.roles.isEmpty())
        throw std::logic_error("every route must say who may call it: public, or a list of roles");
    auto route = std::make_shared<Route>();
    route->info = RouteInfo{method, pattern.toString(), std::move(options)};
    route->handler = std::move(handler);
    for (QStringView part : splitPath(pattern)) {
        Segment segment;
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            const QStringView inner = part.sliced(1, part.size() - 2);
            const qsizetype colon = inner.indexOf(u':');
            segment.text = (colon < 0 ? inner : inner.first(colon)).toString();
            const QStringView type = colon < 0 ? QStringView() : inner.sliced(colon + 1);
            segment.kind = type == u"int" ? Segment::Integer : Segment::Identifier;
            Q_ASSERT(type.isEmpty() || type == u"int");
        } else {
            segment.text = part.toString();
        }
        route->segments.append(segment);
    }
    m_routes.append(std::move(route));
}

void RouteTable::addSync(HttpMethod method, QStringView pattern, SyncRouteHandler handler, RouteOptions options)
{
    add(
        method,
        pattern,
        [handler = std::move(handler)](const HttpRequest &request, HttpResponder responder) {
            responder.send(handler(request));
        },
        std::move(options));
}

void RouteTable::setGuard(Guard guard)
{
    m_guard = std::move(guard);
}

void RouteTable::setObserver(Observer observer)
{
    m_observer = std::move(observer);
}

QList<RouteInfo> RouteTable::routes() const
{
    QList<RouteInfo> result;
    for (const auto &route : m_routes)
        result.append(route->info);
    return result;
}

bool RouteTable::matchPath(const Route &route, const QList<QStringView> &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = route.segments.at(i);
        const QStringView part = segments.at(i);
        switch (segment.kind) {
        case Segment::Literal:
            if (part != segment.text)
                return false;
            break;
        case Segment::Identifier:
            if (!isIdentifier(part))
                return false;
            found.insert(segment.text, part.toString());
            break;
        case Segment::Integer:
            if (!isInteger(part))
                return false;
            found.insert(segment.text, part.toString());
            break;
        }
    }
    if (params)
        *params = std::move(found);
    return true;
}

HttpResponse RouteTable::errorResponse(const HttpRequest &request, ApiError error)
{
    error.requestId = QString::fromLatin1(request.requestId);
    HttpResponse response = HttpResponse::error(error);
    const QJsonValue retryAfter = error.details.value(u"retryAfterSeconds"_s);
    if (error.code == ErrorCode::RateLimited && retryAfter.isDouble())
        response.headers.set("Retry-After", QByteArray::number(qint64(retryAfter.toDouble())));
    return response;
}

HttpRequestPlan RouteTable::plan(HttpRequest &request)
{
    HttpRequestPlan plan;
    const QList<QStringView> segments = splitPath(request.path);
    const HttpMethod wanted = request.method == HttpMethod::Head ? HttpMethod::Get : request.method;

    std::shared_ptr<Route> matched;
    QStringList allowed;
    for (const auto &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchPath(*route, segments, &params))
            continue;
        if (route->info.method == wanted && !matched) {
            matched = route;
            request.pathParams = std::move(params);
        }
        allowed.append(QString::fromLatin1(methodName(route->info.method)));
        if (route->info.method == HttpMethod::Get)
            allowed.append(u"HEAD"_s);
    }

    if (!matched && !allowed.isEmpty() && request.method == HttpMethod::Options) {
        allowed.append(u"OPTIONS"_s);
        HttpResponse response = HttpResponse::noContent();
        response.headers.set("Allow", allowed.join(u", ").toLatin1());
        plan.immediateResponse = std::move(response);
        return plan;
    }
    if (!matched && allowed.isEmpty()) {
        plan.immediateResponse = errorResponse(
            request, ApiError{ErrorCode::NotFound, u"There is no resource at %1."_s.arg(request.path), {}, {}});
        return plan;
    }
    if (!matched) {
        allowed.removeDuplicates();
        HttpResponse response = errorResponse(
            request,
            ApiError{ErrorCode::MethodNotAllowed,
                     u"%1 is not allowed on %2; use %3."_s.arg(
                         QString::fromLatin1(request.methodText), request.path, allowed.join(u", ")),
                     {},
                     {}});
        response.headers.set("Allow", allowed.join(u", ").toLatin1());
        plan.immediateResponse = std::move(response);
        return plan;
    }

    const RouteOptions &options = matched->info.options;
    if (m_guard) {
        if (auto refusal = m_guard(request, matched->info)) {
            plan.immediateResponse = errorResponse(request, *refusal);
            return plan;
        }
    }
    if (request.contentLength && *request.contentLength > options.maxBodyBytes) {
        plan.immediateResponse = errorResponse(
            request,
            ApiError{ErrorCode::PayloadTooLarge,
                     u"The request body is %1 bytes; this resource accepts at most %2."_s.arg(*request.contentLength)
                         .arg(options.maxBodyBytes),
                     QJsonObject{{u"maxBytes"_s, options.maxBodyBytes}},
                     {}});
        return plan;
    }
    const bool hasBody = request.contentLength.value_or(request.headers.contains("Transfer-Encoding") ? 1 : 0) > 0;
    if (hasBody && bodyAllowed(request.method) && options.jsonBody && !options.bodySink
        && !isJsonContentType(request.headers.value("Content-Type"))) {
        plan.immediateResponse = errorResponse(
            request,
            ApiError{ErrorCode::UnsupportedMediaType, u"The request body must be application/json."_s, {}, {}});
        return plan;
    }

    plan.maxBodyBytes = options.maxBodyBytes;
    plan.acceptWebSocket = options.webSocket;
    if (options.bodySink) {
        // The factory may refuse from the headers alone (wrong offset, not the
        // caller's upload): answered before a byte of the body is read.
        try {
            plan.sink = options.bodySink(request);
        } catch (const ApiException &refusal) {
            plan.immediateResponse = errorResponse(request, refusal.error());
            return plan;
        }
    }
    plan.context = matched;
    return plan;
}

void RouteTable::handle(HttpRequest request, HttpRequestPlan plan, HttpResponder responder)
{
    auto route = std::static_pointer_cast<const Route>(plan.context);
    if (!route) {
        responder.send(errorResponse(request, ApiError{ErrorCode::Internal, u"No route was planned."_s, {}, {}}));
        return;
    }

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Only the observer (a test seam) needs the whole request kept until the answer.
    auto observed = m_observer ? std::make_shared<const HttpRequest>(request) : nullptr;
    HttpResponder logged(
        [this, responder, timer, observed, id = request.requestId, method = request.methodText, path = request.path](
            HttpResponse &&response) {
            qCInfo(lcApi).noquote() << id << method << path << response.status << timer->elapsed() << "ms";
            if (observed)
                m_observer(*observed, response);
            responder.send(std::move(response));
        },
        [responder] { return responder.isConnected(); });

    try {
        route->handler(request, logged);
    } catch (const ApiException &exception) {
        logged.send(errorResponse(request, exception.error()));
    } catch (const std::exception &exception) {
        qCCritical(lcApi).noquote() << request.requestId << "handler failed:" << exception.what();
        logged.send(errorResponse(
            request, ApiError{ErrorCode::Internal, u"The broker failed to handle this request."_s, {}, {}}));
    }
}

} // namespace sc::http
