#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QObject>

#include <memory>

namespace sc::http {

class HttpSocketWriter;

// Copies a response body from a device (a file, a pipe) to the socket in
// large pieces, keeping at most a few MiB queued in the socket: it waits on
// bytesWritten before reading more. Optionally frames it as chunked. A file
// of known length on a plain TCP socket goes out with sendfile(2) while the
// kernel takes it, through Qt's buffer when it does not (which is how the
// streamer learns that the socket has room again).
class HttpBodyStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpBodyStreamer)

public:
    static constexpr qint64 kPieceBytes = 512 * 1024;
    static constexpr qint64 kHighWaterBytes = 2 * 1024 * 1024;
    // Through Qt's buffer when sendfile finds the socket full: only enough to
    // learn (bytesWritten) when the socket has room for sendfile again.
    static constexpr qint64 kNudgeBytes = 16 * 1024;

    // length >= 0: send exactly that many bytes; -1: until the device ends.
    HttpBodyStreamer(QIODevice *socket, HttpSocketWriter &writer, std::shared_ptr<QIODevice> device, qint64 length,
                     bool chunked, QObject *parent = nullptr);
    ~HttpBodyStreamer() override;

    void start();
    qint64 bytesSent() const { return m_sent; }

Q_SIGNALS:
    // Everything is queued in the socket (not necessarily on the wire yet).
    void finished();
    // The device failed or ended early; the connection must be closed.
    void failed(const QString &reason);

private:
    void pump();
    bool sendFromFile();
    void finish();
    void fail(const QString &reason);

    QIODevice *m_socket;
    HttpSocketWriter &m_writer;
    std::shared_ptr<QIODevice> m_device;
    const qint64 m_length;
    const bool m_chunked;
    QByteArray m_buffer;
    qint64 m_sent = 0;
    int m_fileDescriptor = -1; // sendfile source, -1 when not used
    qint64 m_fileOffset = 0;
    bool m_deviceFinished = false;
    bool m_pumping = false;
    bool m_done = false;
};

} // namespace sc::http
