#include "services/accounts/accountrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hpo {

namespace {

Error sqlError(const QSqlQuery &query)
{
    return {QStringLiteral("cache-write-failed"), query.lastError().text(), QStringLiteral("accounts")};
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db) : m_db(std::move(db))
{ }

Status AccountRepository::replaceAll(const QList<LinkedAccount> &accounts, const QString &activeCode)
{
    if (!m_db.transaction())
        return Error {QStringLiteral("cache-write-failed"), m_db.lastError().text(),
                      QStringLiteral("accounts")};
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM accounts"))) {
        const Error error = sqlError(query);
        m_db.rollback();
        return error;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO accounts (institution_code, kind, name, position, active) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const LinkedAccount &account : accounts) {
        query.addBindValue(account.institutionCode);
        query.addBindValue(account.kind);
        query.addBindValue(account.name);
        query.addBindValue(position++);
        query.addBindValue(account.institutionCode == activeCode ? 1 : 0);
        if (!query.exec()) {
            const Error error = sqlError(query);
            m_db.rollback();
            return error;
        }
    }
    if (!m_db.commit())
        return Error {QStringLiteral("cache-write-failed"), m_db.lastError().text(),
                      QStringLiteral("accounts")};
    return success();
}

Result<QList<LinkedAccount>> AccountRepository::all() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT institution_code, kind, name FROM accounts ORDER BY position")))
        return Error {QStringLiteral("cache-read-failed"), query.lastError().text(),
                      QStringLiteral("accounts")};
    QList<LinkedAccount> out;
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return out;
}

} // namespace hpo
