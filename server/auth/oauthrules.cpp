#include "server/auth/oauthrules.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace hpo::server::oauth {

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isValidVerifier(const QString &verifier)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(verifier).hasMatch();
}

bool isValidChallenge(const QString &challenge)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return pattern.match(challenge).hasMatch();
}

bool isLoopbackRedirect(const QString &uri)
{
    if (uri.size() > 512) {
        return false;
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || !url.userInfo().isEmpty() || url.hasFragment()
        || url.port() <= 0) {
        return false;
    }
    // The raw authority must name the literal address: no "localhost", no other spellings.
    const QString authority = uri.mid(7).section(u'/', 0, 0).section(u'?', 0, 0);
    const QString port = QString::number(url.port());
    return authority == u"127.0.0.1:" + port || authority == u"[::1]:" + port;
}

QString randomSalt()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

QString hashPassword(const QString &password, const QString &salt)
{
    // 20,000 rounds: a few milliseconds per sign-in on the reference server.
    return QString::fromLatin1(QPasswordDigestor::deriveKeyPbkdf2(
                                   QCryptographicHash::Sha256, password.toUtf8(), salt.toLatin1(), 20000, 32)
                                   .toHex());
}

} // namespace hpo::server::oauth
