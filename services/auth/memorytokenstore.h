// A TokenStore in memory, for tests and for sessions that must not persist
// (e.g. the demo). Answers asynchronously like the keychain does; a test can
// make it behave like a locked keychain.
#pragma once

#include "services/auth/tokenstore.h"

#include <QHash>

namespace hpo {

class MemoryTokenStore final : public TokenStore
{
public:
    void read(const TokenKey &key, QObject *context, LookupCallback done) override;
    void write(const TokenKey &key, const QString &token, QObject *context, DoneCallback done) override;
    void remove(const TokenKey &key, QObject *context, DoneCallback done) override;

    // While set, every call answers Unavailable with this error (e.g. "keychain-locked").
    void setUnavailable(std::optional<Error> error) { m_unavailable = std::move(error); }
    int size() const { return int(m_tokens.size()); }
    int writeCount() const { return m_writes; }

private:
    QHash<QString, QString> m_tokens;
    std::optional<Error> m_unavailable;
    int m_writes = 0;
};

} // namespace hpo
