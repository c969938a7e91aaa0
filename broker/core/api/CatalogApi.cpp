#include "core/api/CatalogApi.h"

#include "core/api/RouteAccess.h"
#include "core/catalog/CatalogRepository.h"
#include "http/ApiException.h"
#include "http/RouteTable.h"
#include "protocol/JsonReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kMaxCatalogEntryBytes = 4 * 1024;

// Reads a request body through an allow-list and the DTO's own validation.
template<typename Dto>
Dto readEntry(const http::HttpRequest &request, std::initializer_list<QStringView> fields)
{
    auto object = protocol::JsonReader::parseObject(request.body);
    if (!object)
        throw http::ApiException(object.error());
    protocol::JsonReader reader(*object);
    reader.allowOnly(fields);
    if (!reader.ok())
        throw http::ApiException(reader.error());
    auto entry = Dto::fromJson(*object);
    if (!entry)
        throw http::ApiException(entry.error());
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9.-]{0,63}$"_s);
    if (!idPattern.match(entry->id).hasMatch()) {
        throw http::ApiException(protocol::ApiError{
            ErrorCode::ValidationFailed,
            u"Field 'id' must be lower-case letters, digits, '.' and '-', starting with a letter or digit."_s,
            QJsonObject{{u"field"_s, u"id"_s}},
            {}});
    }
    return std::move(entry).value();
}

http::HttpResponse created(const QJsonObject &body)
{
    return http::HttpResponse::json(201, body);
}

} // namespace

CatalogApi::CatalogApi(CatalogRepository &catalog)
    : m_catalog(catalog)
{
}

void CatalogApi::registerRoutes(http::RouteTable &routes)
{
    const http::RouteOptions readOnly = access::anyRole(Scopes::kCatalogRead);

    routes.addSync(
        http::HttpMethod::Get,
        u"/api/v1/catalog",
        [this](const http::HttpRequest &) { return http::HttpResponse::json(200, m_catalog.load().toJson()); },
        readOnly);

    routes.addSync(
        http::HttpMethod::Get,
        u"/api/v1/catalog/instance-types/{id}",
        [this](const http::HttpRequest &request) {
            const QString id = request.pathParam(u"id"_s);
            const auto type = m_catalog.findInstanceType(id);
            if (!type)
                throw http::ApiException(ErrorCode::NotFound, u"There is no instance type '%1'."_s.arg(id));
            return http::HttpResponse::json(200, type->toJson());
        },
        readOnly);

    routes.addSync(
        http::HttpMethod::Get,
        u"/api/v1/catalog/regions/{id}",
        [this](const http::HttpRequest &request) {
            const QString id = request.pathParam(u"id"_s);
            const auto region = m_catalog.findRegion(id);
            if (!region)
                throw http::ApiException(ErrorCode::NotFound, u"There is no region '%1'."_s.arg(id));
            return http::HttpResponse::json(200, region->toJson());
        },
        readOnly);

    const http::RouteOptions entryBody = access::forRoles(
        {Role::Operator}, Scopes::kCatalogWrite, kMaxCatalogEntryBytes);

    routes.addSync(
        http::HttpMethod::Post,
        u"/api/v1/catalog/instance-types",
        [this](const http::HttpRequest &request) {
            const auto type = readEntry<protocol::InstanceType>(
                request, {u"id", u"name", u"family", u"vcpus", u"memoryMiB", u"diskGiB", u"gpus"});
            static const QStringList families{u"general"_s, u"compute"_s, u"memory"_s, u"storage"_s, u"gpu"_s};
            if (!families.contains(type.family)) {
                throw http::ApiException(
                    protocol::ApiError{ErrorCode::ValidationFailed,
                                       u"Field 'family' must be one of %1."_s.arg(families.join(u", ")),
                                       QJsonObject{{u"field"_s, u"family"_s}},
                                       {}});
            }
            if (!m_catalog.addInstanceType(type))
                throw http::ApiException(ErrorCode::Conflict, u"Instance type '%1' already exists."_s.arg(type.id));
            return created(type.toJson());
        },
        entryBody);

    routes.addSync(
        http::HttpMethod::Post,
        u"/api/v1/catalog/regions",
        [this](const http::HttpRequest &request) {
            auto region = readEntry<protocol::Region>(
                request, {u"id", u"name", u"countryCode", u"city", u"latitude", u"longitude"});
            region.countryCode = region.countryCode.toUpper();
            if (!m_catalog.addRegion(region))
                throw http::ApiException(ErrorCode::Conflict, u"Region '%1' already exists."_s.arg(region.id));
            return created(region.toJson());
        },
        entryBody);
}

} // namespace sc::broker
