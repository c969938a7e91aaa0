#pragma once

#include "protocol/AccountDto.h"
#include "protocol/CatalogDto.h"
#include "protocol/Expected.h"
#include "protocol/ServiceInfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace sc::client {

Q_DECLARE_LOGGING_CATEGORY(lcClient)

// The only way the desktop talks to a broker (embedded or remote): typed
// results, typed errors (protocol::ApiError), timeouts, and retries with
// back-off for GETs and for requests that carry an Idempotency-Key (the
// broker answers a repeated key with the first answer, so resending is safe;
// any other POST, PUT, PATCH or DELETE is sent once). Callbacks run on this object's thread and
// are dropped when their context object is gone.
//
// HTTPS certificates are verified against the system's CAs. A broker with a
// self-signed certificate is trusted only by that certificate's SHA-256
// fingerprint (setTrustedCertificate). A certificate that fails verification
// and is not the trusted one fails the call with ErrorCode::TlsError whose
// details say what was presented, so the user can be asked:
//   {"fingerprint": "<64 hex digits>", "subject": "...", "issuer": "...",
//    "expires": "<ISO date>", "errors": ["<why it failed>", ...]}
// ("fingerprint" is absent when the handshake failed before any certificate,
// for example on a protocol mismatch.)
class BrokerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerClient)

public:
    template<typename T>
    using Callback = std::function<void(const protocol::Expected<T> &)>;
    // Extra request headers: name, value.
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct RetryPolicy
    {
        int maxAttempts = 3; // for GETs and keyed requests; others are never retried
        std::chrono::milliseconds initialBackoff{200};
        std::chrono::milliseconds maxBackoff{5'000};
    };

    explicit BrokerClient(QObject *parent = nullptr);
    ~BrokerClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // The user's session token or API key, sent as a Bearer credential.
    void setAccessToken(const QByteArray &token);
    QByteArray accessToken() const { return m_accessToken; }
    // The one-time token of an embedded broker, sent as X-Broker-Token.
    void setBrokerToken(const QByteArray &token);
    QByteArray brokerToken() const { return m_brokerToken; }
    // Trusts the broker certificate with this SHA-256 fingerprint (hex, any
    // case, colons allowed) although it cannot be verified: self-signed, an
    // unknown CA, another host name. Only those verification errors are
    // overlooked, and only for that exact certificate; an expired or revoked
    // one still fails. Empty: trust only what verifies. Returns false (and
    // trusts nothing extra) when the text is not a SHA-256 fingerprint.
    bool setTrustedCertificate(const QByteArray &sha256);
    QByteArray trustedCertificate() const { return m_trustedSha256; }
    // 64 lower-case hex digits, or empty when text is not a SHA-256 fingerprint.
    static QByteArray normalizeFingerprint(QByteArrayView text);
    void setTimeout(std::chrono::milliseconds timeout);
    void setRetryPolicy(const RetryPolicy &policy);
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    void fetchHealth(QObject *context, Callback<protocol::HealthStatus> callback);
    void fetchVersion(QObject *context, Callback<protocol::VersionInfo> callback);
    void fetchCatalog(QObject *context, Callback<protocol::Catalog> callback);

    // Logs in; on success the client uses the new session from then on.
    void login(const QString &email, const QString &password, bool rememberMe, QObject *context,
               Callback<protocol::SessionInfo> callback);
    // An embedded broker's own accounts ("buyer", "seller", "operator").
    void embeddedLogin(const QString &account, QObject *context, Callback<protocol::SessionInfo> callback);
    void fetchCurrentUser(QObject *context, Callback<protocol::UserInfo> callback);
    // Ends the session on the broker and forgets the token.
    void logout(QObject *context, Callback<QJsonObject> callback);

    // Generic JSON calls; path is relative to the API prefix ("/catalog").
    void getJson(const QString &path, const QUrlQuery &query, QObject *context, Callback<QJsonObject> callback);
    void sendJson(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                  Callback<QJsonObject> callback);
    // The same with extra headers, for example {"Idempotency-Key", key}: with
    // that header the call is retried like a GET after a transport error or a
    // 502/503/504, always with the same key.
    void sendJson(const QByteArray &method, const QString &path, const QJsonObject &body, const Headers &headers,
                  QObject *context, Callback<QJsonObject> callback);
    // A fresh Idempotency-Key (a random UUID) for one user submission.
    static QByteArray newIdempotencyKey();
    // Raw bytes as the body (an appliance chunk), with their content type and
    // extra headers; the answer is JSON. Sent once unless keyed, like sendJson.
    // progress, if given, hears how much of the body has gone out.
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    void sendBytes(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                   const QByteArray &contentType, const Headers &headers, QObject *context,
                   Callback<QJsonObject> callback, Progress progress = {});

    // A document's bytes (PDF, CSV) from a GET: the same credentials, certificate
    // trust, retries and errors as getJson; the answer's body as it came (at
    // most kMaxBytesAnswer; a larger one fails).
    static constexpr qint64 kMaxBytesAnswer = 64 * 1024 * 1024;
    void getBytes(const QString &path, const QUrlQuery &query, QObject *context, Callback<QByteArray> callback);

Q_SIGNALS:
    // Every failed call, for a status bar or a log view.
    void requestFailed(const sc::protocol::ApiError &error);
    // The broker refused the session (expired, revoked): log in again.
    void sessionExpired(const sc::protocol::ApiError &error);

private:
    struct Call;
    void start(std::shared_ptr<Call> call);
    void onSslErrors(Call &call, QNetworkReply *reply, const QList<QSslError> &errors);
    void finish(std::shared_ptr<Call> call, QNetworkReply *reply);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    template<typename T>
    void fetchTyped(const QString &path, QObject *context, Callback<T> callback);
    void startSession(const QString &path, const QJsonObject &body, QObject *context,
                      Callback<protocol::SessionInfo> callback);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QByteArray m_accessToken;
    QByteArray m_brokerToken;
    QByteArray m_trustedSha256;
    std::chrono::milliseconds m_timeout{15'000};
    RetryPolicy m_retry;
};

} // namespace sc::client
