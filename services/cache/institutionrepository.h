// Cached institutions: the schools and boards the identity may see.
#pragma once

#include "models/domain/institution.h"
#include "services/cache/entitytable.h"

namespace hpo {

class InstitutionRepository final
{
public:
    explicit InstitutionRepository(QSqlDatabase db);

    Status upsert(const Institution &institution);
    Status remove(const QString &code);
    Result<std::optional<Institution>> find(const QString &code) const;
    Result<QList<Institution>> all() const; // by name
    Result<QList<Institution>> schoolsOfBoard(const QString &boardCode) const; // by name

private:
    EntityTable m_table;
};

} // namespace hpo
