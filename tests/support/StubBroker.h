#pragma once

// A loopback HTTP server for client tests: answers every request with one
// canned status and JSON body (change it with answer()) and keeps the
// requests it saw (method, path, Idempotency-Key, JSON body).
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace sc::test {

// One request as the stub saw it.
struct StubRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray idempotencyKey;
    QJsonObject body;
};

// Answers every request with the canned status and body, and keeps the requests.
class StubBroker final : public QObject
{
public:
    explicit StubBroker(int status = 200, QByteArray body = {})
        : m_status(status)
        , m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void answer(int status, const QByteArray &body = {})
    {
        m_status = status;
        m_body = body;
    }
    QList<StubRequest> requests;
    const StubRequest &last() const { return requests.constLast(); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        StubRequest request;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "idempotency-key")
                request.idempotencyKey = value;
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = QJsonDocument::fromJson(buffer.mid(end + 4, length)).object();
        m_buffers.remove(socket);
        requests.append(request);
        QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status) + " X\r\nConnection: close\r\n";
        if (m_status != 204)
            response += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(m_body.size())
                        + "\r\n";
        response += "\r\n" + (m_status == 204 ? QByteArray() : m_body);
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_status;
    QByteArray m_body;
};

} // namespace sc::test
