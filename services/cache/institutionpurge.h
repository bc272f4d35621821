// Removes everything cached for one institution when the identity loses
// access to it (unlinked, or no longer in the board): its own row and every
// row it owns, in one transaction. Stored attachment files are returned for
// the caller to delete once the transaction has committed.
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace hpo {

class InstitutionPurge final
{
public:
    explicit InstitutionPurge(QSqlDatabase db);

    struct Outcome
    {
        qint64 rowsRemoved = 0;
        QStringList storedFiles; // attachment copies (relative to the profile) to delete
    };
    // Runs in the caller's transaction if one is open, else in its own.
    Result<Outcome> purge(const QString &institutionCode);

private:
    QSqlDatabase m_db;
};

} // namespace hpo
