#include "http/HttpConnection.h"

#include "http/HttpServerContext.h"

#include <QTcpSocket>
#include <QTimerEvent>
#include <QWebSocketServer>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <sys/socket.h>

#include <limits>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::http {

namespace {
constexpr qint64 kSocketReadBuffer = HttpServerContext::kReadChunk;
constexpr qsizetype kMaxBodyReservation = 4 * 1024 * 1024;
constexpr auto kLingerTime = 2s;
constexpr qint64 kMaxLingerBytes = 16 * 1024 * 1024;

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 408: return ErrorCode::RequestTimeout;
    case 413: return ErrorCode::PayloadTooLarge;
    case 414: return ErrorCode::UriTooLong;
    case 431: return ErrorCode::HeadersTooLarge;
    case 500: return ErrorCode::Internal;
    case 503: return ErrorCode::Unavailable;
    default: return ErrorCode::BadRequest;
    }
}

// Runs a call into the service: an exception becomes an internal error, never a crash.
template<typename Call>
std::optional<ApiError> callSafely(const QByteArray &requestId, const char *what, Call &&call)
{
    try {
        call();
        return std::nullopt;
    } catch (const std::exception &exception) {
        qCCritical(lcHttp).noquote() << requestId << what << "failed:" << exception.what();
    } catch (...) {
        qCCritical(lcHttp).noquote() << requestId << what << "failed";
    }
    return ApiError{ErrorCode::Internal, u"The broker failed to handle this request."_s, {}, {}};
}
} // namespace

struct HttpConnection::Incoming
{
    ExchangePtr exchange;
    HttpRequestPlan plan;
    qint64 bodyBytes = 0;
    bool answered = false; // answered from its head; it has no body to read
};

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServerContext &context, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(context)
    , m_parser(context.limits())
    , m_writer(socket)
    , m_queue(socket, m_writer, context)
    , m_peerAddress(socket->peerAddress())
    , m_peerPort(socket->peerPort())
{
    m_socket->setParent(this);
#if QT_CONFIG(ssl)
    m_secure = qobject_cast<QSslSocket *>(socket) != nullptr;
#endif
    m_parser.setBodyReceiver([this](QByteArrayView data) { return onBody(data); });
    connect(&m_queue, &HttpExchangeQueue::answered, this, &HttpConnection::onAnswered);
    m_writer.setBacklogStarted([this] { startWriteClock(); });
    connect(&m_queue, &HttpExchangeQueue::failed, this, &HttpConnection::closeNow);
}

HttpConnection::~HttpConnection()
{
    abortIncoming();
}

void HttpConnection::start()
{
    m_socket->setReadBufferSize(qMax(kSocketReadBuffer, qint64(m_context.limits().maxHeaderBytes) + 4096));
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::closeNow);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::SocketTimeoutError)
            closeNow();
    });
    m_headStart = m_idleSince = m_lastBodyByte = m_lastWriteProgress = Clock::now();
    rearm();
    if (m_socket->bytesAvailable() > 0)
        readInput();
}

bool HttpConnection::isIdle() const
{
    return m_queue.isEmpty() && !m_closing && (!m_incoming || m_incoming->answered);
}

size_t HttpConnection::pipelineLimit() const
{
    return size_t(qMax(1, m_context.limits().maxPipelinedRequests));
}

// ---- reading -------------------------------------------------------------

void HttpConnection::onReadyRead()
{
    if (m_lingering) {
        m_lingerBytes += m_socket->skip(m_socket->bytesAvailable());
        if (m_lingerBytes > kMaxLingerBytes)
            closeNow();
        return;
    }
    readInput();
}

// Parses what the socket holds. Bytes are peeked and only the ones the
// parser took are skipped, so whatever it did not take stays in the socket
// (whose bounded buffer then pushes back on the client).
void HttpConnection::readInput()
{
    if (m_inReadLoop || m_closed)
        return;
    m_inReadLoop = true;
    m_queue.setDeferFlush(true);
    QByteArray buffer = m_context.borrowReadBuffer();
    const auto now = Clock::now();
    while (!m_closed && m_readState == ReadState::Reading) {
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            break;
        // A WebSocket handshake is handed over by replaying its bytes: every
        // head is read in a transaction until its plan is known.
        if (!m_inTransaction && !m_incoming && !m_parser.headStarted() && m_context.webSocketServer()) {
            m_socket->startTransaction();
            m_inTransaction = true;
        }
        const qint64 got = m_socket->peek(buffer.data(), qMin<qint64>(available, buffer.size()));
        if (got <= 0)
            break;
        if (m_incoming)
            m_lastBodyByte = now;
        const qsizetype used = parse(QByteArrayView(buffer.constData(), got), now);
        if (m_closed)
            break;
        if (used > 0)
            m_socket->skip(used);
        else if (m_readState == ReadState::Reading)
            break; // defensive: nothing was taken
    }
    m_context.returnReadBuffer(std::move(buffer));
    m_inReadLoop = false;
    m_queue.setDeferFlush(false);
    if (m_closed)
        return;
    m_queue.flush();
    if (m_readState == ReadState::WaitingForUpgrade && m_queue.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::performUpgrade, Qt::QueuedConnection);
    rearm();
}

qsizetype HttpConnection::parse(QByteArrayView chunk, Clock::time_point now)
{
    qsizetype offset = 0;
    while (offset < chunk.size() && !m_closed && m_readState == ReadState::Reading) {
        const HttpRequestParser::Step step = m_parser.feed(chunk.sliced(offset));
        offset += step.consumed;
        if (!m_headClockRunning && m_parser.headStarted()) {
            m_headClockRunning = true;
            m_headStart = now;
        }
        switch (step.stop) {
        case HttpRequestParser::Stop::NeedMore:
            if (step.consumed == 0)
                return offset;
            break;
        case HttpRequestParser::Stop::HeadComplete:
            m_headClockRunning = false;
            m_lastBodyByte = now;
            onHeadComplete();
            break;
        case HttpRequestParser::Stop::MessageComplete:
            onMessageComplete();
            if (m_context.webSocketServer())
                return offset; // the next head starts its own transaction (readInput)
            break;
        case HttpRequestParser::Stop::Failed: onParseFailed(); return offset;
        }
    }
    return offset;
}

void HttpConnection::onHeadComplete()
{
    HttpRequest &request = m_parser.request();
    request.peerAddress = m_peerAddress;
    request.peerPort = m_peerPort;
    request.secure = m_secure;
    request.requestId = m_context.nextRequestId();

    const bool http11 = request.versionMajor == 1 && request.versionMinor >= 1;
    m_incoming = std::make_unique<Incoming>();
    m_incoming->exchange = m_queue.open(request.requestId,
                                        request.method == HttpMethod::Head,
                                        http11,
                                        !m_parser.keepAlive() || m_stopAccepting || m_context.isShuttingDown());
    const bool bodyAnnounced = m_parser.isChunked() || request.contentLength.value_or(0) > 0;
    if (request.versionMajor != 1) {
        answerFromHead(errorResponse(505, u"Only HTTP/1.0 and HTTP/1.1 are served here."_s, request.requestId), true);
        return;
    }

    HttpRequestPlan plan;
    if (auto failure = callSafely(request.requestId, "planning", [&] { plan = m_context.service().plan(request); })) {
        plan = HttpRequestPlan();
        failure->requestId = QString::fromLatin1(request.requestId);
        plan.immediateResponse = HttpResponse::error(*failure);
    }
    if (plan.acceptWebSocket && !plan.immediateResponse && m_parser.isUpgrade()
        && request.headers.hasToken("Upgrade", "websocket")) {
        if (!m_context.webSocketServer() || !m_inTransaction || bodyAnnounced) {
            answerFromHead(errorResponse(400, u"This WebSocket upgrade cannot be served here."_s, request.requestId),
                           bodyAnnounced);
            return;
        }
        m_queue.dropNewest(); // the WebSocket server answers this one
        m_incoming.reset();
        m_readState = ReadState::WaitingForUpgrade;
        return;
    }
    std::optional<HttpResponse> refusal = plan.immediateResponse ? std::move(plan.immediateResponse)
                                                                 : vetPlan(request, plan, bodyAnnounced);
    if (refusal) {
        if (plan.sink)
            plan.sink->abort();
        answerFromHead(std::move(*refusal), bodyAnnounced);
        return;
    }
    endTransaction();
    if (!plan.sink && request.contentLength)
        request.body.reserve(qsizetype(qMin<qint64>(*request.contentLength, kMaxBodyReservation)));
    m_incoming->plan = std::move(plan);
    m_queue.sendContinue(m_incoming->exchange);
}

// What the server itself refuses in a plan the service accepted.
std::optional<HttpResponse> HttpConnection::vetPlan(const HttpRequest &request, const HttpRequestPlan &plan,
                                                    bool bodyAnnounced)
{
    if (request.contentLength && *request.contentLength > plan.maxBodyBytes) {
        return errorResponse(
            413,
            u"The request body is %1 bytes; this resource accepts at most %2."_s.arg(*request.contentLength)
                .arg(plan.maxBodyBytes),
            request.requestId);
    }
    const QByteArray expect = request.headers.value("Expect");
    if (expect.isEmpty())
        return std::nullopt;
    if (expect.compare("100-continue", Qt::CaseInsensitive) != 0)
        return errorResponse(417, u"Only \"Expect: 100-continue\" is supported."_s, request.requestId);
    m_incoming->exchange->expectContinue = m_incoming->exchange->http11 && bodyAnnounced;
    return std::nullopt;
}

void HttpConnection::answerFromHead(HttpResponse response, bool bodyAnnounced)
{
    endTransaction();
    ExchangePtr exchange = m_incoming->exchange;
    if (bodyAnnounced) {
        // Never read a body nobody wants: answer, then close.
        exchange->closeAfter = true;
        m_incoming.reset();
        m_readState = ReadState::Stopped;
    } else {
        m_incoming->answered = true;
    }
    m_queue.deliver(exchange, std::move(response));
}

bool HttpConnection::onBody(QByteArrayView data)
{
    Incoming *incoming = m_incoming.get();
    if (!incoming || incoming->answered)
        return true;
    incoming->bodyBytes += data.size();
    incoming->exchange->expectContinue = false; // the client did not wait for it
    if (incoming->bodyBytes > incoming->plan.maxBodyBytes) {
        failRequest(incoming->exchange,
                    errorResponse(413,
                                  u"The request body is larger than %1 bytes."_s.arg(incoming->plan.maxBodyBytes),
                                  incoming->exchange->requestId));
        return false;
    }
    if (!incoming->plan.sink) {
        m_parser.request().body.append(data);
        return true;
    }
    std::optional<ApiError> error;
    if (auto failure = callSafely(
            incoming->exchange->requestId, "body sink", [&] { error = incoming->plan.sink->write(data); }))
        error = failure;
    if (!error)
        return true;
    error->requestId = QString::fromLatin1(incoming->exchange->requestId);
    failRequest(incoming->exchange, HttpResponse::error(*error));
    return false;
}

// The request cannot complete: abort its body, answer it, close afterwards.
void HttpConnection::failRequest(ExchangePtr exchange, HttpResponse response)
{
    endTransaction();
    abortIncoming();
    exchange->closeAfter = true;
    m_readState = ReadState::Stopped;
    m_queue.deliver(exchange, std::move(response));
}

void HttpConnection::onMessageComplete()
{
    std::unique_ptr<Incoming> incoming = std::move(m_incoming);
    HttpRequest request = std::move(m_parser.request());
    if (!incoming)
        return;
    const ExchangePtr exchange = incoming->exchange;
    exchange->expectContinue = false;
    if (!incoming->answered) {
        const QByteArray requestId = request.requestId;
        std::optional<ApiError> error;
        if (incoming->plan.sink) {
            if (auto failure = callSafely(requestId, "body sink", [&] { error = incoming->plan.sink->finish(); }))
                error = failure;
        }
        if (!error) {
            const HttpResponder responder = m_queue.responderFor(exchange);
            error = callSafely(requestId, "handler", [&] {
                m_context.service().handle(std::move(request), std::move(incoming->plan), responder);
            });
        }
        if (error) {
            error->requestId = QString::fromLatin1(requestId);
            m_queue.deliver(exchange, HttpResponse::error(*error)); // ignored if the handler answered
        }
    }
    if (m_closed)
        return;
    if (exchange->closeAfter)
        m_readState = ReadState::Stopped; // the parser takes no further request
    else if (m_readState == ReadState::Reading && m_queue.size() >= pipelineLimit())
        m_readState = ReadState::WaitingForSlot;
}

void HttpConnection::onParseFailed()
{
    const int status = m_parser.failureStatus();
    if (status == 0)
        return; // a body receiver stopped it and already answered
    ExchangePtr exchange = m_incoming ? m_incoming->exchange
                                      : m_queue.open(m_context.nextRequestId(), false, true, true);
    qCDebug(lcHttp).noquote() << exchange->requestId << m_peerAddress.toString() << "refused:" << status
                              << m_parser.failureMessage();
    failRequest(exchange, errorResponse(status, m_parser.failureMessage(), exchange->requestId));
}

void HttpConnection::abortIncoming()
{
    if (!m_incoming)
        return;
    std::unique_ptr<Incoming> incoming = std::move(m_incoming);
    if (incoming->plan.sink)
        callSafely(incoming->exchange->requestId, "aborting a body sink", [&] { incoming->plan.sink->abort(); });
}

void HttpConnection::endTransaction()
{
    if (m_inTransaction) {
        m_socket->commitTransaction();
        m_inTransaction = false;
    }
}

HttpResponse HttpConnection::errorResponse(int status, const QString &message, const QByteArray &requestId) const
{
    HttpResponse response = HttpResponse::error(
        ApiError{codeForStatus(status), message, {}, QString::fromLatin1(requestId)});
    response.status = status;
    return response;
}

// ---- after an answer, upgrades, closing, timeouts --------------------------

void HttpConnection::onAnswered(bool closeAfter)
{
    if (closeAfter) {
        closeGracefully();
        return;
    }
    if (m_readState == ReadState::WaitingForSlot && m_queue.size() < pipelineLimit()) {
        m_readState = ReadState::Reading;
        if (!m_inReadLoop)
            QMetaObject::invokeMethod(this, &HttpConnection::readInput, Qt::QueuedConnection);
    }
    if (m_queue.isEmpty()) {
        m_idleSince = Clock::now();
        if (m_readState == ReadState::WaitingForUpgrade)
            QMetaObject::invokeMethod(this, &HttpConnection::performUpgrade, Qt::QueuedConnection);
    }
    if (m_incoming)
        m_queue.sendContinue(m_incoming->exchange);
    if (!m_inReadLoop)
        rearm();
}

void HttpConnection::performUpgrade()
{
    if (m_closed || m_readState != ReadState::WaitingForUpgrade || !m_queue.isEmpty())
        return;
    QWebSocketServer *webSocketServer = m_context.webSocketServer();
    if (!webSocketServer || !m_inTransaction) {
        closeNow();
        return;
    }
    // Replay the handshake: rewind to the first byte of its head.
    m_socket->rollbackTransaction();
    m_inTransaction = false;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->setReadBufferSize(0);
    socket->setParent(nullptr);
    m_closed = true;
    m_queue.clear();
    m_timer.stop();
    Q_EMIT closed();
    webSocketServer->handleConnection(socket);
}

void HttpConnection::stopAccepting()
{
    m_stopAccepting = true;
    m_queue.setClosing();
    if (m_closed || m_closing)
        return;
    if (isIdle() || m_readState == ReadState::WaitingForUpgrade) {
        closeNow();
        return;
    }
    m_queue.closeAfterNewest();
    if (!m_incoming)
        m_readState = ReadState::Stopped;
}

void HttpConnection::closeGracefully()
{
    endTransaction();
    abortIncoming();
    m_readState = ReadState::Stopped;
    m_closing = true;
    m_queue.clear();
    if (m_socket->bytesToWrite() == 0)
        startLinger();
    else
        rearm();
}

// Closing while the client may still be sending would reset the connection
// and could destroy the answer in flight: shut the write side, discard what
// still arrives, close when the client does (or after kLingerTime).
void HttpConnection::startLinger()
{
    if (m_lingering || m_closed)
        return;
#if QT_CONFIG(ssl)
    if (m_secure) {
        m_socket->disconnectFromHost();
        return;
    }
#endif
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) != 0) {
        closeNow();
        return;
    }
    m_lingering = true;
    m_lingerStart = Clock::now();
    m_lingerBytes += m_socket->skip(m_socket->bytesAvailable());
    rearm();
}

void HttpConnection::onBytesWritten()
{
    m_lastWriteProgress = Clock::now();
    if (m_socket->bytesToWrite() > 0)
        return;
    m_writeClockRunning = false;
    if (m_closing && !m_lingering)
        startLinger();
}

void HttpConnection::startWriteClock()
{
    if (m_writeClockRunning)
        return;
    m_writeClockRunning = true;
    m_lastWriteProgress = Clock::now();
    if (!m_inReadLoop)
        rearm();
}

void HttpConnection::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    abortIncoming();
    m_queue.clear();
    m_timer.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
    Q_EMIT closed();
}

std::optional<HttpConnection::Clock::time_point> HttpConnection::nextDeadline() const
{
    if (m_closed)
        return std::nullopt;
    if (m_lingering)
        return m_lingerStart + kLingerTime;
    const HttpServerLimits &limits = m_context.limits();
    std::optional<Clock::time_point> deadline;
    const auto consider = [&deadline](Clock::time_point candidate) {
        if (!deadline || candidate < *deadline)
            deadline = candidate;
    };
    if (m_writeClockRunning)
        consider(m_lastWriteProgress + limits.bodyIdleTimeout);
    if (m_readState == ReadState::Reading) {
        if (m_incoming && !m_incoming->answered)
            consider(m_lastBodyByte + limits.bodyIdleTimeout);
        else if (m_headClockRunning)
            consider(m_headStart + limits.headerTimeout);
        else if (m_queue.isEmpty())
            consider(m_idleSince + limits.idleTimeout);
    }
    return deadline;
}

// One timer per connection, re-armed lazily: moving a deadline later costs
// nothing (the timer fires early and looks again), only an earlier one
// restarts it.
void HttpConnection::rearm()
{
    const std::optional<Clock::time_point> deadline = nextDeadline();
    if (!deadline || (m_timer.isActive() && m_armedFor <= *deadline))
        return;
    const auto delay = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
    m_armedFor = *deadline;
    m_timer.start(
        int(qBound(qint64(0), qint64(delay.count()), qint64(std::numeric_limits<int>::max()))), Qt::PreciseTimer, this);
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    onTimeout();
}

void HttpConnection::onTimeout()
{
    const std::optional<Clock::time_point> deadline = nextDeadline();
    if (!deadline)
        return;
    const auto now = Clock::now();
    if (now < *deadline) {
        rearm();
        return;
    }
    const HttpServerLimits &limits = m_context.limits();
    if (m_lingering || (m_writeClockRunning && now >= m_lastWriteProgress + limits.bodyIdleTimeout)) {
        qCDebug(lcHttp).noquote() << m_peerAddress.toString() << (m_lingering ? "linger ended" : "write stalled");
        closeNow();
        return;
    }
    const bool bodyTimedOut = m_incoming && !m_incoming->answered;
    if (!bodyTimedOut && !m_parser.headStarted()) {
        closeNow(); // an idle keep-alive connection, or a client that never spoke
        return;
    }
    // A request was under way: answer 408 unless answers before it are pending.
    if (m_queue.size() > (bodyTimedOut ? 1u : 0u)) {
        closeNow();
        return;
    }
    const ExchangePtr exchange = bodyTimedOut ? m_incoming->exchange
                                              : m_queue.open(m_context.nextRequestId(), false, true, true);
    const QString message = bodyTimedOut
                                ? u"No request body byte arrived for %1 ms."_s.arg(limits.bodyIdleTimeout.count())
                                : u"The request head did not arrive within %1 ms."_s.arg(limits.headerTimeout.count());
    failRequest(exchange, errorResponse(408, message, exchange->requestId));
}

} // namespace sc::http
