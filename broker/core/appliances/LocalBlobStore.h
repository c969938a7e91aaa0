#pragma once

#include "core/appliances/BlobStore.h"

namespace sc::broker {

// Blobs and parts on the local disk under one folder:
//   <root>/blobs/<first two hex digits>/<sha256>   finished images, read-only
//   <root>/parts/<upload id>.part                   uploads in progress
// Renames stay within one file system, so a finished part becomes a blob
// atomically; the folders are synced after every rename.
class LocalBlobStore final : public BlobStore
{
public:
    explicit LocalBlobStore(QString root);

    // Creates the folders; false (with errorString) when it cannot.
    bool prepare();
    QString errorString() const { return m_error; }
    QString root() const { return m_root; }

    std::unique_ptr<QIODevice> openPartForWriting(const QString &uploadId) override;
    std::unique_ptr<QIODevice> openPartForReading(const QString &uploadId) const override;
    QString syncPart(const QString &uploadId) override;
    bool hasPart(const QString &uploadId) const override;
    QString partPath(const QString &uploadId) const override;
    void discardPart(const QString &uploadId) override;
    QString commitPart(const QString &uploadId, const QString &sha256, qint64 size) override;

    bool hasBlob(const QString &sha256) const override;
    QString blobPath(const QString &sha256) const override;
    void removeBlob(const QString &sha256) override;
    QStringList blobs() const override;
    QStringList parts() const override;

private:
    QString m_root;
    QString m_error;
};

} // namespace sc::broker
