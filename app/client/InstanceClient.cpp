#include "client/InstanceClient.h"

#include "client/TypedReply.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr qsizetype kMaxItems = 100'000;
constexpr qint64 kMaxId = qint64(1) << 53;
constexpr double kMaxBytesPerSecond = 1e15;

} // namespace

const QStringList &InstanceClient::stateNames()
{
    static const QStringList names{
        u"pending"_s, u"provisioning"_s, u"running"_s, u"stopping"_s, u"terminated"_s, u"failed"_s, u"lost"_s};
    return names;
}

bool InstanceClient::isLive(const QString &state)
{
    return state == u"pending" || state == u"provisioning" || state == u"running";
}

QJsonObject InstanceClient::Instance::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"leaseId"_s, leaseId},
        {u"state"_s, state},
        {u"stateReason"_s, stateReason},
        {u"address"_s, address},
        {u"createdAt"_s, protocol::isoTimeOrNull(createdAt)},
        {u"updatedAt"_s, protocol::isoTimeOrNull(updatedAt)},
        {u"runningAt"_s, protocol::isoTimeOrNull(runningAt)},
        {u"endedAt"_s, protocol::isoTimeOrNull(endedAt)},
        {u"lastSeenAt"_s, protocol::isoTimeOrNull(lastSeenAt)},
        {u"instanceType"_s, instanceType},
        {u"region"_s, region},
        {u"pricePerHour"_s, pricePerHour},
        {u"currency"_s, currency},
        {u"leaseStartsAt"_s, protocol::isoTimeOrNull(leaseStartsAt)},
        {u"leaseEndsAt"_s, protocol::isoTimeOrNull(leaseEndsAt)},
        {u"leaseStatus"_s, leaseStatus},
        {u"provider"_s, QJsonObject{{u"pseudonym"_s, providerPseudonym}, {u"rating"_s, providerRating}}},
        {u"onSale"_s, onSale},
        {u"resold"_s, resold},
    };
}

Expected<InstanceClient::Instance> InstanceClient::Instance::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"instance"_s);
    Instance instance;
    instance.id = reader.integer(u"id", 1, kMaxId);
    instance.leaseId = reader.integer(u"leaseId", 1, kMaxId);
    instance.state = reader.string(u"state", 32);
    instance.stateReason = reader.optionalString(u"stateReason", 2'000).value_or(QString());
    instance.address = reader.optionalString(u"address", 500).value_or(QString());
    instance.createdAt = reader.time(u"createdAt");
    instance.updatedAt = reader.optionalTime(u"updatedAt");
    instance.runningAt = reader.optionalTime(u"runningAt");
    instance.endedAt = reader.optionalTime(u"endedAt");
    instance.lastSeenAt = reader.optionalTime(u"lastSeenAt");
    instance.instanceType = reader.string(u"instanceType", 64);
    instance.region = reader.string(u"region", 64);
    instance.pricePerHour = reader.integer(u"pricePerHour", 0, kMaxId);
    instance.currency = reader.string(u"currency", 8);
    instance.leaseStartsAt = reader.time(u"leaseStartsAt");
    instance.leaseEndsAt = reader.time(u"leaseEndsAt");
    instance.leaseStatus = reader.string(u"leaseStatus", 32);
    instance.onSale = reader.optionalBoolean(u"onSale").value_or(false);
    instance.resold = reader.optionalBoolean(u"resold").value_or(false);
    const QJsonObject provider = reader.object(u"provider");
    if (!reader.ok())
        return reader.error();
    protocol::JsonReader badge(provider, u"instance.provider"_s);
    instance.providerPseudonym = badge.string(u"pseudonym", 200);
    instance.providerRating = badge.number(u"rating", 0, 5);
    if (!badge.ok())
        return badge.error();
    return instance;
}

Expected<InstanceClient::LeaseRenewal> InstanceClient::LeaseRenewal::fromJson(const QJsonObject &json)
{
    protocol::JsonReader reader(json, u"renewal"_s);
    LeaseRenewal renewal;
    renewal.leaseId = reader.integer(u"leaseId", 1, kMaxId);
    if (reader.has(u"endsAt") && !json.value(u"endsAt").isNull())
        renewal.endsAt = reader.time(u"endsAt");
    renewal.renewableHours = int(reader.integer(u"renewableHours", 0, 1'000'000));
    renewal.renewedHours = int(reader.integer(u"renewedHours", 0, 1'000'000));
    renewal.autoRenewHours = int(reader.integer(u"autoRenewHours", 0, 1'000'000));
    renewal.autoRenewBudget = reader.integer(u"autoRenewBudget", 0, kMaxId);
    renewal.autoRenewSpent = reader.integer(u"autoRenewSpent", 0, kMaxId);
    renewal.pricePerHour = reader.integer(u"pricePerHour", 0, kMaxId);
    renewal.status = reader.string(u"status", 32);
    if (!reader.ok())
        return reader.error();
    return renewal;
}

InstanceClient::InstanceClient(BrokerClient &client)
    : m_client(client)
{
}

void InstanceClient::fetchInstances(const QString &state, QObject *context, Callback<QList<Instance>> callback)
{
    QUrlQuery query;
    if (!state.isEmpty())
        query.addQueryItem(u"state"_s, state);
    m_client.getJson(
        u"/instances"_s, query, context, typedReply<QList<Instance>>(std::move(callback), &parseInstances));
}

void InstanceClient::fetchInstance(qint64 instanceId, QObject *context, Callback<Instance> callback)
{
    m_client.getJson(u"/instances/%1"_s.arg(instanceId),
                     {},
                     context,
                     typedReply<Instance>(std::move(callback), &Instance::fromJson));
}

void InstanceClient::terminate(qint64 instanceId, QObject *context, Callback<Done> callback)
{
    m_client.sendJson(
        "DELETE",
        u"/instances/%1"_s.arg(instanceId),
        {},
        context,
        typedReply<Done>(std::move(callback), [](const QJsonObject &) { return Expected<Done>(Done()); }));
}

void InstanceClient::fetchUtilization(qint64 instanceId, QObject *context, Callback<QList<UtilizationSample>> callback)
{
    m_client.getJson(u"/instances/%1/utilization"_s.arg(instanceId),
                     {},
                     context,
                     typedReply<QList<UtilizationSample>>(std::move(callback), &parseUtilization));
}

void InstanceClient::renew(qint64 leaseId, int hours, QObject *context, Callback<LeaseRenewal> callback)
{
    m_client.sendJson("POST",
                      u"/leases/%1/renew"_s.arg(leaseId),
                      QJsonObject{{u"hours"_s, hours}},
                      context,
                      typedReply<LeaseRenewal>(std::move(callback), &LeaseRenewal::fromJson));
}

void InstanceClient::setAutoRenew(qint64 leaseId, int hours, qint64 budget, QObject *context,
                                  Callback<LeaseRenewal> callback)
{
    m_client.sendJson("PUT",
                      u"/leases/%1/auto-renew"_s.arg(leaseId),
                      QJsonObject{{u"hours"_s, hours}, {u"budget"_s, budget}},
                      context,
                      typedReply<LeaseRenewal>(std::move(callback), &LeaseRenewal::fromJson));
}

void InstanceClient::review(qint64 leaseId, int stars, const QString &comment, QObject *context,
                            Callback<Done> callback)
{
    QJsonObject body{{u"stars"_s, stars}};
    if (!comment.trimmed().isEmpty())
        body.insert(u"comment"_s, comment.trimmed());
    m_client.sendJson(
        "POST",
        u"/leases/%1/review"_s.arg(leaseId),
        body,
        context,
        typedReply<Done>(std::move(callback), [](const QJsonObject &) { return Expected<Done>(Done()); }));
}

Expected<QList<InstanceClient::Instance>> InstanceClient::parseInstances(const QJsonObject &json)
{
    protocol::JsonReader reader(json);
    const QJsonArray array = reader.array(u"instances", kMaxItems);
    if (!reader.ok())
        return reader.error();
    QList<Instance> instances;
    instances.reserve(array.size());
    for (const QJsonValue &value : array) {
        auto instance = Instance::fromJson(value.toObject());
        if (!instance)
            return instance.error();
        instances.append(std::move(instance).value());
    }
    return instances;
}

Expected<QList<InstanceClient::UtilizationSample>> InstanceClient::parseUtilization(const QJsonObject &json)
{
    protocol::JsonReader list(json);
    const QJsonArray array = list.array(u"samples", kMaxItems);
    if (!list.ok())
        return list.error();
    QList<UtilizationSample> samples;
    samples.reserve(array.size());
    for (const QJsonValue &value : array) {
        protocol::JsonReader reader(value.toObject(), u"sample"_s);
        UtilizationSample sample;
        sample.at = reader.time(u"at");
        sample.cpuPercent = reader.number(u"cpuPercent", 0, 100);
        sample.memoryPercent = reader.number(u"memoryPercent", 0, 100);
        sample.networkInBytesPerSecond = reader.number(u"networkInBytesPerSecond", 0, kMaxBytesPerSecond);
        sample.networkOutBytesPerSecond = reader.number(u"networkOutBytesPerSecond", 0, kMaxBytesPerSecond);
        if (!reader.ok())
            return reader.error();
        samples.append(sample);
    }
    return samples;
}

} // namespace sc::client
