// The cached archive: items with their feed body (full-text indexed with FTS5,
// accents folded), attachment metadata, and windowed reads by (sent date, id),
// newest first, so a view over 100,000 items never loads them all.
#pragma once

#include "models/domain/archiveitem.h"
#include "services/cache/entitytable.h"

namespace hpo {

// A position in the archive's order: (sentAt, id), newest first.
struct ArchiveKey
{
    QDateTime sentAt;
    QString id;

    static ArchiveKey of(const ArchiveItem &item) { return {item.sentAt, item.id}; }
};

// What the archive list shows: one institution, optionally narrowed. Times are
// instants; `until` is exclusive. `text` goes through the full-text index.
struct ArchiveFilter
{
    QString institutionCode;
    QString kind; // "document" / "email"; empty: both
    QString direction; // "to-duo" / "from-duo"; empty: both
    QDateTime since; // invalid: open
    QDateTime until; // invalid: open
    QString text; // empty: no text search
};

class ArchiveRepository final
{
public:
    explicit ArchiveRepository(QSqlDatabase db);

    // Stores the item and its attachment metadata (attachments no longer listed
    // are dropped; fetched bytes of the remaining ones stay known). A kept whole
    // body (archive_bodies) is dropped: the item changed. The stored copies of
    // attachments dropped or changed (other name or size) are forgotten and,
    // with `droppedFiles`, appended there (relative paths) for deletion after the commit.
    Status upsert(const ArchiveItem &item, QStringList *droppedFiles = nullptr);
    // The same, storing `validated` (the JSON `item` was decoded from by
    // ArchiveItem::fromJson, as the change feed delivered it) instead of
    // encoding `item` again: the sync's bulk path.
    Status upsert(const ArchiveItem &item, QJsonObject validated, QStringList *droppedFiles = nullptr);
    Status remove(const QString &id);
    // The item's stored attachment copies (relative to the profile), to delete once its row is gone.
    Result<QStringList> storedFiles(const QString &id) const;
    Result<std::optional<ArchiveItem>> find(const QString &id) const;

    Result<qint64> count(const QString &institutionCode) const;
    // Up to `limit` items older than `after` (or the newest, without `after`).
    Result<QList<ArchiveItem>> page(const QString &institutionCode, const std::optional<ArchiveKey> &after,
                                    int limit) const;
    // Up to `limit` items newer than `before`, returned newest first (scrolling up).
    Result<QList<ArchiveItem>> pageBefore(const QString &institutionCode, const ArchiveKey &before,
                                          int limit) const;
    // The `limit` oldest items, newest first (a jump to the end loads one window).
    Result<QList<ArchiveItem>> lastPage(const QString &institutionCode, int limit) const;

    // The list's window over a filter: newest first, without bodies (the reader
    // loads the item with find()). Each is one indexed query.
    Result<qint64> count(const ArchiveFilter &filter) const;
    Result<QList<ArchiveItem>> window(const ArchiveFilter &filter, int offset, int limit) const;
    // How many matching items are newer than item `id`; -1 when it does not match.
    Result<qint64> rowOf(const ArchiveFilter &filter, const QString &id) const;

    // Full-text search over subject, sender and body: every word of `text` must
    // match (as a prefix), accents and case ignored; newest first.
    // Error: "empty-search".
    Result<QList<ArchiveItem>> search(const QString &institutionCode, const QString &text, int limit) const;
    // The FTS5 MATCH expression for user text: each word quoted, as a prefix.
    static QString matchExpression(const QString &text);

private:
    // WHERE clause and binds for `filter`; an empty clause when the text has no words.
    std::pair<QString, QVariantList> whereFor(const ArchiveFilter &filter) const;
    Result<QList<ArchiveItem>> decode(const Result<QList<EntityTable::Row>> &rows) const;
    // `newItem`: the row was just inserted, so it has no attachment rows yet.
    Status storeAttachments(const ArchiveItem &item, bool newItem, QStringList *droppedFiles);
    Result<QSqlQuery *> prepared(std::optional<QSqlQuery> &slot, const QString &sql);

    EntityTable m_table;
    // The statements next to the row's upsert, prepared on first use (a sync page reuses them).
    std::optional<QSqlQuery> m_dropBody;
    std::optional<QSqlQuery> m_dropAllAttachments;
    std::optional<QSqlQuery> m_dropOtherAttachments; // idx NOT IN (a JSON array of kept indexes)
    std::optional<QSqlQuery> m_upsertAttachment;
    std::optional<QSqlQuery> m_storedCopies;
};

} // namespace hpo
