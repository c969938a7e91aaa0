#include "protocol/AccountDto.h"

#include "protocol/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sc::protocol {

namespace {

std::optional<QDateTime> readOptionalTime(JsonReader &reader, QStringView key)
{
    if (!reader.json().contains(key))
        return std::nullopt;
    return reader.time(key);
}

} // namespace

QJsonObject OrganizationInfo::toJson() const
{
    QJsonObject json{
        {u"id"_s, id}, {u"name"_s, name}, {u"kind"_s, kind}, {u"status"_s, status}, {u"countryCode"_s, countryCode}};
    if (createdAt.isValid())
        json.insert(u"createdAt"_s, isoTime(createdAt));
    return json;
}

Expected<OrganizationInfo> OrganizationInfo::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"organization"_s);
    OrganizationInfo info;
    info.id = reader.integer(u"id", 1, std::numeric_limits<qint32>::max());
    info.name = reader.string(u"name", 200);
    info.kind = reader.string(u"kind", 16);
    info.status = reader.string(u"status", 16);
    info.countryCode = reader.string(u"countryCode", 2, 2);
    info.createdAt = readOptionalTime(reader, u"createdAt").value_or(QDateTime());
    if (!reader.ok())
        return reader.error();
    return info;
}

QJsonObject UserInfo::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"email"_s, email},
                       {u"displayName"_s, displayName},
                       {u"role"_s, role},
                       {u"organization"_s, organization.toJson()}};
}

Expected<UserInfo> UserInfo::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"user"_s);
    UserInfo info;
    info.id = reader.integer(u"id", 1, std::numeric_limits<qint32>::max());
    info.email = reader.string(u"email", 254);
    info.displayName = reader.string(u"displayName", 200);
    info.role = reader.string(u"role", 16);
    const QJsonObject organization = reader.object(u"organization");
    if (!reader.ok())
        return reader.error();
    auto parsed = OrganizationInfo::fromJson(organization);
    if (!parsed)
        return parsed.error();
    info.organization = *parsed;
    return info;
}

QJsonObject SessionInfo::toJson() const
{
    return QJsonObject{
        {u"token"_s, QString::fromLatin1(token)}, {u"expiresAt"_s, isoTime(expiresAt)}, {u"user"_s, user.toJson()}};
}

Expected<SessionInfo> SessionInfo::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"session"_s);
    SessionInfo info;
    info.token = reader.string(u"token", 256).toLatin1();
    info.expiresAt = reader.time(u"expiresAt");
    const QJsonObject user = reader.object(u"user");
    if (!reader.ok())
        return reader.error();
    auto parsed = UserInfo::fromJson(user);
    if (!parsed)
        return parsed.error();
    info.user = *parsed;
    return info;
}

QJsonObject ApiKeyInfo::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"name"_s, name},
                     {u"prefix"_s, prefix},
                     {u"scopes"_s, QJsonArray::fromStringList(scopes)},
                     {u"createdAt"_s, isoTime(createdAt)},
                     {u"revoked"_s, revoked}};
    if (expiresAt)
        json.insert(u"expiresAt"_s, isoTime(*expiresAt));
    if (lastUsedAt)
        json.insert(u"lastUsedAt"_s, isoTime(*lastUsedAt));
    return json;
}

Expected<ApiKeyInfo> ApiKeyInfo::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"apiKey"_s);
    ApiKeyInfo info;
    info.id = reader.integer(u"id", 1, std::numeric_limits<qint32>::max());
    info.name = reader.string(u"name", 200);
    info.prefix = reader.string(u"prefix", 32);
    for (const QJsonValue &scope : reader.array(u"scopes", 64))
        info.scopes.append(scope.toString());
    info.createdAt = reader.time(u"createdAt");
    info.expiresAt = readOptionalTime(reader, u"expiresAt");
    info.lastUsedAt = readOptionalTime(reader, u"lastUsedAt");
    info.revoked = reader.boolean(u"revoked");
    if (!reader.ok())
        return reader.error();
    return info;
}

} // namespace sc::protocol
