#include "http/HttpFileResponse.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::http {

namespace {

std::optional<qint64> parseNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    time.setTimeSpec(Qt::UTC);
    return time;
}

bool etagMatches(const QByteArray &header, const QByteArray &etag)
{
    for (const QByteArray &candidate : header.split(',')) {
        QByteArray tag = candidate.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

} // namespace

HttpRangeRequest parseRange(QByteArrayView header, qint64 size)
{
    HttpRangeRequest result;
    header = header.trimmed();
    if (!header.startsWith("bytes="))
        return result;
    const QByteArrayView spec = header.sliced(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(','))
        return result;
    const QByteArrayView firstText = spec.first(dash).trimmed();
    const QByteArrayView lastText = spec.sliced(dash + 1).trimmed();
    HttpByteRange range;
    if (firstText.isEmpty()) {
        const std::optional<qint64> suffix = parseNumber(lastText);
        if (!suffix)
            return result;
        if (*suffix == 0 || size == 0) {
            result.kind = HttpRangeRequest::Unsatisfiable;
            return result;
        }
        range.first = qMax<qint64>(0, size - *suffix);
        range.last = size - 1;
    } else {
        const std::optional<qint64> first = parseNumber(firstText);
        const std::optional<qint64> last = lastText.isEmpty() ? std::nullopt : parseNumber(lastText);
        if (!first || (!lastText.isEmpty() && (!last || *last < *first)))
            return result;
        if (*first >= size) {
            result.kind = HttpRangeRequest::Unsatisfiable;
            return result;
        }
        range.first = *first;
        range.last = last ? qMin(*last, size - 1) : size - 1;
    }
    result.kind = HttpRangeRequest::Partial;
    result.range = range;
    return result;
}

HttpResponse fileResponse(const HttpRequest &request, const QString &path, QByteArray contentType)
{
    auto file = std::make_shared<QFile>(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file->open(QIODevice::ReadOnly)) {
        protocol::ApiError error{protocol::ErrorCode::NotFound, u"There is no such file."_s, {}, {}};
        error.requestId = QString::fromLatin1(request.requestId);
        return HttpResponse::error(error);
    }
    const qint64 size = file->size();
    const QDateTime modified = info.lastModified();
    const QByteArray etag = '"' + QByteArray::number(size, 16) + '-'
                            + QByteArray::number(modified.toMSecsSinceEpoch(), 16) + '"';
    const QByteArray lastModified = httpDate(modified);

    HttpResponse response;
    response.headers.set("Accept-Ranges", "bytes");
    response.headers.set("ETag", etag);
    response.headers.set("Last-Modified", lastModified);

    const QByteArray ifNoneMatch = request.headers.value("If-None-Match");
    const QByteArray ifModifiedSince = request.headers.value("If-Modified-Since");
    const bool notModified = !ifNoneMatch.isEmpty() ? etagMatches(ifNoneMatch, etag)
                                                    : !ifModifiedSince.isEmpty()
                                                          && modified.toSecsSinceEpoch()
                                                                 <= parseHttpDate(ifModifiedSince).toSecsSinceEpoch();
    if (notModified && (request.method == HttpMethod::Get || request.method == HttpMethod::Head)) {
        response.status = 304;
        return response;
    }

    response.headers.set("Content-Type", std::move(contentType));
    HttpRangeRequest range;
    const QByteArray rangeHeader = request.headers.value("Range");
    const QByteArray ifRange = request.headers.value("If-Range");
    if (!rangeHeader.isEmpty() && (ifRange.isEmpty() || ifRange == etag || ifRange == lastModified))
        range = parseRange(rangeHeader, size);

    switch (range.kind) {
    case HttpRangeRequest::Unsatisfiable: {
        response.status = 416;
        response.headers.remove("Content-Type");
        response.headers.set("Content-Range", "bytes */" + QByteArray::number(size));
        return response;
    }
    case HttpRangeRequest::Partial:
        if (!file->seek(range.range.first)) {
            response.status = 500;
            return response;
        }
        response.status = 206;
        response.headers.set("Content-Range",
                             "bytes " + QByteArray::number(range.range.first) + '-'
                                 + QByteArray::number(range.range.last) + '/' + QByteArray::number(size));
        response.stream = std::move(file);
        response.streamLength = range.range.length();
        return response;
    case HttpRangeRequest::Whole: break;
    }
    response.status = 200;
    response.stream = std::move(file);
    response.streamLength = size;
    return response;
}

} // namespace sc::http
