#include "server/store/database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hpo::server {

const char *const archiveSearchInsertTrigger
    = "CREATE TRIGGER archive_search_insert AFTER INSERT ON archive BEGIN"
      " INSERT INTO archive_search (rowid, institution, subject, body)"
      " VALUES (new.rowid, new.institution, new.subject, new.body); END";

namespace {

// Each migration is a list of portable statements (SQLite and PostgreSQL),
// except where noted. Append, never edit, once released.
const QList<QList<const char *>> &migrations()
{
    static const QList<QList<const char *>> all {
        {
            "CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)",
            // Every entity table: id, institution it belongs to, version, the JSON
            // document (without version), plus the columns queries filter on.
            "CREATE TABLE institutions (id VARCHAR(16) PRIMARY KEY, institution VARCHAR(16) NOT NULL,"
            " kind VARCHAR(8) NOT NULL, board_code VARCHAR(16), name TEXT NOT NULL,"
            " version INTEGER NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX institutions_board ON institutions (board_code)",
            "CREATE INDEX institutions_inst ON institutions (institution, id)",
            "CREATE TABLE branches (id VARCHAR(16) PRIMARY KEY, institution VARCHAR(16) NOT NULL,"
            " version INTEGER NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX branches_inst ON branches (institution, id)",
            "CREATE TABLE persons (id VARCHAR(64) PRIMARY KEY, kind VARCHAR(16) NOT NULL,"
            " display_name TEXT NOT NULL, email TEXT, description TEXT, version INTEGER NOT NULL)",
            "CREATE TABLE accounts (person_id VARCHAR(64) NOT NULL, institution VARCHAR(16) NOT NULL,"
            " linked_at VARCHAR(32) NOT NULL, PRIMARY KEY (person_id, institution))",
            "CREATE TABLE contacts (id VARCHAR(32) PRIMARY KEY, institution VARCHAR(16) NOT NULL,"
            " person_id VARCHAR(64), version INTEGER NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX contacts_inst ON contacts (institution, id)",
            "CREATE INDEX contacts_person ON contacts (person_id)",
            // institution '' = general news for everyone
            "CREATE TABLE news (id VARCHAR(32) PRIMARY KEY, institution VARCHAR(16) NOT NULL,"
            " published_at VARCHAR(32) NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX news_inst ON news (institution, id)",
            "CREATE TABLE news_reads (person_id VARCHAR(64) NOT NULL, news_id VARCHAR(32) NOT NULL,"
            " PRIMARY KEY (person_id, news_id))",
            "CREATE TABLE archive (id VARCHAR(32) PRIMARY KEY, institution VARCHAR(16) NOT NULL,"
            " kind VARCHAR(16) NOT NULL, direction VARCHAR(16) NOT NULL, sent_at VARCHAR(32) NOT NULL,"
            " subject TEXT NOT NULL, body TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX archive_inst ON archive (institution, id)",
            "CREATE INDEX archive_sent ON archive (institution, sent_at, id)",
            "CREATE TABLE contact_moments (id VARCHAR(32) PRIMARY KEY, institution VARCHAR(16) NOT NULL,"
            " moment_date VARCHAR(32) NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX contact_moments_inst ON contact_moments (institution, id)",
            "CREATE TABLE evaluations (id VARCHAR(32) PRIMARY KEY, institution VARCHAR(16) NOT NULL,"
            " evaluation_date VARCHAR(32) NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX evaluations_inst ON evaluations (institution, id)",
            "CREATE TABLE gtb (id VARCHAR(16) PRIMARY KEY, institution VARCHAR(16) NOT NULL,"
            " version INTEGER NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX gtb_inst ON gtb (institution, id)",
            // Written in the same transaction as the data it describes. The seed is the
            // baseline (seq 0): the snapshot reads the tables, the log holds what came after.
            // (PostgreSQL: seq BIGSERIAL.)
            "CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, at VARCHAR(32) NOT NULL,"
            " entity VARCHAR(32) NOT NULL, institution VARCHAR(16) NOT NULL, id VARCHAR(32) NOT NULL,"
            " op VARCHAR(8) NOT NULL, version INTEGER NOT NULL, data TEXT)",
            "CREATE INDEX change_log_inst ON change_log (institution, seq)",
            "CREATE TABLE oauth_codes (code_hash VARCHAR(64) PRIMARY KEY, person_id VARCHAR(64) NOT NULL,"
            " client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, challenge TEXT NOT NULL,"
            " expires_at VARCHAR(32) NOT NULL, used INTEGER NOT NULL)",
            "CREATE TABLE tokens (token_hash VARCHAR(64) PRIMARY KEY, kind VARCHAR(8) NOT NULL,"
            " person_id VARCHAR(64) NOT NULL, family VARCHAR(64) NOT NULL, expires_at VARCHAR(32) NOT NULL,"
            " used INTEGER NOT NULL, revoked INTEGER NOT NULL)",
            "CREATE INDEX tokens_family ON tokens (family)",
        },
        {
            // Archive text search (SQLite FTS5; PostgreSQL: a tsvector column). The institution
            // is a column of the index so a search stays within one school's posting list.
            "CREATE VIRTUAL TABLE archive_search USING fts5(institution, subject, body, content='archive',"
            " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
            archiveSearchInsertTrigger,
            "CREATE TRIGGER archive_search_delete AFTER DELETE ON archive BEGIN"
            " INSERT INTO archive_search (archive_search, rowid, institution, subject, body)"
            " VALUES ('delete', old.rowid, old.institution, old.subject, old.body); END",
            "CREATE TRIGGER archive_search_update AFTER UPDATE ON archive BEGIN"
            " INSERT INTO archive_search (archive_search, rowid, institution, subject, body)"
            " VALUES ('delete', old.rowid, old.institution, old.subject, old.body);"
            " INSERT INTO archive_search (rowid, institution, subject, body)"
            " VALUES (new.rowid, new.institution, new.subject, new.body); END",
            "INSERT INTO archive_search (archive_search) VALUES ('rebuild')",
        },
        {
            // Passwords set through POST /api/v1/auth/password/change (PBKDF2-SHA256, salted). A person
            // without a row still has the reference server's demo password.
            "CREATE TABLE passwords (person_id VARCHAR(64) PRIMARY KEY, salt VARCHAR(64) NOT NULL,"
            " hash VARCHAR(128) NOT NULL, changed_at VARCHAR(32) NOT NULL)",
        },
    };
    return all;
}

} // namespace

Error sqlError(const QString &what, const QString &detail)
{
    return Error {QStringLiteral("storage-error"), what + QStringLiteral(": ") + detail, {}};
}

Database::~Database()
{
    if (!m_name.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Status Database::open(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        return Error {QStringLiteral("storage-error"), QStringLiteral("cannot create ") + dir, {}};
    }
    m_path = QDir(dir).absoluteFilePath(QStringLiteral("helpdeskpo.sqlite"));
    m_name = QStringLiteral("hpo-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return sqlError(QStringLiteral("open ") + m_path, db.lastError().text());
    }
    QSqlQuery query(db);
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            return sqlError(QString::fromLatin1(pragma), query.lastError().text());
        }
    }
    return migrate();
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current < 0) {
        return sqlError(QStringLiteral("read schema version"), db.lastError().text());
    }
    if (current > latestSchemaVersion()) {
        return Error {QStringLiteral("storage-too-new"),
                      QStringLiteral("database schema %1 is newer than this server (%2)")
                          .arg(current)
                          .arg(latestSchemaVersion()),
                      {}};
    }
    for (int version = current; version < latestSchemaVersion(); ++version) {
        if (!db.transaction()) {
            return sqlError(QStringLiteral("begin migration"), db.lastError().text());
        }
        QSqlQuery query(db);
        for (const char *statement : migrations().at(version)) {
            if (!query.exec(QString::fromLatin1(statement))) {
                const QString detail = query.lastError().text();
                db.rollback();
                return sqlError(QStringLiteral("migration %1").arg(version + 1), detail);
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return sqlError(QStringLiteral("migration %1").arg(version + 1), detail);
        }
    }
    return success();
}

} // namespace hpo::server
