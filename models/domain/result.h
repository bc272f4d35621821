// Errors cross layers as values: a machine-readable code, a human message and,
// for decoding and validation, the path of the field that failed.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace hpo {

struct Error
{
    QString code; // stable, machine-readable: "missing-field", "invalid-postcode", …
    QString message; // English, for logs; the UI translates by code where it shows one
    QString field; // path of the offending field, e.g. "contacts[3].email"; empty if none

    friend bool operator==(const Error &, const Error &) = default;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that succeed with nothing to return.
struct Unit
{
    friend bool operator==(const Unit &, const Unit &) = default;
};
using Status = Result<Unit>;
inline Status success()
{
    return Unit {};
}

} // namespace hpo
