#include "services/auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace hpo {

namespace {
constexpr char unreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr quint32 unreservedCount = sizeof(unreserved) - 1; // 66

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}
} // namespace

QByteArray Pkce::generateVerifier(int length)
{
    return generateVerifier(*QRandomGenerator::system(), length);
}

QByteArray Pkce::generateVerifier(QRandomGenerator &rng, int length)
{
    length = std::clamp(length, minVerifierLength, maxVerifierLength);
    QByteArray out(length, Qt::Uninitialized);
    for (char &c : out)
        c = unreserved[rng.bounded(unreservedCount)]; // bounded() is uniform, no modulo bias
    return out;
}

QByteArray Pkce::challengeS256(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::isValidVerifier(QByteArrayView verifier)
{
    return verifier.size() >= minVerifierLength && verifier.size() <= maxVerifierLength
        && std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray raw(std::max(bytes, 16), Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace hpo
