#include "client/BrokerClient.h"

#include "protocol/ApiVersion.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

Q_LOGGING_CATEGORY(lcClient, "sc.client", QtInfoMsg)

namespace {

constexpr qint64 kMaxResponseBytes = 64 * 1024 * 1024;

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

// What trusting a certificate by its fingerprint may overlook: that nobody
// vouches for it, and that it names another host. Nothing about its dates,
// revocation, signature or chain integrity.
bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch: return true;
    default: return false;
    }
}

ApiError tlsError(QNetworkReply *reply, const QJsonObject &details)
{
    const QString fingerprint = details.value(u"fingerprint"_s).toString();
    if (fingerprint.isEmpty()) {
        return ApiError{ErrorCode::TlsError,
                        BrokerClient::tr("The secure connection to the broker failed: %1").arg(reply->errorString()),
                        details,
                        {}};
    }
    QStringList reasons;
    for (const QJsonValue &reason : details.value(u"errors"_s).toArray())
        reasons << reason.toString();
    return ApiError{ErrorCode::TlsError,
                    BrokerClient::tr("The broker's certificate cannot be trusted: %1 Its SHA-256 fingerprint is %2. "
                                     "Trust it only if the broker's operator confirms this fingerprint.")
                        .arg(reasons.join(u' '), fingerprint),
                    details,
                    {}};
}

ApiError networkError(QNetworkReply *reply, bool timedOut, const QJsonObject &tlsDetails)
{
    if (timedOut) {
        return ApiError{ErrorCode::Timeout, BrokerClient::tr("The broker did not answer in time."), {}, {}};
    }
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError: return tlsError(reply, tlsDetails);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return ApiError{ErrorCode::Timeout, BrokerClient::tr("The broker did not answer in time."), {}, {}};
    default:
        return ApiError{
            ErrorCode::NetworkError, BrokerClient::tr("Cannot reach the broker: %1").arg(reply->errorString()), {}, {}};
    }
}

} // namespace

struct BrokerClient::Call
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    Headers headers;
    QByteArray contentType = "application/json";
    Progress progress;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback<QJsonObject> callback;
    // getBytes: a 2xx answer's body goes here instead of being read as JSON.
    std::function<void(const QByteArray &)> rawAnswer;
    int attempt = 0;
    QJsonObject tlsDetails; // the refused certificate of the last attempt
};

BrokerClient::BrokerClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

BrokerClient::~BrokerClient() = default;

void BrokerClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void BrokerClient::setAccessToken(const QByteArray &token)
{
    m_accessToken = token;
}

void BrokerClient::setBrokerToken(const QByteArray &token)
{
    m_brokerToken = token;
}

QByteArray BrokerClient::normalizeFingerprint(QByteArrayView text)
{
    QByteArray hex;
    hex.reserve(64);
    for (const char c : text) {
        if (c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        const char lower = (c >= 'A' && c <= 'F') ? char(c - 'A' + 'a') : c;
        if (!((lower >= '0' && lower <= '9') || (lower >= 'a' && lower <= 'f')) || hex.size() == 64)
            return {};
        hex.append(lower);
    }
    return hex.size() == 64 ? hex : QByteArray();
}

bool BrokerClient::setTrustedCertificate(const QByteArray &sha256)
{
    const QByteArray normalized = normalizeFingerprint(sha256);
    const bool valid = sha256.isEmpty() || !normalized.isEmpty();
    if (normalized != m_trustedSha256) {
        m_trustedSha256 = normalized;
        // An open connection was accepted under the old trust: never reuse it.
        m_network->clearConnectionCache();
    }
    return valid;
}

void BrokerClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void BrokerClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retry = policy;
}

QUrl BrokerClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + protocol::kApiPrefix + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void BrokerClient::getJson(const QString &path, const QUrlQuery &query, QObject *context,
                           Callback<QJsonObject> callback)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->url = urlFor(path, query);
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    start(std::move(call));
}

void BrokerClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                            Callback<QJsonObject> callback)
{
    sendJson(method, path, body, {}, context, std::move(callback));
}

void BrokerClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const Headers &headers, QObject *context, Callback<QJsonObject> callback)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->url = urlFor(path, {});
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->headers = headers;
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    start(std::move(call));
}

void BrokerClient::sendBytes(const QByteArray &method, const QString &path, const QUrlQuery &query,
                             const QByteArray &body, const QByteArray &contentType, const Headers &headers,
                             QObject *context, Callback<QJsonObject> callback, Progress progress)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->url = urlFor(path, query);
    call->body = body; // shared, not copied
    call->contentType = contentType;
    call->headers = headers;
    call->progress = std::move(progress);
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    start(std::move(call));
}

void BrokerClient::getBytes(const QString &path, const QUrlQuery &query, QObject *context,
                            Callback<QByteArray> callback)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->url = urlFor(path, query);
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = [callback](const Expected<QJsonObject> &answer) {
        if (!answer)
            callback(answer.error());
        else
            callback(QByteArray()); // a 2xx without a body
    };
    call->rawAnswer = [callback](const QByteArray &body) { callback(body); };
    start(std::move(call));
}

void BrokerClient::start(std::shared_ptr<Call> call)
{
    ++call->attempt;
    call->tlsDetails = {};
    QNetworkRequest request(call->url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Accept", call->rawAnswer ? "*/*" : "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("SpareCloud/" SPARECLOUD_VERSION));
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    if (!m_brokerToken.isEmpty())
        request.setRawHeader("X-Broker-Token", m_brokerToken);
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
    for (const auto &[name, value] : call->headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network->sendCustomRequest(request, call->method, call->body);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxResponseBytes)
            reply->abort();
    });
    if (call->progress) {
        connect(reply, &QNetworkReply::uploadProgress, reply, [call](qint64 sent, qint64 total) {
            if (!call->hasContext || call->context)
                call->progress(sent, total);
        });
    }
    connect(reply, &QNetworkReply::sslErrors, this, [this, call, reply](const QList<QSslError> &errors) {
        onSslErrors(*call, reply, errors);
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

// Runs during the handshake. Ignores exactly these errors when the broker
// presented the certificate the user trusts and every error is one that
// trust answers; otherwise the handshake fails and the call reports what
// was presented.
void BrokerClient::onSslErrors(Call &call, QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate presented = reply->sslConfiguration().peerCertificate();
    if (presented.isNull()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull()) {
                presented = error.certificate();
                break;
            }
        }
    }
    const QByteArray fingerprint = presented.isNull() ? QByteArray()
                                                      : presented.digest(QCryptographicHash::Sha256).toHex();
    const bool trusted = !fingerprint.isEmpty() && !m_trustedSha256.isEmpty() && fingerprint == m_trustedSha256
                         && std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &error) {
                                return isTrustError(error.error());
                            });
    if (trusted) {
        reply->ignoreSslErrors(errors);
        call.tlsDetails = {};
        return;
    }
    QJsonArray reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    QJsonObject details{{u"errors"_s, reasons}};
    if (!presented.isNull()) {
        details.insert(u"fingerprint"_s, QString::fromLatin1(fingerprint));
        details.insert(u"subject"_s, presented.subjectDisplayName());
        details.insert(u"issuer"_s, presented.issuerDisplayName());
        details.insert(u"expires"_s, presented.expiryDate().toUTC().toString(Qt::ISODate));
    }
    call.tlsDetails = details;
    qCInfo(lcClient).noquote() << "refused the certificate of" << reply->url().host() << "with SHA-256"
                               << QString::fromLatin1(fingerprint) << "for" << errors.size() << "errors";
}

void BrokerClient::finish(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool keyed = std::any_of(call->headers.cbegin(), call->headers.cend(), [](const auto &header) {
        return header.first.compare("Idempotency-Key", Qt::CaseInsensitive) == 0;
    });
    const bool idempotent = call->method == "GET" || call->method == "HEAD" || keyed;
    // No answer, or one that broke off before its end (network and proxy errors are 1-199):
    // whatever the broker did, this client does not know it.
    const bool transportFailed = status == 0 || (reply->error() > QNetworkReply::NoError && reply->error() < 200);

    if (idempotent && call->attempt < m_retry.maxAttempts && (transportFailed || isRetryableStatus(status))
        && reply->error() != QNetworkReply::SslHandshakeFailedError) {
        auto backoff = m_retry.initialBackoff * (1 << (call->attempt - 1));
        backoff = std::min(backoff, m_retry.maxBackoff);
        const auto jitter = std::chrono::milliseconds(
            QRandomGenerator::global()->bounded(qint64(backoff.count() / 4 + 1)));
        qCDebug(lcClient) << "retrying" << call->url.path() << "after" << (backoff + jitter).count() << "ms";
        QTimer::singleShot(backoff + jitter, this, [this, call] { start(call); });
        return;
    }

    auto deliver = [this, call](const Expected<QJsonObject> &result) {
        if (!result) {
            Q_EMIT requestFailed(result.error());
            const QString reason = result.error().details.value(u"reason"_s).toString();
            if (result.error().code == ErrorCode::Unauthorized && !m_accessToken.isEmpty()
                && (reason == u"session_expired"_s || reason == u"revoked"_s || reason == u"invalid"_s))
                Q_EMIT sessionExpired(result.error());
        }
        if (call->hasContext && !call->context)
            return;
        call->callback(result);
    };

    if (transportFailed) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        deliver(networkError(reply, timedOut, call->tlsDetails));
        return;
    }

    if (keyed && reply->rawHeader("Idempotent-Replayed") == "true")
        qCInfo(lcClient) << "the broker replayed its answer to" << call->method << call->url.path();
    const QByteArray body = reply->readAll();
    if (call->rawAnswer && status >= 200 && status < 300) {
        if (call->hasContext && !call->context)
            return;
        if (body.size() > kMaxBytesAnswer)
            return deliver(ApiError{ErrorCode::InvalidResponse, tr("The broker's answer is too large."), {}, {}});
        call->rawAnswer(body);
        return;
    }
    QJsonObject object;
    if (!body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (status >= 200 && status < 300) {
                deliver(ApiError{ErrorCode::InvalidResponse,
                                 tr("The broker sent an answer that is not JSON (HTTP %1).").arg(status),
                                 {},
                                 {}});
                return;
            }
        } else {
            object = document.object();
        }
    }

    if (status >= 200 && status < 300) {
        deliver(object);
        return;
    }
    if (auto error = ApiError::fromJson(object)) {
        deliver(*error);
        return;
    }
    deliver(ApiError{ApiError::codeForHttpStatus(status),
                     tr("The broker answered HTTP %1 %2.")
                         .arg(status)
                         .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
                     {},
                     {}});
}

QByteArray BrokerClient::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

template<typename T>
void BrokerClient::fetchTyped(const QString &path, QObject *context, Callback<T> callback)
{
    getJson(path, {}, context, [callback = std::move(callback)](const Expected<QJsonObject> &result) {
        if (!result) {
            callback(result.error());
            return;
        }
        Expected<T> typed = T::fromJson(*result);
        if (!typed) {
            callback(ApiError{ErrorCode::InvalidResponse,
                              tr("The broker sent an unexpected answer: %1").arg(typed.error().message),
                              {},
                              {}});
            return;
        }
        callback(typed);
    });
}

void BrokerClient::fetchHealth(QObject *context, Callback<protocol::HealthStatus> callback)
{
    fetchTyped(u"/health"_s, context, std::move(callback));
}

void BrokerClient::fetchVersion(QObject *context, Callback<protocol::VersionInfo> callback)
{
    fetchTyped(u"/version"_s, context, std::move(callback));
}

void BrokerClient::fetchCatalog(QObject *context, Callback<protocol::Catalog> callback)
{
    fetchTyped(u"/catalog"_s, context, std::move(callback));
}

void BrokerClient::startSession(const QString &path, const QJsonObject &body, QObject *context,
                                Callback<protocol::SessionInfo> callback)
{
    sendJson("POST", path, body, context, [this, callback = std::move(callback)](const Expected<QJsonObject> &result) {
        if (!result) {
            callback(result.error());
            return;
        }
        auto session = protocol::SessionInfo::fromJson(*result);
        if (!session) {
            callback(ApiError{ErrorCode::InvalidResponse,
                              tr("The broker sent an unexpected answer: %1").arg(session.error().message),
                              {},
                              {}});
            return;
        }
        m_accessToken = session->token;
        callback(session);
    });
}

void BrokerClient::login(const QString &email, const QString &password, bool rememberMe, QObject *context,
                         Callback<protocol::SessionInfo> callback)
{
    startSession(u"/auth/login"_s,
                 QJsonObject{{u"email"_s, email}, {u"password"_s, password}, {u"rememberMe"_s, rememberMe}},
                 context,
                 std::move(callback));
}

void BrokerClient::embeddedLogin(const QString &account, QObject *context, Callback<protocol::SessionInfo> callback)
{
    startSession(u"/auth/embedded-login"_s, QJsonObject{{u"account"_s, account}}, context, std::move(callback));
}

void BrokerClient::fetchCurrentUser(QObject *context, Callback<protocol::UserInfo> callback)
{
    fetchTyped(u"/me"_s, context, std::move(callback));
}

void BrokerClient::logout(QObject *context, Callback<QJsonObject> callback)
{
    sendJson("POST",
             u"/auth/logout"_s,
             {},
             context,
             [this, callback = std::move(callback)](const Expected<QJsonObject> &result) {
                 m_accessToken.clear();
                 callback(result);
             });
}

} // namespace sc::client
