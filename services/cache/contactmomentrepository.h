// Cached contact moments per institution, newest first.
#pragma once

#include "models/domain/contactmoment.h"
#include "services/cache/entitytable.h"

namespace hpo {

class ContactMomentRepository final
{
public:
    explicit ContactMomentRepository(QSqlDatabase db);

    Status upsert(const ContactMoment &moment);
    Status remove(const QString &id);
    Result<QList<ContactMoment>> forInstitution(const QString &institutionCode) const;

private:
    EntityTable m_table;
};

} // namespace hpo
