#include "services/cache/institutionrepository.h"

#include "models/domain/contactperson.h"
#include "services/cache/sqlerror.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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

Result<QList<SchoolOverview>> InstitutionRepository::schoolOverviews(const QString &boardCode) const
{
    // Per school: its first Gemachtigde in the contact list's order (sort name, id)
    // and its unread news (general news counts for every school), as correlated
    // subqueries over the contacts and news indexes.
    QSqlQuery query(m_table.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT i.data,"
            " (SELECT c.data FROM contacts c WHERE c.institution_code = i.code"
            "   AND EXISTS (SELECT 1 FROM json_each(c.data, '$.roles') r WHERE r.value = 'gemachtigde')"
            "   ORDER BY c.sort_name, c.id LIMIT 1),"
            " (SELECT count(*) FROM news n WHERE n.read = 0"
            "   AND (n.institution_code IS NULL OR n.institution_code = i.code))"
            " FROM institutions i WHERE i.board_code = ? AND i.kind = 'school' ORDER BY i.name, i.code")))
        return sqlError(QStringLiteral("cache-read-failed"), query.lastError(), m_table.table());
    query.addBindValue(boardCode);
    if (!query.exec())
        return sqlError(QStringLiteral("cache-read-failed"), query.lastError(), m_table.table());
    QList<SchoolOverview> out;
    while (query.next()) {
        Result<Institution> school = Institution::fromJson(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), m_table.table());
        if (!school)
            return Error {QStringLiteral("cache-row-invalid"), school.error().message, school.error().field};
        SchoolOverview row {std::move(school).value(), {}, query.value(2).toLongLong()};
        if (const QVariant contact = query.value(1); !contact.isNull()) {
            Result<ContactPerson> person = ContactPerson::fromJson(
                QJsonDocument::fromJson(contact.toString().toUtf8()).object(), QStringLiteral("contacts"));
            if (!person)
                return Error {QStringLiteral("cache-row-invalid"), person.error().message,
                              person.error().field};
            row.gemachtigde = person.value().displayName();
        }
        out.append(std::move(row));
    }
    return out;
}

} // namespace hpo
