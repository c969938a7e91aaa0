#pragma once

#include "protocol/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sc::protocol {

struct OrganizationInfo
{
    qint64 id = 0;
    QString name;
    QString kind;   // buyer, seller, operator
    QString status; // active, pending, suspended
    QString countryCode;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Expected<OrganizationInfo> fromJson(const QJsonObject &object);
};

struct UserInfo
{
    qint64 id = 0;
    QString email;
    QString displayName;
    QString role; // buyer, seller, operator
    OrganizationInfo organization;

    QJsonObject toJson() const;
    static Expected<UserInfo> fromJson(const QJsonObject &object);
};

// POST /auth/login and /auth/embedded-login. The token is shown this once.
struct SessionInfo
{
    QByteArray token;
    QDateTime expiresAt;
    UserInfo user;

    QJsonObject toJson() const;
    static Expected<SessionInfo> fromJson(const QJsonObject &object);
};

struct ApiKeyInfo
{
    qint64 id = 0;
    QString name;
    QString prefix; // the first characters, to recognise a key
    QStringList scopes;
    QDateTime createdAt;
    std::optional<QDateTime> expiresAt;
    std::optional<QDateTime> lastUsedAt;
    bool revoked = false;

    QJsonObject toJson() const;
    static Expected<ApiKeyInfo> fromJson(const QJsonObject &object);
};

} // namespace sc::protocol
