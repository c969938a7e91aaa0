#include "client/SellerCloudClient.h"

#include "client/TypedReply.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr qsizetype kMaxItems = 10'000;
constexpr qint64 kMaxCount = qint64(1) << 53;

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Expected<SellerCloudClient::Health> readHealth(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"provider.health"_s);
    SellerCloudClient::Health health;
    health.state = reader.string(u"state", 32);
    health.lastPollAt = reader.optionalTime(u"lastPollAt");
    health.lastSuccessAt = reader.optionalTime(u"lastSuccessAt");
    if (reader.has(u"stalenessSeconds")) // a number, perhaps with a fraction
        health.stalenessSeconds = qint64(reader.number(u"stalenessSeconds", 0, double(kMaxCount)));
    health.consecutiveFailures = reader.optionalInteger(u"consecutiveFailures", 0, kMaxCount).value_or(0);
    health.nextPollAt = reader.optionalTime(u"nextPollAt");
    health.lastError = reader.optionalString(u"lastError", 4'000).value_or(QString());
    if (!reader.ok())
        return reader.error();
    return health;
}

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

// A number that may be null (no evidence, no slots): NaN then.
double numberOrUnknown(protocol::JsonReader &reader, QStringView key, double min, double max)
{
    return reader.has(key) ? reader.number(key, min, max) : kUnknown;
}

} // namespace

double SellerCloudClient::RatingBreakdown::weight(QStringView component) const
{
    for (const auto &[name, value] : weights) {
        if (name == component)
            return value;
    }
    return 0;
}

Expected<SellerCloudClient::RatingBreakdown> SellerCloudClient::RatingBreakdown::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"provider.ratingBreakdown"_s);
    RatingBreakdown breakdown;
    breakdown.uptime1d = numberOrUnknown(reader, u"uptime1d", 0, 1);
    breakdown.uptime7d = numberOrUnknown(reader, u"uptime7d", 0, 1);
    breakdown.uptime30d = numberOrUnknown(reader, u"uptime30d", 0, 1);
    breakdown.provisioningSuccess = numberOrUnknown(reader, u"provisioningSuccess", 0, 1);
    breakdown.medianSecondsToRunning = numberOrUnknown(reader, u"medianSecondsToRunning", 0, 1e9);
    breakdown.stateFidelity = numberOrUnknown(reader, u"stateFidelity", 0, 1);
    breakdown.reviewStars = numberOrUnknown(reader, u"reviewStars", 1, 5);
    breakdown.reviews = reader.optionalInteger(u"reviews", 0, kMaxCount).value_or(0);
    breakdown.instances = reader.optionalInteger(u"instances", 0, kMaxCount).value_or(0);
    breakdown.evidence = reader.has(u"evidence") ? reader.number(u"evidence", 0, 1e12) : 0;
    breakdown.score = reader.has(u"score") ? reader.number(u"score", 0, 1) : 0;
    breakdown.rating = reader.has(u"rating") ? reader.number(u"rating", 0, 5) : 0;
    breakdown.formulaVersion = int(reader.optionalInteger(u"formulaVersion", 0, 1'000'000).value_or(0));
    if (reader.has(u"prior"))
        breakdown.prior = reader.number(u"prior", 0, 1);
    if (reader.has(u"priorWeight"))
        breakdown.priorWeight = reader.number(u"priorWeight", 0, 1e9);
    breakdown.ratedAt = reader.optionalTime(u"ratedAt");
    const QJsonObject weights = reader.has(u"weights") ? reader.object(u"weights") : QJsonObject();
    if (!reader.ok())
        return reader.error();
    // In the order the score adds them up.
    for (const QString &component : {u"uptime30d"_s, u"provisioningSuccess"_s, u"stateFidelity"_s, u"reviews"_s}) {
        if (weights.contains(component))
            breakdown.weights.append({component, weights.value(component).toDouble()});
    }
    return breakdown;
}

Expected<SellerCloudClient::CapacityHistory> SellerCloudClient::CapacityHistory::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"capacityHistory"_s);
    CapacityHistory history;
    history.providerId = reader.integer(u"providerId", 1, kMaxCount);
    history.from = reader.optionalTime(u"from");
    history.to = reader.optionalTime(u"to");
    const QJsonArray points = reader.array(u"points", kMaxItems);
    const QJsonObject utilization = reader.object(u"utilization");
    if (!reader.ok())
        return reader.error();
    for (const QJsonValue &value : points) {
        protocol::JsonReader item(value.toObject(), u"capacityHistory.points"_s);
        CapacityPoint point;
        point.at = item.time(u"at");
        point.bucketSeconds = int(item.integer(u"bucketSeconds", 1, 86'400));
        point.totalSlots = item.integer(u"totalSlots", 0, kMaxCount);
        point.usedSlots = item.integer(u"usedSlots", 0, kMaxCount);
        point.freeSlots = item.integer(u"freeSlots", 0, kMaxCount);
        point.peakUsedSlots = item.optionalInteger(u"peakUsedSlots", 0, kMaxCount).value_or(point.usedSlots);
        if (!item.ok())
            return item.error();
        history.points.append(point);
    }
    protocol::JsonReader use(utilization, u"capacityHistory.utilization"_s);
    history.utilization.at = use.optionalTime(u"at");
    history.utilization.totalSlots = use.integer(u"totalSlots", 0, kMaxCount);
    history.utilization.usedSlots = use.integer(u"usedSlots", 0, kMaxCount);
    history.utilization.freeSlots = use.integer(u"freeSlots", 0, kMaxCount);
    history.utilization.usedShare = numberOrUnknown(use, u"usedShare", 0, 1);
    history.utilization.averageUsedShare = numberOrUnknown(use, u"averageUsedShare", 0, 1);
    history.utilization.marketInstances = use.optionalInteger(u"marketInstances", 0, kMaxCount).value_or(0);
    if (!use.ok())
        return use.error();
    return history;
}

QJsonObject SellerCloudClient::SellerLease::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"providerId"_s, providerId},
                       {u"providerName"_s, providerName},
                       {u"pseudonym"_s, pseudonym},
                       {u"instanceType"_s, instanceType},
                       {u"region"_s, region},
                       {u"startsAt"_s, protocol::isoTimeOrNull(startsAt)},
                       {u"endsAt"_s, protocol::isoTimeOrNull(endsAt)},
                       {u"pricePerHour"_s, pricePerHour},
                       {u"currency"_s, currency},
                       {u"status"_s, status},
                       {u"instanceState"_s, stringOrNull(instanceState)},
                       {u"runningSince"_s, protocol::isoTimeOrNull(runningSince)},
                       {u"renewableHours"_s, renewableHours},
                       {u"renewedHours"_s, renewedHours}};
}

Expected<SellerCloudClient::SellerLease> SellerCloudClient::SellerLease::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"lease"_s);
    SellerLease lease;
    lease.id = reader.integer(u"id", 1, kMaxCount);
    lease.providerId = reader.integer(u"providerId", 1, kMaxCount);
    lease.providerName = reader.optionalString(u"providerName", kMaxNameLength).value_or(QString());
    lease.pseudonym = reader.optionalString(u"pseudonym", 200).value_or(QString());
    lease.instanceType = reader.string(u"instanceType", 64);
    lease.region = reader.string(u"region", 64);
    lease.startsAt = reader.time(u"startsAt");
    lease.endsAt = reader.time(u"endsAt");
    lease.pricePerHour = reader.integer(u"pricePerHour", 0, kMaxCount);
    lease.currency = reader.string(u"currency", 8);
    lease.status = reader.string(u"status", 32);
    lease.instanceState = reader.optionalString(u"instanceState", 32).value_or(QString());
    lease.runningSince = reader.optionalTime(u"runningSince");
    lease.renewableHours = reader.optionalInteger(u"renewableHours", 0, kMaxCount).value_or(0);
    lease.renewedHours = reader.optionalInteger(u"renewedHours", 0, kMaxCount).value_or(0);
    if (!reader.ok())
        return reader.error();
    return lease;
}

QJsonObject SellerCloudClient::Profile::toJson() const
{
    return QJsonObject{{u"regionCode"_s, regionCode},
                       {u"profileId"_s, profileId},
                       {u"name"_s, name},
                       {u"vcpus"_s, vcpus},
                       {u"memoryMiB"_s, memoryMiB},
                       {u"diskGiB"_s, diskGiB},
                       {u"gpus"_s, gpus},
                       {u"instanceType"_s, stringOrNull(instanceType)},
                       {u"totalSlots"_s, totalSlots},
                       {u"usedSlots"_s, usedSlots},
                       {u"freeSlots"_s, freeSlots}};
}

QJsonObject SellerCloudClient::Provider::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"name"_s, name},
                     {u"pseudonym"_s, pseudonym},
                     {u"rating"_s, rating},
                     {u"status"_s, status},
                     {u"createdAt"_s, protocol::isoTimeOrNull(createdAt)},
                     {u"connected"_s, connected}};
    if (!ratingBreakdownJson.isEmpty())
        json.insert(u"ratingBreakdown"_s, ratingBreakdownJson);
    if (!connected)
        return json;
    json.insert(u"endpoint"_s, endpoint);
    json.insert(u"software"_s, software);
    json.insert(u"verifiedAt"_s, protocol::isoTimeOrNull(verifiedAt));
    QJsonObject healthJson{{u"state"_s, health.state},
                           {u"lastPollAt"_s, protocol::isoTimeOrNull(health.lastPollAt)},
                           {u"lastSuccessAt"_s, protocol::isoTimeOrNull(health.lastSuccessAt)},
                           {u"consecutiveFailures"_s, health.consecutiveFailures},
                           {u"nextPollAt"_s, protocol::isoTimeOrNull(health.nextPollAt)}};
    if (health.stalenessSeconds)
        healthJson.insert(u"stalenessSeconds"_s, *health.stalenessSeconds);
    if (!health.lastError.isEmpty())
        healthJson.insert(u"lastError"_s, health.lastError);
    json.insert(u"health"_s, healthJson);
    QJsonArray regionArray;
    for (const Region &region : regions) {
        regionArray.append(QJsonObject{{u"code"_s, region.code},
                                       {u"countryCode"_s, region.countryCode},
                                       {u"city"_s, region.city},
                                       {u"region"_s, stringOrNull(region.catalogRegion)}});
    }
    json.insert(u"regions"_s, regionArray);
    QJsonArray profileArray;
    for (const Profile &profile : profiles)
        profileArray.append(profile.toJson());
    json.insert(u"profiles"_s, profileArray);
    return json;
}

Expected<SellerCloudClient::Provider> SellerCloudClient::Provider::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"provider"_s);
    Provider provider;
    provider.id = reader.integer(u"id", 1, kMaxCount);
    provider.name = reader.string(u"name", kMaxNameLength, 0);
    provider.pseudonym = reader.string(u"pseudonym", 200);
    provider.rating = reader.number(u"rating", 0, 5);
    provider.status = reader.string(u"status", 32);
    provider.createdAt = reader.optionalTime(u"createdAt");
    provider.connected = reader.optionalBoolean(u"connected").value_or(false);
    const QJsonObject breakdown = reader.has(u"ratingBreakdown") ? reader.object(u"ratingBreakdown") : QJsonObject();
    if (!reader.ok())
        return reader.error();
    if (!breakdown.isEmpty()) {
        auto parsed = RatingBreakdown::fromJson(breakdown);
        if (!parsed)
            return parsed.error();
        provider.ratingBreakdown = *parsed;
        provider.ratingBreakdownJson = breakdown;
    }
    if (!provider.connected)
        return provider;

    provider.endpoint = reader.string(u"endpoint", kMaxEndpointLength);
    provider.software = reader.optionalString(u"software", 500).value_or(QString());
    provider.verifiedAt = reader.optionalTime(u"verifiedAt");
    const QJsonObject health = reader.has(u"health") ? reader.object(u"health") : QJsonObject();
    const QJsonArray regions = reader.has(u"regions") ? reader.array(u"regions", kMaxItems) : QJsonArray();
    const QJsonArray profiles = reader.has(u"profiles") ? reader.array(u"profiles", kMaxItems) : QJsonArray();
    if (!reader.ok())
        return reader.error();
    if (!health.isEmpty()) {
        auto parsed = readHealth(health);
        if (!parsed)
            return parsed.error();
        provider.health = *parsed;
    } else {
        provider.health.state = u"unknown"_s;
    }
    for (const QJsonValue &value : regions) {
        protocol::JsonReader item(value.toObject(), u"provider.regions"_s);
        Region region;
        region.code = item.string(u"code", 64);
        region.countryCode = item.optionalString(u"countryCode", 8).value_or(QString());
        region.city = item.optionalString(u"city", 200).value_or(QString());
        region.catalogRegion = item.optionalString(u"region", 64).value_or(QString());
        if (!item.ok())
            return item.error();
        provider.regions.append(region);
    }
    for (const QJsonValue &value : profiles) {
        protocol::JsonReader item(value.toObject(), u"provider.profiles"_s);
        Profile profile;
        profile.regionCode = item.string(u"regionCode", 64);
        profile.profileId = item.string(u"profileId", 128);
        profile.name = item.optionalString(u"name", 200).value_or(profile.profileId);
        profile.vcpus = int(item.integer(u"vcpus", 0, 1'000'000));
        profile.memoryMiB = item.integer(u"memoryMiB", 0, kMaxCount);
        profile.diskGiB = item.integer(u"diskGiB", 0, kMaxCount);
        profile.gpus = int(item.optionalInteger(u"gpus", 0, 1'000'000).value_or(0));
        profile.instanceType = item.optionalString(u"instanceType", 64).value_or(QString());
        profile.totalSlots = item.integer(u"totalSlots", 0, kMaxCount);
        profile.usedSlots = item.integer(u"usedSlots", 0, kMaxCount);
        profile.freeSlots = item.integer(u"freeSlots", 0, kMaxCount);
        if (!item.ok())
            return item.error();
        provider.profiles.append(profile);
    }
    return provider;
}

SellerCloudClient::SellerCloudClient(BrokerClient &client)
    : m_client(client)
{
}

void SellerCloudClient::fetchProviders(QObject *context, Callback<QList<Provider>> callback)
{
    m_client.getJson(
        u"/seller/providers"_s, {}, context, typedReply<QList<Provider>>(std::move(callback), &parseProviders));
}

void SellerCloudClient::createManualProvider(const QString &name, QObject *context, Callback<Provider> callback)
{
    m_client.sendJson("POST",
                      u"/seller/providers"_s,
                      QJsonObject{{u"name"_s, name}},
                      context,
                      typedReply<Provider>(std::move(callback), &Provider::fromJson));
}

void SellerCloudClient::connectCloud(const QString &name, const QUrl &endpoint, const QString &credential,
                                     QObject *context, Callback<Provider> callback)
{
    m_client.sendJson("POST",
                      u"/seller/providers"_s,
                      QJsonObject{{u"name"_s, name},
                                  {u"endpoint"_s, endpoint.toString(QUrl::FullyEncoded)},
                                  {u"credential"_s, credential}},
                      context,
                      typedReply<Provider>(std::move(callback), &Provider::fromJson));
}

void SellerCloudClient::refreshProvider(qint64 providerId, QObject *context, Callback<Provider> callback)
{
    m_client.sendJson("POST",
                      u"/seller/providers/%1/refresh"_s.arg(providerId),
                      {},
                      context,
                      typedReply<Provider>(std::move(callback), &Provider::fromJson));
}

void SellerCloudClient::fetchCapacityHistory(qint64 providerId, const QDateTime &from, const QDateTime &to,
                                             QObject *context, Callback<CapacityHistory> callback)
{
    QUrlQuery query;
    if (from.isValid())
        query.addQueryItem(u"from"_s, protocol::isoTime(from));
    if (to.isValid())
        query.addQueryItem(u"to"_s, protocol::isoTime(to));
    m_client.getJson(u"/seller/providers/%1/capacity-history"_s.arg(providerId),
                     query,
                     context,
                     typedReply<CapacityHistory>(std::move(callback), &CapacityHistory::fromJson));
}

void SellerCloudClient::fetchLeases(QObject *context, Callback<QList<SellerLease>> callback)
{
    m_client.getJson(
        u"/seller/leases"_s, {}, context, typedReply<QList<SellerLease>>(std::move(callback), &parseLeases));
}

Expected<QList<SellerCloudClient::SellerLease>> SellerCloudClient::parseLeases(const QJsonObject &json)
{
    protocol::JsonReader reader(json);
    const QJsonArray array = reader.array(u"leases", kMaxItems);
    if (!reader.ok())
        return reader.error();
    QList<SellerLease> leases;
    for (const QJsonValue &value : array) {
        auto lease = SellerLease::fromJson(value.toObject());
        if (!lease)
            return lease.error();
        leases.append(std::move(lease).value());
    }
    return leases;
}

Expected<QList<SellerCloudClient::Provider>> SellerCloudClient::parseProviders(const QJsonObject &json)
{
    protocol::JsonReader reader(json);
    const QJsonArray array = reader.array(u"providers", kMaxItems);
    if (!reader.ok())
        return reader.error();
    QList<Provider> providers;
    for (const QJsonValue &value : array) {
        auto provider = Provider::fromJson(value.toObject());
        if (!provider)
            return provider.error();
        providers.append(std::move(provider).value());
    }
    return providers;
}

} // namespace sc::client
