#pragma once

#include "core/domain/error.h"

#include <utility>
#include <variant>

namespace cc {

// A value or an Error: how fallible operations report failure across module
// boundaries (C++20 has no std::expected yet). Check ok() before value().
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }
    // The error, or null: for checking several results at once.
    const Error *errorIf() const { return ok() ? nullptr : &error(); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that has no value to return.
struct Done {};
using Status = Result<Done>;

} // namespace cc
