#include "services/cache/institutionrepository.h"

namespace hpo {

InstitutionRepository::InstitutionRepository(QSqlDatabase db)
    : m_table(std::move(db), QStringLiteral("institutions"),
              {QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("name"),
               QStringLiteral("board_code"), QStringLiteral("version")})
{ }

Status InstitutionRepository::upsert(const Institution &institution)
{
    return m_table.upsert({institution.code, toString(institution.kind), institution.name,
                           institution.boardCode.isEmpty() ? QVariant() : QVariant(institution.boardCode),
                           institution.version},
                          institution.toJson());
}

Status InstitutionRepository::remove(const QString &code)
{
    return m_table.remove(code);
}

Result<std::optional<Institution>> InstitutionRepository::find(const QString &code) const
{
    return decodeOne<Institution>(m_table.select(QStringLiteral("code = ?"), {code}), m_table.table());
}

Result<QList<Institution>> InstitutionRepository::all() const
{
    return decodeRows<Institution>(m_table.select({}, {}, QStringLiteral("name, code")), m_table.table());
}

Result<QList<Institution>> InstitutionRepository::schoolsOfBoard(const QString &boardCode) const
{
    return decodeRows<Institution>(m_table.select(QStringLiteral("board_code = ? AND kind = 'school'"),
                                                  {boardCode}, QStringLiteral("name, code")),
                                   m_table.table());
}

} // namespace hpo
