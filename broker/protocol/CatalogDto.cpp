#include "protocol/CatalogDto.h"

#include "protocol/JsonReader.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::protocol {

namespace {
constexpr qsizetype kMaxIdLength = 64;
constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxCatalogItems = 10'000;
} // namespace

QJsonObject InstanceType::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"family"_s, family},
        {u"vcpus"_s, vcpus},
        {u"memoryMiB"_s, memoryMiB},
        {u"diskGiB"_s, diskGiB},
        {u"gpus"_s, gpus},
    };
}

Expected<InstanceType> InstanceType::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"instanceType"_s);
    InstanceType type;
    type.id = reader.string(u"id", kMaxIdLength);
    type.name = reader.string(u"name", kMaxNameLength);
    type.family = reader.string(u"family", kMaxIdLength);
    type.vcpus = int(reader.integer(u"vcpus", 1, 4096));
    type.memoryMiB = int(reader.integer(u"memoryMiB", 1, 64 * 1024 * 1024));
    type.diskGiB = int(reader.integer(u"diskGiB", 0, 1024 * 1024));
    type.gpus = int(reader.optionalInteger(u"gpus", 0, 64).value_or(0));
    if (!reader.ok())
        return reader.error();
    return type;
}

QJsonObject Region::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"countryCode"_s, countryCode},
        {u"city"_s, city},
        {u"latitude"_s, latitude},
        {u"longitude"_s, longitude},
    };
}

Expected<Region> Region::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"region"_s);
    Region region;
    region.id = reader.string(u"id", kMaxIdLength);
    region.name = reader.string(u"name", kMaxNameLength);
    region.countryCode = reader.string(u"countryCode", 2, 2);
    region.city = reader.string(u"city", kMaxNameLength);
    region.latitude = reader.number(u"latitude", -90, 90);
    region.longitude = reader.number(u"longitude", -180, 180);
    if (!reader.ok())
        return reader.error();
    return region;
}

QJsonObject Catalog::toJson() const
{
    QJsonArray types;
    for (const auto &type : instanceTypes)
        types.append(type.toJson());
    QJsonArray regionList;
    for (const auto &region : regions)
        regionList.append(region.toJson());
    return QJsonObject{{u"instanceTypes"_s, types}, {u"regions"_s, regionList}};
}

Expected<Catalog> Catalog::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"catalog"_s);
    const QJsonArray types = reader.array(u"instanceTypes", kMaxCatalogItems);
    const QJsonArray regionList = reader.array(u"regions", kMaxCatalogItems);
    if (!reader.ok())
        return reader.error();

    Catalog catalog;
    for (const QJsonValue &value : types) {
        auto type = InstanceType::fromJson(value.toObject());
        if (!type)
            return type.error();
        catalog.instanceTypes.append(std::move(type).value());
    }
    for (const QJsonValue &value : regionList) {
        auto region = Region::fromJson(value.toObject());
        if (!region)
            return region.error();
        catalog.regions.append(std::move(region).value());
    }
    return catalog;
}

double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
{
    constexpr double kEarthRadiusKm = 6371.0;
    constexpr double kRadians = M_PI / 180.0;
    const double dLat = (latitude2 - latitude1) * kRadians;
    const double dLon = (longitude2 - longitude1) * kRadians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(latitude1 * kRadians) * std::cos(latitude2 * kRadians) * std::sin(dLon / 2)
                           * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::sqrt(a));
}

} // namespace sc::protocol
