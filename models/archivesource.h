// What the archive list reads through: the services implement it over the
// SQLite cache (FTS5 for `text`), tests over an in-memory list. The model asks
// for one window of rows at a time and never for all of them.
#pragma once

#include "models/domain/archiveitem.h"
#include "models/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hpo {

struct ArchiveQuery
{
    QString institutionCode; // the institution whose archive is shown
    std::optional<ArchiveItem::Kind> kind; // nullopt: documents and e-mails
    std::optional<ArchiveItem::Direction> direction; // nullopt: both directions
    // Calendar dates in Europe/Amsterdam, both inclusive; an invalid date leaves that end open.
    QDate from;
    QDate to;
    // What the user typed, untrimmed; the source decides how to match it (full-text index).
    QString text;

    friend bool operator==(const ArchiveQuery &, const ArchiveQuery &) = default;
};

class ArchiveSource
{
public:
    virtual ~ArchiveSource() = default;

    // How many items match; called on every query change and refresh, so it must be cheap.
    // An error (e.g. the cache cannot be read) is shown to the user, not taken for "no items".
    virtual Result<int> count(const ArchiveQuery &query) = 0;
    // Items [offset, offset + limit) of the matching items, newest first by (sentAt, id)
    // descending. Items come without body (attachment metadata may be present);
    // the reader asks an ArchiveItemLoader for the full item.
    virtual Result<QList<ArchiveItem>> fetch(const ArchiveQuery &query, int offset, int limit) = 0;
    // The row of item `id` among the matching items (the number of matching items newer
    // than it), or -1 when it does not match. Lets the list keep the open item selected
    // across a refresh or a new filter; -1 (the default) just loses that selection.
    virtual int rowOf(const ArchiveQuery &query, const QString &id)
    {
        Q_UNUSED(query)
        Q_UNUSED(id)
        return -1;
    }
};

} // namespace hpo
