#include "ui/controllers/cachearchivesource.h"

#include "models/domain/jsoncodec.h"
#include "services/cache/archiverepository.h"
#include "services/common/logging.h"

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

namespace {
template<typename T> Result<T> logged(Result<T> result)
{
    if (!result)
        qCWarning(lcCache) << "archive read failed:" << result.error().code << result.error().message;
    return result;
}
} // namespace

Result<int> CacheArchiveSource::count(const ArchiveQuery &query)
{
    Result<qint64> n = logged(ArchiveRepository(m_db).count(filterFor(query)));
    if (!n)
        return n.error();
    return int(n.value());
}

Result<QList<ArchiveItem>> CacheArchiveSource::fetch(const ArchiveQuery &query, int offset, int limit)
{
    return logged(ArchiveRepository(m_db).window(filterFor(query), offset, limit));
}

int CacheArchiveSource::rowOf(const ArchiveQuery &query, const QString &id)
{
    // Only keeps a selection across a refresh: a failure just loses it (logged).
    const Result<qint64> row = logged(ArchiveRepository(m_db).rowOf(filterFor(query), id));
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
