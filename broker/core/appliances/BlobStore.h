#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace sc::broker {

// Where appliance bytes live: uploads in progress ("parts", written at an
// offset and synced before a chunk is confirmed) and finished images
// ("blobs", addressed by their SHA-256, each stored once). The local disk
// implements it; an object store could (parts as multipart uploads, blobs as
// objects, downloads as redirects to presigned URLs).
//
// Part writes and syncs may run on worker threads; every other call belongs
// to the broker's thread.
class BlobStore
{
public:
    virtual ~BlobStore() = default;

    // A part to write into, created empty if missing. Opened write-only,
    // unbuffered; the caller seeks to its offset.
    virtual std::unique_ptr<QIODevice> openPartForWriting(const QString &uploadId) = 0;
    // Reads a part (hashing it, inspecting its format).
    virtual std::unique_ptr<QIODevice> openPartForReading(const QString &uploadId) const = 0;
    // The part's bytes are durable (fdatasync). Thread-safe. Empty on success,
    // else what went wrong.
    virtual QString syncPart(const QString &uploadId) = 0;
    virtual bool hasPart(const QString &uploadId) const = 0;
    // A local path to the part, when the store has one (format inspection).
    virtual QString partPath(const QString &uploadId) const = 0;
    virtual void discardPart(const QString &uploadId) = 0;
    // The part becomes blob `sha256`, cut to `size` bytes: renamed into place
    // and synced, or dropped when the blob exists already (same bytes).
    // Empty on success, else what went wrong.
    virtual QString commitPart(const QString &uploadId, const QString &sha256, qint64 size) = 0;

    virtual bool hasBlob(const QString &sha256) const = 0;
    // A local file to stream a blob from (sendfile, ranges), or empty.
    virtual QString blobPath(const QString &sha256) const = 0;
    virtual void removeBlob(const QString &sha256) = 0;
    // Every blob and part present (for recovery after a crash).
    virtual QStringList blobs() const = 0;
    virtual QStringList parts() const = 0;
};

} // namespace sc::broker
