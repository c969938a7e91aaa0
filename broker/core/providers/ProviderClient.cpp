#include "core/providers/ProviderClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {
// An answer larger than this is not what the contract describes.
constexpr qint64 kMaxAnswerBytes = 16 * 1024 * 1024;
} // namespace

QString describe(ProviderClient::Failure failure)
{
    switch (failure) {
    case ProviderClient::Failure::None: return u"ok"_s;
    case ProviderClient::Failure::Unreachable: return u"unreachable"_s;
    case ProviderClient::Failure::ServerError: return u"server error"_s;
    case ProviderClient::Failure::Malformed: return u"malformed answer"_s;
    case ProviderClient::Failure::Refused: return u"refused"_s;
    }
    return {};
}

ProviderClient::ProviderClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ProviderClient::~ProviderClient() = default;

void ProviderClient::send(const QByteArray &method, const Endpoint &endpoint, const QString &path, const QString &query,
                          const QByteArray &body, const QByteArray &etag, Parsed done)
{
    QUrl url = endpoint.base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + endpoint.credential);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    ++m_inFlight;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done), timer] {
        --m_inFlight;
        reply->deleteLater();
        Outcome outcome;
        outcome.elapsedMs = timer->elapsed();
        outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.etag = reply->rawHeader("ETag");
        if (outcome.status == 0) {
            outcome.failure = Failure::Unreachable;
            outcome.message = reply->error() == QNetworkReply::OperationCanceledError
                                  ? u"no answer within %1 s"_s.arg(double(m_timeoutMs) / 1000)
                                  : reply->errorString();
            done(outcome, {});
            return;
        }
        if (outcome.status == 304) {
            outcome.notModified = true;
            done(outcome, {});
            return;
        }
        const QByteArray bytes = reply->read(kMaxAnswerBytes + 1);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (reply->error() != QNetworkReply::NoError && outcome.status < 400) {
            // The answer broke off (a reset in the middle of the body).
            outcome.failure = Failure::Unreachable;
            outcome.message = reply->errorString();
            done(outcome, {});
            return;
        }
        if (outcome.status >= 400) {
            outcome.failure = outcome.status >= 500 ? Failure::ServerError : Failure::Refused;
            if (const auto error = protocol::ProviderError::fromJson(document.object())) {
                outcome.code = error->code;
                outcome.message = error->message.left(300);
            } else {
                outcome.message = u"HTTP %1"_s.arg(outcome.status);
            }
            done(outcome, document.object());
            return;
        }
        if (bytes.size() > kMaxAnswerBytes || parseError.error != QJsonParseError::NoError || !document.isObject()) {
            outcome.failure = Failure::Malformed;
            outcome.message = bytes.size() > kMaxAnswerBytes ? u"the answer is larger than 16 MiB"_s
                                                             : u"the answer is not a JSON object"_s;
            done(outcome, {});
            return;
        }
        done(outcome, document.object());
    });
}

template<typename T>
ProviderClient::Parsed ProviderClient::parsing(Callback<T> done)
{
    return [done = std::move(done)](const Outcome &outcome, const QJsonObject &json) {
        if (!outcome.ok() || outcome.notModified) {
            done(outcome, T());
            return;
        }
        auto parsed = T::fromJson(json);
        if (!parsed) {
            Outcome malformed = outcome;
            malformed.failure = Failure::Malformed;
            malformed.message = parsed.error().message.left(300);
            done(malformed, T());
            return;
        }
        done(outcome, *parsed);
    };
}

void ProviderClient::health(const Endpoint &endpoint, Callback<protocol::ProviderHealth> done)
{
    send("GET", endpoint, u"/v1/health"_s, {}, {}, {}, parsing(std::move(done)));
}

void ProviderClient::capacity(const Endpoint &endpoint, const QByteArray &etag,
                              Callback<protocol::ProviderCapacity> done)
{
    send("GET", endpoint, u"/v1/capacity"_s, {}, {}, etag, parsing(std::move(done)));
}

void ProviderClient::instances(const Endpoint &endpoint, const QString &since, const QByteArray &etag,
                               Callback<protocol::ProviderInstanceList> done)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(u"since"_s, QString::fromLatin1(QUrl::toPercentEncoding(since)));
    send("GET", endpoint, u"/v1/instances"_s, query.toString(QUrl::FullyEncoded), {}, etag, parsing(std::move(done)));
}

void ProviderClient::create(const Endpoint &endpoint, const protocol::NewProviderInstance &instance,
                            Callback<protocol::ProviderInstance> done)
{
    send("POST",
         endpoint,
         u"/v1/instances"_s,
         {},
         QJsonDocument(instance.toJson()).toJson(QJsonDocument::Compact),
         {},
         parsing(std::move(done)));
}

void ProviderClient::terminate(const Endpoint &endpoint, const QString &instanceId,
                               Callback<protocol::ProviderInstance> done)
{
    send("DELETE",
         endpoint,
         u"/v1/instances/"_s + QString::fromLatin1(QUrl::toPercentEncoding(instanceId)),
         {},
         {},
         {},
         parsing(std::move(done)));
}

void ProviderClient::extend(const Endpoint &endpoint, const QString &instanceId, const QDateTime &leaseEndsAt,
                            Callback<protocol::ProviderInstance> done)
{
    send("PATCH",
         endpoint,
         u"/v1/instances/"_s + QString::fromLatin1(QUrl::toPercentEncoding(instanceId)),
         {},
         QJsonDocument(QJsonObject{{u"leaseEndsAt"_s, leaseEndsAt.toUTC().toString(Qt::ISODateWithMs)}})
             .toJson(QJsonDocument::Compact),
         {},
         parsing(std::move(done)));
}

void ProviderClient::utilization(const Endpoint &endpoint, const QString &instanceId, const QDateTime &since,
                                 Callback<protocol::ProviderUtilization> done)
{
    QUrlQuery query;
    if (since.isValid())
        query.addQueryItem(u"since"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(since.toUTC().toString(Qt::ISODateWithMs))));
    send("GET",
         endpoint,
         u"/v1/instances/"_s + QString::fromLatin1(QUrl::toPercentEncoding(instanceId)) + u"/utilization"_s,
         query.toString(QUrl::FullyEncoded),
         {},
         {},
         parsing(std::move(done)));
}

} // namespace sc::broker
