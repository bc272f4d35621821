#include "app/cli/trackingtokenstore.h"

#include <memory>

namespace hpo {

TrackingTokenStore::TrackingTokenStore(TokenStore &inner) : m_inner(inner)
{ }

// The count drops when the inner store answers. A call whose `context` is
// destroyed first is never answered, so whoever waits for pending() == 0 needs
// a deadline as well.
void TrackingTokenStore::read(const TokenKey &key, QObject *context, LookupCallback done)
{
    ++*m_pending;
    m_inner.read(key, context, [pending = m_pending, done](const TokenLookup &lookup) {
        --*pending;
        done(lookup);
    });
}

void TrackingTokenStore::write(const TokenKey &key, const QString &token, QObject *context, DoneCallback done)
{
    ++*m_pending;
    m_inner.write(key, token, context, [pending = m_pending, done](const Status &status) {
        --*pending;
        done(status);
    });
}

void TrackingTokenStore::remove(const TokenKey &key, QObject *context, DoneCallback done)
{
    ++*m_pending;
    m_inner.remove(key, context, [pending = m_pending, done](const Status &status) {
        --*pending;
        done(status);
    });
}

} // namespace hpo
