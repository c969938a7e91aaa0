#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sc::broker {

class Database;

// POSTs that move money or create orders take an Idempotency-Key header: the
// same key with the same body answers the first response again; the same key
// with another body is refused (422). The record is written in the same
// transaction as the change it answers for, and kept for kRetentionMs.
class IdempotencyKeys
{
public:
    struct Request
    {
        qint64 userId = 0;
        QString key;
        QString route;
        QByteArray bodyHash; // SHA-256 of the request body
    };
    struct Stored
    {
        QByteArray bodyHash;
        int status = 0;
        QJsonObject response;
    };

    static constexpr qsizetype kMaxKeyLength = 128;

    static Request request(qint64 userId, const QString &key, const QString &route, QByteArrayView body);
    static std::optional<Stored> find(Database &database, const Request &request);
    static void store(Database &database, const Request &request, int status, const QJsonObject &response,
                      qint64 nowMs);
    // Keys are kept this long, then forgotten (a retry comes within minutes).
    static constexpr qint64 kRetentionMs = 7 * 24 * 3'600'000LL;
    // Deletes keys older than kRetentionMs; answers how many.
    static int purge(Database &database, qint64 nowMs);
};

} // namespace sc::broker
