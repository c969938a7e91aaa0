#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "protocol/ApiError.h"

#include <memory>
#include <optional>

namespace sc::http {

// Receives a streamed request body piece by piece as it arrives (an upload
// handler writes it to disk). Called on the connection's thread.
class HttpBodySink
{
public:
    virtual ~HttpBodySink() = default;
    // A piece of the body, already de-chunked. An error stops the request:
    // the server answers it and closes the connection.
    virtual std::optional<protocol::ApiError> write(QByteArrayView data) = 0;
    // The whole body arrived. An error is answered instead of calling handle().
    virtual std::optional<protocol::ApiError> finish() = 0;
    // The body will not complete (client gone, timeout, limit): discard it.
    virtual void abort() {}
};

// What to do with a request once its headers are in, decided before a single
// body byte is read.
struct HttpRequestPlan
{
    // Answer this at once and never read the body (404, 405, 401, 413...).
    std::optional<HttpResponse> immediateResponse;
    // Largest body accepted; a larger Content-Length is refused with 413 from
    // the headers, a chunked body that grows past it is cut off with 413.
    qint64 maxBodyBytes = 0;
    // Stream the body here instead of buffering it into HttpRequest::body.
    std::unique_ptr<HttpBodySink> sink;
    // The request asks for a WebSocket upgrade and the service accepts it:
    // the server hands the socket to its QWebSocketServer.
    bool acceptWebSocket = false;
    // Whatever the service wants back in handle() (its matched route).
    std::shared_ptr<const void> context;
};

// The seam between the HTTP server and the application: the server parses and
// frames, the service (the route table) decides and answers. The server never
// knows routes; the service never sees sockets.
class HttpService
{
public:
    virtual ~HttpService() = default;

    // Headers are complete. May fill request.pathParams.
    virtual HttpRequestPlan plan(HttpRequest &request) = 0;

    // The body is complete (in request.body, or delivered to plan.sink).
    // Must answer through the responder exactly once, now or later.
    virtual void handle(HttpRequest request, HttpRequestPlan plan, HttpResponder responder) = 0;
};

} // namespace sc::http
