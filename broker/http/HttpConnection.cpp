#include "http/HttpConnection.h"

#include "http/HttpBodyStreamer.h"
#include "http/HttpResponseHead.h"
#include "http/HttpServerContext.h"

#include <QBuffer>
#include <QPointer>
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
    case 501: return ErrorCode::NotImplemented;
    case 503: return ErrorCode::Unavailable;
    default: return ErrorCode::BadRequest;
    }
}
} // namespace

struct HttpConnection::Exchange
{
    QByteArray requestId;
    std::optional<HttpResponse> response;
    bool head = false;
    bool http11 = true;
    bool closeAfter = false;
    bool expectContinue = false;
};

struct HttpConnection::Incoming
{
    std::shared_ptr<Exchange> exchange;
    HttpRequestPlan plan;
    qint64 bodyBytes = 0;
    bool answered = false; // answered from its head; it has no body to read
};

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServerContext &context, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(context)
    , m_parser(context.limits())
    , m_peerAddress(socket->peerAddress())
    , m_peerPort(socket->peerPort())
{
    m_socket->setParent(this);
#if QT_CONFIG(ssl)
    m_secure = qobject_cast<QSslSocket *>(socket) != nullptr;
#endif
    m_parser.setBodyReceiver([this](QByteArrayView data) { return onBody(data); });
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
    const auto now = Clock::now();
    m_headStart = m_idleSince = m_lastBodyByte = m_lastWriteProgress = now;
    rearm();
    if (m_socket->bytesAvailable() > 0)
        readInput();
}

bool HttpConnection::isIdle() const
{
    return m_exchanges.empty() && !m_streamer && !m_closing && (!m_incoming || m_incoming->answered);
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

void HttpConnection::readInput()
{
    if (m_inReadLoop || m_closed)
        return;
    m_inReadLoop = true;
    QByteArray buffer = m_context.borrowReadBuffer();
    const auto now = Clock::now();
    while (!m_closed && m_readState == ReadState::Reading) {
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            break;
        // A WebSocket handshake is handed over by replaying its bytes: keep
        // every head in a read transaction until the plan is known.
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
        if (used == 0 && m_readState == ReadState::Reading)
            break; // defensive: the parser took nothing
    }
    m_context.returnReadBuffer(std::move(buffer));
    m_inReadLoop = false;
    if (m_closed)
        return;
    if (m_readState == ReadState::WaitingForUpgrade && m_exchanges.empty())
        QMetaObject::invokeMethod(this, &HttpConnection::performUpgrade, Qt::QueuedConnection);
    flushIfNeeded();
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
            // Each head must start its own read transaction (see readInput).
            if (m_context.webSocketServer())
                return offset;
            break;
        case HttpRequestParser::Stop::Failed:
            onParseFailed();
            return offset;
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

    auto exchange = std::make_shared<Exchange>();
    exchange->requestId = request.requestId;
    exchange->head = request.method == HttpMethod::Head;
    exchange->http11 = request.versionMajor > 1 || (request.versionMajor == 1 && request.versionMinor >= 1);
    exchange->closeAfter = !m_parser.keepAlive() || m_stopAccepting || m_context.isShuttingDown();
    m_exchanges.push_back(exchange);
    m_incoming = std::make_unique<Incoming>();
    m_incoming->exchange = exchange;

    const bool bodyAnnounced = m_parser.isChunked() || request.contentLength.value_or(0) > 0;
    const bool wantsWebSocket = m_parser.isUpgrade() && request.headers.hasToken("Upgrade", "websocket");

    if (request.versionMajor != 1) {
        answerFromHead(errorResponse(505, u"Only HTTP/1.0 and HTTP/1.1 are served here."_s, request.requestId), true);
        return;
    }

    HttpRequestPlan plan;
    try {
        plan = m_context.service().plan(request);
    } catch (const std::exception &exception) {
        qCCritical(lcHttp).noquote() << request.requestId << "planning failed:" << exception.what();
        plan = HttpRequestPlan();
        plan.immediateResponse = errorResponse(500, u"The broker failed to handle this request."_s, request.requestId);
    } catch (...) {
        plan = HttpRequestPlan();
        plan.immediateResponse = errorResponse(500, u"The broker failed to handle this request."_s, request.requestId);
    }

    if (plan.immediateResponse) {
        if (plan.sink)
            plan.sink->abort();
        answerFromHead(std::move(*plan.immediateResponse), bodyAnnounced);
        return;
    }
    if (plan.acceptWebSocket && wantsWebSocket) {
        if (!m_context.webSocketServer() || !m_inTransaction || bodyAnnounced) {
            answerFromHead(errorResponse(400, u"This WebSocket upgrade cannot be served on this connection."_s,
                                         request.requestId),
                           bodyAnnounced);
            return;
        }
        // Not an HTTP exchange any more: the WebSocket server answers it.
        m_exchanges.pop_back();
        m_incoming.reset();
        m_readState = ReadState::WaitingForUpgrade;
        return;
    }
    endTransaction();
    if (request.contentLength && *request.contentLength > plan.maxBodyBytes) {
        if (plan.sink)
            plan.sink->abort();
        answerFromHead(errorResponse(413,
                                     u"The request body is %1 bytes; this resource accepts at most %2."_s
                                         .arg(*request.contentLength)
                                         .arg(plan.maxBodyBytes),
                                     request.requestId),
                       bodyAnnounced);
        return;
    }
    const QByteArray expect = request.headers.value("Expect");
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
            if (plan.sink)
                plan.sink->abort();
            HttpResponse refusal = errorResponse(417, u"Only \"Expect: 100-continue\" is supported."_s,
                                                 request.requestId);
            refusal.status = 417;
            answerFromHead(std::move(refusal), bodyAnnounced);
            return;
        }
        exchange->expectContinue = exchange->http11 && bodyAnnounced;
    }
    if (!plan.sink && request.contentLength)
        request.body.reserve(qsizetype(qMin<qint64>(*request.contentLength, kMaxBodyReservation)));
    m_incoming->plan = std::move(plan);
    sendContinueIfDue();
}

void HttpConnection::endTransaction()
{
    if (m_inTransaction) {
        m_socket->commitTransaction();
        m_inTransaction = false;
    }
}

void HttpConnection::answerFromHead(HttpResponse response, bool bodyAnnounced)
{
    endTransaction();
    std::shared_ptr<Exchange> exchange = m_incoming->exchange;
    if (bodyAnnounced) {
        // Never read a body nobody wants: answer and close instead.
        exchange->closeAfter = true;
        m_incoming.reset();
        m_readState = ReadState::Stopped;
    } else {
        m_incoming->answered = true;
    }
    deliver(exchange, std::move(response));
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
    if (incoming->plan.sink) {
        std::optional<ApiError> error;
        try {
            error = incoming->plan.sink->write(data);
        } catch (const std::exception &exception) {
            qCCritical(lcHttp).noquote() << incoming->exchange->requestId << "body sink failed:" << exception.what();
            error = ApiError{ErrorCode::Internal, u"The broker failed to store the request body."_s, {}, {}};
        }
        if (error) {
            error->requestId = QString::fromLatin1(incoming->exchange->requestId);
            failRequest(incoming->exchange, HttpResponse::error(*error));
            return false;
        }
    } else {
        m_parser.request().body.append(data);
    }
    return true;
}

// The request cannot complete: abort its body, answer it, close afterwards.
void HttpConnection::failRequest(std::shared_ptr<Exchange> exchange, HttpResponse response)
{
    endTransaction();
    abortIncoming();
    exchange->closeAfter = true;
    m_readState = ReadState::Stopped;
    deliver(exchange, std::move(response));
}

void HttpConnection::onMessageComplete()
{
    std::unique_ptr<Incoming> incoming = std::move(m_incoming);
    HttpRequest request = std::move(m_parser.request());
    if (!incoming)
        return;
    std::shared_ptr<Exchange> exchange = incoming->exchange;
    exchange->expectContinue = false;
    if (!incoming->answered) {
        std::optional<ApiError> error;
        if (incoming->plan.sink) {
            try {
                error = incoming->plan.sink->finish();
            } catch (const std::exception &exception) {
                qCCritical(lcHttp).noquote() << request.requestId << "body sink failed:" << exception.what();
                error = ApiError{ErrorCode::Internal, u"The broker failed to store the request body."_s, {}, {}};
            }
        }
        if (error) {
            error->requestId = QString::fromLatin1(request.requestId);
            deliver(exchange, HttpResponse::error(*error));
        } else {
            const HttpResponder responder = makeResponder(exchange);
            const QByteArray requestId = request.requestId;
            try {
                m_context.service().handle(std::move(request), std::move(incoming->plan), responder);
            } catch (const std::exception &exception) {
                qCCritical(lcHttp).noquote() << requestId << "handler failed:" << exception.what();
                responder.send(errorResponse(500, u"The broker failed to handle this request."_s, requestId));
            } catch (...) {
                responder.send(errorResponse(500, u"The broker failed to handle this request."_s, requestId));
            }
        }
    }
    if (m_closed)
        return;
    if (exchange->closeAfter)
        m_readState = ReadState::Stopped; // the parser takes no further request
    else if (m_readState == ReadState::Reading
             && m_exchanges.size() >= size_t(qMax(1, m_context.limits().maxPipelinedRequests)))
        m_readState = ReadState::WaitingForSlot;
}

void HttpConnection::onParseFailed()
{
    const int status = m_parser.failureStatus();
    if (status == 0)
        return; // a body receiver stopped it and already answered
    std::shared_ptr<Exchange> exchange = m_incoming ? m_incoming->exchange : nullptr;
    if (!exchange) {
        exchange = std::make_shared<Exchange>();
        exchange->requestId = m_context.nextRequestId();
        m_exchanges.push_back(exchange);
    }
    qCDebug(lcHttp).noquote() << exchange->requestId << m_peerAddress.toString() << "refused:" << status
                              << m_parser.failureMessage();
    failRequest(exchange, errorResponse(status, m_parser.failureMessage(), exchange->requestId));
}

void HttpConnection::abortIncoming()
{
    if (!m_incoming)
        return;
    std::unique_ptr<Incoming> incoming = std::move(m_incoming);
    if (incoming->plan.sink) {
        try {
            incoming->plan.sink->abort();
        } catch (const std::exception &exception) {
            qCWarning(lcHttp) << "aborting a body sink failed:" << exception.what();
        }
    }
}

HttpResponse HttpConnection::errorResponse(int status, const QString &message, const QByteArray &requestId) const
{
    HttpResponse response =
        HttpResponse::error(ApiError{codeForStatus(status), message, {}, QString::fromLatin1(requestId)});
    response.status = status;
    return response;
}

// ---- answering -----------------------------------------------------------

HttpResponder HttpConnection::makeResponder(const std::shared_ptr<Exchange> &exchange)
{
    QPointer<HttpConnection> connection(this);
    std::weak_ptr<Exchange> weak = exchange;
    return HttpResponder(
        [connection, weak](HttpResponse &&response) {
            const std::shared_ptr<Exchange> live = weak.lock();
            if (live && connection)
                connection->deliver(live, std::move(response));
        },
        [connection, weak] { return connection && !connection->m_closed && !weak.expired(); });
}

void HttpConnection::deliver(const std::shared_ptr<Exchange> &exchange, HttpResponse &&response)
{
    if (m_closed || exchange->response)
        return;
    exchange->response = std::move(response);
    if (!m_exchanges.empty() && m_exchanges.front() == exchange)
        writeQueued();
}

void HttpConnection::writeQueued()
{
    if (m_inWriteLoop || m_closed)
        return;
    m_inWriteLoop = true;
    while (!m_closed && !m_streamer && !m_closing && !m_exchanges.empty() && m_exchanges.front()->response) {
        if (writeResponse(*m_exchanges.front()))
            finishFront();
    }
    m_inWriteLoop = false;
    if (!m_inReadLoop)
        flushIfNeeded();
}

// Writes the front response; false when a streamer goes on with its body.
bool HttpConnection::writeResponse(Exchange &exchange)
{
    HttpResponse &response = *exchange.response;
    const int status = response.status;
    const bool bodyForbidden = (status >= 100 && status < 200) || status == 204 || status == 304;
    const qint64 length = response.stream ? response.streamLength : response.body.size();

    HttpResponseFraming framing;
    if (!bodyForbidden) {
        if (length >= 0)
            framing.contentLength = length;
        else if (exchange.http11)
            framing.chunked = !exchange.head; // a HEAD answer announces nothing it does not know
        else if (!exchange.head)
            exchange.closeAfter = true; // HTTP/1.0: the body ends where the connection does
    }
    if (m_stopAccepting || m_context.isShuttingDown())
        exchange.closeAfter = true;
    framing.close = exchange.closeAfter;

    if (m_socket->bytesToWrite() == 0)
        m_lastWriteProgress = Clock::now();
    m_socket->write(buildResponseHead(response, framing, m_context.httpDate(), exchange.requestId));
    m_needFlush = true;
    if (bodyForbidden || exchange.head || length == 0)
        return true;

    std::shared_ptr<QIODevice> device = std::move(response.stream);
    if (!device && response.body.size() <= HttpBodyStreamer::kHighWaterBytes) {
        m_socket->write(response.body);
        return true;
    }
    if (!device) {
        // A large in-memory body goes out in pieces too rather than doubling in the socket buffer.
        auto buffer = std::make_shared<QBuffer>();
        buffer->setData(std::move(response.body));
        buffer->open(QIODevice::ReadOnly);
        device = std::move(buffer);
    }
    m_streamer = new HttpBodyStreamer(m_socket, std::move(device), length, framing.chunked, this);
    connect(m_streamer, &HttpBodyStreamer::finished, this, &HttpConnection::onStreamFinished);
    connect(m_streamer, &HttpBodyStreamer::failed, this, [this](const QString &reason) {
        qCWarning(lcHttp).noquote() << (m_exchanges.empty() ? QByteArray() : m_exchanges.front()->requestId)
                                    << "response body failed:" << reason;
        closeNow();
    });
    m_streamer->start();
    return false;
}

void HttpConnection::onStreamFinished()
{
    if (!m_streamer)
        return;
    m_streamer->deleteLater();
    m_streamer = nullptr;
    finishFront();
    writeQueued();
}

void HttpConnection::finishFront()
{
    if (m_exchanges.empty())
        return;
    const std::shared_ptr<Exchange> done = std::move(m_exchanges.front());
    m_exchanges.pop_front();
    if (done->closeAfter) {
        closeGracefully();
        return;
    }
    if (m_readState == ReadState::WaitingForSlot
        && m_exchanges.size() < size_t(qMax(1, m_context.limits().maxPipelinedRequests))) {
        m_readState = ReadState::Reading;
        if (!m_inReadLoop)
            QMetaObject::invokeMethod(this, &HttpConnection::readInput, Qt::QueuedConnection);
    }
    if (m_readState == ReadState::WaitingForUpgrade && m_exchanges.empty())
        QMetaObject::invokeMethod(this, &HttpConnection::performUpgrade, Qt::QueuedConnection);
    if (m_exchanges.empty())
        m_idleSince = Clock::now();
    sendContinueIfDue();
    if (!m_inReadLoop)
        rearm();
}

void HttpConnection::sendContinueIfDue()
{
    if (!m_incoming || !m_incoming->exchange->expectContinue || m_streamer || m_exchanges.empty()
        || m_exchanges.front() != m_incoming->exchange || m_exchanges.front()->response)
        return;
    m_incoming->exchange->expectContinue = false;
    m_socket->write(continueResponse());
    m_needFlush = true;
    if (!m_inReadLoop)
        flushIfNeeded();
}

void HttpConnection::flushIfNeeded()
{
    if (m_needFlush && !m_closed && m_socket) {
        m_needFlush = false;
        m_socket->flush();
    }
}

// ---- upgrades, closing, timeouts -------------------------------------------

void HttpConnection::performUpgrade()
{
    if (m_closed || m_readState != ReadState::WaitingForUpgrade || !m_exchanges.empty() || m_streamer)
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
    m_timer.stop();
    Q_EMIT closed();
    webSocketServer->handleConnection(socket);
}

void HttpConnection::stopAccepting()
{
    m_stopAccepting = true;
    if (m_closed || m_closing)
        return;
    if (isIdle() || m_readState == ReadState::WaitingForUpgrade) {
        closeNow();
        return;
    }
    if (!m_exchanges.empty())
        m_exchanges.back()->closeAfter = true;
    if (!m_incoming)
        m_readState = ReadState::Stopped;
}

void HttpConnection::closeGracefully()
{
    endTransaction();
    abortIncoming();
    m_readState = ReadState::Stopped;
    m_closing = true;
    m_exchanges.clear();
    if (m_socket->bytesToWrite() == 0)
        startLinger();
    else
        rearm();
}

// Closing while the client may still be sending would reset the connection
// and could destroy the response in flight: shut the write side, discard
// what still arrives, close when the client does (or after kLingerTime).
void HttpConnection::startLinger()
{
    if (m_lingering || m_closed)
        return;
    m_socket->flush();
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
    if (m_closing && !m_lingering && m_socket->bytesToWrite() == 0)
        startLinger();
}

void HttpConnection::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    abortIncoming();
    m_exchanges.clear();
    if (m_streamer) {
        m_streamer->disconnect(this);
        m_streamer->deleteLater();
        m_streamer = nullptr;
    }
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
    if (m_socket->bytesToWrite() > 0)
        consider(m_lastWriteProgress + limits.bodyIdleTimeout);
    if (m_readState == ReadState::Reading) {
        if (m_incoming && !m_incoming->answered)
            consider(m_lastBodyByte + limits.bodyIdleTimeout);
        else if (m_headClockRunning)
            consider(m_headStart + limits.headerTimeout);
        else if (m_exchanges.empty() && !m_streamer)
            consider(m_idleSince + limits.idleTimeout);
    }
    return deadline;
}

void HttpConnection::rearm()
{
    const std::optional<Clock::time_point> deadline = nextDeadline();
    if (!deadline)
        return; // a running timer finds nothing to do and stops
    // Firing early is harmless (the deadline is checked again); firing late is not.
    if (m_timer.isActive() && m_armedFor <= *deadline)
        return;
    const auto delay = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
    m_armedFor = *deadline;
    m_timer.start(int(qBound(qint64(0), qint64(delay.count()), qint64(std::numeric_limits<int>::max()))), Qt::PreciseTimer, this);
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
    if (m_lingering || (m_socket->bytesToWrite() > 0 && now >= m_lastWriteProgress + limits.bodyIdleTimeout)) {
        qCDebug(lcHttp).noquote() << m_peerAddress.toString() << (m_lingering ? "linger ended" : "write stalled");
        closeNow();
        return;
    }
    const bool bodyTimedOut = m_incoming && !m_incoming->answered;
    if (!bodyTimedOut && !m_parser.headStarted()) {
        closeNow(); // idle keep-alive connection, or a client that never spoke
        return;
    }
    // A request was under way: answer 408 if nothing before it is pending.
    std::shared_ptr<Exchange> exchange = bodyTimedOut ? m_incoming->exchange : nullptr;
    const size_t ahead = m_exchanges.size() - (exchange ? 1 : 0);
    if (ahead > 0) {
        closeNow();
        return;
    }
    if (!exchange) {
        exchange = std::make_shared<Exchange>();
        exchange->requestId = m_context.nextRequestId();
        m_exchanges.push_back(exchange);
    }
    const QString message = bodyTimedOut
                                ? u"No request body byte arrived for %1 ms."_s.arg(limits.bodyIdleTimeout.count())
                                : u"The request head did not arrive within %1 ms."_s.arg(limits.headerTimeout.count());
    failRequest(exchange, errorResponse(408, message, exchange->requestId));
    flushIfNeeded();
}

} // namespace sc::http
