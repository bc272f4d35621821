// The server's database: one SQLite file in the data folder, WAL, versioned
// migrations applied at open. All SQL of the server lives in server/store/.
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace hpo::server {

class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database() = default;
    ~Database();

    // Opens (creating if needed) `dir`/helpdeskpo.sqlite and migrates it.
    Status open(const QString &dir);
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name); }
    QString filePath() const { return m_path; }
    int schemaVersion() const;

    static int latestSchemaVersion();

private:
    Status migrate();

    QString m_name;
    QString m_path;
};

Error sqlError(const QString &what, const QString &detail);

// Keeps the archive's text index current row by row; the seed drops it and
// rebuilds the index once at the end (ten times faster).
extern const char *const archiveSearchInsertTrigger;

} // namespace hpo::server
