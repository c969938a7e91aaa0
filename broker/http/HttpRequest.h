#pragma once

#include "http/HttpHeaders.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

#include <any>
#include <optional>

namespace sc::http {

enum class HttpMethod { Get, Head, Post, Put, Patch, Delete, Options, Unknown };

QByteArray methodName(HttpMethod method);
HttpMethod methodFromName(QByteArrayView name);

// One request as handlers see it: no sockets, no parser state. The server
// fills everything but pathParams (the route table does that).
struct HttpRequest
{
    HttpMethod method = HttpMethod::Unknown;
    QByteArray methodText; // as sent, for logs and 405s of unknown methods
    QByteArray target;     // request-target as sent: "/api/v1/x?y=1"
    QString path;          // percent-decoded path, no query
    QUrlQuery query;
    int versionMajor = 1;
    int versionMinor = 1;
    HttpHeaders headers;
    // The whole body for buffered routes; empty for streamed ones (their
    // HttpBodySink got the bytes).
    QByteArray body;
    // Content-Length if the client sent one; nullopt for chunked or none.
    std::optional<qint64> contentLength;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    bool secure = false;  // arrived over TLS
    QByteArray requestId; // short unique id, echoed as X-Request-Id and in logs
    QHash<QString, QString> pathParams;
    // Who is calling, set by the route table's guard (the broker stores its
    // Principal here); empty for public routes.
    std::any caller;

    QString pathParam(const QString &name) const { return pathParams.value(name); }
    // A query parameter, percent-decoded; nullopt when absent.
    std::optional<QString> queryValue(const QString &name) const;
    // The bearer token of the Authorization header, or empty.
    QByteArray bearerToken() const;
};

} // namespace sc::http
