#pragma once

#include "protocol/ApiError.h"

#include <utility>
#include <variant>

namespace sc::protocol {

// A value or the typed error that explains why there is none.
template<typename T>
class Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    {
    }
    Expected(ApiError error)
        : m_state(std::move(error))
    {
    }

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    const T &operator*() const { return value(); }

    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

} // namespace sc::protocol
