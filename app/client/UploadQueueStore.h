#pragma once

#include "client/ImageFile.h"
#include "protocol/ApplianceDto.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sc::client {

// One upload as it is kept between runs of the app: enough to find the file
// again, see whether it changed, and resume on the broker.
struct StoredUpload
{
    QString key; // the app's own id for the upload
    QString filePath;
    ImageFile::Stamp stamp; // when it was picked
    protocol::ApplianceMetadata metadata;
    QString format;      // empty: not detected yet
    QString sha256;      // empty: not hashed yet
    QString uploadId;    // empty: not created on the broker yet
    bool paused = false; // by the user
    bool failed = false;
    QString error; // why it failed

    QJsonObject toJson() const;
    static std::optional<StoredUpload> fromJson(const QJsonObject &json);
};

// The upload queue in a small JSON file (uploads.json under the app's data
// folder), one list per scope (a broker and an account: UploadManager::scopeFor),
// written whole and atomically (QSaveFile) on every change that matters.
class UploadQueueStore
{
public:
    explicit UploadQueueStore(QString filePath);

    // <AppDataLocation>/uploads.json
    static QString defaultFile();
    QString filePath() const { return m_filePath; }

    QList<StoredUpload> load(const QString &scope) const;
    bool save(const QString &scope, const QList<StoredUpload> &uploads) const;

private:
    QJsonObject readAll() const;

    QString m_filePath;
};

} // namespace sc::client
