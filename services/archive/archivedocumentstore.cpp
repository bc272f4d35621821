#include "services/archive/archivedocumentstore.h"

#include "services/cache/entitytable.h"
#include "services/cache/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hpo {

namespace {
Error readError(const QSqlQuery &query, const QString &what)
{
    return sqlError(QStringLiteral("cache-read-failed"), query.lastError(), what);
}
Error writeError(const QSqlQuery &query, const QString &what)
{
    return sqlError(QStringLiteral("cache-write-failed"), query.lastError(), what);
}
} // namespace

ArchiveDocumentStore::ArchiveDocumentStore(QSqlDatabase db) : m_db(std::move(db))
{ }

Result<std::optional<QString>> ArchiveDocumentStore::body(const QString &itemId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM archive_bodies WHERE item_id = ?"));
    query.addBindValue(itemId);
    if (!query.exec())
        return readError(query, QStringLiteral("archive_bodies"));
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Status ArchiveDocumentStore::saveBody(const QString &itemId, const QString &body, const QByteArray &etag,
                                      const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO archive_bodies (item_id, body, etag, size, fetched_at, last_used_at) "
                       "SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM archive_items WHERE id = ?) "
                       "ON CONFLICT(item_id) DO UPDATE SET body = excluded.body, etag = excluded.etag, size "
                       "= excluded.size, "
                       "fetched_at = excluded.fetched_at, last_used_at = excluded.last_used_at"));
    const QString stamp = toStoredTime(now);
    query.addBindValue(itemId);
    query.addBindValue(body);
    query.addBindValue(etag.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(etag)));
    query.addBindValue(qint64(body.toUtf8().size()));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    query.addBindValue(itemId);
    if (!query.exec())
        return writeError(query, QStringLiteral("archive_bodies"));
    if (query.numRowsAffected() == 0)
        return Error {QStringLiteral("archive-not-cached"),
                      QStringLiteral("archive item %1 is no longer cached").arg(itemId),
                      {}};
    return success();
}

Status ArchiveDocumentStore::touchBody(const QString &itemId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE archive_bodies SET last_used_at = ? WHERE item_id = ?"));
    query.addBindValue(toStoredTime(now));
    query.addBindValue(itemId);
    if (!query.exec())
        return writeError(query, QStringLiteral("archive_bodies"));
    return success();
}

Result<std::optional<QString>> ArchiveDocumentStore::storedPath(const QString &itemId, int index) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT stored_path FROM archive_attachments WHERE item_id = ? AND idx = ? "
                                 "AND stored_path IS NOT NULL"));
    query.addBindValue(itemId);
    query.addBindValue(index);
    if (!query.exec())
        return readError(query, QStringLiteral("archive_attachments"));
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Status ArchiveDocumentStore::recordAttachment(const QString &itemId, int index, const QString &storedPath,
                                              qint64 size, const QByteArray &etag, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE archive_attachments SET stored_path = ?, size = ?, etag = ?, "
                                 "fetched_at = ?, last_used_at = ? WHERE item_id = ? AND idx = ?"));
    const QString stamp = toStoredTime(now);
    query.addBindValue(storedPath);
    query.addBindValue(size);
    query.addBindValue(etag.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(etag)));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    query.addBindValue(itemId);
    query.addBindValue(index);
    if (!query.exec())
        return writeError(query, QStringLiteral("archive_attachments"));
    if (query.numRowsAffected() == 0)
        return Error {
            QStringLiteral("archive-not-cached"),
            QStringLiteral("attachment %1 of archive item %2 is no longer cached").arg(index).arg(itemId),
            {}};
    return success();
}

Status ArchiveDocumentStore::touchAttachment(const QString &itemId, int index, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE archive_attachments SET last_used_at = ? WHERE item_id = ? AND idx = ?"));
    query.addBindValue(toStoredTime(now));
    query.addBindValue(itemId);
    query.addBindValue(index);
    if (!query.exec())
        return writeError(query, QStringLiteral("archive_attachments"));
    return success();
}

Status ArchiveDocumentStore::forgetAttachment(const QString &itemId, int index)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE archive_attachments SET stored_path = NULL, fetched_at = NULL, "
                                 "last_used_at = NULL WHERE item_id = ? AND idx = ?"));
    query.addBindValue(itemId);
    query.addBindValue(index);
    if (!query.exec())
        return writeError(query, QStringLiteral("archive_attachments"));
    return success();
}

Result<QList<ArchiveDocumentStore::Entry>> ArchiveDocumentStore::leastRecentlyUsedFirst() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT 0, item_id, -1, size, NULL, last_used_at FROM archive_bodies "
            "UNION ALL SELECT 1, item_id, idx, size, stored_path, last_used_at FROM archive_attachments "
            "WHERE stored_path IS NOT NULL ORDER BY 6, 1, 2, 3")))
        return readError(query, QStringLiteral("lru"));
    QList<Entry> out;
    while (query.next()) {
        Entry e;
        e.kind = query.value(0).toInt() == 0 ? Entry::Kind::Body : Entry::Kind::Attachment;
        e.itemId = query.value(1).toString();
        e.index = query.value(2).toInt();
        e.size = query.value(3).toLongLong();
        e.storedPath = query.value(4).toString();
        out.append(e);
    }
    return out;
}

Result<qint64> ArchiveDocumentStore::totalSize() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT COALESCE(SUM(size), 0) FROM archive_bodies) + (SELECT COALESCE(SUM(size), 0) "
            "FROM archive_attachments WHERE stored_path IS NOT NULL)"))
        || !query.next())
        return readError(query, QStringLiteral("total"));
    return query.value(0).toLongLong();
}

Status ArchiveDocumentStore::forget(const Entry &entry)
{
    if (entry.kind == Entry::Kind::Attachment)
        return forgetAttachment(entry.itemId, entry.index);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM archive_bodies WHERE item_id = ?"));
    query.addBindValue(entry.itemId);
    if (!query.exec())
        return writeError(query, QStringLiteral("archive_bodies"));
    return success();
}

} // namespace hpo
