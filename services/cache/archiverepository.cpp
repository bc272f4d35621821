#include "services/cache/archiverepository.h"

#include "services/cache/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hpo {

namespace {
const QString body = QStringLiteral("body");
const QString order = QStringLiteral("sent_at DESC, id DESC");
} // namespace

ArchiveRepository::ArchiveRepository(QSqlDatabase db)
    : m_table(std::move(db), QStringLiteral("archive_items"),
              {QStringLiteral("id"), QStringLiteral("institution_code"), QStringLiteral("kind"),
               QStringLiteral("direction"), QStringLiteral("sent_at"), QStringLiteral("subject"),
               QStringLiteral("sender"), QStringLiteral("body"), QStringLiteral("body_truncated"),
               QStringLiteral("version")})
{ }

Status ArchiveRepository::upsert(const ArchiveItem &item, QStringList *droppedFiles)
{
    return upsert(item, item.toJson(), droppedFiles);
}

Status ArchiveRepository::upsert(const ArchiveItem &item, QJsonObject data, QStringList *droppedFiles)
{
    // The body lives in its column (indexed by FTS5), not a second time inside `data`.
    data.remove(body);
    bool inserted = false;
    if (Status s = m_table.upsert({item.id, item.institutionCode, toString(item.kind),
                                   toString(item.direction), toStoredTime(item.sentAt), item.subject,
                                   item.sender, item.body, item.bodyTruncated ? 1 : 0, item.version},
                                  data, &inserted);
        !s)
        return s;
    // A new row has no kept body and no attachment rows (both reference it, foreign
    // keys on): the DELETEs would find nothing. A full sync inserts 100,000 rows.
    if (inserted)
        return storeAttachments(item, true, droppedFiles);
    // The feed sends an item again only when it changed: a kept whole body is stale then.
    Result<QSqlQuery *> stale
        = prepared(m_dropBody, QStringLiteral("DELETE FROM archive_bodies WHERE item_id = ?"));
    if (!stale)
        return stale.error();
    stale.value()->bindValue(0, item.id);
    if (!stale.value()->exec())
        return sqlError(QStringLiteral("cache-write-failed"), stale.value()->lastError(),
                        QStringLiteral("bodies"));
    return storeAttachments(item, false, droppedFiles);
}

Result<QSqlQuery *> ArchiveRepository::prepared(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        QSqlQuery query(m_table.database());
        if (!query.prepare(sql))
            return sqlError(QStringLiteral("cache-write-failed"), query.lastError(),
                            QStringLiteral("archive"));
        slot = std::move(query);
    }
    return &*slot;
}

Status ArchiveRepository::storeAttachments(const ArchiveItem &item, bool newItem, QStringList *droppedFiles)
{
    auto failed = [](const QSqlQuery &query) {
        return sqlError(QStringLiteral("cache-write-failed"), query.lastError(),
                        QStringLiteral("attachments"));
    };
    if (!newItem && droppedFiles) {
        // Stored copies that no longer match the listed attachment (gone, or another name or size) are
        // forgotten below; their files go once the page is committed.
        Result<QSqlQuery *> stored
            = prepared(m_storedCopies,
                       QStringLiteral("SELECT idx, file_name, size, stored_path FROM archive_attachments "
                                      "WHERE item_id = ? AND stored_path IS NOT NULL"));
        if (!stored)
            return stored.error();
        QSqlQuery &query = *stored.value();
        query.bindValue(0, item.id);
        if (!query.exec())
            return sqlError(QStringLiteral("cache-read-failed"), query.lastError(),
                            QStringLiteral("attachments"));
        while (query.next()) {
            const int index = query.value(0).toInt();
            const auto listed
                = std::find_if(item.attachments.begin(), item.attachments.end(),
                               [index](const ArchiveAttachment &a) { return a.index == index; });
            if (listed == item.attachments.end() || listed->fileName != query.value(1).toString()
                || listed->size != query.value(2).toLongLong())
                droppedFiles->append(query.value(3).toString());
        }
        query.finish();
    }
    if (!newItem) {
        // Attachments no longer listed go (with what was known of their stored copy).
        Result<QSqlQuery *> drop = item.attachments.isEmpty()
            ? prepared(m_dropAllAttachments,
                       QStringLiteral("DELETE FROM archive_attachments WHERE item_id = ?"))
            : prepared(m_dropOtherAttachments,
                       QStringLiteral("DELETE FROM archive_attachments WHERE item_id = ? AND "
                                      "idx NOT IN (SELECT value FROM json_each(?))"));
        if (!drop)
            return drop.error();
        drop.value()->bindValue(0, item.id);
        if (!item.attachments.isEmpty()) {
            QJsonArray kept;
            for (const ArchiveAttachment &attachment : item.attachments)
                kept.append(attachment.index);
            drop.value()->bindValue(1, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
        }
        if (!drop.value()->exec())
            return failed(*drop.value());
    }
    if (item.attachments.isEmpty())
        return success();
    // A changed file (other name, type or size) forgets its stored copy.
    Result<QSqlQuery *> upsert = prepared(
        m_upsertAttachment,
        QStringLiteral(
            "INSERT INTO archive_attachments (item_id, idx, file_name, media_type, size) VALUES (?, ?, ?, ?, "
            "?) "
            "ON CONFLICT(item_id, idx) DO UPDATE SET file_name = excluded.file_name, media_type = "
            "excluded.media_type, "
            "size = excluded.size, etag = CASE WHEN size = excluded.size AND file_name = excluded.file_name "
            "THEN etag END, "
            "stored_path = CASE WHEN size = excluded.size AND file_name = excluded.file_name THEN "
            "stored_path "
            "END"));
    if (!upsert)
        return upsert.error();
    QSqlQuery &query = *upsert.value();
    for (const ArchiveAttachment &attachment : item.attachments) {
        query.bindValue(0, item.id);
        query.bindValue(1, attachment.index);
        query.bindValue(2, attachment.fileName);
        query.bindValue(3, attachment.mediaType);
        query.bindValue(4, attachment.size);
        if (!query.exec())
            return failed(query);
    }
    return success();
}

Status ArchiveRepository::remove(const QString &id)
{
    return m_table.remove(id);
}

Result<QStringList> ArchiveRepository::storedFiles(const QString &id) const
{
    QSqlQuery query(m_table.database());
    query.prepare(QStringLiteral(
        "SELECT stored_path FROM archive_attachments WHERE item_id = ? AND stored_path IS NOT NULL"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(QStringLiteral("cache-read-failed"), query.lastError(),
                        QStringLiteral("attachments"));
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

Result<QList<ArchiveItem>> ArchiveRepository::decode(const Result<QList<EntityTable::Row>> &rows) const
{
    if (!rows)
        return rows.error();
    QList<ArchiveItem> out;
    out.reserve(rows.value().size());
    for (const EntityTable::Row &row : rows.value()) {
        QJsonObject data = row.data;
        data.insert(body, row.extra.value(0).toString());
        Result<ArchiveItem> item = ArchiveItem::fromJson(data, m_table.table());
        if (!item)
            return Error {QStringLiteral("cache-row-invalid"), item.error().message, item.error().field};
        out.append(std::move(item).value());
    }
    return out;
}

Result<std::optional<ArchiveItem>> ArchiveRepository::find(const QString &id) const
{
    Result<QList<ArchiveItem>> items = decode(m_table.select(QStringLiteral("id = ?"), {id}, {}, -1, {body}));
    if (!items)
        return items.error();
    if (items.value().isEmpty())
        return std::optional<ArchiveItem>();
    return std::optional<ArchiveItem>(items.value().first());
}

Result<qint64> ArchiveRepository::count(const QString &institutionCode) const
{
    return m_table.count(QStringLiteral("institution_code = ?"), {institutionCode});
}

Result<QList<ArchiveItem>> ArchiveRepository::page(const QString &institutionCode,
                                                   const std::optional<ArchiveKey> &after, int limit) const
{
    if (!after)
        return decode(
            m_table.select(QStringLiteral("institution_code = ?"), {institutionCode}, order, limit, {body}));
    return decode(m_table.select(QStringLiteral("institution_code = ? AND (sent_at, id) < (?, ?)"),
                                 {institutionCode, toStoredTime(after->sentAt), after->id}, order, limit,
                                 {body}));
}

Result<QList<ArchiveItem>> ArchiveRepository::pageBefore(const QString &institutionCode,
                                                         const ArchiveKey &before, int limit) const
{
    Result<QList<ArchiveItem>> items
        = decode(m_table.select(QStringLiteral("institution_code = ? AND (sent_at, id) > (?, ?)"),
                                {institutionCode, toStoredTime(before.sentAt), before.id},
                                QStringLiteral("sent_at ASC, id ASC"), limit, {body}));
    if (items)
        std::reverse(items.value().begin(), items.value().end());
    return items;
}

Result<QList<ArchiveItem>> ArchiveRepository::lastPage(const QString &institutionCode, int limit) const
{
    Result<QList<ArchiveItem>> items
        = decode(m_table.select(QStringLiteral("institution_code = ?"), {institutionCode},
                                QStringLiteral("sent_at ASC, id ASC"), limit, {body}));
    if (items)
        std::reverse(items.value().begin(), items.value().end());
    return items;
}

std::pair<QString, QVariantList> ArchiveRepository::whereFor(const ArchiveFilter &filter) const
{
    QStringList clauses {QStringLiteral("institution_code = ?")};
    QVariantList binds {filter.institutionCode};
    if (!filter.kind.isEmpty()) {
        clauses << QStringLiteral("kind = ?");
        binds << filter.kind;
    }
    if (!filter.direction.isEmpty()) {
        clauses << QStringLiteral("direction = ?");
        binds << filter.direction;
    }
    if (filter.since.isValid()) {
        clauses << QStringLiteral("sent_at >= ?");
        binds << toStoredTime(filter.since);
    }
    if (filter.until.isValid()) {
        clauses << QStringLiteral("sent_at < ?");
        binds << toStoredTime(filter.until);
    }
    const QString match = matchExpression(filter.text);
    if (!match.isEmpty()) {
        clauses << QStringLiteral("rowid IN (SELECT rowid FROM archive_fts WHERE archive_fts MATCH ?)");
        binds << match;
    }
    return {clauses.join(QStringLiteral(" AND ")), binds};
}

Result<qint64> ArchiveRepository::count(const ArchiveFilter &filter) const
{
    const auto [where, binds] = whereFor(filter);
    return m_table.count(where, binds);
}

Result<QList<ArchiveItem>> ArchiveRepository::window(const ArchiveFilter &filter, int offset, int limit) const
{
    const auto [where, binds] = whereFor(filter);
    QSqlQuery query(m_table.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT data FROM archive_items WHERE ") + where
                  + QStringLiteral(" ORDER BY sent_at DESC, id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &b : binds)
        query.addBindValue(b);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return Error {QStringLiteral("cache-read-failed"), query.lastError().text(), {}};
    QList<EntityTable::Row> rows;
    while (query.next())
        rows.append({QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), {QString()}});
    return decode(rows);
}

Result<qint64> ArchiveRepository::rowOf(const ArchiveFilter &filter, const QString &id) const
{
    const auto [where, binds] = whereFor(filter);
    QSqlQuery query(m_table.database());
    query.prepare(QStringLiteral("SELECT sent_at FROM archive_items WHERE id = ? AND ") + where);
    query.addBindValue(id);
    for (const QVariant &b : binds)
        query.addBindValue(b);
    if (!query.exec())
        return Error {QStringLiteral("cache-read-failed"), query.lastError().text(), {}};
    if (!query.next())
        return qint64(-1);
    const QString sentAt = query.value(0).toString();
    QVariantList newer = binds;
    newer << sentAt << sentAt << id;
    return m_table.count(where + QStringLiteral(" AND (sent_at > ? OR (sent_at = ? AND id > ?))"), newer);
}

QString ArchiveRepository::matchExpression(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        word.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + word + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

Result<QList<ArchiveItem>> ArchiveRepository::search(const QString &institutionCode, const QString &text,
                                                     int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return Error {QStringLiteral("empty-search"), QStringLiteral("nothing to search for"), {}};
    return decode(m_table.select(
        QStringLiteral(
            "institution_code = ? AND rowid IN (SELECT rowid FROM archive_fts WHERE archive_fts MATCH ?)"),
        {institutionCode, match}, order, limit, {body}));
}

} // namespace hpo
