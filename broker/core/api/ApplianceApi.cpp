#include "core/api/ApplianceApi.h"

#include "core/Clock.h"
#include "core/api/RequestBody.h"
#include "core/api/RouteAccess.h"
#include "core/appliances/ApplianceLinks.h"
#include "core/appliances/ApplianceService.h"
#include "core/auth/Principal.h"
#include "http/HttpFileResponse.h"
#include "http/HttpResponder.h"
#include "http/RouteTable.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponder;
using sc::http::HttpResponse;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kMetadataBody = 16 * 1024;

QString uploadIdOf(const HttpRequest &request)
{
    const QString id = request.pathParam(u"uploadId"_s);
    if (id.size() != 32)
        throw http::ApiException(ErrorCode::NotFound, u"There is no such upload."_s);
    return id;
}

} // namespace

ApplianceApi::ApplianceApi(ApplianceService &appliances, const ApplianceLinks &links, const Clock &clock)
    : m_appliances(appliances)
    , m_links(links)
    , m_clock(clock)
{
}

void ApplianceApi::registerRoutes(http::RouteTable &routes)
{
    const std::initializer_list<Role> uploaders{Role::Buyer, Role::Operator};

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/appliances",
        [this](const HttpRequest &request) {
            const Principal &caller = Principal::of(request);
            const QString visibility = request.queryValue(u"visibility"_s).value_or(u"all"_s);
            if (visibility != u"all"_s && visibility != u"public"_s && visibility != u"private"_s)
                throw http::ApiException(badQuery(u"visibility"_s, u"'visibility' must be all, public or private."_s));
            QJsonArray appliances;
            for (const auto &appliance : m_appliances.appliances(caller, visibility))
                appliances.append(appliance.toJson());
            return HttpResponse::json(200,
                                      QJsonObject{{u"appliances"_s, appliances},
                                                  {u"quota"_s, m_appliances.quotaOf(caller.organizationId).toJson()}});
        },
        access::anyRole(Scopes::kAppliancesRead));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/appliances/{id:int}",
        [this](const HttpRequest &request) {
            const auto appliance = valueOrThrow(
                m_appliances.appliance(Principal::of(request), request.pathParam(u"id"_s).toLongLong()));
            return HttpResponse::json(200, appliance.toJson());
        },
        access::anyRole(Scopes::kAppliancesRead));

    routes.addSync(
        HttpMethod::Patch,
        u"/api/v1/appliances/{id:int}",
        [this](const HttpRequest &request) {
            const auto body = readBody(request,
                                       {u"name", u"description", u"os", u"minMemoryMiB", u"minDiskGiB", u"notes"});
            if (body.json().isEmpty())
                throw http::ApiException(ErrorCode::ValidationFailed, u"Nothing to change."_s);
            const auto appliance = valueOrThrow(
                m_appliances.update(Principal::of(request), request.pathParam(u"id"_s).toLongLong(), body.json()));
            return HttpResponse::json(200, appliance.toJson());
        },
        access::forRoles(uploaders, Scopes::kAppliancesWrite, kMetadataBody));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/appliances/{id:int}",
        [this](const HttpRequest &request) {
            throwIfError(m_appliances.remove(Principal::of(request), request.pathParam(u"id"_s).toLongLong()));
            return HttpResponse::noContent();
        },
        access::forRoles(uploaders, Scopes::kAppliancesWrite));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/appliances/uploads",
        [this](const HttpRequest &request) {
            const Principal &caller = Principal::of(request);
            QJsonArray uploads;
            for (const auto &upload : m_appliances.uploads(caller))
                uploads.append(upload.toJson());
            return HttpResponse::json(200,
                                      QJsonObject{{u"uploads"_s, uploads},
                                                  {u"quota"_s, m_appliances.quotaOf(caller.organizationId).toJson()}});
        },
        access::forRoles(uploaders, Scopes::kAppliancesWrite));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/appliances/uploads",
        [this](const HttpRequest &request) {
            const auto body = readBody(request,
                                       {u"name",
                                        u"description",
                                        u"os",
                                        u"minMemoryMiB",
                                        u"minDiskGiB",
                                        u"notes",
                                        u"format",
                                        u"sizeBytes",
                                        u"sha256",
                                        u"visibility"});
            const auto upload = valueOrThrow(m_appliances.createUpload(Principal::of(request), body.json()));
            HttpResponse response = HttpResponse::json(201, upload.toJson());
            response.headers.set("Location", "/api/v1/appliances/uploads/" + upload.id.toLatin1());
            return response;
        },
        access::forRoles(uploaders, Scopes::kAppliancesWrite, kMetadataBody));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/appliances/uploads/{uploadId}",
        [this](const HttpRequest &request) {
            const auto upload = valueOrThrow(m_appliances.upload(Principal::of(request), uploadIdOf(request)));
            return HttpResponse::json(200, upload.toJson());
        },
        access::forRoles(uploaders, Scopes::kAppliancesWrite));

    routes.addSync(
        HttpMethod::Delete,
        u"/api/v1/appliances/uploads/{uploadId}",
        [this](const HttpRequest &request) {
            throwIfError(m_appliances.cancel(Principal::of(request), uploadIdOf(request)));
            return HttpResponse::noContent();
        },
        access::forRoles(uploaders, Scopes::kAppliancesWrite));

    // A chunk streams straight into the upload's part; the sink refuses from
    // the headers what cannot be right (offset, digest header, size).
    http::RouteOptions chunkOptions = access::forRoles(
        uploaders, Scopes::kAppliancesWrite, protocol::kApplianceChunkLimit);
    chunkOptions.jsonBody = false;
    chunkOptions.bodySink = [this](const HttpRequest &request) {
        const auto offsetText = request.queryValue(u"offset"_s);
        bool ok = false;
        const qint64 offset = offsetText ? offsetText->toLongLong(&ok) : -1;
        if (!ok || offset < 0) {
            throw http::ApiException(
                badQuery(u"offset"_s, u"'offset' is required: the byte of the upload this chunk starts at."_s));
        }
        return m_appliances.beginChunk(Principal::of(request),
                                       uploadIdOf(request),
                                       offset,
                                       request.contentLength,
                                       request.headers.value("Content-Digest"),
                                       request.requestId);
    };
    routes.add(
        HttpMethod::Put,
        u"/api/v1/appliances/uploads/{uploadId}/chunks",
        [this](const HttpRequest &request, HttpResponder responder) {
            m_appliances.confirmChunk(Principal::of(request),
                                      uploadIdOf(request),
                                      request.requestId,
                                      [responder](protocol::Expected<protocol::ApplianceUpload> upload) {
                                          responder.send(upload ? HttpResponse::json(200, upload->toJson())
                                                                : HttpResponse::error(upload.error()));
                                      });
        },
        chunkOptions);

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/appliances/uploads/{uploadId}/complete",
        [this](const HttpRequest &request) {
            const auto upload = valueOrThrow(m_appliances.complete(Principal::of(request), uploadIdOf(request)));
            return HttpResponse::json(202, upload.toJson());
        },
        access::forRoles(uploaders, Scopes::kAppliancesWrite));

    // Providers fetch images here; the signature in the URL is the credential
    // (the offline demo's simulated clouds fetch from an embedded broker too).
    http::RouteOptions signedLink = access::publicRoute();
    signedLink.withoutBrokerToken = true;
    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/appliance-files/{sha256}",
        [this](const HttpRequest &request) {
            const QString sha256 = request.pathParam(u"sha256"_s);
            bool providerOk = false;
            bool expiresOk = false;
            const qint64 provider = request.queryValue(u"provider"_s).value_or(QString()).toLongLong(&providerOk);
            const qint64 expires = request.queryValue(u"expires"_s).value_or(QString()).toLongLong(&expiresOk);
            const QString signature = request.queryValue(u"signature"_s).value_or(QString());
            if (!providerOk || !expiresOk || !m_links.verify(sha256, provider, expires, signature, m_clock.now())) {
                throw http::ApiException(ErrorCode::Forbidden,
                                         u"This download link is not valid or has expired; the broker sends a new "
                                         "one with each provisioning request."_s);
            }
            const QString path = m_appliances.blobPath(sha256);
            if (path.isEmpty())
                throw http::ApiException(ErrorCode::NotFound, u"There is no such image."_s);
            HttpResponse response = http::fileResponse(request, path, "application/octet-stream");
            if (request.method == HttpMethod::Get) {
                const auto range = http::parseRange(request.headers.value("Range"), QFileInfo(path).size());
                const qint64 start = response.status == 206 ? range.range.first : 0;
                m_appliances.recordFetch(
                    provider, sha256, start, qMax<qint64>(0, response.streamLength), response.status);
            }
            return response;
        },
        signedLink);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/operator/appliance-fetches",
        [this](const HttpRequest &request) {
            const QString sha256 = request.queryValue(u"sha256"_s).value_or(QString());
            if (!sha256.isEmpty() && !protocol::isSha256Hex(sha256))
                throw http::ApiException(badQuery(u"sha256"_s, u"'sha256' must be 64 lowercase hex digits."_s));
            const int limit = int(queryInteger(request, u"limit"_s, 100, 1, 1000));
            QJsonArray fetches;
            for (const auto &fetch : m_appliances.fetches(sha256, limit))
                fetches.append(fetch.toJson());
            return HttpResponse::json(200, QJsonObject{{u"fetches"_s, fetches}});
        },
        access::operatorOnly());
}

} // namespace sc::broker
