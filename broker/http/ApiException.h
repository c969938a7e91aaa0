#pragma once

#include "protocol/ApiError.h"

#include <exception>

namespace sc::http {

// Thrown by a handler (or anything it calls) to answer with a typed error.
// The route table turns it into the JSON error response.
class ApiException : public std::exception
{
public:
    explicit ApiException(protocol::ApiError error)
        : m_error(std::move(error))
    {
    }
    ApiException(protocol::ErrorCode code, QString message)
        : m_error{code, std::move(message), {}, {}}
    {
    }

    const protocol::ApiError &error() const { return m_error; }
    const char *what() const noexcept override { return "sc::http::ApiException"; }

private:
    protocol::ApiError m_error;
};

} // namespace sc::http
