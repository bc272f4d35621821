#include "services/cache/cacheconnection.h"

#include "services/cache/sqlerror.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace hpo {

namespace {
QAtomicInteger<quint64> nextConnectionId {1};
}

CacheConnection::CacheConnection(QString name, QString filePath)
    : m_name(std::move(name)),
      m_filePath(std::move(filePath))
{ }

Result<std::unique_ptr<CacheConnection>> CacheConnection::open(const QString &filePath, const QString &tag)
{
    const QString name
        = QStringLiteral("hpo-cache-%1-%2").arg(tag).arg(nextConnectionId.fetchAndAddRelaxed(1));
    std::unique_ptr<CacheConnection> connection(new CacheConnection(name, filePath));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            return Error {
                QStringLiteral("cache-open-failed"), QStringLiteral("the Qt SQLite driver is missing"), {}};
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            return sqlError(QStringLiteral("cache-open-failed"), db.lastError(), filePath);
    }
    // journal_mode is the first statement that reads the file: a file that is
    // not a database fails here.
    QSqlQuery query(connection->database());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return sqlError(QStringLiteral("cache-unreadable"), query.lastError(), filePath);
    if (query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0
        && filePath != QStringLiteral(":memory:")) {
        return Error {
            QStringLiteral("cache-open-failed"),
            QStringLiteral("%1: WAL journal mode refused (%2)").arg(filePath, query.value(0).toString()),
            {}};
    }
    query.finish();
    if (Status s = connection->exec(
            {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL")},
            QStringLiteral("cache-unreadable"));
        !s)
        return s.error();
    return connection;
}

CacheConnection::~CacheConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase CacheConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Status CacheConnection::exec(const QStringList &statements, const QString &errorCode)
{
    QSqlQuery query(database());
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return sqlError(errorCode, query.lastError(), statement.left(80));
    }
    return success();
}

} // namespace hpo
