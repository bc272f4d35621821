// The person's linked accounts as last seen from GET /api/v1/me, kept in the
// cache (table `accounts`, schema v2) so they can be listed offline.
#pragma once

#include "models/domain/result.h"
#include "services/accounts/accountservice.h"

#include <QSqlDatabase>

namespace hpo {

class AccountRepository final
{
public:
    explicit AccountRepository(QSqlDatabase db);

    // Replaces the stored list (in the server's order); `activeCode` is marked active when listed.
    Status replaceAll(const QList<LinkedAccount> &accounts, const QString &activeCode);
    Result<QList<LinkedAccount>> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace hpo
