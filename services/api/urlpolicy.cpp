#include "services/api/urlpolicy.h"

#include <QHostAddress>

namespace hpo {

namespace {
int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QStringLiteral("https") ? 443 : 80);
}
} // namespace

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    if (address.isLoopback())
        return true;
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok); // also unwraps ::ffff:a.b.c.d
    return ok && (v4 >> 24) == 127;
}

Status UrlPolicy::checkSecure(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))) {
        return Error {QStringLiteral("invalid-url"),
                      QStringLiteral("not a usable server address: %1").arg(url.toDisplayString()),
                      {}};
    }
    if (scheme == QStringLiteral("http") && !isLoopbackHost(url.host())) {
        return Error {QStringLiteral("insecure-url"),
                      QStringLiteral("%1 must use https (plain http is allowed only on this computer)")
                          .arg(url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery)),
                      {}};
    }
    return success();
}

bool UrlPolicy::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

} // namespace hpo
