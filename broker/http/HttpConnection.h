#pragma once

#include "http/HttpRequestParser.h"
#include "http/HttpService.h"

#include <QBasicTimer>
#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>

class QTcpSocket;

namespace sc::http {

class HttpBodyStreamer;
class HttpServerContext;

// One client connection: reads requests with HttpRequestParser, asks the
// service for a plan, feeds bodies to the plan's sink or buffer, and writes
// the answers strictly in request order (pipelining). Owns its socket, which
// may be a QSslSocket. Handlers never see it: they answer through an
// HttpResponder that outlives the connection safely.
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
    // The connection is finished with (closed or handed to the WebSocket
    // server). Emitted once; the owner deletes the object later.
    void closed();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    using Clock = std::chrono::steady_clock;
    struct Exchange;
    struct Incoming;
    enum class ReadState { Reading, WaitingForSlot, WaitingForUpgrade, Stopped };

    // Reading and parsing
    void onReadyRead();
    void readInput();
    qsizetype parse(QByteArrayView chunk, Clock::time_point now);
    void onHeadComplete();
    void onMessageComplete();
    bool onBody(QByteArrayView data);
    void onParseFailed();
    void answerFromHead(HttpResponse response, bool bodyAnnounced);
    void endTransaction();
    void failRequest(std::shared_ptr<Exchange> exchange, HttpResponse response);
    void abortIncoming();
    HttpResponse errorResponse(int status, const QString &message, const QByteArray &requestId) const;

    // Answering
    HttpResponder makeResponder(const std::shared_ptr<Exchange> &exchange);
    void deliver(const std::shared_ptr<Exchange> &exchange, HttpResponse &&response);
    void writeQueued();
    bool writeResponse(Exchange &exchange);
    void onStreamFinished();
    void finishFront();
    void sendContinueIfDue();
    void flushIfNeeded();

    // Upgrades, closing, timeouts
    void performUpgrade();
    void closeGracefully();
    void startLinger();
    void onBytesWritten();
    std::optional<Clock::time_point> nextDeadline() const;
    void rearm();
    void onTimeout();

    QTcpSocket *m_socket;
    HttpServerContext &m_context;
    HttpRequestParser m_parser;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    bool m_secure = false;

    std::deque<std::shared_ptr<Exchange>> m_exchanges; // request order; front is answered first
    std::unique_ptr<Incoming> m_incoming;             // the request whose body is being read
    ReadState m_readState = ReadState::Reading;
    HttpBodyStreamer *m_streamer = nullptr;

    bool m_inReadLoop = false;
    bool m_inWriteLoop = false;
    bool m_inTransaction = false;
    bool m_needFlush = false;
    bool m_stopAccepting = false;
    bool m_closing = false;   // the last response is queued; closing after it is sent
    bool m_lingering = false; // write side shut; discarding input until the peer closes
    bool m_closed = false;
    qint64 m_lingerBytes = 0;

    bool m_headClockRunning = true; // a fresh connection must send its first head in time
    Clock::time_point m_headStart;
    Clock::time_point m_idleSince;
    Clock::time_point m_lastBodyByte;
    Clock::time_point m_lastWriteProgress;
    Clock::time_point m_lingerStart;
    QBasicTimer m_timer;
    Clock::time_point m_armedFor;
};

} // namespace sc::http
