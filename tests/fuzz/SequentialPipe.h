#pragma once

#include <QByteArray>
#include <QIODevice>

namespace sc::http::fuzz {

// A sequential device whose bytes arrive when someone appends them, like a
// pipe from another process: readyRead on every append, readChannelFinished
// at the end. A response body read from it makes the streamer wait.
class SequentialPipe final : public QIODevice
{
public:
    SequentialPipe();

    void append(const QByteArray &bytes);
    void end();
    bool hasEnded() const { return m_ended; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_ended && m_data.isEmpty() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_ended = false;
};

} // namespace sc::http::fuzz
