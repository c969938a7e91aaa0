#pragma once

#include "client/BrokerClient.h"
#include "protocol/ApplianceDto.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <variant>

namespace sc::client {

// The appliance repository (/appliances...) with typed results, on top of
// BrokerClient: the directory with the organization's storage quota, one
// appliance, its metadata changed, deleted; and the calls of a resumable
// upload that UploadManager strings together. Cheap to make, like
// InstanceClient; callbacks follow BrokerClient's rules.
class ApplianceClient
{
    Q_DECLARE_TR_FUNCTIONS(ApplianceClient)

public:
    template<typename T>
    using Callback = BrokerClient::Callback<T>;
    using Done = std::monostate;

    // GET /appliances: public and own appliances by name, and the quota.
    struct Directory
    {
        QList<protocol::Appliance> appliances;
        protocol::StorageQuota quota;
    };
    // GET /appliances/uploads: the organization's recent uploads, newest first.
    struct Uploads
    {
        QList<protocol::ApplianceUpload> uploads;
        protocol::StorageQuota quota;
    };
    // What POST /appliances/uploads declares before the first byte.
    struct NewUpload
    {
        protocol::ApplianceMetadata metadata;
        QString format;
        qint64 sizeBytes = 0;
        QString sha256; // the whole file's, 64 lowercase hex digits
    };

    explicit ApplianceClient(BrokerClient &client);

    // visibility: "all", "public" or "private".
    void fetchAppliances(const QString &visibility, QObject *context, Callback<Directory> callback);
    void fetchAppliance(qint64 id, QObject *context, Callback<protocol::Appliance> callback);
    // Sends every field of metadata (the broker changes what differs).
    void updateAppliance(qint64 id, const protocol::ApplianceMetadata &metadata, QObject *context,
                         Callback<protocol::Appliance> callback);
    // 409 (details.reason "in_use") while an open bid or a starting lease names it.
    void deleteAppliance(qint64 id, QObject *context, Callback<Done> callback);

    void fetchUploads(QObject *context, Callback<Uploads> callback);
    // 201 at offset 0; 422 details.reason "quota_exceeded" with details.availableBytes.
    void createUpload(const NewUpload &upload, QObject *context, Callback<protocol::ApplianceUpload> callback);
    // The upload's state and confirmed offset.
    void fetchUpload(const QString &uploadId, QObject *context, Callback<protocol::ApplianceUpload> callback);
    // The bytes at offset with their SHA-256 (32 raw bytes) in Content-Digest.
    // 409 offset_mismatch (details.offset: resume there), chunk_in_progress,
    // not_uploading; 422 digest_mismatch (the chunk was dropped).
    void sendChunk(const QString &uploadId, qint64 offset, const QByteArray &bytes, const QByteArray &sha256,
                   QObject *context, Callback<protocol::ApplianceUpload> callback,
                   BrokerClient::Progress progress = {});
    // 202, verifying; poll fetchUpload() until ready or failed.
    void completeUpload(const QString &uploadId, QObject *context, Callback<protocol::ApplianceUpload> callback);
    // Drops the upload and frees its reservation; 409 once it is ready.
    void cancelUpload(const QString &uploadId, QObject *context, Callback<Done> callback);

    // "sha-256=:<base64>:" (RFC 9530) for 32 raw digest bytes.
    static QByteArray contentDigest(const QByteArray &sha256);
    // The repository's refusals (and a failed upload's errorReason as
    // details.reason) as sentences for the person uploading: the quota with
    // what is free, a damaged or changed file, a wrong format, an appliance
    // in use, the broker out of reach.
    static QString errorText(const protocol::ApiError &error);
    // Worth trying again later: the broker was out of reach, busy or unavailable.
    static bool isTransient(const protocol::ApiError &error);

    // Parsers, public for tests.
    static protocol::Expected<Directory> parseDirectory(const QJsonObject &json);
    static protocol::Expected<Uploads> parseUploads(const QJsonObject &json);

private:
    BrokerClient &m_client;
};

} // namespace sc::client
