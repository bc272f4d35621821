// Cached evaluations per institution, newest first.
#pragma once

#include "models/domain/evaluation.h"
#include "services/cache/entitytable.h"

namespace hpo {

class EvaluationRepository final
{
public:
    explicit EvaluationRepository(QSqlDatabase db);

    Status upsert(const Evaluation &evaluation);
    Status remove(const QString &id);
    Result<std::optional<Evaluation>> find(const QString &id) const;
    Result<QList<Evaluation>> forInstitution(const QString &institutionCode) const;

private:
    EntityTable m_table;
};

} // namespace hpo
