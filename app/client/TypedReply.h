#pragma once

#include "client/BrokerClient.h"
#include "protocol/ApiError.h"
#include "protocol/Expected.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <variant>

namespace sc::client {

// A broker answer the client could not read as what it expected.
inline protocol::ApiError unexpectedAnswer(const QString &problem)
{
    return protocol::ApiError{protocol::ErrorCode::InvalidResponse,
                              BrokerClient::tr("The broker sent an unexpected answer: %1").arg(problem),
                              {},
                              {}};
}

// A callback for a JSON answer that runs `callback` with parse(answer), or
// with the call's error, or with the parser's as an unexpected answer.
template<typename T, typename Parse>
BrokerClient::Callback<QJsonObject> typedReply(BrokerClient::Callback<T> callback, Parse parse)
{
    return [callback = std::move(callback), parse](const protocol::Expected<QJsonObject> &result) {
        if (!result) {
            callback(result.error());
            return;
        }
        protocol::Expected<T> value = parse(*result);
        if (!value) {
            callback(unexpectedAnswer(value.error().message));
            return;
        }
        callback(value);
    };
}

// A callback for an answer whose body does not matter: success or the error.
inline BrokerClient::Callback<QJsonObject> doneReply(BrokerClient::Callback<std::monostate> callback)
{
    return [callback = std::move(callback)](const protocol::Expected<QJsonObject> &result) {
        if (!result)
            callback(result.error());
        else
            callback(std::monostate{});
    };
}

// The objects of `key`'s array, each read with T::fromJson; the first that is
// not an object or does not read refuses the whole list.
template<typename T>
protocol::Expected<QList<T>> parseObjectList(const QJsonObject &json, QStringView key, qsizetype maxItems = 100'000)
{
    protocol::JsonReader reader(json);
    const QJsonArray items = reader.array(key, maxItems);
    if (!reader.ok())
        return reader.error();
    QList<T> list;
    list.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return protocol::ApiError{
                protocol::ErrorCode::InvalidResponse, QStringLiteral("%1 must hold objects").arg(key), {}, {}};
        auto value = T::fromJson(item.toObject());
        if (!value)
            return value.error();
        list.append(std::move(value).value());
    }
    return list;
}

} // namespace sc::client
