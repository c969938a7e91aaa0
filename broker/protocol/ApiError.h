#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sc::protocol {

// One error model for the whole API. The code name is stable (clients branch on
// it); the message is for people. httpStatus() is the only place codes map to
// HTTP statuses.
enum class ErrorCode {
    BadRequest,
    MalformedJson,
    ValidationFailed,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    PayloadTooLarge,
    UnsupportedMediaType,
    Unprocessable,
    HeadersTooLarge,
    UriTooLong,
    RateLimited,
    RequestTimeout,
    Internal,
    NotImplemented,
    Unavailable,
    BadGateway, // a provider cloud behind the broker did not answer as it should
    // Raised by the client side only; never sent by a broker.
    NetworkError,
    Timeout,
    TlsError,
    InvalidResponse,
};

struct ApiError
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QJsonObject details;
    QString requestId;

    static QString codeName(ErrorCode code);
    static std::optional<ErrorCode> codeFromName(QStringView name);
    static int httpStatus(ErrorCode code);
    // The code a client uses for a status when the body carries none it knows.
    static ErrorCode codeForHttpStatus(int status);

    int httpStatus() const { return httpStatus(code); }

    // {"error": {"code": "...", "message": "...", "details": {...}, "requestId": "..."}}
    QJsonObject toJson() const;
    static std::optional<ApiError> fromJson(const QJsonObject &object);

    bool operator==(const ApiError &) const = default;
};

} // namespace sc::protocol
