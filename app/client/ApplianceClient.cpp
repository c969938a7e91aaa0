#include "client/ApplianceClient.h"

#include "client/TypedReply.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr qsizetype kMaxItems = 100'000;

BrokerClient::Callback<QJsonObject> uploadCallback(BrokerClient::Callback<protocol::ApplianceUpload> callback)
{
    return typedReply<protocol::ApplianceUpload>(std::move(callback), &protocol::ApplianceUpload::fromJson);
}

QString uploadPath(const QString &uploadId, QStringView suffix = {})
{
    return u"/appliances/uploads/"_s + QString::fromLatin1(QUrl::toPercentEncoding(uploadId)) + suffix;
}

template<typename T>
Expected<QList<T>> parseList(const QJsonObject &json, QStringView key)
{
    protocol::JsonReader reader(json);
    const QJsonArray items = reader.array(key, kMaxItems);
    if (!reader.ok())
        return reader.error();
    QList<T> list;
    list.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return ApiError{ErrorCode::InvalidResponse, u"%1 must hold objects"_s.arg(key), {}, {}};
        auto value = T::fromJson(item.toObject());
        if (!value)
            return value.error();
        list.append(std::move(value).value());
    }
    return list;
}

Expected<protocol::StorageQuota> parseQuota(const QJsonObject &json)
{
    protocol::JsonReader reader(json);
    const QJsonObject quota = reader.object(u"quota");
    if (!reader.ok())
        return reader.error();
    return protocol::StorageQuota::fromJson(quota);
}

} // namespace

ApplianceClient::ApplianceClient(BrokerClient &client)
    : m_client(client)
{
}

Expected<ApplianceClient::Directory> ApplianceClient::parseDirectory(const QJsonObject &json)
{
    auto appliances = parseList<protocol::Appliance>(json, u"appliances");
    if (!appliances)
        return appliances.error();
    auto quota = parseQuota(json);
    if (!quota)
        return quota.error();
    return Directory{std::move(appliances).value(), *quota};
}

Expected<ApplianceClient::Uploads> ApplianceClient::parseUploads(const QJsonObject &json)
{
    auto uploads = parseList<protocol::ApplianceUpload>(json, u"uploads");
    if (!uploads)
        return uploads.error();
    auto quota = parseQuota(json);
    if (!quota)
        return quota.error();
    return Uploads{std::move(uploads).value(), *quota};
}

QByteArray ApplianceClient::contentDigest(const QByteArray &sha256)
{
    return "sha-256=:" + sha256.toBase64() + ':';
}

QString ApplianceClient::errorText(const ApiError &error)
{
    const QString reason = error.details.value(u"reason"_s).toString();
    if (reason == u"quota_exceeded") {
        const qint64 available = error.details.value(u"availableBytes"_s).toInteger(-1);
        if (available >= 0) {
            return tr("Not enough storage: your organization has only %1 free for appliances. Delete appliances "
                      "you no longer need, or ask the broker's operator for more.")
                .arg(QLocale().formattedDataSize(available, 1));
        }
        return tr("Not enough storage left for this image. Delete appliances you no longer need, or ask the "
                  "broker's operator for more.");
    }
    if (reason == u"digest_mismatch")
        return tr("Parts of the file arrived damaged several times in a row. Check the network and try again.");
    if (reason == u"checksum_mismatch")
        return tr("The broker received other bytes than the file's checksum describes; the file probably changed "
                  "while it was being uploaded. Add it again.");
    if (reason == u"format_mismatch")
        return tr("The image is not in the format it was declared as. Add it again and choose the right format "
                  "(or let it be recognised).");
    if (reason == u"truncated")
        return tr("The image is incomplete: it ends before its own header says it should.");
    if (reason == u"invalid_image")
        return tr("The broker could not read the file as a disk image. Only qcow2, raw, VMDK and OVA images "
                  "can be uploaded.");
    if (reason == u"storage_error")
        return tr("The broker could not store the image. Try again later.");
    if (reason == u"in_use")
        return tr("An open bid or a lease that has not started yet uses this appliance. Delete it once they no "
                  "longer need it.");
    switch (error.code) {
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
    case ErrorCode::Unavailable:
    case ErrorCode::RequestTimeout:
        return tr("The broker cannot be reached. Check the connection; uploads go on from where they stopped.");
    case ErrorCode::Unauthorized: return tr("Your session has ended. Log in again, then resume the upload.");
    case ErrorCode::Forbidden: return tr("This account may not upload appliances. Log in as a buyer to upload images.");
    case ErrorCode::NotFound:
        return tr("The broker no longer knows this upload: unfinished uploads expire after a day without progress.");
    case ErrorCode::ValidationFailed: return tr("The broker refused the upload: %1").arg(error.message);
    default: return error.message;
    }
}

bool ApplianceClient::isTransient(const ApiError &error)
{
    switch (error.code) {
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
    case ErrorCode::Unavailable:
    case ErrorCode::RequestTimeout:
    case ErrorCode::RateLimited: return true;
    default: return false;
    }
}

void ApplianceClient::fetchAppliances(const QString &visibility, QObject *context, Callback<Directory> callback)
{
    QUrlQuery query;
    if (!visibility.isEmpty() && visibility != u"all")
        query.addQueryItem(u"visibility"_s, visibility);
    m_client.getJson(u"/appliances"_s, query, context, typedReply<Directory>(std::move(callback), &parseDirectory));
}

void ApplianceClient::fetchAppliance(qint64 id, QObject *context, Callback<protocol::Appliance> callback)
{
    m_client.getJson(u"/appliances/%1"_s.arg(id),
                     {},
                     context,
                     typedReply<protocol::Appliance>(std::move(callback), &protocol::Appliance::fromJson));
}

void ApplianceClient::updateAppliance(qint64 id, const protocol::ApplianceMetadata &metadata, QObject *context,
                                      Callback<protocol::Appliance> callback)
{
    m_client.sendJson("PATCH",
                      u"/appliances/%1"_s.arg(id),
                      metadata.toJson(),
                      context,
                      typedReply<protocol::Appliance>(std::move(callback), &protocol::Appliance::fromJson));
}

void ApplianceClient::deleteAppliance(qint64 id, QObject *context, Callback<Done> callback)
{
    m_client.sendJson("DELETE", u"/appliances/%1"_s.arg(id), {}, context, doneReply(std::move(callback)));
}

void ApplianceClient::fetchUploads(QObject *context, Callback<Uploads> callback)
{
    m_client.getJson(u"/appliances/uploads"_s, {}, context, typedReply<Uploads>(std::move(callback), &parseUploads));
}

void ApplianceClient::createUpload(const NewUpload &upload, QObject *context,
                                   Callback<protocol::ApplianceUpload> callback)
{
    QJsonObject body = upload.metadata.toJson();
    body.insert(u"format"_s, upload.format);
    body.insert(u"sizeBytes"_s, upload.sizeBytes);
    body.insert(u"sha256"_s, upload.sha256);
    m_client.sendJson("POST", u"/appliances/uploads"_s, body, context, uploadCallback(std::move(callback)));
}

void ApplianceClient::fetchUpload(const QString &uploadId, QObject *context,
                                  Callback<protocol::ApplianceUpload> callback)
{
    m_client.getJson(uploadPath(uploadId), {}, context, uploadCallback(std::move(callback)));
}

void ApplianceClient::sendChunk(const QString &uploadId, qint64 offset, const QByteArray &bytes,
                                const QByteArray &sha256, QObject *context,
                                Callback<protocol::ApplianceUpload> callback, BrokerClient::Progress progress)
{
    QUrlQuery query;
    query.addQueryItem(u"offset"_s, QString::number(offset));
    m_client.sendBytes("PUT",
                       uploadPath(uploadId, u"/chunks"),
                       query,
                       bytes,
                       "application/octet-stream",
                       {{"Content-Digest", contentDigest(sha256)}},
                       context,
                       uploadCallback(std::move(callback)),
                       std::move(progress));
}

void ApplianceClient::completeUpload(const QString &uploadId, QObject *context,
                                     Callback<protocol::ApplianceUpload> callback)
{
    m_client.sendJson("POST", uploadPath(uploadId, u"/complete"), {}, context, uploadCallback(std::move(callback)));
}

void ApplianceClient::cancelUpload(const QString &uploadId, QObject *context, Callback<Done> callback)
{
    m_client.sendJson("DELETE", uploadPath(uploadId), {}, context, doneReply(std::move(callback)));
}

} // namespace sc::client
