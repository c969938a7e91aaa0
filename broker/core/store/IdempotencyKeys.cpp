#include "core/store/IdempotencyKeys.h"

#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sc::broker {

IdempotencyKeys::Request IdempotencyKeys::request(qint64 userId, const QString &key, const QString &route,
                                                  QByteArrayView body)
{
    return Request{userId, key, route, QCryptographicHash::hash(body, QCryptographicHash::Sha256)};
}

std::optional<IdempotencyKeys::Stored> IdempotencyKeys::find(Database &database, const Request &request)
{
    DbQuery query = database.exec(u"SELECT request_hash, status, response, route FROM idempotency_keys "
                                  "WHERE user_id = ? AND idempotency_key = ?"_s,
                                  {request.userId, request.key});
    if (!query.next())
        return std::nullopt;
    Stored stored;
    // The same key on another route is another request.
    stored.bodyHash = query.value(3).toString() == request.route ? query.value(0).toByteArray() : QByteArray();
    stored.status = query.value(1).toInt();
    stored.response = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
    return stored;
}

void IdempotencyKeys::store(Database &database, const Request &request, int status, const QJsonObject &response,
                            qint64 nowMs)
{
    database.exec(u"INSERT INTO idempotency_keys (user_id, idempotency_key, route, request_hash, status, response, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {request.userId,
                   request.key,
                   request.route,
                   request.bodyHash,
                   status,
                   QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)),
                   nowMs});
}

int IdempotencyKeys::purge(Database &database, qint64 nowMs)
{
    return database.exec(u"DELETE FROM idempotency_keys WHERE created_at < ?"_s, {nowMs - kRetentionMs})
        .numRowsAffected();
}

} // namespace sc::broker
