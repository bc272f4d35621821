// A TokenStore in front of another that counts the calls still running, so a
// short-lived process can wait for them before it exits: a rotated refresh
// token must reach the keychain, or the next run presents a used one (and the
// server revokes the whole sign-in).
#pragma once

#include "services/auth/tokenstore.h"

#include <memory>

namespace hpo {

class TrackingTokenStore final : public TokenStore
{
public:
    explicit TrackingTokenStore(TokenStore &inner);

    void read(const TokenKey &key, QObject *context, LookupCallback done) override;
    void write(const TokenKey &key, const QString &token, QObject *context, DoneCallback done) override;
    void remove(const TokenKey &key, QObject *context, DoneCallback done) override;

    int pending() const { return *m_pending; }

private:
    TokenStore &m_inner;
    std::shared_ptr<int> m_pending = std::make_shared<int>(0);
};

} // namespace hpo
