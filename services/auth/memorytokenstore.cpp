#include "services/auth/memorytokenstore.h"

#include <QTimer>

namespace hpo {

namespace {
QString keyOf(const TokenKey &key)
{
    return key.server + u'\n' + key.identity;
}
} // namespace

void MemoryTokenStore::read(const TokenKey &key, QObject *context, LookupCallback done)
{
    TokenLookup lookup;
    if (m_unavailable) {
        lookup.error = *m_unavailable;
    } else if (auto it = m_tokens.constFind(keyOf(key)); it != m_tokens.cend()) {
        lookup.state = TokenState::Available;
        lookup.token = *it;
    } else {
        lookup.state = TokenState::SignedOut;
    }
    QTimer::singleShot(0, context, [done = std::move(done), lookup] { done(lookup); });
}

void MemoryTokenStore::write(const TokenKey &key, const QString &token, QObject *context, DoneCallback done)
{
    Status status = success();
    if (m_unavailable) {
        status = *m_unavailable;
    } else {
        m_tokens.insert(keyOf(key), token);
        ++m_writes;
    }
    QTimer::singleShot(0, context, [done = std::move(done), status] { done(status); });
}

void MemoryTokenStore::remove(const TokenKey &key, QObject *context, DoneCallback done)
{
    Status status = success();
    if (m_unavailable)
        status = *m_unavailable;
    else
        m_tokens.remove(keyOf(key));
    QTimer::singleShot(0, context, [done = std::move(done), status] { done(status); });
}

} // namespace hpo
