// Cached branches (vestigingen) of the institutions.
#pragma once

#include "models/domain/branch.h"
#include "services/cache/entitytable.h"

namespace hpo {

class BranchRepository final
{
public:
    explicit BranchRepository(QSqlDatabase db);

    Status upsert(const Branch &branch);
    Status remove(const QString &code);
    Result<QList<Branch>> forInstitution(const QString &institutionCode) const; // by code

private:
    EntityTable m_table;
};

} // namespace hpo
