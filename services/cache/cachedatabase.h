// The profile's SQLite cache: opens (creating or migrating) <profile>/cache.sqlite
// on the calling thread, refuses to run without FTS5, sets a damaged file aside
// and starts a fresh one, and announces changes per collection and institution.
#pragma once

#include "models/domain/result.h"
#include "services/cache/collection.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace hpo {

class CacheConnection;

struct CacheOpenReport
{
    int versionBefore = 0; // 0: a new file
    int version = 0;
    bool recreated = false; // the old file was damaged and set aside: a full sync is needed
    QString damagedFilePath; // where the damaged file now is
    QString damageReason;
};

class CacheDatabase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheDatabase)

public:
    static QString fileName() { return QStringLiteral("cache.sqlite"); }

    // Errors: "sqlite-fts5-missing", "sqlite-json-missing", "cache-open-failed", "cache-schema-too-new",
    // "cache-migration-failed", "cache-set-aside-failed".
    static Result<std::unique_ptr<CacheDatabase>> open(const QString &profileDir, QObject *parent = nullptr);
    ~CacheDatabase() override;

    QString filePath() const;
    const CacheOpenReport &openReport() const { return m_report; }
    // The opening thread's connection. Other threads open their own
    // CacheConnection on filePath() (WAL lets readers go on while one writes).
    QSqlDatabase database() const;

    // Every file that belongs to the cache (the database, its -wal and -shm).
    static QStringList filesOf(const QString &databasePath);

    // Thread-safe: may be called from a sync worker; receivers on other
    // threads get the signal queued.
    void announce(Collection collection, const QString &institutionCode);

Q_SIGNALS:
    // An empty institutionCode means: rows of several or of no institution.
    void changed(hpo::Collection collection, const QString &institutionCode);

private:
    CacheDatabase(std::unique_ptr<CacheConnection> connection, CacheOpenReport report, QObject *parent);

    std::unique_ptr<CacheConnection> m_connection;
    CacheOpenReport m_report;
};

} // namespace hpo
