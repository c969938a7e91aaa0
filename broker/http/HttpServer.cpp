// Placeholder until the real server lands (issue 3 work in progress).
#include "http/HttpServer.h"

namespace sc::http {

class HttpServer::Private
{
};

HttpServer::HttpServer(HttpService &, HttpServerLimits, QObject *parent) : QObject(parent) {}
HttpServer::~HttpServer() = default;
bool HttpServer::listen(const QHostAddress &, quint16) { return false; }
QString HttpServer::errorString() const { return QStringLiteral("not implemented"); }
QHostAddress HttpServer::serverAddress() const { return {}; }
quint16 HttpServer::serverPort() const { return 0; }
bool HttpServer::isListening() const { return false; }
void HttpServer::setWebSocketServer(QWebSocketServer *) {}
int HttpServer::connectionCount() const { return 0; }
void HttpServer::shutdown(std::chrono::milliseconds) { Q_EMIT drained(); }

} // namespace sc::http
