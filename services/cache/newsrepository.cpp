#include "services/cache/newsrepository.h"

namespace hpo {

NewsRepository::NewsRepository(QSqlDatabase db)
    : m_table(std::move(db), QStringLiteral("news"),
              {QStringLiteral("id"), QStringLiteral("institution_code"), QStringLiteral("published_at"),
               QStringLiteral("read"), QStringLiteral("version")})
{ }

Status NewsRepository::upsert(const NewsItem &item)
{
    return m_table.upsert({item.id, item.isGeneral() ? QVariant() : QVariant(item.institutionCode),
                           toStoredTime(item.publishedAt), item.read ? 1 : 0, item.version},
                          item.toJson());
}

Status NewsRepository::remove(const QString &id)
{
    return m_table.remove(id);
}

Result<QList<NewsItem>> NewsRepository::forInstitution(const QString &institutionCode) const
{
    return decodeRows<NewsItem>(
        m_table.select(QStringLiteral("institution_code IS NULL OR institution_code = ?"), {institutionCode},
                       QStringLiteral("published_at DESC, id DESC")),
        m_table.table());
}

Result<qint64> NewsRepository::unreadCount(const QString &institutionCode) const
{
    return m_table.count(QStringLiteral("read = 0 AND (institution_code IS NULL OR institution_code = ?)"),
                         {institutionCode});
}

} // namespace hpo
