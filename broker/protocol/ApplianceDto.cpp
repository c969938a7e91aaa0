#include "protocol/ApplianceDto.h"

#include "protocol/JsonReader.h"

using namespace Qt::StringLiterals;

namespace sc::protocol {

namespace {

constexpr qsizetype kMaxName = 100;
constexpr qsizetype kMaxDescription = 2000;
constexpr qsizetype kMaxOs = 100;
constexpr qsizetype kMaxNotes = 4000;
constexpr qint64 kMaxMemoryMiB = 16 * 1024 * 1024; // 16 TiB
constexpr qint64 kMaxDiskGiB = 1024 * 1024;        // 1 PiB
constexpr qint64 kMaxId = qint64(1) << 53;

bool hasControlCharacter(QStringView text, bool allowNewlines)
{
    for (QChar c : text) {
        if (allowNewlines && (c == u'\n' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

void readFormat(JsonReader &reader, QString &format)
{
    format = reader.string(u"format", 10);
    if (reader.ok() && !ApplianceFormat::isKnown(format))
        reader.fail(u"format", u"must be one of qcow2, raw, vmdk, ova"_s);
}

void readSha256(JsonReader &reader, QString &sha256)
{
    sha256 = reader.string(u"sha256", 64);
    if (reader.ok() && !isSha256Hex(sha256))
        reader.fail(u"sha256", u"must be 64 lowercase hexadecimal digits"_s);
}

} // namespace

namespace ApplianceFormat {
bool isKnown(QStringView format)
{
    return format == Qcow2 || format == Raw || format == Vmdk || format == Ova;
}
} // namespace ApplianceFormat

bool isSha256Hex(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

std::optional<QString> ApplianceMetadata::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return u"must not be empty"_s;
    if (name.size() > kMaxName)
        return u"must be at most %1 characters"_s.arg(kMaxName);
    if (trimmed != name)
        return u"must not start or end with spaces"_s;
    if (hasControlCharacter(name, false))
        return u"must not contain control characters"_s;
    if (name.contains(u'/') || name.contains(u'\\'))
        return u"must not contain / or \\"_s;
    if (name == u"." || name == u"..")
        return u"must not be . or .."_s;
    return std::nullopt;
}

QJsonObject ApplianceMetadata::toJson() const
{
    return QJsonObject{{u"name"_s, name},
                       {u"description"_s, description},
                       {u"os"_s, os},
                       {u"minMemoryMiB"_s, minMemoryMiB},
                       {u"minDiskGiB"_s, minDiskGiB},
                       {u"notes"_s, notes}};
}

Expected<ApplianceMetadata> ApplianceMetadata::fromJson(const QJsonObject &object, bool partial)
{
    JsonReader reader(object);
    ApplianceMetadata metadata;
    if (!partial || reader.has(u"name")) {
        metadata.name = reader.string(u"name", kMaxName * 2);
        if (reader.ok()) {
            if (auto problem = nameProblem(metadata.name))
                reader.fail(u"name", *problem);
        }
    }
    if (reader.has(u"description")) {
        metadata.description = reader.string(u"description", kMaxDescription, 0);
        if (reader.ok() && hasControlCharacter(metadata.description, true))
            reader.fail(u"description", u"must not contain control characters"_s);
    }
    if (reader.has(u"os")) {
        metadata.os = reader.string(u"os", kMaxOs, 0);
        if (reader.ok() && hasControlCharacter(metadata.os, false))
            reader.fail(u"os", u"must not contain control characters"_s);
    }
    if (reader.has(u"minMemoryMiB"))
        metadata.minMemoryMiB = int(reader.integer(u"minMemoryMiB", 0, kMaxMemoryMiB));
    if (reader.has(u"minDiskGiB"))
        metadata.minDiskGiB = int(reader.integer(u"minDiskGiB", 0, kMaxDiskGiB));
    if (reader.has(u"notes")) {
        metadata.notes = reader.string(u"notes", kMaxNotes, 0);
        if (reader.ok() && hasControlCharacter(metadata.notes, true))
            reader.fail(u"notes", u"must not contain control characters"_s);
    }
    if (!reader.ok())
        return reader.error();
    return metadata;
}

QJsonObject Appliance::toJson() const
{
    QJsonObject json = metadata.toJson();
    json.insert(u"id"_s, id);
    json.insert(u"format"_s, format);
    json.insert(u"sizeBytes"_s, sizeBytes);
    json.insert(u"sha256"_s, sha256);
    json.insert(u"virtualSizeBytes"_s, virtualSizeBytes ? QJsonValue(*virtualSizeBytes) : QJsonValue());
    json.insert(u"visibility"_s, visibility);
    json.insert(u"owned"_s, owned);
    json.insert(u"createdAt"_s, isoTimeOrNull(createdAt));
    json.insert(u"updatedAt"_s, isoTimeOrNull(updatedAt));
    return json;
}

Expected<Appliance> Appliance::fromJson(const QJsonObject &object)
{
    auto metadata = ApplianceMetadata::fromJson(object);
    if (!metadata)
        return metadata.error();
    JsonReader reader(object);
    Appliance appliance;
    appliance.metadata = std::move(metadata).value();
    appliance.id = reader.integer(u"id", 1, kMaxId);
    readFormat(reader, appliance.format);
    appliance.sizeBytes = reader.integer(u"sizeBytes", 0, kApplianceMaxBytes);
    readSha256(reader, appliance.sha256);
    if (reader.has(u"virtualSizeBytes"))
        appliance.virtualSizeBytes = reader.integer(u"virtualSizeBytes", 0, std::numeric_limits<qint64>::max());
    appliance.visibility = reader.string(u"visibility", 10);
    appliance.owned = reader.boolean(u"owned");
    appliance.createdAt = reader.optionalTime(u"createdAt");
    appliance.updatedAt = reader.optionalTime(u"updatedAt");
    if (!reader.ok())
        return reader.error();
    return appliance;
}

QJsonObject ApplianceUpload::toJson() const
{
    QJsonObject json = metadata.toJson();
    json.insert(u"id"_s, id);
    json.insert(u"format"_s, format);
    json.insert(u"sizeBytes"_s, sizeBytes);
    json.insert(u"sha256"_s, sha256);
    json.insert(u"visibility"_s, visibility);
    json.insert(u"offset"_s, offset);
    json.insert(u"status"_s, status);
    json.insert(u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error));
    json.insert(u"errorReason"_s, errorReason.isEmpty() ? QJsonValue() : QJsonValue(errorReason));
    json.insert(u"applianceId"_s, applianceId > 0 ? QJsonValue(applianceId) : QJsonValue());
    json.insert(u"chunkLimit"_s, chunkLimit);
    json.insert(u"createdAt"_s, isoTimeOrNull(createdAt));
    json.insert(u"updatedAt"_s, isoTimeOrNull(updatedAt));
    json.insert(u"expiresAt"_s, isoTimeOrNull(expiresAt));
    return json;
}

Expected<ApplianceUpload> ApplianceUpload::fromJson(const QJsonObject &object)
{
    auto metadata = ApplianceMetadata::fromJson(object);
    if (!metadata)
        return metadata.error();
    JsonReader reader(object);
    ApplianceUpload upload;
    upload.metadata = std::move(metadata).value();
    upload.id = reader.string(u"id", 64);
    readFormat(reader, upload.format);
    upload.sizeBytes = reader.integer(u"sizeBytes", 0, kApplianceMaxBytes);
    readSha256(reader, upload.sha256);
    upload.visibility = reader.string(u"visibility", 10);
    upload.offset = reader.integer(u"offset", 0, kApplianceMaxBytes);
    upload.status = reader.string(u"status", 20);
    upload.error = reader.optionalString(u"error", 2000).value_or(QString());
    upload.errorReason = reader.optionalString(u"errorReason", 64).value_or(QString());
    upload.applianceId = reader.optionalInteger(u"applianceId", 1, kMaxId).value_or(0);
    upload.chunkLimit = reader.integer(u"chunkLimit", 1, kApplianceMaxBytes);
    upload.createdAt = reader.optionalTime(u"createdAt");
    upload.updatedAt = reader.optionalTime(u"updatedAt");
    upload.expiresAt = reader.optionalTime(u"expiresAt");
    if (!reader.ok())
        return reader.error();
    return upload;
}

QJsonObject StorageQuota::toJson() const
{
    return QJsonObject{{u"limitBytes"_s, limitBytes},
                       {u"usedBytes"_s, usedBytes},
                       {u"reservedBytes"_s, reservedBytes},
                       {u"availableBytes"_s, availableBytes()}};
}

Expected<StorageQuota> StorageQuota::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    StorageQuota quota;
    const qint64 max = std::numeric_limits<qint64>::max() / 4;
    quota.limitBytes = reader.integer(u"limitBytes", 0, max);
    quota.usedBytes = reader.integer(u"usedBytes", 0, max);
    quota.reservedBytes = reader.integer(u"reservedBytes", 0, max);
    if (!reader.ok())
        return reader.error();
    return quota;
}

} // namespace sc::protocol
