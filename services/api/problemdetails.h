// RFC 9457 problem documents ("application/problem+json") turned into ApiError.
#pragma once

#include "services/api/apiresult.h"

namespace hpo {

class ProblemDetails final
{
public:
    // Builds the error for a non-2xx answer: from the problem document when the
    // body is one (code from `code`, message from `detail`, else `title`, field
    // errors from `errors`), else a generic "http-<status>".
    static ApiError toError(int status, const QByteArray &contentType, const QByteArray &body,
                            const QByteArray &retryAfter = {});
};

} // namespace hpo
