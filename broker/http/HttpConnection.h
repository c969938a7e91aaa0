#pragma once

#include "http/HttpExchangeQueue.h"
#include "http/HttpRequestParser.h"
#include "http/HttpService.h"

#include <QBasicTimer>
#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class QTcpSocket;

namespace sc::http {

class HttpServerContext;

// One client connection: reads requests with HttpRequestParser, asks the
// service for a plan before any body byte is read, feeds bodies to the
// plan's sink or buffer, and hands answers to its HttpExchangeQueue, which
// writes them in request order. Owns its socket, which may be a QSslSocket.
// Enforces the timeouts and closes politely (lingering) or at once.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket *socket, HttpServerContext &context, QObject *parent = nullptr);
    ~HttpConnection() override;

    void start();
    const QHostAddress &peerAddress() const { return m_peerAddress; }
    // No request is being read, handled or written.
    bool isIdle() const;
    // Server shutdown: no new requests; close once those in flight are answered.
    void stopAccepting();
    // Closes at once; requests in flight are dropped (their sinks aborted).
    void closeNow();

Q_SIGNALS:
    // The connection is finished with (closed, or handed to the WebSocket
    // server). Emitted once; the owner deletes the object later.
    void closed();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    using Clock = std::chrono::steady_clock;
    using ExchangePtr = HttpExchangeQueue::ExchangePtr;
    struct Incoming;
    enum class ReadState { Reading, WaitingForSlot, WaitingForUpgrade, Stopped };

    // Reading and parsing
    void onReadyRead();
    void readInput();
    qsizetype parse(QByteArrayView chunk, Clock::time_point now);
    void onHeadComplete();
    std::optional<HttpResponse> vetPlan(const HttpRequest &request, const HttpRequestPlan &plan, bool bodyAnnounced);
    bool onBody(QByteArrayView data);
    void onMessageComplete();
    void onParseFailed();
    void answerFromHead(HttpResponse response, bool bodyAnnounced);
    void failRequest(ExchangePtr exchange, HttpResponse response);
    void abortIncoming();
    void endTransaction();
    HttpResponse errorResponse(int status, const QString &message, const QByteArray &requestId) const;
    size_t pipelineLimit() const;

    // After an answer, upgrades, closing, timeouts
    void onAnswered(bool closeAfter);
    void performUpgrade();
    void closeGracefully();
    void startLinger();
    void onBytesWritten();
    void startWriteClock();
    std::optional<Clock::time_point> nextDeadline() const;
    void rearm();
    void onTimeout();

    QTcpSocket *m_socket;
    HttpServerContext &m_context;
    HttpRequestParser m_parser;
    HttpSocketWriter m_writer;
    HttpExchangeQueue m_queue;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    bool m_secure = false;

    std::unique_ptr<Incoming> m_incoming; // the request whose head is in and whose body is being read
    ReadState m_readState = ReadState::Reading;
    bool m_inReadLoop = false;
    bool m_inTransaction = false;
    bool m_stopAccepting = false;
    bool m_closing = false;   // the last answer is queued; closing after it is sent
    bool m_lingering = false; // write side shut; discarding input until the peer closes
    bool m_closed = false;
    qint64 m_lingerBytes = 0;

    bool m_headClockRunning = true; // a fresh connection must send its first head in time
    bool m_writeClockRunning = false;
    Clock::time_point m_headStart;
    Clock::time_point m_idleSince;
    Clock::time_point m_lastBodyByte;
    Clock::time_point m_lastWriteProgress;
    Clock::time_point m_lingerStart;
    QBasicTimer m_timer;
    Clock::time_point m_armedFor;
};

} // namespace sc::http
