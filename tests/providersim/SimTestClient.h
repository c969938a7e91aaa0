#pragma once

// Blocking HTTP requests for the simulator's tests: a real client
// (QNetworkAccessManager) over loopback, with a timeout of its own.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace sc::test {

struct SimReply
{
    int status = 0; // 0: no answer (timeout or network error)
    bool timedOut = false;
    QByteArray body;
    QByteArray etag;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

class SimTestClient
{
public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QByteArray credential;
        QByteArray body;
        QByteArray ifNoneMatch;
        int timeoutMs = 5000;
    };

    // Starts a request; finish() waits for it. Lets a test have several under way.
    QNetworkReply *start(const Request &request)
    {
        QNetworkRequest wire(request.url);
        if (!request.credential.isEmpty())
            wire.setRawHeader("Authorization", "Bearer " + request.credential);
        if (!request.ifNoneMatch.isEmpty())
            wire.setRawHeader("If-None-Match", request.ifNoneMatch);
        // Conditional requests are the test's business, not the cache's.
        wire.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (!request.body.isEmpty())
            wire.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(wire, request.method, request.body);
        reply->setProperty("timeoutMs", request.timeoutMs);
        m_timers[reply].start();
        return reply;
    }

    SimReply finish(QNetworkReply *reply)
    {
        const int timeoutMs = reply->property("timeoutMs").toInt();
        SimReply result;
        if (!reply->isFinished()) {
            QEventLoop loop;
            QTimer timer;
            timer.setSingleShot(true);
            const qint64 left = timeoutMs - m_timers[reply].elapsed();
            timer.start(int(std::max<qint64>(1, left)));
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
            loop.exec();
        }
        result.elapsedMs = m_timers.take(reply).elapsed();
        if (!reply->isFinished()) {
            result.timedOut = true;
            reply->abort();
        } else {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.etag = reply->rawHeader("ETag");
        }
        reply->deleteLater();
        return result;
    }

    SimReply send(const Request &request) { return finish(start(request)); }

    SimReply get(const QUrl &url, const QByteArray &credential, const QByteArray &ifNoneMatch = {})
    {
        return send(Request{"GET", url, credential, {}, ifNoneMatch, 5000});
    }
    SimReply post(const QUrl &url, const QByteArray &credential, const QJsonObject &body)
    {
        return send(Request{"POST", url, credential, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, 5000});
    }
    SimReply del(const QUrl &url, const QByteArray &credential)
    {
        return send(Request{"DELETE", url, credential, {}, {}, 5000});
    }

private:
    QNetworkAccessManager m_network;
    QHash<QNetworkReply *, QElapsedTimer> m_timers;
};

} // namespace sc::test
