// The cache's schema as a list of numbered migrations, applied in order, each in
// one transaction together with PRAGMA user_version. A migration, once
// released, never changes: tests migrate a committed v1 file
// (tests/services/fixtures/cache-v1.sqlite).
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>

namespace hpo {

class CacheSchema final
{
public:
    static int latestVersion();
    // PRAGMA user_version; 0 for a new file, -1 when unreadable.
    static int version(const QSqlDatabase &db);
    // Applies every migration above the file's version up to `target`.
    // Errors: "cache-schema-too-new", "cache-migration-failed".
    static Status migrate(QSqlDatabase &db, int target = latestVersion());
    // Whether this SQLite has FTS5 with the unicode61 tokenizer option we use.
    // Error: "sqlite-fts5-missing".
    static Status checkFts5(QSqlDatabase &db);
    // Whether this SQLite has the JSON functions (built in since 3.38) the sync's queries use.
    // Error: "sqlite-json-missing".
    static Status checkJson(QSqlDatabase &db);
};

} // namespace hpo
