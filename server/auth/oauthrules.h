// The pure rules of the sign-in: token generation and hashing, PKCE S256,
// and which redirect URIs are acceptable (loopback only, RFC 8252).
#pragma once

#include <QString>

namespace hpo::server::oauth {

QString randomToken(); // 256 random bits, base64url
QString hashToken(const QString &token); // SHA-256, hex: what the store keeps
QString s256(const QString &verifier); // BASE64URL(SHA256(verifier))
bool isValidVerifier(const QString &verifier); // RFC 7636: 43–128 unreserved characters
bool isValidChallenge(const QString &challenge); // 43 base64url characters
bool isLoopbackRedirect(const QString &uri); // http://127.0.0.1:<port>/… or http://[::1]:<port>/…
QString randomSalt(); // 128 random bits, hex
// PBKDF2-HMAC-SHA256 of the password with the salt, hex: what the store keeps for a password.
QString hashPassword(const QString &password, const QString &salt);

} // namespace hpo::server::oauth
