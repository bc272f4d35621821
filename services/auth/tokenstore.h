// Where the refresh token lives between runs: an asynchronous store keyed by
// server and identity. The caller never blocks: every answer comes later,
// through a callback run on `context`'s thread, and is dropped when `context`
// is destroyed first.
#pragma once

#include "models/domain/result.h"

#include <QString>

#include <functional>

class QObject;

namespace hpo {

struct TokenKey
{
    QString server; // the API origin, e.g. "https://portal.example.nl"
    QString identity; // the signed-in identity's stable id

    friend bool operator==(const TokenKey &, const TokenKey &) = default;
};

enum class TokenState {
    Available, // a token is stored: `token` holds it
    SignedOut, // the store works and holds nothing for this key
    Unavailable, // locked, absent, refused or timed out: tell the user, wipe nothing
};

struct TokenLookup
{
    TokenState state = TokenState::Unavailable;
    QString token;
    // For Unavailable: "keychain-locked", "keychain-unavailable", "keychain-denied",
    // "keychain-timeout".
    Error error;
};

class TokenStore
{
public:
    using LookupCallback = std::function<void(const TokenLookup &)>;
    using DoneCallback = std::function<void(const Status &)>;

    virtual ~TokenStore() = default;

    virtual void read(const TokenKey &key, QObject *context, LookupCallback done) = 0;
    // Errors as for TokenLookup::error.
    virtual void write(const TokenKey &key, const QString &token, QObject *context, DoneCallback done) = 0;
    // Removing an absent entry succeeds.
    virtual void remove(const TokenKey &key, QObject *context, DoneCallback done) = 0;
};

} // namespace hpo
