#include "services/cache/cachedatabase.h"

#include "services/cache/cacheconnection.h"
#include "services/cache/cacheschema.h"
#include "services/common/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace hpo {

namespace {

// "ok", or what integrity_check found (first lines), or the error that kept it from running.
QString integrityProblem(CacheConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    if (lines == QStringList {QStringLiteral("ok")})
        return {};
    return lines.isEmpty() ? QStringLiteral("integrity_check returned nothing") : lines.join(u"; ");
}

Result<QString> setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString target = path + QStringLiteral(".damaged-") + stamp;
    const QStringList from = CacheDatabase::filesOf(path);
    const QStringList to = CacheDatabase::filesOf(target);
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (QFile::exists(from[i]) && !QFile::rename(from[i], to[i])) {
            return Error {QStringLiteral("cache-set-aside-failed"),
                          QStringLiteral("could not move the damaged cache %1 aside").arg(from[i]),
                          {}};
        }
    }
    return target;
}

} // namespace

CacheDatabase::CacheDatabase(std::unique_ptr<CacheConnection> connection, CacheOpenReport report,
                             QObject *parent)
    : QObject(parent),
      m_connection(std::move(connection)),
      m_report(std::move(report))
{
    qRegisterMetaType<hpo::Collection>();
}

CacheDatabase::~CacheDatabase() = default;

QStringList CacheDatabase::filesOf(const QString &databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm")};
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString &profileDir, QObject *parent)
{
    if (!QDir().mkpath(profileDir)) {
        return Error {QStringLiteral("cache-open-failed"),
                      QStringLiteral("cannot create the profile folder %1").arg(profileDir),
                      {}};
    }
    // FTS5 is a property of the SQLite library: probe it on a scratch connection
    // so that a damaged file cannot be mistaken for a missing feature.
    {
        auto probe = CacheConnection::open(QStringLiteral(":memory:"), QStringLiteral("probe"));
        if (!probe)
            return probe.error();
        QSqlDatabase db = probe.value()->database();
        if (Status fts = CacheSchema::checkFts5(db); !fts)
            return fts.error();
        if (Status json = CacheSchema::checkJson(db); !json)
            return json.error();
    }

    const QString path = QDir(profileDir).filePath(fileName());
    CacheOpenReport report;
    auto connection = CacheConnection::open(path, QStringLiteral("main"));
    QString problem;
    if (!connection) {
        if (connection.error().code != QStringLiteral("cache-unreadable"))
            return connection.error();
        problem = connection.error().message;
    } else {
        problem = integrityProblem(*connection.value());
    }
    if (!problem.isEmpty()) {
        qCWarning(lcCache) << "cache file damaged, setting it aside:" << problem;
        if (connection)
            connection.value().reset();
        const Result<QString> moved = setAside(path);
        if (!moved)
            return moved.error();
        report.recreated = true;
        report.damagedFilePath = moved.value();
        report.damageReason = problem;
        connection = CacheConnection::open(path, QStringLiteral("main"));
        if (!connection)
            return connection.error();
    }

    QSqlDatabase db = connection.value()->database();
    report.versionBefore = CacheSchema::version(db);
    if (Status migrated = CacheSchema::migrate(db); !migrated)
        return migrated.error();
    report.version = CacheSchema::version(db);
    return std::unique_ptr<CacheDatabase>(new CacheDatabase(std::move(connection).value(), report, parent));
}

QString CacheDatabase::filePath() const
{
    return m_connection->filePath();
}

QSqlDatabase CacheDatabase::database() const
{
    return m_connection->database();
}

void CacheDatabase::announce(Collection collection, const QString &institutionCode)
{
    Q_EMIT changed(collection, institutionCode);
}

} // namespace hpo
