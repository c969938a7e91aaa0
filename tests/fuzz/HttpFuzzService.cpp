#include "HttpFuzzService.h"

#include "SequentialPipe.h"
#include "http/HttpFileResponse.h"

#include <QBuffer>
#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::http::fuzz {

namespace {

constexpr qint64 kEchoLimit = 4 * 1024;
constexpr qint64 kUploadLimit = 64 * 1024;
constexpr qint64 kRefuseAfter = 100;
constexpr qint64 kPipeStep = 700;
constexpr int kPipeSteps = 3;

void note(QString &violation, const QString &what)
{
    if (violation.isEmpty())
        violation = what;
}

// Checks the order of calls the server promises a sink: writes, then one
// finish() or one abort(), never both, nothing after either, never more
// than the plan's limit, and every sink is finished or aborted.
class CheckingSink final : public HttpBodySink
{
public:
    CheckingSink(std::shared_ptr<QString> violation, qint64 limit, std::optional<qint64> contentLength, bool refusing)
        : m_violation(std::move(violation))
        , m_limit(limit)
        , m_contentLength(contentLength)
        , m_refusing(refusing)
    {
    }

    ~CheckingSink() override
    {
        if (!m_finished && !m_aborted)
            note(*m_violation, u"a body sink was dropped without finish() or abort()"_s);
    }

    std::optional<ApiError> write(QByteArrayView data) override
    {
        if (m_finished || m_aborted)
            note(*m_violation, u"a body sink got bytes after finish() or abort()"_s);
        if (data.isEmpty())
            note(*m_violation, u"a body sink got an empty write"_s);
        m_bytes += data.size();
        if (m_bytes > m_limit)
            note(*m_violation, u"a body sink got %1 bytes, over its limit of %2"_s.arg(m_bytes).arg(m_limit));
        if (m_refusing && m_bytes > kRefuseAfter)
            return ApiError{ErrorCode::Conflict, u"No room for more."_s, {}, {}};
        return std::nullopt;
    }

    std::optional<ApiError> finish() override
    {
        if (m_finished || m_aborted)
            note(*m_violation, u"a body sink was finished twice or after abort()"_s);
        m_finished = true;
        if (m_contentLength && *m_contentLength != m_bytes)
            note(*m_violation,
                 u"a body sink finished with %1 of %2 announced bytes"_s.arg(m_bytes).arg(*m_contentLength));
        if (m_refusing && m_bytes == 0)
            return ApiError{ErrorCode::BadRequest, u"An empty body is refused."_s, {}, {}};
        return std::nullopt;
    }

    void abort() override
    {
        if (m_finished || m_aborted)
            note(*m_violation, u"a body sink was aborted twice or after finish()"_s);
        m_aborted = true;
    }

private:
    std::shared_ptr<QString> m_violation;
    const qint64 m_limit;
    const std::optional<qint64> m_contentLength;
    const bool m_refusing;
    qint64 m_bytes = 0;
    bool m_finished = false;
    bool m_aborted = false;
};

struct Route
{
    enum Kind {
        Hello,
        Echo,
        Upload,
        Refuse,
        Async,
        Seq,
        Stream,
        Big,
        File,
        NoContent,
        NotModified,
        BadHeader,
        WebSocket,
        Throw,
        Fail,
        Unknown
    };
    Kind kind = Unknown;
};

Route::Kind routeFor(const QString &path)
{
    static const QList<std::pair<QString, Route::Kind>> kRoutes{
        {u"/hello"_s, Route::Hello},
        {u"/echo"_s, Route::Echo},
        {u"/upload"_s, Route::Upload},
        {u"/refuse"_s, Route::Refuse},
        {u"/async"_s, Route::Async},
        {u"/seq"_s, Route::Seq},
        {u"/stream"_s, Route::Stream},
        {u"/big"_s, Route::Big},
        {u"/file"_s, Route::File},
        {u"/nocontent"_s, Route::NoContent},
        {u"/notmodified"_s, Route::NotModified},
        {u"/badheader"_s, Route::BadHeader},
        {u"/ws"_s, Route::WebSocket},
        {u"/throw"_s, Route::Throw},
        {u"/fail"_s, Route::Fail},
    };
    for (const auto &[prefix, kind] : kRoutes) {
        if (path == prefix)
            return kind;
    }
    return Route::Unknown;
}

} // namespace

HttpFuzzService::HttpFuzzService(QString filePath)
    : m_filePath(std::move(filePath))
    , m_violation(std::make_shared<QString>())
{
}

HttpFuzzService::~HttpFuzzService() = default;

HttpRequestPlan HttpFuzzService::plan(HttpRequest &request)
{
    if (request.requestId.isEmpty())
        note(*m_violation, u"a request reached the service without an id"_s);
    if (request.method == HttpMethod::Head)
        m_headRequests.insert(request.requestId);

    HttpRequestPlan plan;
    const Route::Kind kind = routeFor(request.path);
    plan.context = std::make_shared<Route>(Route{kind});
    switch (kind) {
    case Route::Echo: plan.maxBodyBytes = kEchoLimit; break;
    case Route::Upload:
    case Route::Refuse:
        plan.maxBodyBytes = kUploadLimit;
        plan.sink = std::make_unique<CheckingSink>(
            m_violation, kUploadLimit, request.contentLength, kind == Route::Refuse);
        break;
    case Route::Async: plan.maxBodyBytes = 1024; break;
    case Route::WebSocket: plan.acceptWebSocket = true; break;
    case Route::Throw: throw std::runtime_error("planning failed on purpose");
    case Route::Unknown: plan.immediateResponse = HttpResponse::error(ErrorCode::NotFound, u"No such route."_s); break;
    default: break;
    }
    return plan;
}

void HttpFuzzService::handle(HttpRequest request, HttpRequestPlan plan, HttpResponder responder)
{
    const auto route = std::static_pointer_cast<const Route>(plan.context);
    if (!route) {
        note(*m_violation, u"handle() without the plan's context"_s);
        return;
    }
    if (plan.immediateResponse)
        note(*m_violation, u"handle() called for a request answered from its plan"_s);
    if (request.body.size() > plan.maxBodyBytes)
        note(*m_violation,
             u"a buffered body of %1 bytes passed its limit of %2"_s.arg(request.body.size()).arg(plan.maxBodyBytes));
    if (!plan.sink && request.contentLength && *request.contentLength != request.body.size())
        note(*m_violation,
             u"a buffered body of %1 bytes announced as %2"_s.arg(request.body.size()).arg(*request.contentLength));

    switch (route->kind) {
    case Route::Hello: responder.send(HttpResponse::json(200, QJsonObject{{u"hello"_s, u"world"_s}})); return;
    case Route::Echo:
        responder.send(HttpResponse::text(200, request.body, "application/octet-stream"));
        responder.send(HttpResponse::noContent()); // a second answer is ignored
        return;
    case Route::Upload:
    case Route::Refuse: responder.send(HttpResponse::noContent()); return;
    case Route::Async: m_pending.append(Pending{responder, kNoBody}); return;
    case Route::Seq: {
        // A body of unknown length, of the length it will have, or of more
        // than it will have (which must close the connection).
        const QString length = request.queryValue(u"len"_s).value_or(QString());
        const qint64 streamLength = length == u"exact" ? kPipeStep * kPipeSteps
                                                       : (length == u"short" ? kPipeStep * (kPipeSteps + 2) : -1);
        m_pending.append(Pending{responder, streamLength});
        return;
    }
    case Route::Stream: {
        auto buffer = std::make_shared<QBuffer>();
        buffer->setData(QByteArray(100'000, 's'));
        buffer->open(QIODevice::ReadOnly);
        HttpResponse response;
        response.stream = std::move(buffer);
        responder.send(std::move(response));
        return;
    }
    case Route::Big: responder.send(HttpResponse::text(200, QByteArray(2 * 1024 * 1024 + 1, 'b'))); return;
    case Route::File: responder.send(fileResponse(request, m_filePath, "application/octet-stream")); return;
    case Route::NoContent:
    case Route::NotModified: {
        HttpResponse response = HttpResponse::text(route->kind == Route::NoContent ? 204 : 304, "must not be sent");
        responder.send(std::move(response));
        return;
    }
    case Route::BadHeader: {
        HttpResponse response = HttpResponse::text(200, "ok");
        response.headers.add("X-Injected", "a\r\nSet-Cookie: b");
        response.headers.add("Content-Length", "5");
        responder.send(std::move(response));
        return;
    }
    case Route::Fail: throw std::runtime_error("handling failed on purpose");
    case Route::WebSocket: responder.send(HttpResponse::text(200, "not upgraded")); return;
    case Route::Throw:
    case Route::Unknown: note(*m_violation, u"handle() called for a route that has no handler"_s); return;
    }
}

bool HttpFuzzService::answerPending(bool reversed)
{
    bool busy = false;
    QList<Pending> pending = std::exchange(m_pending, {});
    if (reversed)
        std::reverse(pending.begin(), pending.end());
    for (const Pending &waiting : std::as_const(pending)) {
        busy = true;
        if (waiting.streamLength == kNoBody) {
            waiting.responder.send(HttpResponse::json(200, QJsonObject{{u"late"_s, true}}));
            continue;
        }
        auto pipe = std::make_shared<SequentialPipe>();
        HttpResponse response;
        response.stream = pipe;
        response.streamLength = waiting.streamLength;
        m_answeredShortBody = m_answeredShortBody || waiting.streamLength > kPipeStep * kPipeSteps;
        m_pipes.append(Pipe{pipe, 0});
        waiting.responder.send(std::move(response));
    }
    // Sequential bodies grow one step per call, then end.
    for (qsizetype i = 0; i < m_pipes.size();) {
        Pipe &entry = m_pipes[i];
        const std::shared_ptr<SequentialPipe> pipe = entry.pipe.lock();
        if (!pipe || pipe->hasEnded()) {
            m_pipes.removeAt(i);
            continue;
        }
        busy = true;
        if (entry.steps++ >= kPipeSteps)
            pipe->end();
        else
            pipe->append(QByteArray(kPipeStep, 'p'));
        ++i;
    }
    return busy;
}

void HttpFuzzService::endPipes()
{
    for (const Pipe &entry : std::as_const(m_pipes)) {
        if (const auto pipe = entry.pipe.lock())
            pipe->end();
    }
    m_pipes.clear();
}

void HttpFuzzService::reset()
{
    m_pending.clear();
    m_pipes.clear();
    m_headRequests.clear();
    m_answeredShortBody = false;
}

} // namespace sc::http::fuzz
