#include "http/HttpBodyStreamer.h"

#include "http/HttpSocketWriter.h"

#include <QFile>

#include <sys/sendfile.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace sc::http {

HttpBodyStreamer::HttpBodyStreamer(QIODevice *socket, HttpSocketWriter &writer, std::shared_ptr<QIODevice> device,
                                   qint64 length, bool chunked, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_writer(writer)
    , m_device(std::move(device))
    , m_length(length)
    , m_chunked(chunked)
{
}

HttpBodyStreamer::~HttpBodyStreamer() = default;

void HttpBodyStreamer::start()
{
    if (!m_device || !m_device->isReadable()) {
        fail(u"the response device is not readable"_s);
        return;
    }
    m_buffer.resize(m_length >= 0 ? qMin(m_length, kPieceBytes) : kPieceBytes);
    if (auto *file = qobject_cast<QFile *>(m_device.get());
        file && m_length > 0 && !m_chunked && m_writer.directDescriptor() >= 0 && file->handle() >= 0) {
        m_fileDescriptor = file->handle();
        m_fileOffset = file->pos();
    }
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpBodyStreamer::pump);
    if (m_device->isSequential()) {
        connect(m_device.get(), &QIODevice::readyRead, this, &HttpBodyStreamer::pump);
        connect(m_device.get(), &QIODevice::readChannelFinished, this, [this] {
            m_deviceFinished = true;
            pump();
        });
    }
    pump();
}

void HttpBodyStreamer::pump()
{
    if (m_done || m_pumping)
        return;
    m_pumping = true;
    while (!m_done && m_writer.queued() < kHighWaterBytes) {
        if (m_fileDescriptor >= 0 && m_writer.queued() == 0 && sendFromFile())
            continue;
        if (m_done)
            break;
        if (m_fileDescriptor >= 0 && m_writer.queued() > 0)
            break; // wait for room, then sendfile again
        qint64 want = m_buffer.size();
        if (m_fileDescriptor >= 0)
            want = kNudgeBytes; // the kernel takes the rest by sendfile once there is room
        if (m_length >= 0)
            want = qMin(want, m_length - m_sent);
        if (want == 0) {
            finish();
            break;
        }
        const qint64 got = m_device->read(m_buffer.data(), want);
        if (got < 0) {
            fail(u"reading the response body failed: %1"_s.arg(m_device->errorString()));
            break;
        }
        if (got == 0) {
            if (m_device->isSequential() && !m_deviceFinished && m_device->isOpen())
                break; // more will come: readyRead or readChannelFinished
            if (m_length >= 0)
                fail(u"the response body ended after %1 of %2 bytes"_s.arg(m_sent).arg(m_length));
            else
                finish();
            break;
        }
        m_fileOffset += got;
        const QByteArrayView piece(m_buffer.constData(), got);
        if (m_chunked) {
            m_writer.write(QByteArray(QByteArray::number(got, 16) + "\r\n"), piece);
            m_writer.write("\r\n");
        } else {
            m_writer.write(piece);
        }
        m_sent += got;
    }
    m_pumping = false;
}

// Sends file bytes straight from the page cache. True while the kernel takes
// them; false when its buffer is full (the caller then writes one piece
// through Qt, which signals when there is room) or sendfile cannot be used.
bool HttpBodyStreamer::sendFromFile()
{
    const qint64 want = qMin<qint64>(m_length - m_sent, 4 * kPieceBytes);
    if (want == 0) {
        finish();
        return false;
    }
    off_t offset = off_t(m_fileOffset);
    ssize_t sent;
    do {
        sent = ::sendfile(m_writer.directDescriptor(), m_fileDescriptor, &offset, size_t(want));
    } while (sent < 0 && errno == EINTR);
    if (sent > 0) {
        m_sent += sent;
        m_fileOffset += sent;
        return true;
    }
    if (sent < 0 && (errno == EINVAL || errno == ENOSYS))
        m_fileDescriptor = -1; // not for this file: read and write instead
    // The read path takes over from m_fileOffset (EAGAIN: one piece through Qt).
    if (!m_device->seek(m_fileOffset)) {
        fail(u"seeking the response file failed"_s);
        return false;
    }
    return false;
}

void HttpBodyStreamer::finish()
{
    if (m_done)
        return;
    if (m_chunked)
        m_writer.write("0\r\n\r\n");
    m_done = true;
    m_buffer = QByteArray();
    Q_EMIT finished();
}

void HttpBodyStreamer::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(reason);
}

} // namespace sc::http
