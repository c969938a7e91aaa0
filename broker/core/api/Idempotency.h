#pragma once

#include "core/Clock.h"
#include "core/api/RequestBody.h"
#include "core/auth/Principal.h"
#include "core/store/Database.h"
#include "core/store/IdempotencyKeys.h"
#include "http/HttpResponse.h"

#include <QRegularExpression>

#include <optional>

namespace sc::broker {

// Replays a stored answer for a repeated Idempotency-Key, refuses a reused
// key with another body (422), and otherwise returns the record to write in
// the same transaction as the change. No key: nullopt, or a 400 when
// `required` (every money-moving POST).
inline std::optional<IdempotencyKeys::Request> idempotency(Database &database, const http::HttpRequest &request,
                                                           const QString &route,
                                                           std::optional<http::HttpResponse> *replay,
                                                           bool required = false)
{
    using namespace Qt::StringLiterals;
    const QByteArray key = request.headers.value("Idempotency-Key");
    if (key.isEmpty()) {
        if (required)
            throw http::ApiException(badQuery(u"Idempotency-Key"_s,
                                              u"This request moves money: send an Idempotency-Key header (a fresh "
                                              "UUID per action, the same one on retries)."_s));
        return std::nullopt;
    }
    static const QRegularExpression allowed(u"^[A-Za-z0-9._:-]{1,128}$"_s);
    if (!allowed.match(QString::fromLatin1(key)).hasMatch())
        throw http::ApiException(
            badQuery(u"Idempotency-Key"_s, u"The Idempotency-Key must be 1 to 128 letters, digits or . _ : -."_s));
    const auto record = IdempotencyKeys::request(
        Principal::of(request).userId, QString::fromLatin1(key), route, request.body);
    if (const auto stored = IdempotencyKeys::find(database, record)) {
        if (stored->bodyHash != record.bodyHash) {
            throw http::ApiException(protocol::ApiError{protocol::ErrorCode::Unprocessable,
                                                        u"This Idempotency-Key was already used for a different "
                                                        "request."_s,
                                                        QJsonObject{{u"reason"_s, u"idempotency_key_reused"_s}},
                                                        {}});
        }
        http::HttpResponse response = http::HttpResponse::json(stored->status, stored->response);
        response.headers.set("Idempotent-Replayed", "true");
        *replay = std::move(response);
    }
    return record;
}

// Runs a POST that moves money: a replay for a repeated key, otherwise the
// change and its idempotency record (answered with `status`) in one
// transaction. The key is required.
template<typename Change>
http::HttpResponse idempotentPost(Database &database, const Clock &clock, const http::HttpRequest &request, int status,
                                  const QString &route, Change change)
{
    std::optional<http::HttpResponse> replay;
    const auto record = idempotency(database, request, route, &replay, true);
    if (replay)
        return *replay;
    Transaction transaction(database);
    const QJsonObject body = change();
    IdempotencyKeys::store(database, *record, status, body, clock.now().toMSecsSinceEpoch());
    transaction.commit();
    return http::HttpResponse::json(status, body);
}

} // namespace sc::broker
