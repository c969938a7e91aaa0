#include "http/HttpExchangeQueue.h"

#include "http/HttpBodyStreamer.h"
#include "http/HttpResponseHead.h"
#include "http/HttpServerContext.h"

#include <QBuffer>
#include <QPointer>
#include <QTcpSocket>

namespace sc::http {

HttpExchangeQueue::HttpExchangeQueue(QTcpSocket *socket, HttpSocketWriter &writer, HttpServerContext &context,
                                     QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_writer(writer)
    , m_context(context)
{
}

HttpExchangeQueue::~HttpExchangeQueue() = default;

HttpExchangeQueue::ExchangePtr HttpExchangeQueue::open(QByteArray requestId, bool head, bool http11, bool closeAfter)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->requestId = std::move(requestId);
    exchange->head = head;
    exchange->http11 = http11;
    exchange->closeAfter = closeAfter || m_closing;
    m_exchanges.push_back(exchange);
    return exchange;
}

void HttpExchangeQueue::dropNewest()
{
    if (!m_exchanges.empty())
        m_exchanges.pop_back();
}

bool HttpExchangeQueue::closeAfterNewest()
{
    if (m_exchanges.empty())
        return false;
    m_exchanges.back()->closeAfter = true;
    return true;
}

HttpResponder HttpExchangeQueue::responderFor(const ExchangePtr &exchange)
{
    QPointer<HttpExchangeQueue> queue(this);
    std::weak_ptr<Exchange> weak = exchange;
    return HttpResponder(
        [queue, weak](HttpResponse &&response) {
            if (const ExchangePtr live = weak.lock(); live && queue)
                queue->deliver(live, std::move(response));
        },
        [queue, weak] { return queue && !queue->m_cleared && !weak.expired(); });
}

void HttpExchangeQueue::deliver(const ExchangePtr &exchange, HttpResponse &&response)
{
    if (m_cleared || exchange->response)
        return;
    exchange->response = std::move(response);
    if (!m_exchanges.empty() && m_exchanges.front() == exchange)
        writeReady();
}

bool HttpExchangeQueue::sendContinue(const ExchangePtr &exchange)
{
    if (m_cleared || m_streamer || m_exchanges.empty() || m_exchanges.front() != exchange || exchange->response
        || !exchange->expectContinue)
        return false;
    exchange->expectContinue = false;
    m_writer.write(continueResponse());
    m_needFlush = true;
    if (!m_deferFlush)
        flush();
    return true;
}

void HttpExchangeQueue::clear()
{
    m_cleared = true;
    m_exchanges.clear();
    if (m_streamer) {
        m_streamer->disconnect(this);
        m_streamer->deleteLater();
        m_streamer = nullptr;
    }
}

void HttpExchangeQueue::flush()
{
    if (m_needFlush && !m_cleared) {
        m_needFlush = false;
        m_socket->flush();
    }
}

// Writes every answer that is ready and next in line.
void HttpExchangeQueue::writeReady()
{
    if (m_writing)
        return; // the loop below, further up the stack, carries on
    m_writing = true;
    while (!m_cleared && !m_streamer && !m_exchanges.empty() && m_exchanges.front()->response) {
        if (writeFront())
            finishFront();
    }
    m_writing = false;
    if (!m_deferFlush)
        flush();
}

// Writes the oldest answer; false when a streamer goes on with its body.
bool HttpExchangeQueue::writeFront()
{
    Exchange &exchange = *m_exchanges.front();
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
    if (m_closing)
        exchange.closeAfter = true;
    framing.close = exchange.closeAfter;

    const QByteArray head = buildResponseHead(response, framing, m_context.httpDate(), exchange.requestId);
    const bool sendBody = !bodyForbidden && !exchange.head && length != 0;
    const bool bodyInline = sendBody && !response.stream && response.body.size() <= HttpBodyStreamer::kHighWaterBytes;
    m_writer.write(head, bodyInline ? QByteArrayView(response.body) : QByteArrayView());
    m_needFlush = true;
    if (!sendBody || bodyInline)
        return true;

    std::shared_ptr<QIODevice> device = std::move(response.stream);
    if (!device) {
        // A large in-memory body goes out in pieces rather than doubling in the socket buffer.
        auto buffer = std::make_shared<QBuffer>();
        buffer->setData(std::move(response.body));
        buffer->open(QIODevice::ReadOnly);
        device = std::move(buffer);
    }
    m_streamer = new HttpBodyStreamer(m_socket, m_writer, std::move(device), length, framing.chunked, this);
    connect(m_streamer, &HttpBodyStreamer::finished, this, [this, streamer = m_streamer] {
        if (streamer == m_streamer) // never a stale streamer finishing the next answer
            onStreamFinished();
    });
    connect(m_streamer, &HttpBodyStreamer::failed, this, [this](const QString &reason) {
        qCWarning(lcHttp).noquote() << (m_exchanges.empty() ? QByteArray() : m_exchanges.front()->requestId)
                                    << "response body failed:" << reason;
        Q_EMIT failed();
    });
    m_streamer->start();
    return false;
}

void HttpExchangeQueue::onStreamFinished()
{
    if (!m_streamer)
        return;
    m_streamer->deleteLater();
    m_streamer = nullptr;
    finishFront();
    writeReady();
}

void HttpExchangeQueue::finishFront()
{
    if (m_exchanges.empty())
        return;
    const bool closeAfter = m_exchanges.front()->closeAfter;
    m_exchanges.pop_front();
    Q_EMIT answered(closeAfter);
}

} // namespace sc::http
