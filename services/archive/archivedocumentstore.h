// The archive's on-demand copies in the cache: whole bodies of items whose feed
// body was cut (archive_bodies) and the stored attachment files
// (archive_attachments.stored_path, relative to the profile), with their sizes
// and last use, for the size budget's least-recently-used eviction.
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hpo {

class ArchiveDocumentStore final
{
public:
    explicit ArchiveDocumentStore(QSqlDatabase db);

    // The whole body kept for the item, if any.
    Result<std::optional<QString>> body(const QString &itemId) const;
    Status saveBody(const QString &itemId, const QString &body, const QByteArray &etag, const QDateTime &now);
    Status touchBody(const QString &itemId, const QDateTime &now);

    // The stored copy of attachment `index` (relative path), if one is recorded.
    Result<std::optional<QString>> storedPath(const QString &itemId, int index) const;
    // Error "archive-not-cached" when the attachment's row is gone (e.g. purged meanwhile).
    Status recordAttachment(const QString &itemId, int index, const QString &storedPath, qint64 size,
                            const QByteArray &etag, const QDateTime &now);
    Status touchAttachment(const QString &itemId, int index, const QDateTime &now);
    Status forgetAttachment(const QString &itemId, int index);

    // One kept copy, as the budget counts it.
    struct Entry
    {
        enum class Kind { Body, Attachment };
        Kind kind = Kind::Body;
        QString itemId;
        int index = -1; // attachments only
        qint64 size = 0;
        QString storedPath; // attachments only, relative to the profile
    };
    // Every kept copy, least recently used first.
    Result<QList<Entry>> leastRecentlyUsedFirst() const;
    Result<qint64> totalSize() const;
    // Drops the row (a body) or the record of the stored file (an attachment); the caller deletes the file.
    Status forget(const Entry &entry);

private:
    QSqlDatabase m_db;
};

} // namespace hpo
