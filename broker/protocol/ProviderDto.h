#pragma once

#include "protocol/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sc::protocol {

// The provider API: what the broker sends to and reads from each provider
// cloud (docs/provider-api/openapi.yaml). Real providers implement it;
// sparecloud-provider-sim simulates many of them. Times are UTC with
// milliseconds on the wire.

inline constexpr QStringView kProviderApiVersion = u"1.0";

// Instance states (ProviderInstance::state).
namespace ProviderInstanceState {
inline constexpr QStringView Provisioning = u"provisioning";
inline constexpr QStringView Running = u"running";
inline constexpr QStringView Stopping = u"stopping";
inline constexpr QStringView Terminated = u"terminated";
inline constexpr QStringView Failed = u"failed";
bool isKnown(QStringView state);
// terminated or failed: nothing will change any more.
bool isFinal(QStringView state);
} // namespace ProviderInstanceState

// Error codes a provider answers with, beyond the usual unauthorized,
// not_found and validation_failed.
namespace ProviderErrorCode {
inline constexpr QStringView Unauthorized = u"unauthorized";
inline constexpr QStringView NotFound = u"not_found";
inline constexpr QStringView ValidationFailed = u"validation_failed";
inline constexpr QStringView NoCapacity = u"no_capacity";     // 409: the profile has no free slot
inline constexpr QStringView NotAccepting = u"not_accepting"; // 503: the cloud refuses new work
inline constexpr QStringView Conflict = u"conflict";          // 409: not in a state that allows it
inline constexpr QStringView Unavailable = u"unavailable";    // 503: the cloud is down for a while
} // namespace ProviderErrorCode

// {"error": {"code": str, "message": str}}. The codes are the provider API's
// own (see ProviderErrorCode), so they are kept as text, not as ErrorCode.
struct ProviderError
{
    QString code;
    QString message;

    QJsonObject toJson() const;
    // nullopt when the object is not an error body.
    static std::optional<ProviderError> fromJson(const QJsonObject &object);
    bool operator==(const ProviderError &) const = default;
};

// GET /v1/health
struct ProviderHealth
{
    QString status; // "ok"
    QString name;
    QString software;
    QString apiVersion;

    QJsonObject toJson() const;
    static Expected<ProviderHealth> fromJson(const QJsonObject &object);
    bool operator==(const ProviderHealth &) const = default;
};

// A hardware profile of one region and how many slots of it are in use.
struct ProviderProfile
{
    QString id; // the provider's own code, e.g. "std-2"
    QString name;
    int vcpus = 0;
    int memoryMiB = 0;
    int diskGiB = 0;
    int gpus = 0;
    int totalSlots = 0;
    int usedSlots = 0;
    int freeSlots = 0;

    QJsonObject toJson() const;
    static Expected<ProviderProfile> fromJson(const QJsonObject &object);
    bool operator==(const ProviderProfile &) const = default;
};

struct ProviderRegion
{
    QString id;          // the provider's own code, e.g. "fra1"
    QString countryCode; // ISO 3166-1 alpha-2
    QString city;
    double latitude = 0;
    double longitude = 0;
    QList<ProviderProfile> profiles;

    QJsonObject toJson() const;
    static Expected<ProviderRegion> fromJson(const QJsonObject &object);
    bool operator==(const ProviderRegion &) const = default;
};

// GET /v1/capacity
struct ProviderCapacity
{
    QList<ProviderRegion> regions;

    QJsonObject toJson() const;
    static Expected<ProviderCapacity> fromJson(const QJsonObject &object);
    bool operator==(const ProviderCapacity &) const = default;
};

struct ProviderInstance
{
    QString id;
    QString clientToken;
    QString regionId;
    QString profileId;
    QString state;       // ProviderInstanceState
    QString stateReason; // may be empty, e.g. "appliance_checksum_mismatch"
    QString address;     // empty until running
    QDateTime leaseEndsAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Expected<ProviderInstance> fromJson(const QJsonObject &object);
    bool operator==(const ProviderInstance &) const = default;
};

// POST /v1/instances. fromJson validates it as a provider must (the same
// clientToken twice means the same instance).
struct NewProviderInstance
{
    QString clientToken; // 1-64 of [A-Za-z0-9_-]
    QString regionId;
    QString profileId;
    QString applianceUrl;    // http(s) URL, or empty while there is no appliance
    QString applianceSha256; // 64 lowercase hex digits, or empty
    QDateTime leaseEndsAt;

    QJsonObject toJson() const;
    static Expected<NewProviderInstance> fromJson(const QJsonObject &object);
    bool operator==(const NewProviderInstance &) const = default;
};

// GET /v1/instances[?since=cursor]
struct ProviderInstanceList
{
    QList<ProviderInstance> instances;
    QString cursor; // opaque; pass it back as ?since= to get only later changes

    QJsonObject toJson() const;
    static Expected<ProviderInstanceList> fromJson(const QJsonObject &object);
    bool operator==(const ProviderInstanceList &) const = default;
};

struct UtilizationSample
{
    QDateTime at;
    double cpuPercent = 0;
    double memoryPercent = 0;
    qint64 networkInBytesPerSecond = 0;
    qint64 networkOutBytesPerSecond = 0;

    QJsonObject toJson() const;
    static Expected<UtilizationSample> fromJson(const QJsonObject &object);
    bool operator==(const UtilizationSample &) const = default;
};

// GET /v1/instances/{id}/utilization: {"samples": [...]}, oldest first.
struct ProviderUtilization
{
    QList<UtilizationSample> samples;

    QJsonObject toJson() const;
    static Expected<ProviderUtilization> fromJson(const QJsonObject &object);
    bool operator==(const ProviderUtilization &) const = default;
};

} // namespace sc::protocol
