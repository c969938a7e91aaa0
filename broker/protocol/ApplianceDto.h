#pragma once

#include "protocol/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <limits>
#include <optional>

namespace sc::protocol {

// The image formats the repository accepts.
namespace ApplianceFormat {
inline constexpr QStringView Qcow2 = u"qcow2";
inline constexpr QStringView Raw = u"raw";
inline constexpr QStringView Vmdk = u"vmdk";
inline constexpr QStringView Ova = u"ova";
bool isKnown(QStringView format);
} // namespace ApplianceFormat

// The largest chunk one PUT .../chunks may carry.
inline constexpr qint64 kApplianceChunkLimit = 8 * 1024 * 1024;
// The largest image the repository takes (the images are 1-50 GB).
inline constexpr qint64 kApplianceMaxBytes = qint64(1) << 40;

// What describes an appliance besides its bytes; set at upload, editable after.
struct ApplianceMetadata
{
    QString name;        // 1-100 characters, no control characters or path separators
    QString description; // up to 2,000 characters
    QString os;          // "Debian 12", up to 100
    int minMemoryMiB = 0;
    int minDiskGiB = 0;
    QString notes; // up to 4,000 characters

    QJsonObject toJson() const;
    // Reads the metadata fields of `reader`'s object; `partial` allows any of
    // them to be absent (PATCH), otherwise name is required.
    static Expected<ApplianceMetadata> fromJson(const QJsonObject &object, bool partial = false);
    // Why a name cannot be used, or nullopt.
    static std::optional<QString> nameProblem(const QString &name);
};

// An image in the repository, ready to run.
struct Appliance
{
    qint64 id = 0;
    ApplianceMetadata metadata;
    QString format; // ApplianceFormat
    qint64 sizeBytes = 0;
    QString sha256;                         // 64 lowercase hex digits
    std::optional<qint64> virtualSizeBytes; // the disk the guest sees (qcow2, VMDK, raw)
    QString visibility;                     // "public" (curated) or "private" (the owner's)
    bool owned = false;                     // the caller's organization owns it
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Expected<Appliance> fromJson(const QJsonObject &object);
};

// An upload in progress or just finished. The id is an unguessable token.
struct ApplianceUpload
{
    QString id;
    ApplianceMetadata metadata;
    QString format;
    qint64 sizeBytes = 0;
    QString sha256;
    QString visibility;
    qint64 offset = 0; // bytes the broker has confirmed (on disk, fsynced)
    // "uploading", "verifying" (after complete), "ready" (applianceId set),
    // "failed" (error says why), "expired" (abandoned; its bytes are gone).
    QString status;
    QString error;
    QString errorReason; // stable code: "checksum_mismatch", "format_mismatch", "truncated", ...
    qint64 applianceId = 0;
    qint64 chunkLimit = kApplianceChunkLimit;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt; // when an upload left alone is dropped

    QJsonObject toJson() const;
    static Expected<ApplianceUpload> fromJson(const QJsonObject &object);
};

// An organization's storage: private appliances plus the declared size of
// uploads in progress count against the limit.
struct StorageQuota
{
    qint64 limitBytes = 0;
    qint64 usedBytes = 0;     // private appliances
    qint64 reservedBytes = 0; // uploads in progress

    qint64 availableBytes() const { return std::max<qint64>(0, limitBytes - usedBytes - reservedBytes); }
    QJsonObject toJson() const;
    static Expected<StorageQuota> fromJson(const QJsonObject &object);
};

bool isSha256Hex(QStringView text);

} // namespace sc::protocol
