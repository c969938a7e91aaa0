#include "HttpConnectionFuzzer.h"

#include "HttpFuzzService.h"
#include "HttpResponseChecker.h"
#include "http/HttpConnection.h"
#include "http/HttpServerContext.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sc::http::fuzz {

namespace {

// Rounds of the event loop one settle() may take before the harness calls
// the connection stuck. Moving 16 pipelined 2 MiB answers through a 4 KiB
// socket buffer takes about 10,000.
constexpr int kMaxRounds = 200'000;
constexpr std::array<qsizetype, 8> kSegmentSizes{0, 1, 2, 3, 7, 16, 100, 1000};

QString *s_qtWarning = nullptr;
// SPARECLOUD_FUZZ_TRACE=1 prints what the client receives and how the run ended.
const bool s_trace = qEnvironmentVariableIntValue("SPARECLOUD_FUZZ_TRACE") != 0;

struct Options
{
    enum class Ending { ClientHalfClose, ClientClose, ServerShutdown, ServerClose };
    enum class Answers { EachSegment, AtEnd, AfterEnding, Reversed };

    qsizetype segment = 0; // 0: the whole input in one write
    bool smallLimits = false;
    bool zeroTimeouts = false;
    bool webSockets = false;
    Ending ending = Ending::ClientHalfClose;
    bool slowReader = false; // reads answers only when nothing else can move
    Answers answers = Answers::EachSegment;
    bool pipelineOfOne = false;
};

Options takeOptions(QByteArrayView &input)
{
    const auto byteAt = [&input](qsizetype i) { return i < input.size() ? quint8(input[i]) : quint8(0); };
    const quint8 first = byteAt(0);
    const quint8 second = byteAt(1);
    input = input.sliced(qMin<qsizetype>(2, input.size()));
    Options options;
    options.segment = kSegmentSizes[first & 7];
    options.smallLimits = (first & 0x08) != 0;
    options.zeroTimeouts = (first & 0x10) != 0;
    options.webSockets = (first & 0x20) != 0;
    options.ending = Options::Ending((first >> 6) & 3);
    options.slowReader = (second & 0x01) != 0;
    options.answers = Options::Answers((second >> 1) & 3);
    options.pipelineOfOne = (second & 0x08) != 0;
    return options;
}

HttpServerLimits limitsFor(const Options &options)
{
    HttpServerLimits limits;
    // Real timeouts never fire within a run; zero ones fire at once.
    const auto timeout = options.zeroTimeouts ? 0ms : std::chrono::milliseconds(1h);
    limits.headerTimeout = timeout;
    limits.idleTimeout = timeout;
    limits.bodyIdleTimeout = timeout;
    if (options.smallLimits) {
        limits.maxHeaderBytes = 600;
        limits.maxHeaderCount = 6;
        limits.maxUrlBytes = 64;
        limits.maxPipelinedRequests = 2;
    }
    if (options.pipelineOfOne)
        limits.maxPipelinedRequests = 1;
    return limits;
}

const QString &sharedFilePath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString filePath = dir.filePath(u"file.bin"_s);
        QFile file(filePath);
        if (file.open(QIODevice::WriteOnly)) {
            QByteArray bytes(300'000, Qt::Uninitialized);
            for (qsizetype i = 0; i < bytes.size(); ++i)
                bytes[i] = char('a' + i % 23);
            file.write(bytes);
        }
        return filePath;
    }();
    return path;
}

// One fuzz input: a connection, its client end and the service behind it.
class FuzzRun
{
public:
    explicit FuzzRun(const Options &options)
        : m_options(options)
        , m_service(sharedFilePath())
        , m_context(m_service, limitsFor(options))
        , m_checker([this](const QByteArray &requestId) { return m_service.isHeadRequest(requestId); })
    {
    }

    ~FuzzRun()
    {
        if (m_clientFd >= 0)
            ::close(m_clientFd);
    }

    QString run(QByteArrayView input);

private:
    bool start();
    bool round(bool readClient);
    void settle();
    void send(QByteArrayView bytes);
    bool readClient();
    void answerPending(bool reversed);
    void end();
    void cleanUp();
    QString violation() const;

    const Options m_options;
    HttpFuzzService m_service;
    HttpServerContext m_context;
    HttpResponseChecker m_checker;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    std::unique_ptr<HttpConnection> m_connection;
    QPointer<QTcpSocket> m_serverSocket;
    int m_clientFd = -1;
    bool m_clientWriteShut = false;
    bool m_serverClosedItsSide = false; // the client read EOF
    bool m_handedOver = false;          // the connection went to the WebSocket server
    int m_closedSignals = 0;
    bool m_stuck = false;
    QByteArray m_unsent;
    QString m_harnessViolation;
};

bool FuzzRun::start()
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0)
        return false;
    m_clientFd = fds[1];
    if (m_options.slowReader) {
        const int small = 4096;
        ::setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
    }
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(fds[0], QAbstractSocket::ConnectedState, QIODevice::ReadWrite)) {
        ::close(fds[0]);
        delete socket;
        return false;
    }
    m_serverSocket = socket;
    if (m_options.webSockets) {
        m_webSockets = std::make_unique<QWebSocketServer>(u"fuzz"_s, QWebSocketServer::NonSecureMode);
        m_context.setWebSocketServer(m_webSockets.get());
    }
    m_connection = std::make_unique<HttpConnection>(socket, m_context);
    QObject::connect(m_connection.get(), &HttpConnection::closed, m_connection.get(), [this] {
        ++m_closedSignals;
        if (m_serverSocket && !m_serverSocket->parent()) {
            m_handedOver = true;
            m_checker.stopChecking();
        }
    });
    m_connection->start();
    return true;
}

// One pass of the event loop, then (unless the client is slow) the client
// reads what arrived. True if anything happened.
bool FuzzRun::round(bool readClientToo)
{
    bool busy = QAbstractEventDispatcher::instance()->processEvents(QEventLoop::AllEvents);
    if (readClientToo)
        busy = readClient() || busy;
    return busy;
}

// Runs until nothing moves. A slow client reads only then.
void FuzzRun::settle()
{
    for (int i = 0; i < kMaxRounds; ++i) {
        if (round(!m_options.slowReader))
            continue;
        if (m_options.slowReader && readClient())
            continue;
        if (round(true)) // posted events may need a second pass
            continue;
        return;
    }
    m_stuck = true;
}

// Writes as much of bytes (after what is still unsent) as the server takes.
// When the server stops reading (its pipeline is full, it refused a
// request), the rest waits in m_unsent for a later try.
void FuzzRun::send(QByteArrayView bytes)
{
    m_unsent.append(bytes);
    qsizetype offset = 0;
    while (offset < m_unsent.size() && m_clientFd >= 0 && !m_clientWriteShut) {
        const ssize_t sent = ::send(
            m_clientFd, m_unsent.constData() + offset, size_t(m_unsent.size() - offset), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0) {
            offset += sent;
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            offset = m_unsent.size(); // the server is gone: the rest is lost
            break;
        }
        // Full: let the server read, or read its answers so it can go on.
        if (round(!m_options.slowReader) || readClient() || round(true))
            continue;
        break;
    }
    m_unsent.remove(0, offset);
}

bool FuzzRun::readClient()
{
    if (m_clientFd < 0)
        return false;
    bool any = false;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::recv(m_clientFd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (got > 0) {
            m_checker.feed(QByteArrayView(buffer, got));
            if (s_trace)
                std::fprintf(stderr,
                             "<<< %s\n",
                             QByteArrayView(buffer, qMin<ssize_t>(got, 600))
                                 .toByteArray()
                                 .toPercentEncoding(" \r\n:/;=,{}\"")
                                 .replace("%0D%0A", "\\r\\n\n<<< ")
                                 .constData());
            any = true;
            continue;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return any;
        // EOF (or a reset): the server closed its side; a client closes too,
        // after sending what the server never read (it must discard it).
        if (got == 0) {
            m_serverClosedItsSide = true;
            if (!m_unsent.isEmpty() && !m_clientWriteShut) {
                [[maybe_unused]] const ssize_t sent = ::send(
                    m_clientFd, m_unsent.constData(), size_t(m_unsent.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
                m_unsent.clear();
                QAbstractEventDispatcher::instance()->processEvents(QEventLoop::AllEvents);
            }
        }
        ::close(m_clientFd);
        m_clientFd = -1;
        return true;
    }
}

void FuzzRun::answerPending(bool reversed)
{
    while (m_service.answerPending(reversed))
        settle();
}

void FuzzRun::end()
{
    switch (m_options.ending) {
    case Options::Ending::ClientHalfClose:
        if (m_clientFd >= 0)
            ::shutdown(m_clientFd, SHUT_WR);
        m_clientWriteShut = true;
        break;
    case Options::Ending::ClientClose:
        if (m_clientFd >= 0)
            ::close(m_clientFd);
        m_clientFd = -1;
        break;
    case Options::Ending::ServerShutdown:
        m_context.setShuttingDown(true);
        if (m_connection && m_closedSignals == 0)
            m_connection->stopAccepting();
        break;
    case Options::Ending::ServerClose:
        if (m_connection && m_closedSignals == 0)
            m_connection->closeNow();
        break;
    }
    settle();
}

QString FuzzRun::run(QByteArrayView input)
{
    if (!start())
        return u"could not set up a socket pair"_s;
    const qsizetype segment = m_options.segment > 0 ? m_options.segment : qMax<qsizetype>(1, input.size());
    for (qsizetype offset = 0; offset < input.size() && !m_stuck; offset += segment) {
        send(input.sliced(offset, qMin(segment, input.size() - offset)));
        settle();
        if (m_options.answers == Options::Answers::EachSegment)
            answerPending(false);
    }
    if (m_options.answers == Options::Answers::AtEnd || m_options.answers == Options::Answers::Reversed) {
        answerPending(m_options.answers == Options::Answers::Reversed);
        send({}); // what waited for a pipeline slot
        settle();
    }
    end();
    answerPending(false);
    m_service.endPipes();
    settle();
    // Closing on its own after a shutdown, the server must have finished
    // every answer it started, unless a body it was sending fell short.
    const bool closedByServer = m_serverClosedItsSide;
    const bool strict = m_options.ending == Options::Ending::ServerShutdown && !m_options.zeroTimeouts
                        && !m_service.answeredShortBody();
    cleanUp();
    if (closedByServer)
        m_checker.finish(strict);
    if (s_trace)
        std::fprintf(stderr,
                     "--- %d responses, server closed its side: %d, handed over: %d, closed signals: %d\n",
                     m_checker.responses(),
                     int(closedByServer),
                     int(m_handedOver),
                     m_closedSignals);
    return violation();
}

void FuzzRun::cleanUp()
{
    const bool stuckBefore = m_stuck;
    if (m_connection && m_closedSignals == 0)
        m_connection->closeNow();
    if (m_clientFd >= 0) {
        readClient();
        if (m_clientFd >= 0)
            ::close(m_clientFd);
        m_clientFd = -1;
    }
    settle();
    m_stuck = stuckBefore || m_stuck;
    if (m_webSockets) {
        while (m_webSockets->hasPendingConnections())
            delete m_webSockets->nextPendingConnection();
    }
    m_connection.reset();
    m_service.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_webSockets.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString FuzzRun::violation() const
{
    if (m_stuck)
        return u"the connection never settled"_s;
    if (m_closedSignals > 1)
        return u"closed() was emitted %1 times"_s.arg(m_closedSignals);
    if (!m_service.violation().isEmpty())
        return m_service.violation();
    if (!m_checker.violation().isEmpty())
        return m_checker.violation();
    return m_harnessViolation;
}

void recordQtWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    const QByteArrayView category(context.category ? context.category : "");
    if (category.startsWith("sc."))
        return;
    if (s_qtWarning && s_qtWarning->isEmpty())
        *s_qtWarning = u"Qt warned: %1"_s.arg(message);
    if (type == QtFatalMsg)
        ::abort();
}

} // namespace

void setUpHttpConnectionFuzzing()
{
    QLoggingCategory::setFilterRules(u"sc.*=false"_s);
    qInstallMessageHandler(&recordQtWarning);
}

QString runHttpConnectionInput(QByteArrayView input)
{
    QString qtWarning;
    s_qtWarning = &qtWarning;
    const Options options = takeOptions(input);
    QString result;
    {
        FuzzRun run(options);
        result = run.run(input);
    }
    s_qtWarning = nullptr;
    return result.isEmpty() ? qtWarning : result;
}

} // namespace sc::http::fuzz
