// Remembers the ETag of each resource fetched with a conditional GET, so the
// next fetch sends If-None-Match and a 304 costs no body.
#pragma once

#include <QByteArray>
#include <QString>

namespace hpo {

class EtagStore
{
public:
    virtual ~EtagStore() = default;
    virtual QByteArray etag(const QString &url) const = 0; // empty if none
    virtual void store(const QString &url, const QByteArray &etag) = 0;
    virtual void forget(const QString &url) = 0;
};

} // namespace hpo
