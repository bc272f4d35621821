// Cached news: general items and those of each institution, with read state.
#pragma once

#include "models/domain/newsitem.h"
#include "services/cache/entitytable.h"

namespace hpo {

class NewsRepository final
{
public:
    explicit NewsRepository(QSqlDatabase db);

    Status upsert(const NewsItem &item);
    Status remove(const QString &id);
    // General news plus the institution's own, newest first.
    Result<QList<NewsItem>> forInstitution(const QString &institutionCode) const;
    Result<qint64> unreadCount(const QString &institutionCode) const;

private:
    EntityTable m_table;
};

} // namespace hpo
