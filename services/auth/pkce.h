// PKCE (RFC 7636) for the authorization code flow: a random code verifier and
// its S256 challenge. Only S256: the server refuses "plain".
#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QRandomGenerator;

namespace hpo {

class Pkce final
{
public:
    static constexpr int minVerifierLength = 43;
    static constexpr int maxVerifierLength = 128;
    static constexpr int defaultVerifierLength = 64;

    // A verifier of `length` characters from the unreserved set [A-Za-z0-9-._~],
    // drawn from `rng` (QRandomGenerator::system(), a CSPRNG, unless a test passes
    // another). `length` is clamped to 43..128.
    static QByteArray generateVerifier(int length = defaultVerifierLength);
    static QByteArray generateVerifier(QRandomGenerator &rng, int length);

    // BASE64URL(SHA256(ASCII(verifier))) without padding.
    static QByteArray challengeS256(QByteArrayView verifier);

    static bool isValidVerifier(QByteArrayView verifier);

    // An opaque random value for `state` (and anything else that must not be
    // guessed): `bytes` random bytes from the system CSPRNG, base64url, no padding.
    static QByteArray randomToken(int bytes = 32);
};

} // namespace hpo
