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

// Query parameters: absent or empty gives the fallback; anything else must
// parse and lie in range, or the request is refused naming the parameter.
inline protocol::ApiError badQuery(const QString &name, const QString &message)
{
    using namespace Qt::StringLiterals;
    return protocol::ApiError{protocol::ErrorCode::ValidationFailed, message, QJsonObject{{u"field"_s, name}}, {}};
}

inline qint64 queryInteger(const http::HttpRequest &request, const QString &name, qint64 fallback, qint64 min,
                           qint64 max)
{
    using namespace Qt::StringLiterals;
    const auto text = request.queryValue(name);
    if (!text || text->isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw http::ApiException(
            badQuery(name, u"'%1' must be a whole number from %2 to %3."_s.arg(name).arg(min).arg(max)));
    return value;
}

inline double queryNumber(const http::HttpRequest &request, const QString &name, double fallback, double min,
                          double max)
{
    using namespace Qt::StringLiterals;
    const auto text = request.queryValue(name);
    if (!text || text->isEmpty())
        return fallback;
    bool ok = false;
    const double value = text->toDouble(&ok);
    if (!ok || !(value >= min && value <= max))
        throw http::ApiException(badQuery(name, u"'%1' must be a number from %2 to %3."_s.arg(name).arg(min).arg(max)));
    return value;
}

inline bool queryBoolean(const http::HttpRequest &request, const QString &name, bool fallback)
{
    using namespace Qt::StringLiterals;
    const auto text = request.queryValue(name);
    if (!text || text->isEmpty())
        return fallback;
    if (*text == u"true"_s || *text == u"1"_s)
        return true;
    if (*text == u"false"_s || *text == u"0"_s)
        return false;
    throw http::ApiException(badQuery(name, u"'%1' must be true or false."_s.arg(name)));
}

} // namespace sc::broker
