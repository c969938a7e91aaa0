#include "http/HttpServerContext.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sc::http {

Q_LOGGING_CATEGORY(lcHttp, "sc.http", QtInfoMsg)

HttpServerContext::HttpServerContext(HttpService &service, HttpServerLimits limits)
    : m_service(service)
    , m_limits(limits)
    , m_idPrefix(QByteArray::number(QRandomGenerator::global()->bounded(36 * 36 * 36 * 36), 36) + '-')
    , m_readBuffer(kReadChunk, Qt::Uninitialized)
{
}

const QByteArray &HttpServerContext::httpDate()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != m_dateSecs) {
        m_dateSecs = now;
        m_date = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'")
                     .toLatin1();
    }
    return m_date;
}

QByteArray HttpServerContext::nextRequestId()
{
    return m_idPrefix + QByteArray::number(++m_idCounter, 36);
}

QByteArray HttpServerContext::borrowReadBuffer()
{
    if (m_readBuffer.size() == kReadChunk)
        return std::move(m_readBuffer);
    return QByteArray(kReadChunk, Qt::Uninitialized);
}

void HttpServerContext::returnReadBuffer(QByteArray buffer)
{
    if (m_readBuffer.size() != kReadChunk && buffer.size() == kReadChunk)
        m_readBuffer = std::move(buffer);
}

} // namespace sc::http
