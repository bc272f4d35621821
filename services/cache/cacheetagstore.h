// ETags for conditional GETs kept in the profile's cache (http_etags), so they
// survive restarts together with the data they validate.
#pragma once

#include "services/api/etagstore.h"

#include <QSqlDatabase>

namespace hpo {

class Clock;

class CacheEtagStore final : public EtagStore
{
public:
    CacheEtagStore(QSqlDatabase db, const Clock &clock);

    QByteArray etag(const QString &url) const override;
    void store(const QString &url, const QByteArray &etag) override;
    void forget(const QString &url) override;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hpo
