#include "ui/controllers/cachearchivesource.h"

#include "models/domain/jsoncodec.h"
#include "services/cache/archiverepository.h"

#include <QTimeZone>

namespace hpo {

CacheArchiveSource::CacheArchiveSource(QSqlDatabase db) : m_db(std::move(db))
{ }

ArchiveFilter CacheArchiveSource::filterFor(const ArchiveQuery &query)
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    ArchiveFilter filter;
    filter.institutionCode = query.institutionCode;
    if (query.kind)
        filter.kind = enumName(archiveKindNames, *query.kind);
    if (query.direction)
        filter.direction = enumName(archiveDirectionNames, *query.direction);
    if (query.from.isValid())
        filter.since = QDateTime(query.from, QTime(0, 0), amsterdam);
    if (query.to.isValid())
        filter.until = QDateTime(query.to.addDays(1), QTime(0, 0), amsterdam);
    filter.text = query.text.trimmed();
    return filter;
}

int CacheArchiveSource::count(const ArchiveQuery &query)
{
    const Result<qint64> n = ArchiveRepository(m_db).count(filterFor(query));
    return n ? int(n.value()) : 0;
}

QList<ArchiveItem> CacheArchiveSource::fetch(const ArchiveQuery &query, int offset, int limit)
{
    Result<QList<ArchiveItem>> items = ArchiveRepository(m_db).window(filterFor(query), offset, limit);
    return items ? std::move(items).value() : QList<ArchiveItem>();
}

int CacheArchiveSource::rowOf(const ArchiveQuery &query, const QString &id)
{
    const Result<qint64> row = ArchiveRepository(m_db).rowOf(filterFor(query), id);
    return row ? int(row.value()) : -1;
}

void CacheArchiveSource::load(const QString &id, QObject *context, Callback done)
{
    Q_UNUSED(context)
    const Result<std::optional<ArchiveItem>> item = ArchiveRepository(m_db).find(id);
    if (!item) {
        done(item.error());
        return;
    }
    if (!item.value()) {
        done(Error {QStringLiteral("archive-item-missing"),
                    QStringLiteral("this item is no longer in the archive"),
                    {}});
        return;
    }
    done(*item.value());
}

} // namespace hpo
