#pragma once

#include "protocol/ProviderDto.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sc::broker {

// The broker's side of the provider API (docs/provider-api/openapi.yaml):
// asynchronous calls to one provider cloud at a time, each bounded by a
// timeout, with conditional GETs (If-None-Match) so an unchanged answer costs
// a 304. Every answer is classified, so callers decide retry or not from
// `failure` alone.
class ProviderClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderClient)

public:
    struct Endpoint
    {
        QUrl base; // e.g. https://cloud.example/sparecloud or http://127.0.0.1:4000/p/17
        QByteArray credential;
    };

    enum class Failure {
        None,
        Unreachable, // no answer: connection refused or reset, DNS, timeout
        ServerError, // 5xx
        Malformed,   // an answer that is not the JSON the contract promises
        Refused,     // 4xx: the provider said no (see code)
    };

    struct Outcome
    {
        Failure failure = Failure::None;
        int status = 0;
        QString code;    // the provider's error code, when it sent one
        QString message; // for logs and sellers: what went wrong
        QByteArray etag;
        bool notModified = false; // 304: keep what you have
        qint64 elapsedMs = 0;

        bool ok() const { return failure == Failure::None; }
        // Worth trying again later with the same request.
        bool transient() const
        {
            return failure == Failure::Unreachable || failure == Failure::ServerError || failure == Failure::Malformed
                   || status == 429;
        }
    };

    template<typename T>
    using Callback = std::function<void(const Outcome &, const T &)>;

    explicit ProviderClient(QObject *parent = nullptr);
    ~ProviderClient() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    int inFlight() const { return m_inFlight; }

    void health(const Endpoint &endpoint, Callback<protocol::ProviderHealth> done);
    void capacity(const Endpoint &endpoint, const QByteArray &etag, Callback<protocol::ProviderCapacity> done);
    void instances(const Endpoint &endpoint, const QString &since, const QByteArray &etag,
                   Callback<protocol::ProviderInstanceList> done);
    void create(const Endpoint &endpoint, const protocol::NewProviderInstance &instance,
                Callback<protocol::ProviderInstance> done);
    void terminate(const Endpoint &endpoint, const QString &instanceId, Callback<protocol::ProviderInstance> done);
    // PATCH: the lease was renewed; the instance runs until then.
    void extend(const Endpoint &endpoint, const QString &instanceId, const QDateTime &leaseEndsAt,
                Callback<protocol::ProviderInstance> done);
    void utilization(const Endpoint &endpoint, const QString &instanceId, const QDateTime &since,
                     Callback<protocol::ProviderUtilization> done);

private:
    using Parsed = std::function<void(const Outcome &, const QJsonObject &)>;
    void send(const QByteArray &method, const Endpoint &endpoint, const QString &path, const QString &query,
              const QByteArray &body, const QByteArray &etag, Parsed done);
    template<typename T>
    Parsed parsing(Callback<T> done);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = 10'000;
    int m_inFlight = 0;
};

QString describe(ProviderClient::Failure failure);

} // namespace sc::broker
