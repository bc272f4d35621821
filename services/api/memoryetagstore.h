// ETags kept for the life of the process (tests, and clients without a cache).
#pragma once

#include "services/api/etagstore.h"

#include <QHash>

namespace hpo {

class MemoryEtagStore final : public EtagStore
{
public:
    QByteArray etag(const QString &url) const override { return m_etags.value(url); }
    void store(const QString &url, const QByteArray &etag) override { m_etags.insert(url, etag); }
    void forget(const QString &url) override { m_etags.remove(url); }

private:
    QHash<QString, QByteArray> m_etags;
};

} // namespace hpo
