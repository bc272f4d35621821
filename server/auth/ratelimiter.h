// A sliding one-minute window of requests per client address.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace hpo::server {

class RateLimiter final
{
public:
    explicit RateLimiter(int perMinute);

    // 0 when allowed (and counted), else the seconds to wait.
    int acquire(const QString &client);

private:
    int m_perMinute;
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_hits;
};

} // namespace hpo::server
