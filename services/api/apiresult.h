// What one API call ends with: a response (2xx, or 304 for a conditional GET)
// or an ApiError carrying the HTTP status and, for problem+json answers, the
// server's machine-readable code and field errors.
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>
#include <variant>

namespace hpo {

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType; // without parameters, lower case: "application/json"
    QByteArray etag;
    QList<std::pair<QByteArray, QByteArray>> headers;

    bool notModified() const { return status == 304; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    // The body as a JSON object. Error: "invalid-json".
    Result<QJsonObject> object() const;
};

// The request got no answer from the server: unreachable, timed out, a TLS failure, or working
// offline ("offline"). A refusal by the server, a bad URL or a malformed answer is not one.
bool isNetworkFailure(const Error &error);

struct ApiError
{
    // code: the problem document's `code`, else one of "http-<status>",
    // "network-timeout", "network-unreachable", "tls-error", "redirect-refused",
    // "response-too-large", "insecure-url", "invalid-url", "cross-origin", "cancelled".
    Error error;
    int httpStatus = 0; // 0: no HTTP answer
    QList<Error> fieldErrors; // problem+json `errors: [{field, code, message}]`
    std::optional<int> retryAfterSeconds;
};

class ApiResult
{
public:
    ApiResult(ApiResponse response) : m_state(std::move(response)) { }
    ApiResult(ApiError error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<ApiResponse>(m_state); }
    explicit operator bool() const { return ok(); }
    const ApiResponse &response() const { return std::get<ApiResponse>(m_state); }
    const ApiError &failure() const { return std::get<ApiError>(m_state); }
    const Error &error() const { return failure().error; }
    int httpStatus() const { return ok() ? response().status : failure().httpStatus; }
    // The answer's JSON object, or why there is none: the call's error, else "invalid-json".
    Result<QJsonObject> object() const { return ok() ? response().object() : Result<QJsonObject>(error()); }

private:
    std::variant<ApiResponse, ApiError> m_state;
};

} // namespace hpo
