#include "http/HttpBodyStreamer.h"

using namespace Qt::StringLiterals;

namespace sc::http {

HttpBodyStreamer::HttpBodyStreamer(QIODevice *socket, std::shared_ptr<QIODevice> device, qint64 length,
                                   bool chunked, QObject *parent)
    : QObject(parent), m_socket(socket), m_device(std::move(device)), m_length(length), m_chunked(chunked)
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
    while (!m_done && m_socket->bytesToWrite() < kHighWaterBytes) {
        qint64 want = m_buffer.size();
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
        if (m_chunked) {
            m_socket->write(QByteArray::number(got, 16) + "\r\n");
            m_socket->write(m_buffer.constData(), got);
            m_socket->write("\r\n", 2);
        } else {
            m_socket->write(m_buffer.constData(), got);
        }
        m_sent += got;
    }
    m_pumping = false;
}

void HttpBodyStreamer::finish()
{
    if (m_chunked)
        m_socket->write("0\r\n\r\n", 5);
    m_done = true;
    m_buffer = QByteArray();
    Q_EMIT finished();
}

void HttpBodyStreamer::fail(const QString &reason)
{
    m_done = true;
    Q_EMIT failed(reason);
}

} // namespace sc::http
