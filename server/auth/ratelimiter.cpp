#include "server/auth/ratelimiter.h"

namespace hpo::server {

RateLimiter::RateLimiter(int perMinute) : m_perMinute(perMinute)
{
    m_clock.start();
}

int RateLimiter::acquire(const QString &client)
{
    const qint64 now = m_clock.elapsed();
    if (m_hits.size() > 10'000) {
        m_hits.clear(); // bounded memory under an address flood
    }
    QList<qint64> &hits = m_hits[client];
    while (!hits.isEmpty() && hits.first() <= now - 60'000) {
        hits.removeFirst();
    }
    if (hits.size() >= m_perMinute) {
        return int((hits.first() + 60'000 - now + 999) / 1000);
    }
    hits.append(now);
    return 0;
}

} // namespace hpo::server
