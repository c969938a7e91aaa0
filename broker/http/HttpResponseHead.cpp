#include "http/HttpResponseHead.h"

#include "http/HttpServerContext.h"

#include <array>
#include <cstring>

namespace sc::http {

namespace {

bool isServerField(QByteArrayView name)
{
    return name.compare("Content-Length", Qt::CaseInsensitive) == 0
           || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0
           || name.compare("Connection", Qt::CaseInsensitive) == 0
           || name.compare("Keep-Alive", Qt::CaseInsensitive) == 0;
}

bool isSafe(QByteArrayView text)
{
    for (char c : text) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

const QByteArray &statusLine(int status)
{
    // Built once per status and thread: the head of every response starts with one.
    thread_local std::array<QByteArray, 600> lines;
    thread_local QByteArray scratch;
    if (status < 100 || status >= int(lines.size())) {
        scratch = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        return scratch;
    }
    QByteArray &line = lines[size_t(status)];
    if (line.isEmpty())
        line = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    return line;
}

} // namespace

QByteArray buildResponseHead(const HttpResponse &response, const HttpResponseFraming &framing, const QByteArray &date,
                             const QByteArray &requestId)
{
    qsizetype size = 160 + requestId.size();
    for (const auto &[name, value] : response.headers.fields())
        size += name.size() + value.size() + 4;

    QByteArray head;
    head.reserve(size);
    head += statusLine(response.status);
    bool hasDate = false;
    bool hasRequestId = false;
    for (const auto &[name, value] : response.headers.fields()) {
        if (name.isEmpty() || isServerField(name) || !isSafe(name) || !isSafe(value)) {
            qCWarning(lcHttp) << "dropping response header" << name;
            continue;
        }
        hasDate = hasDate || name.compare("Date", Qt::CaseInsensitive) == 0;
        hasRequestId = hasRequestId || name.compare("X-Request-Id", Qt::CaseInsensitive) == 0;
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    if (!hasDate) {
        head += "Date: ";
        head += date;
        head += "\r\n";
    }
    if (framing.contentLength >= 0) {
        head += "Content-Length: ";
        head += QByteArray::number(framing.contentLength);
        head += "\r\n";
    } else if (framing.chunked) {
        head += "Transfer-Encoding: chunked\r\n";
    }
    head += framing.close ? QByteArrayView("Connection: close\r\n") : QByteArrayView("Connection: keep-alive\r\n");
    if (!hasRequestId && !requestId.isEmpty()) {
        head += "X-Request-Id: ";
        head += requestId;
        head += "\r\n";
    }
    head += "\r\n";
    return head;
}

QByteArray continueResponse()
{
    return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
}

} // namespace sc::http
