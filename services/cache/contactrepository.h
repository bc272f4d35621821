// Cached contact persons per institution (ContactPerson does not carry its institution: the feed entry does).
#pragma once

#include "models/domain/contactperson.h"
#include "services/cache/entitytable.h"

namespace hpo {

class ContactRepository final
{
public:
    explicit ContactRepository(QSqlDatabase db);

    Status upsert(const QString &institutionCode, const ContactPerson &person);
    Status remove(const QString &id);
    Result<std::optional<ContactPerson>> find(const QString &id) const;
    Result<QList<ContactPerson>> forInstitution(const QString &institutionCode) const; // by last name

private:
    EntityTable m_table;
};

} // namespace hpo
