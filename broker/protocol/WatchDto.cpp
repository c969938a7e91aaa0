#include "protocol/WatchDto.h"

#include "protocol/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sc::protocol {

namespace {

constexpr qint64 kMaxMoney = qint64(1) << 50;
constexpr qint64 kMaxId = qint64(1) << 53;
constexpr qsizetype kMaxListItems = 50;

QStringList readCodes(JsonReader &reader, QStringView key, qsizetype maxLength)
{
    QStringList codes;
    if (!reader.has(key))
        return codes;
    const QJsonArray array = reader.array(key, kMaxListItems);
    for (const QJsonValue &value : array) {
        const QString code = value.toString();
        if (!value.isString() || code.isEmpty() || code.size() > maxLength) {
            reader.fail(key, u"must be a list of codes of at most %1 characters"_s.arg(maxLength));
            return {};
        }
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

} // namespace

QJsonObject OfferFilter::toJson() const
{
    QJsonObject json;
    if (!instanceType.isEmpty())
        json.insert(u"instanceType"_s, instanceType);
    if (minVcpus > 0)
        json.insert(u"minVcpus"_s, minVcpus);
    if (minMemoryMiB > 0)
        json.insert(u"minMemoryMiB"_s, minMemoryMiB);
    if (minDiskGiB > 0)
        json.insert(u"minDiskGiB"_s, minDiskGiB);
    if (!countries.isEmpty())
        json.insert(u"countries"_s, QJsonArray::fromStringList(countries));
    if (!regions.isEmpty())
        json.insert(u"regions"_s, QJsonArray::fromStringList(regions));
    if (nearLatitude && nearLongitude) {
        json.insert(u"nearLatitude"_s, *nearLatitude);
        json.insert(u"nearLongitude"_s, *nearLongitude);
        json.insert(u"withinKm"_s, withinKm);
    }
    if (maxPricePerHour)
        json.insert(u"maxPricePerHour"_s, *maxPricePerHour);
    if (minRating > 0)
        json.insert(u"minRating"_s, minRating);
    if (minAvailableHours > 0)
        json.insert(u"minAvailableHours"_s, minAvailableHours);
    return json;
}

Expected<OfferFilter> OfferFilter::fromJson(const QJsonObject &object, const QString &context)
{
    JsonReader reader(object, context);
    reader.allowOnly({u"instanceType",
                      u"minVcpus",
                      u"minMemoryMiB",
                      u"minDiskGiB",
                      u"countries",
                      u"regions",
                      u"nearLatitude",
                      u"nearLongitude",
                      u"withinKm",
                      u"maxPricePerHour",
                      u"minRating",
                      u"minAvailableHours"});
    OfferFilter filter;
    filter.instanceType = reader.optionalString(u"instanceType", 64).value_or(QString());
    filter.minVcpus = int(reader.optionalInteger(u"minVcpus", 0, 4096).value_or(0));
    filter.minMemoryMiB = int(reader.optionalInteger(u"minMemoryMiB", 0, 64 * 1024 * 1024).value_or(0));
    filter.minDiskGiB = int(reader.optionalInteger(u"minDiskGiB", 0, 1024 * 1024).value_or(0));
    filter.countries = readCodes(reader, u"countries", 2);
    for (QString &country : filter.countries)
        country = country.toUpper();
    filter.regions = readCodes(reader, u"regions", 64);
    if (reader.has(u"nearLatitude") != reader.has(u"nearLongitude"))
        reader.fail(u"nearLongitude", u"give both nearLatitude and nearLongitude"_s);
    if (reader.has(u"nearLatitude") && reader.has(u"nearLongitude")) {
        filter.nearLatitude = reader.number(u"nearLatitude", -90, 90);
        filter.nearLongitude = reader.number(u"nearLongitude", -180, 180);
        filter.withinKm = reader.has(u"withinKm") ? reader.number(u"withinKm", 1, 20'100) : 1000;
    }
    filter.maxPricePerHour = reader.optionalInteger(u"maxPricePerHour", 1, kMaxMoney);
    if (reader.has(u"minRating"))
        filter.minRating = reader.number(u"minRating", 0, 5);
    filter.minAvailableHours = int(reader.optionalInteger(u"minAvailableHours", 0, 24 * 366).value_or(0));
    if (!reader.ok())
        return reader.error();
    return filter;
}

QJsonObject Watch::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"filter"_s, filter.toJson()},
                       {u"createdAt"_s, isoTime(createdAt)},
                       {u"lastNotifiedAt"_s, isoTimeOrNull(lastNotifiedAt)},
                       {u"matchingNow"_s, matchingNow}};
}

Expected<Watch> Watch::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"watch"_s);
    Watch watch;
    watch.id = reader.integer(u"id", 1, kMaxId);
    watch.name = reader.string(u"name", 80);
    const QJsonObject filter = reader.object(u"filter");
    watch.createdAt = reader.time(u"createdAt");
    watch.lastNotifiedAt = reader.optionalTime(u"lastNotifiedAt");
    watch.matchingNow = reader.optionalInteger(u"matchingNow", 0, kMaxId).value_or(0);
    if (!reader.ok())
        return reader.error();
    auto parsed = OfferFilter::fromJson(filter, u"watch.filter"_s);
    if (!parsed)
        return parsed.error();
    watch.filter = *parsed;
    return watch;
}

QJsonObject Notification::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"kind"_s, kind},
                     {u"message"_s, message},
                     {u"createdAt"_s, isoTime(createdAt)},
                     {u"updatedAt"_s, isoTime(updatedAt)},
                     {u"readAt"_s, isoTimeOrNull(readAt)}};
    if (watchId > 0) {
        json.insert(u"watchId"_s, watchId);
        json.insert(u"watchName"_s, watchName);
        json.insert(u"matches"_s, matches);
        json.insert(u"offer"_s, offer.toJson());
    }
    if (leaseId > 0)
        json.insert(u"leaseId"_s, leaseId);
    return json;
}

Expected<Notification> Notification::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"notification"_s);
    Notification notification;
    notification.id = reader.integer(u"id", 1, kMaxId);
    notification.kind = reader.string(u"kind", 32);
    notification.message = reader.optionalString(u"message", 1000).value_or(QString());
    notification.leaseId = reader.optionalInteger(u"leaseId", 1, kMaxId).value_or(0);
    const bool aboutWatch = reader.has(u"watchId");
    QJsonObject offer;
    if (aboutWatch) {
        notification.watchId = reader.integer(u"watchId", 1, kMaxId);
        notification.watchName = reader.string(u"watchName", 80);
        notification.matches = reader.integer(u"matches", 1, kMaxId);
        offer = reader.object(u"offer");
    }
    notification.createdAt = reader.time(u"createdAt");
    notification.updatedAt = reader.time(u"updatedAt");
    notification.readAt = reader.optionalTime(u"readAt");
    if (!reader.ok())
        return reader.error();
    if (aboutWatch) {
        auto parsed = Offer::fromJson(offer);
        if (!parsed)
            return parsed.error();
        notification.offer = *parsed;
    }
    return notification;
}

} // namespace sc::protocol
