#pragma once

#include "protocol/ApiError.h"
#include "protocol/ApplianceDto.h"
#include "protocol/Expected.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <chrono>
#include <functional>
#include <memory>

namespace sc::http {
class HttpBodySink;
}

namespace sc::broker {

class BlobStore;
class Clock;
class Database;
struct Principal;

// The appliance repository: resumable uploads in chunks, the directory of
// public (curated) and private appliances, each organization's storage
// quota, and the record of which provider fetched which image.
//
// An upload declares its size and SHA-256, then takes chunks at the confirmed
// offset. A chunk's bytes stream into the upload's part while their SHA-256 is
// computed; the chunk is confirmed (the offset moves in the database) only
// after its digest matched and the part was fdatasynced on a worker thread,
// so a confirmed byte survives a crash and an unconfirmed one is simply
// overwritten by the retry. The whole file's SHA-256 is carried along chunk
// by chunk in memory; completing an upload checks it (re-reading the part
// only when the broker restarted in between) and the format on a worker
// thread, then moves the part into the content-addressed store.
class ApplianceService final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 quotaBytes = qint64(200) << 30; // per organization
        // An upload nobody sent a chunk to for this long expires.
        std::chrono::milliseconds uploadIdleTimeout{std::chrono::hours(24)};
        // How long a chunk that overtook its predecessor (sent over another
        // connection) waits for it before it is refused.
        std::chrono::milliseconds chunkGapWait{10'000};
    };

    struct Fetch
    {
        qint64 id = 0;
        qint64 providerId = 0;
        QString sha256;
        qint64 rangeStart = 0;
        qint64 bytes = 0;
        int status = 0;
        QDateTime fetchedAt;
        QJsonObject toJson() const;
    };

    // The bytes behind an appliance, for provisioning.
    struct Blob
    {
        QString sha256;
        qint64 sizeBytes = 0;
    };

    using ChunkDone = std::function<void(protocol::Expected<protocol::ApplianceUpload>)>;

    static constexpr qint64 kMinUploadBytes = 512;
    // Chunks of one upload that may be on their way at once: the next is
    // received while the one before it is synced.
    static constexpr qsizetype kChunkWindow = 2;

    ApplianceService(Database &database, BlobStore &store, const Clock &clock, Options options,
                     QObject *parent = nullptr);
    ~ApplianceService() override;

    // At start: verification cut short by a crash starts again; parts and
    // blobs nothing refers to are removed.
    void recover();

    // The directory.
    QList<protocol::Appliance> appliances(const Principal &caller, const QString &visibility) const;
    protocol::Expected<protocol::Appliance> appliance(const Principal &caller, qint64 id) const;
    protocol::Expected<protocol::Appliance> update(const Principal &caller, qint64 id, const QJsonObject &change);
    std::optional<protocol::ApiError> remove(const Principal &caller, qint64 id);
    protocol::StorageQuota quotaOf(qint64 organizationId) const;

    // An appliance organizationId may run (public or its own, ready), or why not.
    std::optional<protocol::ApiError> checkUsable(qint64 organizationId, qint64 applianceId) const;
    std::optional<Blob> blobOf(qint64 applianceId) const;
    // A finished image's local file (empty for an unknown SHA-256).
    QString blobPath(const QString &sha256) const;

    // Uploads.
    protocol::Expected<protocol::ApplianceUpload> createUpload(const Principal &caller, const QJsonObject &body);
    QList<protocol::ApplianceUpload> uploads(const Principal &caller) const;
    protocol::Expected<protocol::ApplianceUpload> upload(const Principal &caller, const QString &id) const;
    std::optional<protocol::ApiError> cancel(const Principal &caller, const QString &id);
    // The sink a chunk's body streams into; throws http::ApiException to
    // refuse from the headers (404, 409 offset, 400 digest, 422 beyond size).
    std::unique_ptr<http::HttpBodySink> beginChunk(const Principal &caller, const QString &id, qint64 offset,
                                                   std::optional<qint64> contentLength, const QByteArray &contentDigest,
                                                   const QByteArray &requestId);
    // The chunk's body arrived and matched its digest: sync it, confirm it,
    // then `done` with the upload at its new offset.
    void confirmChunk(const Principal &caller, const QString &id, const QByteArray &requestId, ChunkDone done);
    protocol::Expected<protocol::ApplianceUpload> complete(const Principal &caller, const QString &id);
    // Drops uploads left alone past their expiry; returns how many.
    int expireAbandoned();

    // Puts a file already on this machine into the directory (demo appliances,
    // operators' imports): copied, hashed, inspected, stored like an upload.
    protocol::Expected<protocol::Appliance> importFile(const QString &path, qint64 organizationId, qint64 userId,
                                                       const QString &visibility, const QString &format,
                                                       const protocol::ApplianceMetadata &metadata);

    // Downloads through signed URLs.
    void recordFetch(qint64 providerId, const QString &sha256, qint64 rangeStart, qint64 bytes, int status);
    QList<Fetch> fetches(const QString &sha256, int limit) const;

    // Waits for verifications in flight (tests).
    void waitForIdle();

Q_SIGNALS:
    // An upload reached ready or failed.
    void uploadFinished(const QString &uploadId, qint64 organizationId, const QString &status);

private:
    struct RunningHash;
    struct Chunk;
    class ChunkSink;
    friend class ChunkSink;

    std::optional<protocol::ApplianceUpload> findUpload(const QString &id, qint64 organizationId) const;
    std::optional<protocol::Appliance> findAppliance(qint64 id, qint64 organizationId) const;
    void chunkReceived(const QString &uploadId, const QByteArray &requestId, bool ok, qint64 length,
                       std::shared_ptr<RunningHash> hash);
    void chunkAbandoned(const QString &uploadId, const QByteArray &requestId);
    std::shared_ptr<Chunk> findChunk(const QString &uploadId, const QByteArray &requestId) const;
    void dropChunk(const QString &uploadId, const std::shared_ptr<Chunk> &chunk);
    void drainChunks(const QString &uploadId);
    void startVerification(const protocol::ApplianceUpload &upload);
    void finishVerification(const QString &uploadId, const QString &sha256, const QString &reason,
                            const QString &message, std::optional<qint64> virtualSize);
    void failUpload(const QString &uploadId, const QString &reason, const QString &message);
    qint64 insertAppliance(qint64 organizationId, qint64 userId, const QString &visibility, const QString &format,
                           const protocol::ApplianceMetadata &metadata, const QString &sha256, qint64 sizeBytes,
                           std::optional<qint64> virtualSize);
    void releaseBlobIfUnused(const QString &sha256);
    qint64 nowMs() const;

    Database &m_database;
    BlobStore &m_store;
    const Clock &m_clock;
    Options m_options;
    QHash<QString, std::shared_ptr<RunningHash>> m_hashes; // upload id -> SHA-256 so far
    // upload id -> the chunks being received or synced, in offset order
    QHash<QString, QList<std::shared_ptr<Chunk>>> m_chunks;
    QThreadPool m_workers;
};

} // namespace sc::broker
