#include "http/HttpSocketWriter.h"

#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <sys/socket.h>
#include <sys/uio.h>

#include <cerrno>

namespace sc::http {

HttpSocketWriter::HttpSocketWriter(QTcpSocket *socket)
    : m_socket(socket)
{
#if QT_CONFIG(ssl)
    if (qobject_cast<QSslSocket *>(socket))
        return;
#endif
    m_descriptor = int(socket->socketDescriptor());
}

qint64 HttpSocketWriter::queued() const
{
    return m_socket->bytesToWrite();
}

void HttpSocketWriter::write(QByteArrayView first, QByteArrayView second)
{
    const bool wasEmpty = m_socket->bytesToWrite() == 0;
    qsizetype sent = 0;
    if (m_descriptor >= 0 && m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
        iovec parts[2] = {{const_cast<char *>(first.data()), size_t(first.size())},
                          {const_cast<char *>(second.data()), size_t(second.size())}};
        msghdr message{};
        message.msg_iov = parts;
        message.msg_iovlen = second.isEmpty() ? 1 : 2;
        ssize_t result;
        do {
            result = ::sendmsg(m_descriptor, &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        } while (result < 0 && errno == EINTR);
        // On EAGAIN everything goes through Qt; on a real error too, and Qt
        // reports it (errorOccurred) when it tries.
        sent = result > 0 ? qsizetype(result) : 0;
    }
    if (sent < first.size()) {
        m_socket->write(first.data() + sent, first.size() - sent);
        sent = 0;
    } else {
        sent -= first.size();
    }
    if (sent < second.size())
        m_socket->write(second.data() + sent, second.size() - sent);
    if (wasEmpty && m_backlogStarted && m_socket->bytesToWrite() > 0)
        m_backlogStarted();
}

} // namespace sc::http
