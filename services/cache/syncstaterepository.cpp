#include "services/cache/syncstaterepository.h"

#include "services/cache/entitytable.h"
#include "services/cache/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hpo {

SyncStateRepository::SyncStateRepository(QSqlDatabase db) : m_db(std::move(db))
{ }

Result<SyncState> SyncStateRepository::load(const QString &scope) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT cursor, last_sync_at, last_full_sync_at FROM sync_state WHERE scope = ?"));
    query.addBindValue(scope);
    if (!query.exec())
        return sqlError(QStringLiteral("cache-read-failed"), query.lastError(), QStringLiteral("sync_state"));
    SyncState state;
    if (query.next()) {
        state.cursor = query.value(0).toString();
        state.lastSyncAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        state.lastFullSyncAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    }
    return state;
}

Status SyncStateRepository::saveCursor(const QString &scope, const QString &cursor, const QDateTime &at,
                                       bool fullSync)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_state (scope, cursor, last_sync_at, last_full_sync_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(scope) DO UPDATE SET cursor = excluded.cursor, last_sync_at = excluded.last_sync_at, "
        "last_full_sync_at = coalesce(excluded.last_full_sync_at, last_full_sync_at)"));
    query.addBindValue(scope);
    query.addBindValue(cursor);
    query.addBindValue(toStoredTime(at));
    query.addBindValue(fullSync ? QVariant(toStoredTime(at)) : QVariant());
    if (!query.exec())
        return sqlError(QStringLiteral("cache-write-failed"), query.lastError(),
                        QStringLiteral("sync_state"));
    return success();
}

Status SyncStateRepository::reset(const QString &scope)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_state SET cursor = NULL WHERE scope = ?"));
    query.addBindValue(scope);
    if (!query.exec())
        return sqlError(QStringLiteral("cache-write-failed"), query.lastError(),
                        QStringLiteral("sync_state"));
    return success();
}

} // namespace hpo
