// Authorization codes and tokens of the sign-in, stored only as SHA-256 hashes.
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace hpo::server {

class Database;

struct CodeRow
{
    QString personId;
    QString clientId;
    QString redirectUri;
    QString challenge;
    QDateTime expiresAt;
    bool used = false;
};

struct TokenRow
{
    QString kind; // "access" | "refresh"
    QString personId;
    QString family;
    QDateTime expiresAt;
    bool used = false;
    bool revoked = false;
};

class AuthStore final
{
    Q_DISABLE_COPY_MOVE(AuthStore)

public:
    explicit AuthStore(Database &database);

    Status saveCode(const QString &codeHash, const CodeRow &code);
    // Returns the code as it was and marks it used (a code works once).
    std::optional<CodeRow> takeCode(const QString &codeHash);

    Status saveToken(const QString &tokenHash, const TokenRow &token);
    std::optional<TokenRow> token(const QString &tokenHash) const;
    // Marks a refresh token used; false when it already was (reuse).
    bool markUsed(const QString &tokenHash);
    void revokeFamily(const QString &family);
    void deleteExpired(const QDateTime &now);

    // A person's changed password (salt and PBKDF2 hash); nullopt while it is the demo password.
    struct PasswordRow
    {
        QString salt;
        QString hash;
    };
    std::optional<PasswordRow> password(const QString &personId) const;
    Status savePassword(const QString &personId, const PasswordRow &password, const QDateTime &now);

private:
    Database &m_database;
};

} // namespace hpo::server
