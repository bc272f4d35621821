// One named Qt Sql connection to a cache file, opened with the cache's pragmas
// (WAL, foreign keys, busy timeout) and removed again when destroyed. Each
// thread that touches the cache owns its own CacheConnection.
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hpo {

class CacheConnection final
{
    Q_DISABLE_COPY_MOVE(CacheConnection)

public:
    static constexpr int busyTimeoutMs = 5000;

    // Errors: "cache-open-failed" (the driver or the file), "cache-unreadable"
    // (the file is not a SQLite database).
    static Result<std::unique_ptr<CacheConnection>> open(const QString &filePath, const QString &tag);
    ~CacheConnection();

    QSqlDatabase database() const;
    const QString &connectionName() const { return m_name; }
    const QString &filePath() const { return m_filePath; }

    // Runs statements that return no rows; stops at the first failure.
    Status exec(const QStringList &statements, const QString &errorCode = QStringLiteral("cache-sql-failed"));

private:
    CacheConnection(QString name, QString filePath);

    QString m_name;
    QString m_filePath;
};

} // namespace hpo
