#pragma once

#include "client/BrokerClient.h"
#include "protocol/ApiError.h"
#include "protocol/Expected.h"

#include <QJsonObject>

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

} // namespace sc::client
