#include "protocol/ServiceInfo.h"

#include "protocol/JsonReader.h"

using namespace Qt::StringLiterals;

namespace sc::protocol {

QJsonObject HealthStatus::toJson() const
{
    return QJsonObject{
        {u"status"_s, status},
        {u"serverTime"_s, serverTime.toUTC().toString(Qt::ISODateWithMs)},
        {u"uptimeSeconds"_s, uptimeSeconds},
        {u"demo"_s, demo},
    };
}

Expected<HealthStatus> HealthStatus::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"health"_s);
    HealthStatus health;
    health.status = reader.string(u"status", 32);
    const QString time = reader.string(u"serverTime", 64);
    health.uptimeSeconds = reader.integer(u"uptimeSeconds", 0, std::numeric_limits<qint32>::max());
    health.demo = reader.boolean(u"demo");
    if (!reader.ok())
        return reader.error();
    health.serverTime = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!health.serverTime.isValid())
        return ApiError{ErrorCode::InvalidResponse, u"The broker sent an unreadable server time."_s, {}, {}};
    return health;
}

QJsonObject VersionInfo::toJson() const
{
    return QJsonObject{
        {u"apiVersion"_s, apiVersion},
        {u"brokerVersion"_s, brokerVersion},
        {u"schemaVersion"_s, schemaVersion},
        {u"qtVersion"_s, qtVersion},
    };
}

Expected<VersionInfo> VersionInfo::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"version"_s);
    VersionInfo info;
    info.apiVersion = reader.string(u"apiVersion", 32);
    info.brokerVersion = reader.string(u"brokerVersion", 64);
    info.schemaVersion = int(reader.integer(u"schemaVersion", 0, 1'000'000));
    info.qtVersion = reader.string(u"qtVersion", 32);
    if (!reader.ok())
        return reader.error();
    return info;
}

} // namespace sc::protocol
