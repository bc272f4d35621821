#include "services/cache/cacheschema.h"

#include "services/cache/sqlerror.h"
#include "services/common/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hpo {

namespace {

// Conventions: every entity row keeps the entity's JSON as received (`data`)
// plus the columns the client filters and sorts on, and its `version`.
// Editable rows carry `pending` (1 while a local change waits in the outbox).
// Entity rows have no foreign key to `institutions`: the change feed may
// deliver a school's rows before the school itself, and a purge of an
// institution deletes by institution_code explicitly. Rows the client derives
// itself (bodies, attachments) do reference their item and cascade.
const QStringList v1 = {
    QStringLiteral(R"(CREATE TABLE institutions (
        code TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('school', 'board')),
        name TEXT NOT NULL,
        board_code TEXT,
        version INTEGER NOT NULL CHECK (version >= 1),
        pending INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX institutions_board ON institutions(board_code)"),

    QStringLiteral(R"(CREATE TABLE branches (
        code TEXT PRIMARY KEY NOT NULL,
        institution_code TEXT NOT NULL,
        name TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        data TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX branches_institution ON branches(institution_code)"),

    QStringLiteral(R"(CREATE TABLE contacts (
        id TEXT PRIMARY KEY NOT NULL,
        institution_code TEXT NOT NULL,
        sort_name TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL CHECK (version >= 1),
        pending INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX contacts_institution ON contacts(institution_code, sort_name)"),

    QStringLiteral(R"(CREATE TABLE news (
        id TEXT PRIMARY KEY NOT NULL,
        institution_code TEXT,
        published_at TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL CHECK (version >= 1),
        pending INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX news_published ON news(institution_code, published_at DESC)"),

    // The feed's plain-text body (capped at 64 KiB by the server) is kept in
    // `body` for full-text search and is not repeated inside `data`.
    QStringLiteral(R"(CREATE TABLE archive_items (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        institution_code TEXT NOT NULL,
        kind TEXT NOT NULL,
        direction TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        subject TEXT NOT NULL,
        sender TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        body_truncated INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL CHECK (version >= 1),
        data TEXT NOT NULL))"),
    // Sent date is stored as UTC "yyyy-MM-ddTHH:mm:ss.zzzZ" so text order is time order.
    QStringLiteral(
        "CREATE INDEX archive_items_page ON archive_items(institution_code, sent_at DESC, id DESC)"),
    QStringLiteral(R"(CREATE VIRTUAL TABLE archive_fts USING fts5(
        subject, sender, body,
        content='archive_items', content_rowid='rowid',
        tokenize="unicode61 remove_diacritics 2"))"),
    QStringLiteral(R"(CREATE TRIGGER archive_items_fts_insert AFTER INSERT ON archive_items BEGIN
        INSERT INTO archive_fts(rowid, subject, sender, body)
            VALUES (new.rowid, new.subject, new.sender, new.body);
        END)"),
    QStringLiteral(R"(CREATE TRIGGER archive_items_fts_delete AFTER DELETE ON archive_items BEGIN
        INSERT INTO archive_fts(archive_fts, rowid, subject, sender, body)
            VALUES ('delete', old.rowid, old.subject, old.sender, old.body);
        END)"),
    QStringLiteral(R"(CREATE TRIGGER archive_items_fts_update AFTER UPDATE ON archive_items BEGIN
        INSERT INTO archive_fts(archive_fts, rowid, subject, sender, body)
            VALUES ('delete', old.rowid, old.subject, old.sender, old.body);
        INSERT INTO archive_fts(rowid, subject, sender, body)
            VALUES (new.rowid, new.subject, new.sender, new.body);
        END)"),

    // Full content fetched on demand, kept for offline use within a size budget.
    QStringLiteral(R"(CREATE TABLE archive_bodies (
        item_id TEXT PRIMARY KEY NOT NULL REFERENCES archive_items(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        etag TEXT,
        size INTEGER NOT NULL,
        fetched_at TEXT NOT NULL,
        last_used_at TEXT NOT NULL))"),
    // Attachment metadata from the item; the bytes live in files under the profile
    // (stored_path relative to it) once fetched.
    QStringLiteral(R"(CREATE TABLE archive_attachments (
        item_id TEXT NOT NULL REFERENCES archive_items(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        etag TEXT,
        stored_path TEXT,
        fetched_at TEXT,
        last_used_at TEXT,
        PRIMARY KEY (item_id, idx)))"),
    QStringLiteral("CREATE INDEX archive_attachments_lru ON archive_attachments(last_used_at) "
                   "WHERE stored_path IS NOT NULL"),

    QStringLiteral(R"(CREATE TABLE contact_moments (
        id TEXT PRIMARY KEY NOT NULL,
        institution_code TEXT NOT NULL,
        date TEXT NOT NULL,
        status TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        data TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX contact_moments_date ON contact_moments(institution_code, date DESC)"),

    QStringLiteral(R"(CREATE TABLE evaluations (
        id TEXT PRIMARY KEY NOT NULL,
        institution_code TEXT NOT NULL,
        date TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        data TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX evaluations_date ON evaluations(institution_code, date DESC)"),

    QStringLiteral(R"(CREATE TABLE gtb (
        institution_code TEXT PRIMARY KEY NOT NULL,
        updated_until TEXT,
        version INTEGER NOT NULL CHECK (version >= 1),
        data TEXT NOT NULL))"),

    // One row per feed scope (the signed-in identity at a server): the cursor
    // commits in the same transaction as the page it follows.
    QStringLiteral(R"(CREATE TABLE sync_state (
        scope TEXT PRIMARY KEY NOT NULL,
        cursor TEXT,
        last_sync_at TEXT,
        last_full_sync_at TEXT))"),

    // Stored ETags for conditional GETs of single resources.
    QStringLiteral(R"(CREATE TABLE http_etags (
        url TEXT PRIMARY KEY NOT NULL,
        etag TEXT NOT NULL,
        stored_at TEXT NOT NULL))"),

    // Local edits waiting to be sent (used from the write issue on). Committed
    // with synchronous=FULL by its writer: unsent edits cannot be rebuilt.
    QStringLiteral(R"(CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        idempotency_key TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        institution_code TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL,
        base_version INTEGER,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'queued',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL))"),
};

// v2: the person's linked accounts (from GET /me) and the active one.
const QStringList v2 = {
    QStringLiteral(R"(CREATE TABLE accounts (
        institution_code TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE UNIQUE INDEX accounts_one_active ON accounts(active) WHERE active = 1"),
};

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {v1, v2};
    return all;
}

} // namespace

int CacheSchema::latestVersion()
{
    return int(migrations().size());
}

int CacheSchema::version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status CacheSchema::migrate(QSqlDatabase &db, int target)
{
    const int current = version(db);
    if (current < 0)
        return Error {
            QStringLiteral("cache-migration-failed"), QStringLiteral("cannot read the schema version"), {}};
    if (current > latestVersion()) {
        return Error {QStringLiteral("cache-schema-too-new"),
                      QStringLiteral("the cache has schema version %1; this program knows up to %2")
                          .arg(current)
                          .arg(latestVersion()),
                      {}};
    }
    for (int next = current + 1; next <= target && next <= latestVersion(); ++next) {
        if (!db.transaction())
            return sqlError(QStringLiteral("cache-migration-failed"), db.lastError(),
                            QStringLiteral("begin"));
        QSqlQuery query(db);
        QStringList statements = migrations().at(next - 1);
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(next));
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const Error error = sqlError(QStringLiteral("cache-migration-failed"), query.lastError(),
                                             QStringLiteral("migration to v%1").arg(next));
                query.finish();
                db.rollback();
                return error;
            }
        }
        if (!db.commit())
            return sqlError(QStringLiteral("cache-migration-failed"), db.lastError(),
                            QStringLiteral("commit"));
        qCInfo(lcCache) << "cache schema migrated to version" << next;
    }
    return success();
}

Status CacheSchema::checkFts5(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.hpo_fts5_probe USING fts5(x, "
                                   "tokenize=\"unicode61 remove_diacritics 2\")"))) {
        return Error {QStringLiteral("sqlite-fts5-missing"),
                      QStringLiteral("this SQLite library has no FTS5 with remove_diacritics 2 (%1); "
                                     "build SQLite with FTS5 (vcpkg: sqlite3[fts5])")
                          .arg(query.lastError().text()),
                      {}};
    }
    query.exec(QStringLiteral("DROP TABLE temp.hpo_fts5_probe"));
    return success();
}

Status CacheSchema::checkJson(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM json_each('[1,2]')")) || !query.next()
        || query.value(0).toInt() != 2) {
        return Error {
            QStringLiteral("sqlite-json-missing"),
            QStringLiteral("this SQLite library has no JSON functions (%1); use SQLite 3.38 or later")
                .arg(query.lastError().text()),
            {}};
    }
    return success();
}

} // namespace hpo
