#pragma once

#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "http/HttpSocketWriter.h"

#include <QByteArray>
#include <QObject>

#include <deque>
#include <memory>
#include <optional>

class QTcpSocket;

namespace sc::http {

class HttpBodyStreamer;
class HttpServerContext;

// The requests of one connection that still await their answer, in request
// order. Answers may arrive in any order (handlers are asynchronous); they
// go on the wire strictly in order, each framed for its request.
class HttpExchangeQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchangeQueue)

public:
    struct Exchange
    {
        QByteArray requestId;
        std::optional<HttpResponse> response;
        bool head = false;       // HEAD: frame as for GET, send no body
        bool http11 = true;      // else HTTP/1.0: no chunked coding
        bool closeAfter = false; // close the connection after this answer
        bool expectContinue = false;
    };
    using ExchangePtr = std::shared_ptr<Exchange>;

    HttpExchangeQueue(QTcpSocket *socket, HttpSocketWriter &writer, HttpServerContext &context,
                      QObject *parent = nullptr);
    ~HttpExchangeQueue() override;

    ExchangePtr open(QByteArray requestId, bool head, bool http11, bool closeAfter);
    // Forgets the newest exchange (a WebSocket handshake is not answered here).
    void dropNewest();
    // Every answer from now on closes the connection (shutdown).
    void setClosing() { m_closing = true; }
    // The newest exchange closes the connection once answered; false if none.
    bool closeAfterNewest();

    // Handlers answer through this; it drops answers once the exchange or
    // the connection is gone.
    HttpResponder responderFor(const ExchangePtr &exchange);
    void deliver(const ExchangePtr &exchange, HttpResponse &&response);
    // Writes "100 Continue" if the exchange is next to answer and unanswered.
    bool sendContinue(const ExchangePtr &exchange);

    bool isEmpty() const { return m_exchanges.empty(); }
    size_t size() const { return m_exchanges.size(); }
    bool isWriting() const { return m_streamer != nullptr; }
    // Drops everything: the connection is closing or gone.
    void clear();

    // While deferred, writes are flushed by the caller (flush()) once per
    // batch of pipelined requests instead of once per answer.
    void setDeferFlush(bool defer) { m_deferFlush = defer; }
    void flush();

Q_SIGNALS:
    // The oldest answer is queued on the socket in full.
    void answered(bool closeAfter);
    // A response body failed half-way: the connection must be closed.
    void failed();

private:
    void writeReady();
    bool writeFront();
    void finishFront();
    void onStreamFinished();

    QTcpSocket *m_socket;
    HttpSocketWriter &m_writer;
    HttpServerContext &m_context;
    std::deque<ExchangePtr> m_exchanges;
    HttpBodyStreamer *m_streamer = nullptr;
    bool m_writing = false;
    bool m_closing = false;
    bool m_cleared = false;
    bool m_deferFlush = false;
    bool m_needFlush = false;
};

} // namespace sc::http
