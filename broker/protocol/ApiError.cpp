#include "protocol/ApiError.h"

#include <array>

using namespace Qt::StringLiterals;

namespace sc::protocol {

namespace {

struct ErrorCodeInfo
{
    ErrorCode code;
    QStringView name;
    int status;
};

constexpr std::array kErrorCodes{
    ErrorCodeInfo{ErrorCode::BadRequest, u"bad_request", 400},
    ErrorCodeInfo{ErrorCode::MalformedJson, u"malformed_json", 400},
    ErrorCodeInfo{ErrorCode::ValidationFailed, u"validation_failed", 400},
    ErrorCodeInfo{ErrorCode::Unauthorized, u"unauthorized", 401},
    ErrorCodeInfo{ErrorCode::Forbidden, u"forbidden", 403},
    ErrorCodeInfo{ErrorCode::NotFound, u"not_found", 404},
    ErrorCodeInfo{ErrorCode::MethodNotAllowed, u"method_not_allowed", 405},
    ErrorCodeInfo{ErrorCode::RequestTimeout, u"request_timeout", 408},
    ErrorCodeInfo{ErrorCode::Conflict, u"conflict", 409},
    ErrorCodeInfo{ErrorCode::PayloadTooLarge, u"payload_too_large", 413},
    ErrorCodeInfo{ErrorCode::UriTooLong, u"uri_too_long", 414},
    ErrorCodeInfo{ErrorCode::UnsupportedMediaType, u"unsupported_media_type", 415},
    ErrorCodeInfo{ErrorCode::Unprocessable, u"unprocessable", 422},
    ErrorCodeInfo{ErrorCode::RateLimited, u"rate_limited", 429},
    ErrorCodeInfo{ErrorCode::HeadersTooLarge, u"headers_too_large", 431},
    ErrorCodeInfo{ErrorCode::Internal, u"internal", 500},
    ErrorCodeInfo{ErrorCode::NotImplemented, u"not_implemented", 501},
    ErrorCodeInfo{ErrorCode::BadGateway, u"bad_gateway", 502},
    ErrorCodeInfo{ErrorCode::Unavailable, u"unavailable", 503},
    ErrorCodeInfo{ErrorCode::NetworkError, u"network_error", 0},
    ErrorCodeInfo{ErrorCode::Timeout, u"timeout", 0},
    ErrorCodeInfo{ErrorCode::TlsError, u"tls_error", 0},
    ErrorCodeInfo{ErrorCode::InvalidResponse, u"invalid_response", 0},
};

const ErrorCodeInfo &infoFor(ErrorCode code)
{
    static constexpr ErrorCodeInfo kInternal{ErrorCode::Internal, u"internal", 500};
    for (const auto &info : kErrorCodes) {
        if (info.code == code)
            return info;
    }
    return kInternal;
}

} // namespace

QString ApiError::codeName(ErrorCode code)
{
    return infoFor(code).name.toString();
}

std::optional<ErrorCode> ApiError::codeFromName(QStringView name)
{
    for (const auto &info : kErrorCodes) {
        if (info.name == name)
            return info.code;
    }
    return std::nullopt;
}

int ApiError::httpStatus(ErrorCode code)
{
    const int status = infoFor(code).status;
    return status == 0 ? 500 : status;
}

ErrorCode ApiError::codeForHttpStatus(int status)
{
    // A bare 502/504 comes from a proxy in front of the broker: the broker is
    // unavailable. (The broker's own bad_gateway answers carry their code.)
    if (status == 502 || status == 504)
        return ErrorCode::Unavailable;
    for (const auto &info : kErrorCodes) {
        if (info.status == status)
            return info.code;
    }
    if (status >= 400 && status < 500)
        return ErrorCode::BadRequest;
    return ErrorCode::Internal;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error{
        {u"code"_s, codeName(code)},
        {u"message"_s, message},
    };
    if (!details.isEmpty())
        error.insert(u"details"_s, details);
    if (!requestId.isEmpty())
        error.insert(u"requestId"_s, requestId);
    return QJsonObject{{u"error"_s, error}};
}

std::optional<ApiError> ApiError::fromJson(const QJsonObject &object)
{
    const QJsonObject error = object.value(u"error"_s).toObject();
    const auto code = codeFromName(error.value(u"code"_s).toString());
    if (!code)
        return std::nullopt;
    ApiError result;
    result.code = *code;
    result.message = error.value(u"message"_s).toString();
    result.details = error.value(u"details"_s).toObject();
    result.requestId = error.value(u"requestId"_s).toString();
    return result;
}

} // namespace sc::protocol
