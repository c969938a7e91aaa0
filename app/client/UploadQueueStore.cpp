#include "client/UploadQueueStore.h"

#include "client/BrokerClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sc::client {

namespace {
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
} // namespace

QJsonObject StoredUpload::toJson() const
{
    return QJsonObject{
        {u"key"_s, key},
        {u"filePath"_s, filePath},
        {u"fileSize"_s, stamp.size},
        {u"fileModified"_s, stamp.modified.toMSecsSinceEpoch()},
        {u"metadata"_s, metadata.toJson()},
        {u"format"_s, format},
        {u"sha256"_s, sha256},
        {u"uploadId"_s, uploadId},
        {u"paused"_s, paused},
        {u"failed"_s, failed},
        {u"error"_s, error},
    };
}

std::optional<StoredUpload> StoredUpload::fromJson(const QJsonObject &json)
{
    StoredUpload upload;
    upload.key = json.value(u"key"_s).toString();
    upload.filePath = json.value(u"filePath"_s).toString();
    upload.stamp.size = json.value(u"fileSize"_s).toInteger(-1);
    upload.stamp.modified = QDateTime::fromMSecsSinceEpoch(json.value(u"fileModified"_s).toInteger(), Qt::UTC);
    auto metadata = protocol::ApplianceMetadata::fromJson(json.value(u"metadata"_s).toObject());
    upload.format = json.value(u"format"_s).toString();
    upload.sha256 = json.value(u"sha256"_s).toString();
    upload.uploadId = json.value(u"uploadId"_s).toString();
    upload.paused = json.value(u"paused"_s).toBool();
    upload.failed = json.value(u"failed"_s).toBool();
    upload.error = json.value(u"error"_s).toString();
    if (upload.key.isEmpty() || upload.filePath.isEmpty() || upload.stamp.size < 0 || !metadata
        || (!upload.format.isEmpty() && !protocol::ApplianceFormat::isKnown(upload.format))
        || (!upload.sha256.isEmpty() && !protocol::isSha256Hex(upload.sha256)))
        return std::nullopt;
    upload.metadata = std::move(metadata).value();
    return upload;
}

UploadQueueStore::UploadQueueStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString UploadQueueStore::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/uploads.json"_s;
}

QJsonObject UploadQueueStore::readAll() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"version"_s).toInt() != kVersion)
        return {};
    return root;
}

QList<StoredUpload> UploadQueueStore::load(const QString &scope) const
{
    const QJsonObject scopes = readAll().value(u"scopes"_s).toObject();
    const QJsonArray items = scopes.value(scope).toArray();
    QList<StoredUpload> uploads;
    for (const QJsonValue &item : items) {
        if (auto upload = StoredUpload::fromJson(item.toObject()))
            uploads.append(*upload);
        else
            qCWarning(lcClient) << "skipped an unreadable upload in" << m_filePath;
    }
    return uploads;
}

bool UploadQueueStore::save(const QString &scope, const QList<StoredUpload> &uploads) const
{
    QJsonObject root = readAll();
    QJsonObject scopes = root.value(u"scopes"_s).toObject();
    QJsonArray items;
    for (const StoredUpload &upload : uploads)
        items.append(upload.toJson());
    if (items.isEmpty())
        scopes.remove(scope);
    else
        scopes.insert(scope, items);
    root.insert(u"version"_s, kVersion);
    root.insert(u"scopes"_s, scopes);

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        qCWarning(lcClient) << "cannot keep the upload queue in" << m_filePath << ":" << file.errorString();
        return false;
    }
    return true;
}

} // namespace sc::client
