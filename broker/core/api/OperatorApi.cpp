#include "core/api/OperatorApi.h"

#include "core/api/RequestBody.h"
#include "core/api/RouteAccess.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuditLog.h"
#include "core/jobs/JobQueue.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponse;
using sc::protocol::ErrorCode;

namespace sc::broker {

OperatorApi::OperatorApi(AccountService &accounts, AuditLog &audit, JobQueue &jobs)
    : m_accounts(accounts)
    , m_audit(audit)
    , m_jobs(jobs)
{
}

void OperatorApi::registerRoutes(http::RouteTable &routes)
{
    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/operator/jobs",
        [this](const HttpRequest &request) {
            const QString status = request.queryValue(u"status"_s).value_or(QString());
            if (!status.isEmpty() && status != u"queued"_s && status != u"running"_s && status != u"done"_s
                && status != u"dead"_s)
                throw http::ApiException(badQuery(u"status"_s, u"'status' must be queued, running, done or dead."_s));
            const QString kind = request.queryValue(u"kind"_s).value_or(QString()).left(64);
            const int limit = int(queryInteger(request, u"limit"_s, 100, 1, 1000));
            QJsonArray jobs;
            for (const JobQueue::Row &row : m_jobs.list(status, kind, limit)) {
                auto time = [](qint64 ms) {
                    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
                };
                QJsonObject job{{u"id"_s, row.id},
                                {u"kind"_s, row.kind},
                                {u"status"_s, row.status},
                                {u"attempts"_s, row.attempts},
                                {u"maxAttempts"_s, row.maxAttempts},
                                {u"runAt"_s, time(row.runAtMs)},
                                {u"payload"_s, row.payload},
                                {u"createdAt"_s, time(row.createdAtMs)},
                                {u"updatedAt"_s, time(row.updatedAtMs)}};
                if (row.intervalMs > 0)
                    job.insert(u"intervalSeconds"_s, double(row.intervalMs) / 1000);
                if (!row.lastError.isEmpty())
                    job.insert(u"lastError"_s, row.lastError);
                if (!row.dedupeKey.isEmpty())
                    job.insert(u"dedupeKey"_s, row.dedupeKey);
                jobs.append(job);
            }
            return HttpResponse::json(200, QJsonObject{{u"jobs"_s, jobs}});
        },
        access::operatorOnly());

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/operator/jobs/{id:int}/requeue",
        [this](const HttpRequest &request) {
            const qint64 id = request.pathParam(u"id"_s).toLongLong();
            if (!m_jobs.requeue(id))
                throw http::ApiException(ErrorCode::Conflict, u"Only a dead job can be queued again."_s);
            const auto &caller = Principal::of(request);
            m_audit.record(u"job.requeued"_s,
                           caller.userId,
                           caller.organizationId,
                           u"job %1"_s.arg(id),
                           request.peerAddress.toString());
            return HttpResponse::noContent();
        },
        access::operatorOnly());

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/operator/organizations",
        [this](const HttpRequest &request) {
            const QString status = request.queryValue(u"status"_s).value_or(QString());
            if (!status.isEmpty() && status != u"active"_s && status != u"pending"_s && status != u"suspended"_s)
                throw http::ApiException(ErrorCode::ValidationFailed,
                                         u"status must be active, pending or suspended."_s);
            QJsonArray organizations;
            for (const auto &organization : m_accounts.organizations(status))
                organizations.append(organization.toJson());
            return HttpResponse::json(200, QJsonObject{{u"organizations"_s, organizations}});
        },
        access::operatorOnly());

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/operator/organizations/{id:int}/approve",
        [this](const HttpRequest &request) {
            throwIfError(m_accounts.approveOrganization(
                Principal::of(request), request.pathParam(u"id"_s).toLongLong(), request.peerAddress.toString()));
            return HttpResponse::noContent();
        },
        access::operatorOnly());

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/operator/users/{id:int}/role",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"role"});
            const QString role = body.string(u"role", 16);
            requireValid(body);
            const auto parsed = roleFromName(role);
            if (!parsed)
                throw http::ApiException(ErrorCode::ValidationFailed, u"role must be buyer, seller or operator."_s);
            throwIfError(m_accounts.changeRole(Principal::of(request),
                                               request.pathParam(u"id"_s).toLongLong(),
                                               *parsed,
                                               request.peerAddress.toString()));
            return HttpResponse::noContent();
        },
        access::operatorOnly(1024));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/operator/audit",
        [this](const HttpRequest &request) {
            const int limit = int(queryInteger(request, u"limit"_s, 100, 1, 1000));
            const qint64 before = queryInteger(request, u"before"_s, 0, 0, std::numeric_limits<qint64>::max());
            const QString action = request.queryValue(u"action"_s).value_or(QString()).left(64);
            QJsonArray entries;
            for (const auto &entry :
                 m_audit.list(limit, before > 0 ? std::optional<qint64>(before) : std::nullopt, action))
                entries.append(entry.toJson());
            return HttpResponse::json(200, QJsonObject{{u"entries"_s, entries}});
        },
        access::operatorOnly());
}

} // namespace sc::broker
