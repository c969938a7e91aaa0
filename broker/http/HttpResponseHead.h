#pragma once

#include "http/HttpResponse.h"

#include <QByteArray>

namespace sc::http {

// How a response is framed on the wire; the connection decides it from the
// request (HEAD, version) and the response (status, body, stream length).
struct HttpResponseFraming
{
    qint64 contentLength = -1; // sent as Content-Length when >= 0
    bool chunked = false;      // Transfer-Encoding: chunked
    bool close = false;        // Connection: close (else keep-alive)
};

// The status line and header block of a response, ending with the blank
// line. Adds Date (unless the handler set one), Content-Length or
// Transfer-Encoding, Connection and X-Request-Id; drops the handler's framing
// fields and any field that would split the response (CR, LF, NUL).
QByteArray buildResponseHead(const HttpResponse &response, const HttpResponseFraming &framing, const QByteArray &date,
                             const QByteArray &requestId);

// "HTTP/1.1 100 Continue\r\n\r\n"
QByteArray continueResponse();

} // namespace sc::http
