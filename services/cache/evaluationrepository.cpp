#include "services/cache/evaluationrepository.h"

namespace hpo {

EvaluationRepository::EvaluationRepository(QSqlDatabase db)
    : m_table(std::move(db), QStringLiteral("evaluations"),
              {QStringLiteral("id"), QStringLiteral("institution_code"), QStringLiteral("date"),
               QStringLiteral("version")})
{ }

Status EvaluationRepository::upsert(const Evaluation &evaluation)
{
    return m_table.upsert({evaluation.id, evaluation.institutionCode, evaluation.date.toString(Qt::ISODate),
                           evaluation.version},
                          evaluation.toJson());
}

Status EvaluationRepository::remove(const QString &id)
{
    return m_table.remove(id);
}

Result<std::optional<Evaluation>> EvaluationRepository::find(const QString &id) const
{
    return decodeOne<Evaluation>(m_table.select(QStringLiteral("id = ?"), {id}), m_table.table());
}

Result<QList<Evaluation>> EvaluationRepository::forInstitution(const QString &institutionCode) const
{
    return decodeRows<Evaluation>(m_table.select(QStringLiteral("institution_code = ?"), {institutionCode},
                                                 QStringLiteral("date DESC, id DESC")),
                                  m_table.table());
}

} // namespace hpo
