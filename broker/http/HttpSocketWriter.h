#pragma once

#include <QByteArrayView>

#include <functional>

class QTcpSocket;

namespace sc::http {

// Writes to a connection's socket. On a plain TCP socket whose Qt write
// buffer is empty it sends straight to the kernel (one writev for a head and
// its body) and queues only what the kernel did not take; Qt then sends the
// rest as usual. That saves a copy and, above all, the write-notifier
// round trip Qt makes for every buffered write (two extra system calls per
// response under the glib event dispatcher). Order is kept: nothing goes
// direct while Qt still holds bytes. TLS sockets always go through Qt.
class HttpSocketWriter
{
public:
    explicit HttpSocketWriter(QTcpSocket *socket);

    void write(QByteArrayView first, QByteArrayView second = {});
    // Bytes written but not yet handed to the kernel.
    qint64 queued() const;
    // The descriptor for direct sends (sendfile), or -1 on TLS sockets.
    int directDescriptor() const { return m_descriptor; }
    // Called when bytes start waiting in Qt's buffer (the client reads
    // slower than we write): the stall clock starts.
    void setBacklogStarted(std::function<void()> callback) { m_backlogStarted = std::move(callback); }

private:
    QTcpSocket *m_socket;
    int m_descriptor = -1;
    std::function<void()> m_backlogStarted;
};

} // namespace sc::http
