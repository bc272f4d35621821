#include "services/cache/institutionpurge.h"

#include "services/cache/sqlerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace hpo {

InstitutionPurge::InstitutionPurge(QSqlDatabase db) : m_db(std::move(db))
{ }

Result<InstitutionPurge::Outcome> InstitutionPurge::purge(const QString &institutionCode)
{
    Outcome outcome;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT a.stored_path FROM archive_attachments a JOIN archive_items i ON "
                       "i.id = a.item_id WHERE i.institution_code = ? AND a.stored_path IS NOT NULL"));
    query.addBindValue(institutionCode);
    if (!query.exec())
        return sqlError(QStringLiteral("cache-write-failed"), query.lastError(), QStringLiteral("purge"));
    while (query.next())
        outcome.storedFiles.append(query.value(0).toString());
    query.finish();

    // Only this institution: when a board goes, its schools are purged one by
    // one as the caller finds them gone too.
    static const QStringList statements = {
        QStringLiteral("DELETE FROM archive_items WHERE institution_code = ?"),
        QStringLiteral("DELETE FROM branches WHERE institution_code = ?"),
        QStringLiteral("DELETE FROM contacts WHERE institution_code = ?"),
        QStringLiteral("DELETE FROM news WHERE institution_code = ?"),
        QStringLiteral("DELETE FROM contact_moments WHERE institution_code = ?"),
        QStringLiteral("DELETE FROM evaluations WHERE institution_code = ?"),
        QStringLiteral("DELETE FROM gtb WHERE institution_code = ?"),
        QStringLiteral("DELETE FROM institutions WHERE code = ?"),
    };
    const bool ownTransaction = m_db.transaction();
    for (const QString &statement : statements) {
        query.prepare(statement);
        query.addBindValue(institutionCode);
        if (!query.exec()) {
            const Error error = sqlError(QStringLiteral("cache-write-failed"), query.lastError(), statement);
            if (ownTransaction)
                m_db.rollback();
            return error;
        }
        outcome.rowsRemoved += query.numRowsAffected();
    }
    if (ownTransaction && !m_db.commit())
        return sqlError(QStringLiteral("cache-write-failed"), m_db.lastError(), QStringLiteral("purge"));
    return outcome;
}

} // namespace hpo
