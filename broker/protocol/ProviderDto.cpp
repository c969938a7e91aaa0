#include "protocol/ProviderDto.h"

#include "protocol/JsonReader.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sc::protocol {

namespace {

constexpr qint64 kMaxCount = 1 << 30;
constexpr qint64 kMaxRate = qint64(1) << 50;
constexpr qsizetype kMaxRegions = 100;
constexpr qsizetype kMaxProfiles = 100;
constexpr qsizetype kMaxInstances = 1'000'000;
constexpr qsizetype kMaxSamples = 360;

bool isTokenCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

bool isLowerHex(QStringView text)
{
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Reads each element of an array with T::fromJson; the first failure wins.
template<typename T>
QList<T> readList(JsonReader &reader, QStringView key, qsizetype maxItems)
{
    QList<T> items;
    const QJsonArray array = reader.array(key, maxItems);
    if (!reader.ok())
        return items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            reader.fail(key, u"must be a list of objects"_s);
            return items;
        }
        auto item = T::fromJson(value.toObject());
        if (!item) {
            reader.fail(key, item.error().message);
            return items;
        }
        items.append(std::move(item).value());
    }
    return items;
}

template<typename T>
QJsonArray listJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

} // namespace

namespace ProviderInstanceState {

bool isKnown(QStringView state)
{
    return state == Provisioning || state == Running || state == Stopping || state == Terminated || state == Failed;
}

bool isFinal(QStringView state)
{
    return state == Terminated || state == Failed;
}

} // namespace ProviderInstanceState

QJsonObject ProviderError::toJson() const
{
    return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

std::optional<ProviderError> ProviderError::fromJson(const QJsonObject &object)
{
    const QJsonValue error = object.value(u"error"_s);
    if (!error.isObject())
        return std::nullopt;
    const QJsonValue code = error.toObject().value(u"code"_s);
    if (!code.isString() || code.toString().isEmpty())
        return std::nullopt;
    return ProviderError{code.toString(), error.toObject().value(u"message"_s).toString()};
}

QJsonObject ProviderHealth::toJson() const
{
    return QJsonObject{
        {u"status"_s, status}, {u"name"_s, name}, {u"software"_s, software}, {u"apiVersion"_s, apiVersion}};
}

Expected<ProviderHealth> ProviderHealth::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"health"_s);
    ProviderHealth health;
    health.status = reader.string(u"status", 32);
    health.name = reader.string(u"name", 200);
    health.software = reader.string(u"software", 200);
    health.apiVersion = reader.string(u"apiVersion", 16);
    if (!reader.ok())
        return reader.error();
    return health;
}

QJsonObject ProviderProfile::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"vcpus"_s, vcpus},
        {u"memoryMiB"_s, memoryMiB},
        {u"diskGiB"_s, diskGiB},
        {u"gpus"_s, gpus},
        {u"totalSlots"_s, totalSlots},
        {u"usedSlots"_s, usedSlots},
        {u"freeSlots"_s, freeSlots},
    };
}

Expected<ProviderProfile> ProviderProfile::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"profile"_s);
    ProviderProfile profile;
    profile.id = reader.string(u"id", 64);
    profile.name = reader.string(u"name", 200);
    profile.vcpus = int(reader.integer(u"vcpus", 1, 1 << 20));
    profile.memoryMiB = int(reader.integer(u"memoryMiB", 1, kMaxCount));
    profile.diskGiB = int(reader.integer(u"diskGiB", 0, kMaxCount));
    profile.gpus = int(reader.integer(u"gpus", 0, 1 << 20));
    profile.totalSlots = int(reader.integer(u"totalSlots", 0, kMaxCount));
    profile.usedSlots = int(reader.integer(u"usedSlots", 0, kMaxCount));
    profile.freeSlots = int(reader.integer(u"freeSlots", 0, kMaxCount));
    if (!reader.ok())
        return reader.error();
    return profile;
}

QJsonObject ProviderRegion::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"countryCode"_s, countryCode},
        {u"city"_s, city},
        {u"latitude"_s, latitude},
        {u"longitude"_s, longitude},
        {u"profiles"_s, listJson(profiles)},
    };
}

Expected<ProviderRegion> ProviderRegion::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"region"_s);
    ProviderRegion region;
    region.id = reader.string(u"id", 64);
    region.countryCode = reader.string(u"countryCode", 2, 2);
    region.city = reader.string(u"city", 200);
    region.latitude = reader.number(u"latitude", -90, 90);
    region.longitude = reader.number(u"longitude", -180, 180);
    region.profiles = readList<ProviderProfile>(reader, u"profiles", kMaxProfiles);
    if (!reader.ok())
        return reader.error();
    return region;
}

QJsonObject ProviderCapacity::toJson() const
{
    return QJsonObject{{u"regions"_s, listJson(regions)}};
}

Expected<ProviderCapacity> ProviderCapacity::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"capacity"_s);
    ProviderCapacity capacity;
    capacity.regions = readList<ProviderRegion>(reader, u"regions", kMaxRegions);
    if (!reader.ok())
        return reader.error();
    return capacity;
}

QJsonObject ProviderInstance::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"clientToken"_s, clientToken},
        {u"regionId"_s, regionId},
        {u"profileId"_s, profileId},
        {u"state"_s, state},
        {u"stateReason"_s, stateReason},
        {u"address"_s, address},
        {u"leaseEndsAt"_s, isoTime(leaseEndsAt)},
        {u"createdAt"_s, isoTime(createdAt)},
        {u"updatedAt"_s, isoTime(updatedAt)},
    };
}

Expected<ProviderInstance> ProviderInstance::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"instance"_s);
    ProviderInstance instance;
    instance.id = reader.string(u"id", 128);
    instance.clientToken = reader.string(u"clientToken", 64);
    instance.regionId = reader.string(u"regionId", 64);
    instance.profileId = reader.string(u"profileId", 64);
    instance.state = reader.string(u"state", 16);
    if (reader.ok() && !ProviderInstanceState::isKnown(instance.state))
        reader.fail(u"state", u"must be provisioning, running, stopping, terminated or failed"_s);
    instance.stateReason = reader.string(u"stateReason", 200, 0);
    instance.address = reader.string(u"address", 200, 0);
    instance.leaseEndsAt = reader.time(u"leaseEndsAt");
    instance.createdAt = reader.time(u"createdAt");
    instance.updatedAt = reader.time(u"updatedAt");
    if (!reader.ok())
        return reader.error();
    return instance;
}

QJsonObject NewProviderInstance::toJson() const
{
    return QJsonObject{
        {u"clientToken"_s, clientToken},
        {u"regionId"_s, regionId},
        {u"profileId"_s, profileId},
        {u"applianceUrl"_s, applianceUrl},
        {u"applianceSha256"_s, applianceSha256},
        {u"leaseEndsAt"_s, isoTime(leaseEndsAt)},
    };
}

Expected<NewProviderInstance> NewProviderInstance::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    reader.allowOnly({u"clientToken", u"regionId", u"profileId", u"applianceUrl", u"applianceSha256", u"leaseEndsAt"});
    NewProviderInstance request;
    request.clientToken = reader.string(u"clientToken", 64);
    if (reader.ok() && !std::all_of(request.clientToken.cbegin(), request.clientToken.cend(), isTokenCharacter))
        reader.fail(u"clientToken", u"may only hold letters, digits, '_' and '-'"_s);
    request.regionId = reader.string(u"regionId", 64);
    request.profileId = reader.string(u"profileId", 64);
    request.applianceUrl = reader.string(u"applianceUrl", 2048, 0);
    if (reader.ok() && !request.applianceUrl.isEmpty()) {
        const QUrl url(request.applianceUrl, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            reader.fail(u"applianceUrl", u"must be an http or https URL, or empty"_s);
    }
    request.applianceSha256 = reader.string(u"applianceSha256", 64, 0);
    if (reader.ok() && !request.applianceSha256.isEmpty()
        && (request.applianceSha256.size() != 64 || !isLowerHex(request.applianceSha256)))
        reader.fail(u"applianceSha256", u"must be 64 lowercase hexadecimal digits, or empty"_s);
    request.leaseEndsAt = reader.time(u"leaseEndsAt");
    if (!reader.ok())
        return reader.error();
    return request;
}

QJsonObject ProviderInstanceList::toJson() const
{
    return QJsonObject{{u"instances"_s, listJson(instances)}, {u"cursor"_s, cursor}};
}

Expected<ProviderInstanceList> ProviderInstanceList::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"instanceList"_s);
    ProviderInstanceList list;
    list.instances = readList<ProviderInstance>(reader, u"instances", kMaxInstances);
    list.cursor = reader.string(u"cursor", 128);
    if (!reader.ok())
        return reader.error();
    return list;
}

QJsonObject UtilizationSample::toJson() const
{
    return QJsonObject{
        {u"at"_s, isoTime(at)},
        {u"cpuPercent"_s, cpuPercent},
        {u"memoryPercent"_s, memoryPercent},
        {u"networkInBytesPerSecond"_s, networkInBytesPerSecond},
        {u"networkOutBytesPerSecond"_s, networkOutBytesPerSecond},
    };
}

Expected<UtilizationSample> UtilizationSample::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"sample"_s);
    UtilizationSample sample;
    sample.at = reader.time(u"at");
    sample.cpuPercent = reader.number(u"cpuPercent", 0, 100);
    sample.memoryPercent = reader.number(u"memoryPercent", 0, 100);
    sample.networkInBytesPerSecond = reader.integer(u"networkInBytesPerSecond", 0, kMaxRate);
    sample.networkOutBytesPerSecond = reader.integer(u"networkOutBytesPerSecond", 0, kMaxRate);
    if (!reader.ok())
        return reader.error();
    return sample;
}

QJsonObject ProviderUtilization::toJson() const
{
    return QJsonObject{{u"samples"_s, listJson(samples)}};
}

Expected<ProviderUtilization> ProviderUtilization::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"utilization"_s);
    ProviderUtilization utilization;
    utilization.samples = readList<UtilizationSample>(reader, u"samples", kMaxSamples);
    if (!reader.ok())
        return reader.error();
    return utilization;
}

} // namespace sc::protocol
