#include "services/cache/gtbrepository.h"

namespace hpo {

GtbRepository::GtbRepository(QSqlDatabase db)
    : m_table(
        std::move(db), QStringLiteral("gtb"),
        {QStringLiteral("institution_code"), QStringLiteral("updated_until"), QStringLiteral("version")})
{ }

Status GtbRepository::upsert(const GtbOverview &overview)
{
    return m_table.upsert(
        {overview.institutionCode, overview.updatedUntil.toString(Qt::ISODate), overview.version},
        overview.toJson());
}

Status GtbRepository::remove(const QString &institutionCode)
{
    return m_table.remove(institutionCode);
}

Result<std::optional<GtbOverview>> GtbRepository::find(const QString &institutionCode) const
{
    return decodeOne<GtbOverview>(m_table.select(QStringLiteral("institution_code = ?"), {institutionCode}),
                                  m_table.table());
}

} // namespace hpo
