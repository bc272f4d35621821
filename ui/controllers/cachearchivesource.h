// The archive page's rows and reader over the offline cache: the list's
// windows and counts come from indexed queries; an item opens from the cache.
#pragma once

#include "models/archiveitemloader.h"
#include "models/archivesource.h"

#include <QSqlDatabase>

namespace hpo {

struct ArchiveFilter;

class CacheArchiveSource final : public ArchiveSource, public ArchiveItemLoader
{
public:
    explicit CacheArchiveSource(QSqlDatabase db);

    Result<int> count(const ArchiveQuery &query) override;
    Result<QList<ArchiveItem>> fetch(const ArchiveQuery &query, int offset, int limit) override;
    int rowOf(const ArchiveQuery &query, const QString &id) override;
    void load(const QString &id, QObject *context, Callback done) override;

    // The calendar dates of the query as instants in Europe/Amsterdam, `to` inclusive.
    static ArchiveFilter filterFor(const ArchiveQuery &query);

private:
    QSqlDatabase m_db;
};

} // namespace hpo
