#include "services/cache/cacheetagstore.h"

#include "models/domain/clock.h"
#include "services/cache/entitytable.h"
#include "services/common/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hpo {

CacheEtagStore::CacheEtagStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock)
{ }

QByteArray CacheEtagStore::etag(const QString &url) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT etag FROM http_etags WHERE url = ?"));
    query.addBindValue(url);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString().toLatin1();
}

void CacheEtagStore::store(const QString &url, const QByteArray &etag)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO http_etags (url, etag, stored_at) VALUES (?, ?, ?) "
        "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, stored_at = excluded.stored_at"));
    query.addBindValue(url);
    query.addBindValue(QString::fromLatin1(etag));
    query.addBindValue(toStoredTime(m_clock.now()));
    if (!query.exec())
        qCWarning(lcCache) << "could not store an ETag:" << query.lastError().text();
}

void CacheEtagStore::forget(const QString &url)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM http_etags WHERE url = ?"));
    query.addBindValue(url);
    if (!query.exec())
        qCWarning(lcCache) << "could not forget an ETag:" << query.lastError().text();
}

} // namespace hpo
