#pragma once

#include "protocol/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sc::protocol {

// GET /api/v1/health
struct HealthStatus
{
    QString status; // "ok" or "degraded"
    QDateTime serverTime;
    qint64 uptimeSeconds = 0;
    bool demo = false;

    QJsonObject toJson() const;
    static Expected<HealthStatus> fromJson(const QJsonObject &object);
};

// GET /api/v1/version
struct VersionInfo
{
    QString apiVersion;
    QString brokerVersion;
    int schemaVersion = 0;
    QString qtVersion;

    QJsonObject toJson() const;
    static Expected<VersionInfo> fromJson(const QJsonObject &object);
};

} // namespace sc::protocol
