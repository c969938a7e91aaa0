#pragma once

// A small synchronous HTTP client for API tests: real requests to a broker on
// loopback through QNetworkAccessManager, JSON in and out.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

namespace sc::test {

using namespace Qt::StringLiterals;

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(u"error"_s).toObject().value(u"code"_s).toString(); }
    QString reason() const
    {
        return json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"reason"_s).toString();
    }
};

class TestApi
{
public:
    explicit TestApi(QUrl base)
        : m_base(std::move(base))
    {
    }

    // A session token for the account (empty when the login fails).
    QByteArray login(const QByteArray &email, const QByteArray &password)
    {
        return send("POST",
                    u"/api/v1/auth/login"_s,
                    {},
                    QJsonObject{{u"email"_s, QString::fromLatin1(email)},
                                {u"password"_s, QString::fromLatin1(password)}})
            .json()
            .value(u"token"_s)
            .toString()
            .toLatin1();
    }

    // Registers an account in a new organization (in Germany), has the
    // operator approve a seller's, and logs in.
    QByteArray account(const QByteArray &email, const QByteArray &password, const QString &organization,
                       const QString &role, const QByteArray &operatorToken, const QString &displayName = {})
    {
        const Reply registered = send(
            "POST",
            u"/api/v1/auth/register"_s,
            {},
            QJsonObject{{u"email"_s, QString::fromLatin1(email)},
                        {u"password"_s, QString::fromLatin1(password)},
                        {u"displayName"_s, displayName.isEmpty() ? organization : displayName},
                        {u"organizationName"_s, organization},
                        {u"countryCode"_s, u"DE"_s},
                        {u"role"_s, role}});
        if (role == u"seller"_s) {
            const qint64 organizationId =
                registered.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger();
            send("POST", u"/api/v1/operator/organizations/%1/approve"_s.arg(organizationId), operatorToken);
        }
        return login(email, password);
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &token, const QJsonObject &body = {},
               const QHash<QByteArray, QByteArray> &headers = {})
    {
        const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH";
        return exchange(method,
                        path,
                        token,
                        hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
                        hasBody ? QByteArray("application/json") : QByteArray(),
                        headers,
                        10'000);
    }

    // A request with a raw body (an upload chunk), sent as it is.
    Reply sendBytes(const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &payload,
                    const QHash<QByteArray, QByteArray> &headers = {})
    {
        return exchange(method, path, token, payload, "application/octet-stream", headers, 20'000);
    }

private:
    Reply exchange(const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &payload,
                   const QByteArray &contentType, const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
    {
        QUrl url = m_base;
        const qsizetype query = path.indexOf(u'?');
        url.setPath(query < 0 ? path : path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace sc::test
