#include "services/cache/contactrepository.h"

namespace hpo {

namespace {
// Case and accents folded, so "Ébert" sorts with "Ebert", before "Zwart".
QString sortKey(const ContactPerson &person)
{
    const QString decomposed = QString(person.lastName + u' ' + person.firstName + u' ' + person.initials)
                                   .normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}
} // namespace

ContactRepository::ContactRepository(QSqlDatabase db)
    : m_table(std::move(db), QStringLiteral("contacts"),
              {QStringLiteral("id"), QStringLiteral("institution_code"), QStringLiteral("sort_name"),
               QStringLiteral("version")})
{ }

Status ContactRepository::upsert(const QString &institutionCode, const ContactPerson &person)
{
    return m_table.upsert({person.id, institutionCode, sortKey(person), person.version}, person.toJson());
}

Status ContactRepository::remove(const QString &id)
{
    return m_table.remove(id);
}

Result<std::optional<ContactPerson>> ContactRepository::find(const QString &id) const
{
    return decodeOne<ContactPerson>(m_table.select(QStringLiteral("id = ?"), {id}), m_table.table());
}

Result<QList<ContactPerson>> ContactRepository::forInstitution(const QString &institutionCode) const
{
    return decodeRows<ContactPerson>(m_table.select(QStringLiteral("institution_code = ?"), {institutionCode},
                                                    QStringLiteral("sort_name, id")),
                                     m_table.table());
}

} // namespace hpo
