#pragma once

#include "http/ApiException.h"
#include "http/HttpRequest.h"
#include "protocol/JsonReader.h"

namespace sc::broker {

// The JSON object of a request body, read through an allow-list of fields.
// Throws http::ApiException (400) for malformed JSON or an unknown field.
inline protocol::JsonReader readBody(const http::HttpRequest &request, std::initializer_list<QStringView> fields)
{
    auto object = protocol::JsonReader::parseObject(request.body.isEmpty() ? QByteArrayView("{}")
                                                                           : QByteArrayView(request.body));
    if (!object)
        throw http::ApiException(object.error());
    protocol::JsonReader reader(*object);
    reader.allowOnly(fields);
    if (!reader.ok())
        throw http::ApiException(reader.error());
    return reader;
}

// Throws the reader's first problem, if any.
inline void requireValid(const protocol::JsonReader &reader)
{
    if (!reader.ok())
        throw http::ApiException(reader.error());
}

template<typename T>
T valueOrThrow(protocol::Expected<T> result)
{
    if (!result)
        throw http::ApiException(result.error());
    return std::move(result).value();
}

inline void throwIfError(const std::optional<protocol::ApiError> &error)
{
    if (error)
        throw http::ApiException(*error);
}

} // namespace sc::broker
