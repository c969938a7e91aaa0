#include "SequentialPipe.h"

#include <cstring>

namespace sc::http::fuzz {

SequentialPipe::SequentialPipe()
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void SequentialPipe::append(const QByteArray &bytes)
{
    if (m_ended)
        return;
    m_data += bytes;
    Q_EMIT readyRead();
}

void SequentialPipe::end()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT readChannelFinished();
}

qint64 SequentialPipe::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin<qint64>(maxSize, m_data.size());
    if (count > 0) {
        std::memcpy(data, m_data.constData(), size_t(count));
        m_data.remove(0, qsizetype(count));
    }
    return count;
}

} // namespace sc::http::fuzz
