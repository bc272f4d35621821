// Where the client may send requests: HTTPS anywhere, plain HTTP only to the
// loopback interface (the reference server on this machine), and redirects
// only within the same origin.
#pragma once

#include "models/domain/result.h"

#include <QUrl>

namespace hpo {

class UrlPolicy final
{
public:
    // 127.0.0.0/8, ::1 (also ::ffff:127.x.y.z) and the name "localhost".
    static bool isLoopbackHost(const QString &host);
    // Errors: "invalid-url" (not absolute http(s) with a host, or with user info),
    // "insecure-url" (http to a non-loopback host).
    static Status checkSecure(const QUrl &url);
    // Same scheme, host and effective port.
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace hpo
