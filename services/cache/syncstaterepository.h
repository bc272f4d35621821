// The change-feed cursor of each feed scope (the signed-in identity at a
// server). Written in the same transaction as the page it follows.
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace hpo {

struct SyncState
{
    QString cursor; // empty: no sync yet (the next one is a full snapshot)
    QDateTime lastSyncAt;
    QDateTime lastFullSyncAt;
};

class SyncStateRepository final
{
public:
    explicit SyncStateRepository(QSqlDatabase db);

    Result<SyncState> load(const QString &scope) const;
    // Stores the cursor after a page; `fullSync` also stamps lastFullSyncAt.
    Status saveCursor(const QString &scope, const QString &cursor, const QDateTime &at, bool fullSync);
    // Forgets the cursor (after 410 Gone, or a rebuilt cache): the next sync is a snapshot.
    Status reset(const QString &scope);

private:
    QSqlDatabase m_db;
};

} // namespace hpo
