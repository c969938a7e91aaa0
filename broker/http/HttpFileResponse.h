#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sc::http {

// One byte range of a representation, inclusive at both ends.
struct HttpByteRange
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 length() const { return last - first + 1; }
    bool operator==(const HttpByteRange &) const = default;
};

// The outcome of a Range header against a representation of `size` bytes.
struct HttpRangeRequest
{
    enum Kind { Whole, Partial, Unsatisfiable };
    Kind kind = Whole;
    HttpByteRange range;
};

// Parses "bytes=a-b", "bytes=a-" and "bytes=-n". Anything else (several
// ranges, another unit, garbage) asks for the whole representation, as RFC 9110
// allows a server to do.
HttpRangeRequest parseRange(QByteArrayView header, qint64 size);

// A file as a response: streamed from disk, with Accept-Ranges, a single
// byte range (206 + Content-Range, 416 when unsatisfiable), ETag and
// Last-Modified, If-None-Match / If-Modified-Since (304) and If-Range.
// A missing or unreadable file answers 404 (JSON error).
HttpResponse fileResponse(const HttpRequest &request, const QString &path, QByteArray contentType);

} // namespace sc::http
