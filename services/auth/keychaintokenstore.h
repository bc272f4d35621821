// The refresh token in the OS keychain through QtKeychain (Secret Service,
// Keychain Services, Credential Manager). One entry per server + identity.
// Every call ends within `timeout`. The insecure plain-text fallback is never
// used. Pending calls do not need the store to live on. A locked or absent keyring answers reads with
// EntryNotFound, the same answer as "nothing stored", so an EntryNotFound read is followed by a probe write
// (and delete) of a throwaway entry: only when that works is the answer SignedOut; otherwise Unavailable
// ("keychain-locked").
#pragma once

#include "services/auth/tokenstore.h"

#include <chrono>

namespace hpo {

class KeychainTokenStore final : public TokenStore
{
public:
    static constexpr std::chrono::milliseconds defaultTimeout {10000};

    explicit KeychainTokenStore(QString service = QStringLiteral("MijnHelpdeskPO"),
                                std::chrono::milliseconds timeout = defaultTimeout);

    void read(const TokenKey &key, QObject *context, LookupCallback done) override;
    void write(const TokenKey &key, const QString &token, QObject *context, DoneCallback done) override;
    void remove(const TokenKey &key, QObject *context, DoneCallback done) override;

    // The keychain entry name for `key` (no secret in it).
    static QString entryName(const TokenKey &key);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace hpo
