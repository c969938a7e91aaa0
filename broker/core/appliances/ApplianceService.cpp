#include "core/appliances/ApplianceService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/appliances/BlobStore.h"
#include "core/appliances/ImageInspector.h"
#include "core/auth/Principal.h"
#include "core/auth/Secrets.h"
#include "core/store/Database.h"
#include "http/ApiException.h"
#include "http/HttpService.h"
#include "protocol/JsonReader.h"

#include <QFile>
#include <QIODevice>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <openssl/evp.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::Appliance;
using sc::protocol::ApplianceMetadata;
using sc::protocol::ApplianceUpload;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::broker {

namespace {

constexpr qint64 kReadBlock = 1024 * 1024;
constexpr qint64 kFinishedUploadsShownMs = 24 * 3'600'000LL;

QVariant nullInteger()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

ApiError error(ErrorCode code, const QString &message, QJsonObject details = {})
{
    return ApiError{code, message, std::move(details), {}};
}

ApiError conflict(const QString &reason, const QString &message, QJsonObject details = {})
{
    details.insert(u"reason"_s, reason);
    return error(ErrorCode::Conflict, message, std::move(details));
}

QString sizeText(qint64 bytes)
{
    constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
    if (bytes >= qint64(1) << 30)
        return u"%1 GiB"_s.arg(double(bytes) / kGiB, 0, 'f', 1);
    return u"%1 MiB"_s.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

// Content-Digest (RFC 9530): "sha-256=:<base64>:", maybe among others.
std::optional<QByteArray> sha256FromDigestHeader(const QByteArray &header)
{
    const QList<QByteArray> members = header.split(',');
    for (const QByteArray &member : members) {
        const QByteArray trimmed = member.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals < 0 || trimmed.left(equals).trimmed().toLower() != "sha-256")
            continue;
        const QByteArray value = trimmed.mid(equals + 1).trimmed();
        if (value.size() < 2 || !value.startsWith(':') || !value.endsWith(':'))
            return std::nullopt;
        auto decoded = QByteArray::fromBase64Encoding(value.mid(1, value.size() - 2),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return std::nullopt;
        return decoded.decoded;
    }
    return std::nullopt;
}

QString newUploadId()
{
    return QString::fromLatin1(
        Secrets::randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct MdContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdContextDeleter>;

MdContext newSha256()
{
    MdContext context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return nullptr;
    return context;
}

QByteArray finalDigest(EVP_MD_CTX *context)
{
    // Finalizing a copy keeps the running context usable.
    MdContext copy(EVP_MD_CTX_new());
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), context) != 1
        || EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char *>(digest.data()), &length) != 1)
        return {};
    digest.resize(length);
    return digest;
}

const QString kUploadColumns = u"id, name, description, os, min_memory_mib, min_disk_gib, notes, format, size_bytes, "
                               "sha256, visibility, confirmed_bytes, status, error, error_reason, appliance_id, "
                               "created_at, updated_at, expires_at, organization_id"_s;
const QString kApplianceColumns = u"id, name, description, os, min_memory_mib, min_disk_gib, notes, format, "
                                  "size_bytes, sha256, virtual_size_bytes, visibility, organization_id, created_at, "
                                  "updated_at"_s;

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ApplianceMetadata metadataFrom(const DbQuery &row, int first)
{
    ApplianceMetadata metadata;
    metadata.name = row.value(first).toString();
    metadata.description = row.value(first + 1).toString();
    metadata.os = row.value(first + 2).toString();
    metadata.minMemoryMiB = row.value(first + 3).toInt();
    metadata.minDiskGiB = row.value(first + 4).toInt();
    metadata.notes = row.value(first + 5).toString();
    return metadata;
}

ApplianceUpload uploadFrom(const DbQuery &row)
{
    ApplianceUpload upload;
    upload.id = row.value(0).toString();
    upload.metadata = metadataFrom(row, 1);
    upload.format = row.value(7).toString();
    upload.sizeBytes = row.value(8).toLongLong();
    upload.sha256 = row.value(9).toString();
    upload.visibility = row.value(10).toString();
    upload.offset = row.value(11).toLongLong();
    upload.status = row.value(12).toString();
    upload.error = row.value(13).toString();
    upload.errorReason = row.value(14).toString();
    upload.applianceId = row.value(15).toLongLong();
    upload.createdAt = timeOf(row.value(16));
    upload.updatedAt = timeOf(row.value(17));
    upload.expiresAt = timeOf(row.value(18));
    return upload;
}

Appliance applianceFrom(const DbQuery &row, qint64 callerOrganization)
{
    Appliance appliance;
    appliance.id = row.value(0).toLongLong();
    appliance.metadata = metadataFrom(row, 1);
    appliance.format = row.value(7).toString();
    appliance.sizeBytes = row.value(8).toLongLong();
    appliance.sha256 = row.value(9).toString();
    if (!row.value(10).isNull())
        appliance.virtualSizeBytes = row.value(10).toLongLong();
    appliance.visibility = row.value(11).toString();
    appliance.owned = row.value(12).toLongLong() == callerOrganization;
    appliance.createdAt = timeOf(row.value(13));
    appliance.updatedAt = timeOf(row.value(14));
    return appliance;
}

// What a worker thread found out about a finished upload.
struct Verdict
{
    QString sha256;
    QString reason;
    QString message;
    std::optional<qint64> virtualSize;
};

} // namespace

// The SHA-256 of an upload's bytes [0, upTo).
struct ApplianceService::RunningHash
{
    MdContext context;
    qint64 upTo = 0;

    static std::shared_ptr<RunningHash> fresh()
    {
        auto hash = std::make_shared<RunningHash>();
        hash->context = newSha256();
        return hash->context ? hash : nullptr;
    }
    std::shared_ptr<RunningHash> copy() const
    {
        auto hash = std::make_shared<RunningHash>();
        hash->context.reset(EVP_MD_CTX_new());
        if (!hash->context || EVP_MD_CTX_copy_ex(hash->context.get(), context.get()) != 1)
            return nullptr;
        hash->upTo = upTo;
        return hash;
    }
};

// The chunk an upload is receiving right now (one at a time per upload).
struct ApplianceService::Chunk
{
    QByteArray requestId;
    qint64 offset = 0;
    qint64 declaredLength = -1; // Content-Length, or -1 when sent chunked
    qint64 length = 0;
    qint64 organizationId = 0;
    bool synced = false;
    bool gapExpired = false; // it overtook its predecessor, which never came
    QString syncError;
    ChunkDone done;
    bool received = false;             // the body arrived and matched its digest
    std::shared_ptr<RunningHash> hash; // the running hash including this chunk, if it was contiguous
};

class ApplianceService::ChunkSink final : public http::HttpBodySink
{
public:
    ChunkSink(ApplianceService &service, QString uploadId, QByteArray requestId, std::unique_ptr<QIODevice> file,
              qint64 offset, qint64 room, QByteArray expectedDigest, std::shared_ptr<RunningHash> running)
        : m_service(&service)
        , m_uploadId(std::move(uploadId))
        , m_requestId(std::move(requestId))
        , m_file(std::move(file))
        , m_offset(offset)
        , m_room(room)
        , m_expected(std::move(expectedDigest))
        , m_chunkHash(newSha256())
        , m_running(std::move(running))
    {
    }

    ~ChunkSink() override
    {
        if (!m_settled && m_service)
            m_service->chunkAbandoned(m_uploadId, m_requestId);
    }

    std::optional<ApiError> write(QByteArrayView data) override
    {
        if (m_written + data.size() > m_room) {
            return error(ErrorCode::Unprocessable,
                         u"The chunk goes past the declared size of the upload."_s,
                         QJsonObject{{u"reason"_s, u"beyond_size"_s}});
        }
        if (!m_file || !m_chunkHash)
            return error(ErrorCode::Internal, u"The upload's storage is not available."_s);
        const char *bytes = data.data();
        qint64 left = data.size();
        while (left > 0) {
            const qint64 written = m_file->write(bytes, left);
            if (written <= 0) {
                qCWarning(lcBroker).noquote()
                    << "appliance upload" << m_uploadId << "write failed:" << m_file->errorString();
                return error(ErrorCode::Internal, u"The broker could not store the chunk."_s);
            }
            bytes += written;
            left -= written;
        }
        EVP_DigestUpdate(m_chunkHash.get(), data.data(), size_t(data.size()));
        if (m_running)
            EVP_DigestUpdate(m_running->context.get(), data.data(), size_t(data.size()));
        m_written += data.size();
        return std::nullopt;
    }

    std::optional<ApiError> finish() override
    {
        m_settled = true;
        m_file.reset();
        const bool ok = m_written > 0 && m_chunkHash && finalDigest(m_chunkHash.get()) == m_expected;
        if (m_running)
            m_running->upTo = m_offset + m_written;
        if (m_service)
            m_service->chunkReceived(m_uploadId, m_requestId, ok, m_written, ok ? m_running : nullptr);
        if (m_written == 0)
            return error(ErrorCode::ValidationFailed, u"The chunk is empty."_s);
        if (!ok) {
            return error(ErrorCode::Unprocessable,
                         u"The chunk's bytes do not match its Content-Digest; it was discarded. Send it again."_s,
                         QJsonObject{{u"reason"_s, u"digest_mismatch"_s}, {u"offset"_s, m_offset}});
        }
        return std::nullopt;
    }

    void abort() override
    {
        if (m_settled)
            return;
        m_settled = true;
        m_file.reset();
        if (m_service)
            m_service->chunkAbandoned(m_uploadId, m_requestId);
    }

private:
    QPointer<ApplianceService> m_service;
    QString m_uploadId;
    QByteArray m_requestId;
    std::unique_ptr<QIODevice> m_file;
    qint64 m_offset = 0;
    qint64 m_room = 0;
    QByteArray m_expected;
    MdContext m_chunkHash;
    std::shared_ptr<RunningHash> m_running;
    qint64 m_written = 0;
    bool m_settled = false;
};

QJsonObject ApplianceService::Fetch::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"providerId"_s, providerId},
                       {u"sha256"_s, sha256},
                       {u"rangeStart"_s, rangeStart},
                       {u"bytes"_s, bytes},
                       {u"status"_s, status},
                       {u"fetchedAt"_s, protocol::isoTime(fetchedAt)}};
}

ApplianceService::ApplianceService(Database &database, BlobStore &store, const Clock &clock, Options options,
                                   QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
    , m_clock(clock)
    , m_options(options)
{
    m_workers.setMaxThreadCount(2);
}

ApplianceService::~ApplianceService()
{
    m_workers.waitForDone();
}

qint64 ApplianceService::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void ApplianceService::waitForIdle()
{
    m_workers.waitForDone();
}

// ---- recovery ----------------------------------------------------------------

void ApplianceService::recover()
{
    QSet<QString> liveParts;
    QSet<QString> pendingBlobs;
    QList<ApplianceUpload> verifying;
    {
        DbQuery rows = m_database.exec(u"SELECT "_s + kUploadColumns
                                       + u" FROM appliance_uploads WHERE status IN ('uploading', 'verifying')"_s);
        while (rows.next()) {
            ApplianceUpload upload = uploadFrom(rows);
            liveParts.insert(upload.id);
            if (upload.status == u"verifying"_s) {
                pendingBlobs.insert(upload.sha256);
                verifying.append(std::move(upload));
            }
        }
    }
    const QStringList parts = m_store.parts();
    for (const QString &part : parts) {
        if (!liveParts.contains(part)) {
            qCInfo(lcBroker).noquote() << "removing the leftover appliance part" << part;
            m_store.discardPart(part);
        }
    }
    QSet<QString> known;
    {
        DbQuery rows = m_database.exec(u"SELECT sha256 FROM appliance_blobs"_s);
        while (rows.next())
            known.insert(rows.value(0).toString());
    }
    const QStringList blobs = m_store.blobs();
    for (const QString &blob : blobs) {
        if (!known.contains(blob) && !pendingBlobs.contains(blob)) {
            qCInfo(lcBroker).noquote() << "removing the unreferenced appliance blob" << blob;
            m_store.removeBlob(blob);
        }
    }
    for (const QString &sha256 : std::as_const(known)) {
        if (!m_store.hasBlob(sha256))
            qCWarning(lcBroker).noquote() << "appliance blob" << sha256 << "is missing from the store";
    }
    for (const ApplianceUpload &upload : std::as_const(verifying)) {
        qCInfo(lcBroker).noquote() << "verifying appliance upload" << upload.id << "again after a restart";
        startVerification(upload);
    }
}

// ---- the directory -----------------------------------------------------------

QList<Appliance> ApplianceService::appliances(const Principal &caller, const QString &visibility) const
{
    // Public ones of any owner, or the caller's (both, or only private ones).
    const bool publicOnly = visibility == u"public"_s;
    const QString mine = visibility == u"private"_s ? u"visibility = 'private' AND organization_id = ?"_s
                                                    : u"(visibility = 'public' OR organization_id = ?)"_s;
    QList<Appliance> list;
    DbQuery rows = publicOnly ? m_database.exec(u"SELECT "_s + kApplianceColumns
                                                + u" FROM appliances WHERE status = 'ready' AND visibility = 'public' "
                                                  "ORDER BY name COLLATE NOCASE, id"_s)
                              : m_database.exec(u"SELECT "_s + kApplianceColumns
                                                    + u" FROM appliances WHERE status = 'ready' AND "_s + mine
                                                    + u" ORDER BY name COLLATE NOCASE, id"_s,
                                                {caller.organizationId});
    while (rows.next())
        list.append(applianceFrom(rows, caller.organizationId));
    return list;
}

std::optional<Appliance> ApplianceService::findAppliance(qint64 id, qint64 organizationId) const
{
    DbQuery row = m_database.exec(u"SELECT "_s + kApplianceColumns
                                      + u" FROM appliances WHERE id = ? AND status = 'ready' "
                                        "AND (visibility = 'public' OR organization_id = ?)"_s,
                                  {id, organizationId});
    if (!row.next())
        return std::nullopt;
    return applianceFrom(row, organizationId);
}

Expected<Appliance> ApplianceService::appliance(const Principal &caller, qint64 id) const
{
    if (auto found = findAppliance(id, caller.organizationId))
        return *found;
    return error(ErrorCode::NotFound, u"There is no such appliance."_s);
}

Expected<Appliance> ApplianceService::update(const Principal &caller, qint64 id, const QJsonObject &change)
{
    auto found = findAppliance(id, caller.organizationId);
    if (!found)
        return error(ErrorCode::NotFound, u"There is no such appliance."_s);
    if (!found->owned && !(caller.isOperator() && found->visibility == u"public"_s))
        return error(ErrorCode::Forbidden, u"Only its owner can change this appliance."_s);
    auto changed = ApplianceMetadata::fromJson(change, true);
    if (!changed)
        return changed.error();
    ApplianceMetadata metadata = found->metadata;
    if (change.contains(u"name"_s))
        metadata.name = changed->name;
    if (change.contains(u"description"_s))
        metadata.description = changed->description;
    if (change.contains(u"os"_s))
        metadata.os = changed->os;
    if (change.contains(u"minMemoryMiB"_s))
        metadata.minMemoryMiB = changed->minMemoryMiB;
    if (change.contains(u"minDiskGiB"_s))
        metadata.minDiskGiB = changed->minDiskGiB;
    if (change.contains(u"notes"_s))
        metadata.notes = changed->notes;
    m_database.exec(u"UPDATE appliances SET name = ?, description = ?, os = ?, min_memory_mib = ?, "
                    "min_disk_gib = ?, notes = ?, updated_at = ? WHERE id = ?"_s,
                    {metadata.name,
                     metadata.description,
                     metadata.os,
                     metadata.minMemoryMiB,
                     metadata.minDiskGiB,
                     metadata.notes,
                     nowMs(),
                     id});
    return *findAppliance(id, caller.organizationId);
}

std::optional<ApiError> ApplianceService::remove(const Principal &caller, qint64 id)
{
    auto found = findAppliance(id, caller.organizationId);
    if (!found)
        return error(ErrorCode::NotFound, u"There is no such appliance."_s);
    if (!found->owned && !(caller.isOperator() && found->visibility == u"public"_s))
        return error(ErrorCode::Forbidden, u"Only its owner can delete this appliance."_s);
    Transaction transaction(m_database);
    DbQuery bids = m_database.exec(u"SELECT COUNT(*) FROM bids WHERE appliance_id = ? AND status = 'open'"_s, {id});
    bids.next();
    DbQuery leases = m_database.exec(
        u"SELECT COUNT(*) FROM leases l LEFT JOIN instances i ON i.lease_id = l.id WHERE l.appliance_id = ? "
        "AND l.status IN ('pending', 'active') AND (i.id IS NULL OR i.state IN ('pending', 'provisioning'))"_s,
        {id});
    leases.next();
    const qint64 openBids = bids.value(0).toLongLong();
    const qint64 startingLeases = leases.value(0).toLongLong();
    if (openBids > 0 || startingLeases > 0) {
        return conflict(
            u"in_use"_s,
            u"The appliance is still needed: %1 open bid(s) and %2 instance(s) about to start use it."_s.arg(openBids)
                .arg(startingLeases));
    }
    m_database.exec(u"UPDATE appliances SET status = 'deleted', updated_at = ? WHERE id = ?"_s, {nowMs(), id});
    transaction.commit();
    releaseBlobIfUnused(found->sha256);
    return std::nullopt;
}

void ApplianceService::releaseBlobIfUnused(const QString &sha256)
{
    {
        DbQuery users = m_database.exec(
            u"SELECT (SELECT COUNT(*) FROM appliances WHERE sha256 = ? AND status = 'ready') + "
            "(SELECT COUNT(*) FROM appliance_uploads WHERE sha256 = ? AND status = 'verifying')"_s,
            {sha256, sha256});
        if (!users.next() || users.value(0).toLongLong() > 0)
            return;
    }
    m_database.exec(u"DELETE FROM appliance_blobs WHERE sha256 = ?"_s, {sha256});
    m_store.removeBlob(sha256);
}

protocol::StorageQuota ApplianceService::quotaOf(qint64 organizationId) const
{
    protocol::StorageQuota quota;
    quota.limitBytes = m_options.quotaBytes;
    DbQuery used = m_database.exec(u"SELECT COALESCE(SUM(size_bytes), 0) FROM appliances "
                                   "WHERE organization_id = ? AND visibility = 'private' AND status = 'ready'"_s,
                                   {organizationId});
    if (used.next())
        quota.usedBytes = used.value(0).toLongLong();
    DbQuery reserved = m_database.exec(
        u"SELECT COALESCE(SUM(size_bytes), 0) FROM appliance_uploads "
        "WHERE organization_id = ? AND visibility = 'private' AND status IN ('uploading', 'verifying')"_s,
        {organizationId});
    if (reserved.next())
        quota.reservedBytes = reserved.value(0).toLongLong();
    return quota;
}

std::optional<ApiError> ApplianceService::checkUsable(qint64 organizationId, qint64 applianceId) const
{
    if (findAppliance(applianceId, organizationId))
        return std::nullopt;
    return ApiError{ErrorCode::ValidationFailed,
                    u"There is no appliance %1 you can run."_s.arg(applianceId),
                    QJsonObject{{u"field"_s, u"applianceId"_s}},
                    {}};
}

std::optional<ApplianceService::Blob> ApplianceService::blobOf(qint64 applianceId) const
{
    DbQuery row = m_database.exec(u"SELECT sha256, size_bytes FROM appliances WHERE id = ?"_s, {applianceId});
    if (!row.next())
        return std::nullopt;
    return Blob{row.value(0).toString(), row.value(1).toLongLong()};
}

QString ApplianceService::blobPath(const QString &sha256) const
{
    if (!protocol::isSha256Hex(sha256))
        return {};
    DbQuery row = m_database.exec(u"SELECT 1 FROM appliance_blobs WHERE sha256 = ?"_s, {sha256});
    if (!row.next())
        return {};
    return m_store.blobPath(sha256);
}

// ---- uploads -----------------------------------------------------------------

std::optional<ApplianceUpload> ApplianceService::findUpload(const QString &id, qint64 organizationId) const
{
    DbQuery row = m_database.exec(u"SELECT "_s + kUploadColumns
                                      + u" FROM appliance_uploads WHERE id = ? AND organization_id = ? "
                                        "AND status <> 'cancelled'"_s,
                                  {id, organizationId});
    if (!row.next())
        return std::nullopt;
    return uploadFrom(row);
}

Expected<ApplianceUpload> ApplianceService::upload(const Principal &caller, const QString &id) const
{
    if (auto found = findUpload(id, caller.organizationId))
        return *found;
    return error(ErrorCode::NotFound, u"There is no such upload."_s);
}

QList<ApplianceUpload> ApplianceService::uploads(const Principal &caller) const
{
    QList<ApplianceUpload> list;
    DbQuery rows = m_database.exec(u"SELECT "_s + kUploadColumns
                                       + u" FROM appliance_uploads WHERE organization_id = ? AND "
                                         "(status IN ('uploading', 'verifying') OR (status IN ('ready', 'failed', "
                                         "'expired') AND updated_at >= ?)) ORDER BY created_at DESC, id"_s,
                                   {caller.organizationId, nowMs() - kFinishedUploadsShownMs});
    while (rows.next())
        list.append(uploadFrom(rows));
    return list;
}

Expected<ApplianceUpload> ApplianceService::createUpload(const Principal &caller, const QJsonObject &body)
{
    protocol::JsonReader reader(body);
    reader.allowOnly({u"name",
                      u"description",
                      u"os",
                      u"minMemoryMiB",
                      u"minDiskGiB",
                      u"notes",
                      u"format",
                      u"sizeBytes",
                      u"sha256",
                      u"visibility"});
    if (!reader.ok())
        return reader.error();
    auto metadata = ApplianceMetadata::fromJson(body);
    if (!metadata)
        return metadata.error();
    const QString format = reader.string(u"format", 10);
    if (reader.ok() && !protocol::ApplianceFormat::isKnown(format))
        reader.fail(u"format", u"must be one of qcow2, raw, vmdk, ova"_s);
    const qint64 size = reader.integer(u"sizeBytes", kMinUploadBytes, protocol::kApplianceMaxBytes);
    const QString sha256 = reader.string(u"sha256", 64);
    if (reader.ok() && !protocol::isSha256Hex(sha256))
        reader.fail(u"sha256", u"must be 64 lowercase hexadecimal digits"_s);
    const QString visibility = reader.optionalString(u"visibility", 10).value_or(u"private"_s);
    if (reader.ok() && visibility != u"private"_s && visibility != u"public"_s)
        reader.fail(u"visibility", u"must be private or public"_s);
    if (!reader.ok())
        return reader.error();
    if (visibility == u"public"_s && !caller.isOperator())
        return error(ErrorCode::Forbidden, u"Only operators publish appliances for everyone."_s);

    Transaction transaction(m_database);
    if (visibility == u"private"_s) {
        const protocol::StorageQuota quota = quotaOf(caller.organizationId);
        if (size > quota.availableBytes()) {
            return error(ErrorCode::Unprocessable,
                         u"This image needs %1, but your organization has %2 left of its %3 storage quota. "
                         "Delete appliances you no longer need or cancel unfinished uploads."_s.arg(
                             sizeText(size), sizeText(quota.availableBytes()), sizeText(quota.limitBytes)),
                         QJsonObject{{u"reason"_s, u"quota_exceeded"_s},
                                     {u"availableBytes"_s, quota.availableBytes()},
                                     {u"limitBytes"_s, quota.limitBytes}});
        }
    }
    const QString id = newUploadId();
    const qint64 now = nowMs();
    m_database.exec(u"INSERT INTO appliance_uploads (id, organization_id, user_id, visibility, name, description, os, "
                    "min_memory_mib, min_disk_gib, notes, format, size_bytes, sha256, confirmed_bytes, status, "
                    "created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, "
                    "'uploading', ?, ?, ?)"_s,
                    {id,
                     caller.organizationId,
                     caller.userId,
                     visibility,
                     metadata->name,
                     metadata->description,
                     metadata->os,
                     metadata->minMemoryMiB,
                     metadata->minDiskGiB,
                     metadata->notes,
                     format,
                     size,
                     sha256,
                     now,
                     now,
                     now + qint64(m_options.uploadIdleTimeout.count())});
    transaction.commit();
    if (auto hash = RunningHash::fresh())
        m_hashes.insert(id, std::move(hash));
    qCInfo(lcBroker).noquote() << "appliance upload" << id << "started:" << metadata->name << format << size << "bytes";
    return *findUpload(id, caller.organizationId);
}

std::optional<ApiError> ApplianceService::cancel(const Principal &caller, const QString &id)
{
    auto found = findUpload(id, caller.organizationId);
    if (!found)
        return error(ErrorCode::NotFound, u"There is no such upload."_s);
    if (found->status == u"ready"_s)
        return conflict(u"ready"_s, u"The upload is finished; delete the appliance instead."_s);
    m_database.exec(u"UPDATE appliance_uploads SET status = 'cancelled', updated_at = ? WHERE id = ?"_s, {nowMs(), id});
    m_store.discardPart(id);
    m_hashes.remove(id);
    return std::nullopt;
}

std::shared_ptr<ApplianceService::Chunk> ApplianceService::findChunk(const QString &uploadId,
                                                                     const QByteArray &requestId) const
{
    const auto queue = m_chunks.find(uploadId);
    if (queue == m_chunks.end())
        return nullptr;
    for (const auto &chunk : *queue) {
        if (chunk->requestId == requestId)
            return chunk;
    }
    return nullptr;
}

void ApplianceService::dropChunk(const QString &uploadId, const std::shared_ptr<Chunk> &chunk)
{
    const auto queue = m_chunks.find(uploadId);
    if (queue == m_chunks.end())
        return;
    queue->removeOne(chunk);
    if (queue->isEmpty())
        m_chunks.erase(queue);
}

std::unique_ptr<http::HttpBodySink> ApplianceService::beginChunk(const Principal &caller, const QString &id,
                                                                 qint64 offset, std::optional<qint64> contentLength,
                                                                 const QByteArray &contentDigest,
                                                                 const QByteArray &requestId)
{
    const auto found = findUpload(id, caller.organizationId);
    if (!found)
        throw http::ApiException(ErrorCode::NotFound, u"There is no such upload."_s);
    if (found->status != u"uploading"_s) {
        throw http::ApiException(conflict(u"not_uploading"_s,
                                          u"The upload is %1 and takes no more chunks."_s.arg(found->status),
                                          QJsonObject{{u"status"_s, found->status}, {u"offset"_s, found->offset}}));
    }
    // A window of chunks: the next one may arrive while the one before it is
    // still being received or synced, if that one said its length.
    const QList<std::shared_ptr<Chunk>> queue = m_chunks.value(id);
    bool lengthUnknown = false;
    for (const auto &queued : queue)
        lengthUnknown = lengthUnknown || queued->declaredLength < 0;
    if (queue.size() >= kChunkWindow || lengthUnknown || (!queue.isEmpty() && !contentLength)) {
        throw http::ApiException(conflict(u"chunk_in_progress"_s,
                                          u"Other chunks of this upload are being received; wait for their answer."_s,
                                          QJsonObject{{u"offset"_s, found->offset}}));
    }
    // Where a chunk may start: where the chunks before it end (the confirmed
    // offset, or the end of the chunk on its way), or one chunk of its own
    // size further when it overtook its predecessor on another connection
    // (it waits for it).
    qint64 expectedOffset = found->offset;
    for (const auto &queued : queue)
        expectedOffset = std::max(expectedOffset, queued->offset + queued->declaredLength);
    const bool next = offset == expectedOffset;
    const bool overtaking = contentLength && queue.isEmpty() && offset == found->offset + *contentLength;
    const bool fillsGap = contentLength && queue.size() == 1 && queue.constFirst()->offset > found->offset
                          && offset == found->offset && offset + *contentLength == queue.constFirst()->offset;
    if (!next && !overtaking && !fillsGap) {
        throw http::ApiException(
            conflict(u"offset_mismatch"_s,
                     u"The broker has %1 bytes of this upload; send the chunk at offset %1."_s.arg(found->offset),
                     QJsonObject{{u"offset"_s, found->offset}}));
    }
    const qint64 room = found->sizeBytes - offset;
    if (contentLength && *contentLength > room) {
        throw http::ApiException(
            error(ErrorCode::Unprocessable,
                  u"The chunk goes past the declared size of the upload (%1 bytes left)."_s.arg(room),
                  QJsonObject{{u"reason"_s, u"beyond_size"_s}, {u"offset"_s, offset}}));
    }
    if (contentLength && *contentLength == 0)
        throw http::ApiException(ErrorCode::ValidationFailed, u"The chunk is empty."_s);
    const auto expected = sha256FromDigestHeader(contentDigest);
    if (!expected) {
        throw http::ApiException(
            ApiError{ErrorCode::ValidationFailed,
                     u"Each chunk needs its SHA-256 in a Content-Digest header: sha-256=:<base64>:."_s,
                     QJsonObject{{u"field"_s, u"Content-Digest"_s}},
                     {}});
    }
    auto file = m_store.openPartForWriting(id);
    if (!file || !file->seek(offset)) {
        qCWarning(lcBroker).noquote() << "appliance upload" << id << "cannot open its part";
        throw http::ApiException(ErrorCode::Internal, u"The broker cannot store the upload right now."_s);
    }
    // The whole file's digest goes along when the bytes before this chunk are
    // hashed already; otherwise it catches up when the chunk is confirmed.
    std::shared_ptr<RunningHash> base = m_hashes.value(id);
    for (const auto &queued : queue) {
        if (queued->offset + queued->declaredLength == offset)
            base = queued->received ? queued->hash : nullptr;
    }
    std::shared_ptr<RunningHash> running;
    if (base && base->upTo == offset)
        running = base->copy();
    auto chunk = std::make_shared<Chunk>();
    chunk->requestId = requestId;
    chunk->offset = offset;
    chunk->declaredLength = contentLength.value_or(-1);
    // In offset order: they are confirmed in that order.
    QList<std::shared_ptr<Chunk>> &chunks = m_chunks[id];
    chunks.insert(
        std::upper_bound(
            chunks.begin(), chunks.end(), chunk, [](const auto &a, const auto &b) { return a->offset < b->offset; }),
        chunk);
    return std::make_unique<ChunkSink>(*this, id, requestId, std::move(file), offset, room, *expected, running);
}

void ApplianceService::chunkReceived(const QString &uploadId, const QByteArray &requestId, bool ok, qint64 length,
                                     std::shared_ptr<RunningHash> hash)
{
    const auto chunk = findChunk(uploadId, requestId);
    if (!chunk)
        return;
    if (!ok) {
        // A chunk after it cannot be right either: it fails when it drains.
        dropChunk(uploadId, chunk);
        return;
    }
    chunk->received = true;
    chunk->hash = std::move(hash);
    chunk->length = length;
}

void ApplianceService::chunkAbandoned(const QString &uploadId, const QByteArray &requestId)
{
    const auto chunk = findChunk(uploadId, requestId);
    if (chunk && !chunk->received)
        dropChunk(uploadId, chunk);
}

void ApplianceService::confirmChunk(const Principal &caller, const QString &id, const QByteArray &requestId,
                                    ChunkDone done)
{
    const auto chunk = findChunk(id, requestId);
    if (!chunk || !chunk->received) {
        done(error(ErrorCode::Internal, u"The chunk was not received."_s));
        return;
    }
    chunk->organizationId = caller.organizationId;
    chunk->done = std::move(done);
    QPointer<ApplianceService> self(this);
    m_workers.start([self, store = &m_store, id, chunk] {
        const QString failure = store->syncPart(id);
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, chunk, failure] {
                if (!self)
                    return;
                chunk->synced = true;
                chunk->syncError = failure;
                self->drainChunks(id);
            },
            Qt::QueuedConnection);
    });
}

// Confirms synced chunks in offset order: a chunk is confirmed only after
// every byte before it. One that overtook its predecessor waits for it, for
// Options::chunkGapWait at most.
void ApplianceService::drainChunks(const QString &id)
{
    while (true) {
        const auto queue = m_chunks.find(id);
        if (queue == m_chunks.end() || queue->isEmpty() || !queue->constFirst()->synced)
            return;
        const std::shared_ptr<Chunk> first = queue->constFirst();
        if (!first->gapExpired) {
            const auto current = findUpload(id, first->organizationId);
            if (current && current->status == u"uploading"_s && current->offset < first->offset) {
                QPointer<ApplianceService> self(this);
                QTimer::singleShot(m_options.chunkGapWait, this, [self, id, first] {
                    if (!self)
                        return;
                    first->gapExpired = true;
                    self->drainChunks(id);
                });
                return;
            }
        }
        const std::shared_ptr<Chunk> chunk = queue->takeFirst();
        if (queue->isEmpty())
            m_chunks.erase(queue);
        if (!chunk->syncError.isEmpty()) {
            qCWarning(lcBroker).noquote() << "appliance upload" << id << "sync failed:" << chunk->syncError;
            chunk->done(error(ErrorCode::Internal, u"The broker could not store the chunk; send it again."_s));
            continue;
        }
        const qint64 end = chunk->offset + chunk->length;
        const qint64 now = nowMs();
        DbQuery updated = m_database.exec(
            u"UPDATE appliance_uploads SET confirmed_bytes = ?, updated_at = ?, expires_at = ? "
            "WHERE id = ? AND organization_id = ? AND status = 'uploading' AND confirmed_bytes = ?"_s,
            {end, now, now + qint64(m_options.uploadIdleTimeout.count()), id, chunk->organizationId, chunk->offset});
        if (updated.numRowsAffected() != 1) {
            // Cancelled or expired meanwhile, or a chunk before it failed.
            const auto current = findUpload(id, chunk->organizationId);
            if (current && current->status == u"uploading"_s) {
                chunk->done(conflict(
                    u"offset_mismatch"_s,
                    u"The broker has %1 bytes of this upload; send the chunk at offset %1."_s.arg(current->offset),
                    QJsonObject{{u"offset"_s, current->offset}}));
            } else {
                chunk->done(conflict(u"not_uploading"_s, u"The upload was cancelled or has expired."_s));
            }
            continue;
        }
        // The whole file's digest: carried by the chunk, or caught up by
        // reading the chunk back (it arrived before the one ahead was in).
        std::shared_ptr<RunningHash> hash = chunk->hash;
        if (!hash) {
            const auto base = m_hashes.value(id);
            if (base && base->upTo == chunk->offset) {
                hash = base->copy();
                auto part = m_store.openPartForReading(id);
                if (hash && part && part->seek(chunk->offset)) {
                    const QByteArray bytes = part->read(chunk->length);
                    EVP_DigestUpdate(hash->context.get(), bytes.constData(), size_t(bytes.size()));
                    hash->upTo += bytes.size();
                }
                if (hash && hash->upTo != end)
                    hash.reset();
            }
        }
        if (hash)
            m_hashes.insert(id, hash);
        else
            m_hashes.remove(id);
        chunk->done(*findUpload(id, chunk->organizationId));
    }
}

Expected<ApplianceUpload> ApplianceService::complete(const Principal &caller, const QString &id)
{
    auto found = findUpload(id, caller.organizationId);
    if (!found)
        return error(ErrorCode::NotFound, u"There is no such upload."_s);
    if (found->status == u"verifying"_s || found->status == u"ready"_s)
        return *found;
    if (found->status != u"uploading"_s) {
        return conflict(u"not_uploading"_s,
                        u"The upload is %1; start a new one."_s.arg(found->status),
                        QJsonObject{{u"status"_s, found->status}});
    }
    if (m_chunks.contains(id))
        return conflict(u"chunk_in_progress"_s, u"A chunk of this upload is still being received."_s);
    if (found->offset < found->sizeBytes) {
        return conflict(
            u"incomplete"_s,
            u"The broker has %1 of %2 bytes; send the rest first."_s.arg(found->offset).arg(found->sizeBytes),
            QJsonObject{{u"offset"_s, found->offset}});
    }
    m_database.exec(u"UPDATE appliance_uploads SET status = 'verifying', updated_at = ? WHERE id = ?"_s, {nowMs(), id});
    found->status = u"verifying"_s;
    startVerification(*found);
    return *findUpload(id, caller.organizationId);
}

void ApplianceService::startVerification(const ApplianceUpload &upload)
{
    std::shared_ptr<RunningHash> hash = m_hashes.take(upload.id);
    if (hash && hash->upTo > upload.sizeBytes)
        hash.reset();
    const bool fromPart = m_store.hasPart(upload.id);
    const QString path = fromPart ? m_store.partPath(upload.id) : m_store.blobPath(upload.sha256);
    // Everything but the format check is cheap when the digest came along
    // with the chunks: then the answer to `complete` is the outcome. After a
    // restart the part is read again, on a worker thread.
    const bool digestReady = hash && hash->upTo == upload.sizeBytes;
    auto verify = [upload, hash, fromPart, path] {
        Verdict verdict;
        [&] {
            if (path.isEmpty() || !QFile::exists(path)) {
                verdict.reason = u"storage_error"_s;
                verdict.message = u"The uploaded bytes are gone from the broker's storage; upload again."_s;
                return;
            }
            QFile file(path);
            if (!file.open(fromPart ? QIODevice::ReadWrite : QIODevice::ReadOnly)) {
                verdict.reason = u"storage_error"_s;
                verdict.message = u"The broker cannot read the uploaded bytes."_s;
                return;
            }
            // A crash mid-chunk can leave bytes past the confirmed end.
            if (fromPart && file.size() > upload.sizeBytes)
                file.resize(upload.sizeBytes);
            if (file.size() != upload.sizeBytes) {
                verdict.reason = u"storage_error"_s;
                verdict.message = u"The broker has %1 bytes of this image instead of %2; upload again."_s
                                      .arg(file.size())
                                      .arg(upload.sizeBytes);
                return;
            }
            std::shared_ptr<RunningHash> running = hash ? hash : RunningHash::fresh();
            if (!running) {
                verdict.reason = u"storage_error"_s;
                verdict.message = u"The broker cannot compute checksums."_s;
                return;
            }
            if (running->upTo < upload.sizeBytes) {
                file.seek(running->upTo);
                QByteArray block(kReadBlock, Qt::Uninitialized);
                while (running->upTo < upload.sizeBytes) {
                    const qint64 read = file.read(block.data(), qMin(kReadBlock, upload.sizeBytes - running->upTo));
                    if (read <= 0)
                        break;
                    EVP_DigestUpdate(running->context.get(), block.constData(), size_t(read));
                    running->upTo += read;
                }
            }
            file.close();
            verdict.sha256 = QString::fromLatin1(finalDigest(running->context.get()).toHex());
            if (verdict.sha256 != upload.sha256) {
                verdict.reason = u"checksum_mismatch"_s;
                verdict.message = u"The uploaded file's SHA-256 is %1, not the %2 declared: the file changed or "
                                  "was damaged on the way. Upload it again."_s.arg(verdict.sha256, upload.sha256);
                return;
            }
            const ImageInspection inspection = inspectImage(path, upload.format);
            if (!inspection.ok) {
                verdict.reason = inspection.reason;
                verdict.message = inspection.message;
                return;
            }
            verdict.virtualSize = inspection.virtualSizeBytes;
        }();
        return verdict;
    };
    if (digestReady) {
        const Verdict verdict = verify();
        finishVerification(upload.id, verdict.sha256, verdict.reason, verdict.message, verdict.virtualSize);
        return;
    }
    QPointer<ApplianceService> self(this);
    m_workers.start([self, id = upload.id, verify] {
        const Verdict verdict = verify();
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, verdict] {
                if (self)
                    self->finishVerification(id, verdict.sha256, verdict.reason, verdict.message, verdict.virtualSize);
            },
            Qt::QueuedConnection);
    });
}

// A verified image into the directory: its blob row (once per SHA-256) and
// the appliance. The caller holds the transaction.
qint64 ApplianceService::insertAppliance(qint64 organizationId, qint64 userId, const QString &visibility,
                                         const QString &format, const ApplianceMetadata &metadata,
                                         const QString &sha256, qint64 sizeBytes, std::optional<qint64> virtualSize)
{
    const qint64 now = nowMs();
    m_database.exec(u"INSERT INTO appliance_blobs (sha256, size_bytes, created_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (sha256) DO NOTHING"_s,
                    {sha256, sizeBytes, now});
    DbQuery inserted = m_database.exec(
        u"INSERT INTO appliances (organization_id, user_id, visibility, name, description, os, min_memory_mib, "
        "min_disk_gib, notes, format, sha256, size_bytes, virtual_size_bytes, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ready', ?, ?)"_s,
        {organizationId,
         userId > 0 ? QVariant(userId) : nullInteger(),
         visibility,
         metadata.name,
         metadata.description,
         metadata.os,
         metadata.minMemoryMiB,
         metadata.minDiskGiB,
         metadata.notes,
         format,
         sha256,
         sizeBytes,
         virtualSize ? QVariant(*virtualSize) : nullInteger(),
         now,
         now});
    return inserted.lastInsertId().toLongLong();
}

void ApplianceService::finishVerification(const QString &uploadId, const QString &sha256, const QString &reason,
                                          const QString &message, std::optional<qint64> virtualSize)
{
    std::optional<ApplianceUpload> upload;
    qint64 organizationId = 0;
    qint64 userId = 0;
    {
        DbQuery row = m_database.exec(u"SELECT "_s + kUploadColumns
                                          + u", user_id FROM appliance_uploads WHERE id = ? AND status = 'verifying'"_s,
                                      {uploadId});
        if (!row.next())
            return; // cancelled meanwhile
        upload = uploadFrom(row);
        organizationId = row.value(19).toLongLong();
        userId = row.value(20).toLongLong();
    }
    if (!reason.isEmpty()) {
        failUpload(uploadId, reason, message);
        Q_EMIT uploadFinished(uploadId, organizationId, u"failed"_s);
        return;
    }
    if (m_store.hasPart(uploadId)) {
        if (const QString failure = m_store.commitPart(uploadId, sha256, upload->sizeBytes); !failure.isEmpty()) {
            qCWarning(lcBroker).noquote() << "appliance upload" << uploadId << "could not be stored:" << failure;
            failUpload(uploadId, u"storage_error"_s, u"The broker could not store the image; upload it again."_s);
            Q_EMIT uploadFinished(uploadId, organizationId, u"failed"_s);
            return;
        }
    }
    Transaction transaction(m_database);
    const qint64 applianceId = insertAppliance(organizationId,
                                               userId,
                                               upload->visibility,
                                               upload->format,
                                               upload->metadata,
                                               sha256,
                                               upload->sizeBytes,
                                               virtualSize);
    const qint64 now = nowMs();
    m_database.exec(u"UPDATE appliance_uploads SET status = 'ready', appliance_id = ?, updated_at = ? WHERE id = ?"_s,
                    {applianceId, now, uploadId});
    transaction.commit();
    qCInfo(lcBroker).noquote() << "appliance upload" << uploadId << "is ready as appliance" << applianceId;
    Q_EMIT uploadFinished(uploadId, organizationId, u"ready"_s);
}

void ApplianceService::failUpload(const QString &uploadId, const QString &reason, const QString &message)
{
    qCInfo(lcBroker).noquote() << "appliance upload" << uploadId << "failed:" << reason << message;
    m_database.exec(u"UPDATE appliance_uploads SET status = 'failed', error = ?, error_reason = ?, updated_at = ? "
                    "WHERE id = ?"_s,
                    {message, reason, nowMs(), uploadId});
    m_store.discardPart(uploadId);
    m_hashes.remove(uploadId);
}

int ApplianceService::expireAbandoned()
{
    QStringList due;
    {
        DbQuery rows = m_database.exec(
            u"SELECT id FROM appliance_uploads WHERE status = 'uploading' AND expires_at <= ?"_s, {nowMs()});
        while (rows.next())
            due.append(rows.value(0).toString());
    }
    int expired = 0;
    for (const QString &id : std::as_const(due)) {
        if (m_chunks.contains(id))
            continue;
        m_database.exec(u"UPDATE appliance_uploads SET status = 'expired', updated_at = ? WHERE id = ? "
                        "AND status = 'uploading'"_s,
                        {nowMs(), id});
        m_store.discardPart(id);
        m_hashes.remove(id);
        ++expired;
    }
    if (expired > 0)
        qCInfo(lcBroker) << "expired" << expired << "abandoned appliance upload(s)";
    return expired;
}

Expected<Appliance> ApplianceService::importFile(const QString &path, qint64 organizationId, qint64 userId,
                                                 const QString &visibility, const QString &format,
                                                 const ApplianceMetadata &metadata)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return error(ErrorCode::NotFound, u"Cannot read %1."_s.arg(path));
    const QString id = newUploadId();
    auto part = m_store.openPartForWriting(id);
    auto hash = RunningHash::fresh();
    if (!part || !hash)
        return error(ErrorCode::Internal, u"The appliance store is not available."_s);
    QByteArray block(kReadBlock, Qt::Uninitialized);
    qint64 size = 0;
    while (true) {
        const qint64 read = source.read(block.data(), block.size());
        if (read < 0)
            return error(ErrorCode::Internal, u"Cannot read %1."_s.arg(path));
        if (read == 0)
            break;
        if (part->write(block.constData(), read) != read) {
            m_store.discardPart(id);
            return error(ErrorCode::Internal, u"Cannot store %1."_s.arg(path));
        }
        EVP_DigestUpdate(hash->context.get(), block.constData(), size_t(read));
        size += read;
    }
    part.reset();
    const QString sha256 = QString::fromLatin1(finalDigest(hash->context.get()).toHex());
    const ImageInspection inspection = inspectImage(m_store.partPath(id), format);
    if (!inspection.ok) {
        m_store.discardPart(id);
        return error(ErrorCode::Unprocessable, inspection.message, QJsonObject{{u"reason"_s, inspection.reason}});
    }
    if (const QString failure = m_store.commitPart(id, sha256, size); !failure.isEmpty())
        return error(ErrorCode::Internal, u"Cannot store %1: %2"_s.arg(path, failure));
    Transaction transaction(m_database);
    const qint64 applianceId = insertAppliance(
        organizationId, userId, visibility, format, metadata, sha256, size, inspection.virtualSizeBytes);
    transaction.commit();
    return *findAppliance(applianceId, organizationId);
}

// ---- fetches -----------------------------------------------------------------

void ApplianceService::recordFetch(qint64 providerId, const QString &sha256, qint64 rangeStart, qint64 bytes,
                                   int status)
{
    m_database.exec(u"INSERT INTO appliance_fetches (provider_id, sha256, range_start, bytes, status, fetched_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {providerId, sha256, rangeStart, bytes, status, nowMs()});
}

QList<ApplianceService::Fetch> ApplianceService::fetches(const QString &sha256, int limit) const
{
    QList<Fetch> list;
    DbQuery rows = sha256.isEmpty()
                       ? m_database.exec(u"SELECT id, provider_id, sha256, range_start, bytes, status, fetched_at "
                                         "FROM appliance_fetches ORDER BY id DESC LIMIT ?"_s,
                                         {limit})
                       : m_database.exec(u"SELECT id, provider_id, sha256, range_start, bytes, status, fetched_at "
                                         "FROM appliance_fetches WHERE sha256 = ? ORDER BY id DESC LIMIT ?"_s,
                                         {sha256, limit});
    while (rows.next()) {
        list.append(Fetch{rows.value(0).toLongLong(),
                          rows.value(1).toLongLong(),
                          rows.value(2).toString(),
                          rows.value(3).toLongLong(),
                          rows.value(4).toLongLong(),
                          rows.value(5).toInt(),
                          timeOf(rows.value(6))});
    }
    return list;
}

} // namespace sc::broker
