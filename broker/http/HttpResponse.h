#pragma once

#include "http/HttpHeaders.h"
#include "protocol/ApiError.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace sc::http {

// A response as handlers build it. The server adds Date, Content-Length (or
// chunked framing), Connection and X-Request-Id, and drops the body for HEAD.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    // A body held in memory...
    QByteArray body;
    // ...or one read from a device (a file, a pipe) in large pieces with
    // back-pressure. streamLength >= 0 is sent as Content-Length; -1 means
    // "unknown", sent chunked to HTTP/1.1 clients (close-delimited to 1.0).
    std::shared_ptr<QIODevice> stream;
    qint64 streamLength = -1;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse error(const protocol::ApiError &error);
    static HttpResponse error(protocol::ErrorCode code, const QString &message);
    static HttpResponse text(int status, QByteArray body, QByteArray contentType = "text/plain; charset=utf-8");
    static HttpResponse noContent();
};

QByteArray reasonPhrase(int status);

} // namespace sc::http
