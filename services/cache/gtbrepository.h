// The cached GTB overview of each institution.
#pragma once

#include "models/domain/gtboverview.h"
#include "services/cache/entitytable.h"

namespace hpo {

class GtbRepository final
{
public:
    explicit GtbRepository(QSqlDatabase db);

    Status upsert(const GtbOverview &overview);
    Status remove(const QString &institutionCode);
    Result<std::optional<GtbOverview>> find(const QString &institutionCode) const;

private:
    EntityTable m_table;
};

} // namespace hpo
