#include "services/cache/contactmomentrepository.h"

namespace hpo {

ContactMomentRepository::ContactMomentRepository(QSqlDatabase db)
    : m_table(std::move(db), QStringLiteral("contact_moments"),
              {QStringLiteral("id"), QStringLiteral("institution_code"), QStringLiteral("date"),
               QStringLiteral("status"), QStringLiteral("version")})
{ }

Status ContactMomentRepository::upsert(const ContactMoment &moment)
{
    return m_table.upsert({moment.id, moment.institutionCode, toStoredTime(moment.date),
                           toString(moment.status), moment.version},
                          moment.toJson());
}

Status ContactMomentRepository::remove(const QString &id)
{
    return m_table.remove(id);
}

Result<QList<ContactMoment>> ContactMomentRepository::forInstitution(const QString &institutionCode) const
{
    return decodeRows<ContactMoment>(m_table.select(QStringLiteral("institution_code = ?"), {institutionCode},
                                                    QStringLiteral("date DESC, id DESC")),
                                     m_table.table());
}

} // namespace hpo
