#include "services/cache/branchrepository.h"

namespace hpo {

BranchRepository::BranchRepository(QSqlDatabase db)
    : m_table(std::move(db), QStringLiteral("branches"),
              {QStringLiteral("code"), QStringLiteral("institution_code"), QStringLiteral("name"),
               QStringLiteral("version")})
{ }

Status BranchRepository::upsert(const Branch &branch)
{
    return m_table.upsert({branch.code, branch.institutionCode, branch.name, branch.version},
                          branch.toJson());
}

Status BranchRepository::remove(const QString &code)
{
    return m_table.remove(code);
}

Result<QList<Branch>> BranchRepository::forInstitution(const QString &institutionCode) const
{
    return decodeRows<Branch>(
        m_table.select(QStringLiteral("institution_code = ?"), {institutionCode}, QStringLiteral("code")),
        m_table.table());
}

} // namespace hpo
