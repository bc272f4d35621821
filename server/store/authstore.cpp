#include "server/store/authstore.h"

#include "server/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hpo::server {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parse(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

AuthStore::AuthStore(Database &database) : m_database(database)
{ }

Status AuthStore::saveCode(const QString &codeHash, const CodeRow &code)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO oauth_codes (code_hash, person_id, client_id, redirect_uri, challenge,"
                       " expires_at, used) VALUES (?, ?, ?, ?, ?, ?, 0)"));
    q.bindValue(0, codeHash);
    q.bindValue(1, code.personId);
    q.bindValue(2, code.clientId);
    q.bindValue(3, code.redirectUri);
    q.bindValue(4, code.challenge);
    q.bindValue(5, iso(code.expiresAt));
    if (!q.exec()) {
        return sqlError(QStringLiteral("save code"), q.lastError().text());
    }
    return success();
}

std::optional<CodeRow> AuthStore::takeCode(const QString &codeHash)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT person_id, client_id, redirect_uri, challenge, expires_at, used"
                             " FROM oauth_codes WHERE code_hash = ?"));
    q.bindValue(0, codeHash);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    CodeRow row {q.value(0).toString(), q.value(1).toString(),        q.value(2).toString(),
                 q.value(3).toString(), parse(q.value(4).toString()), q.value(5).toInt() != 0};
    q.finish();
    QSqlQuery mark(m_database.connection());
    mark.prepare(QStringLiteral("UPDATE oauth_codes SET used = 1 WHERE code_hash = ?"));
    mark.bindValue(0, codeHash);
    mark.exec();
    return row;
}

Status AuthStore::saveToken(const QString &tokenHash, const TokenRow &token)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO tokens (token_hash, kind, person_id, family, expires_at, used, revoked)"
                       " VALUES (?, ?, ?, ?, ?, 0, 0)"));
    q.bindValue(0, tokenHash);
    q.bindValue(1, token.kind);
    q.bindValue(2, token.personId);
    q.bindValue(3, token.family);
    q.bindValue(4, iso(token.expiresAt));
    if (!q.exec()) {
        return sqlError(QStringLiteral("save token"), q.lastError().text());
    }
    return success();
}

std::optional<TokenRow> AuthStore::token(const QString &tokenHash) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT kind, person_id, family, expires_at, used, revoked FROM tokens WHERE token_hash = ?"));
    q.bindValue(0, tokenHash);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return TokenRow {q.value(0).toString(),        q.value(1).toString(),   q.value(2).toString(),
                     parse(q.value(3).toString()), q.value(4).toInt() != 0, q.value(5).toInt() != 0};
}

bool AuthStore::markUsed(const QString &tokenHash)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE tokens SET used = 1 WHERE token_hash = ? AND used = 0"));
    q.bindValue(0, tokenHash);
    return q.exec() && q.numRowsAffected() == 1;
}

void AuthStore::revokeFamily(const QString &family)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE family = ?"));
    q.bindValue(0, family);
    q.exec();
}

void AuthStore::deleteExpired(const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM oauth_codes WHERE expires_at < ?"));
    q.bindValue(0, iso(now.addDays(-1)));
    q.exec();
}

std::optional<AuthStore::PasswordRow> AuthStore::password(const QString &personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT salt, hash FROM passwords WHERE person_id = ?"));
    q.bindValue(0, personId);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return PasswordRow {q.value(0).toString(), q.value(1).toString()};
}

Status AuthStore::savePassword(const QString &personId, const PasswordRow &password, const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO passwords (person_id, salt, hash, changed_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (person_id) DO UPDATE SET salt = excluded.salt,"
                             " hash = excluded.hash, changed_at = excluded.changed_at"));
    q.bindValue(0, personId);
    q.bindValue(1, password.salt);
    q.bindValue(2, password.hash);
    q.bindValue(3, iso(now));
    if (!q.exec()) {
        return sqlError(QStringLiteral("save password"), q.lastError().text());
    }
    return success();
}

} // namespace hpo::server
