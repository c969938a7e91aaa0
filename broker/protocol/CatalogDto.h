#pragma once

#include "protocol/Expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sc::protocol {

// A standard size in the broker's catalog; providers map hardware onto these.
struct InstanceType
{
    QString id;     // stable, e.g. "g2.large"
    QString name;   // for people, e.g. "General purpose, large"
    QString family; // general, compute, memory, storage, gpu
    int vcpus = 0;
    int memoryMiB = 0;
    int diskGiB = 0;
    int gpus = 0;

    QJsonObject toJson() const;
    static Expected<InstanceType> fromJson(const QJsonObject &object);
    bool operator==(const InstanceType &) const = default;
};

// A geographic location capacity is sold in.
struct Region
{
    QString id;          // stable, e.g. "eu-de-fra"
    QString name;        // e.g. "Frankfurt"
    QString countryCode; // ISO 3166-1 alpha-2, e.g. "DE"
    QString city;
    double latitude = 0;
    double longitude = 0;

    QJsonObject toJson() const;
    static Expected<Region> fromJson(const QJsonObject &object);
    bool operator==(const Region &) const = default;
};

struct Catalog
{
    QList<InstanceType> instanceTypes;
    QList<Region> regions;

    QJsonObject toJson() const;
    static Expected<Catalog> fromJson(const QJsonObject &object);
    bool operator==(const Catalog &) const = default;
};

// Great-circle distance between two points, in kilometres.
double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2);

} // namespace sc::protocol
