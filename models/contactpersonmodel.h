#pragma once

#include "models/domain/contactperson.h"
#include "models/valuetablemodel.h"

namespace hpo {

// The contact persons of one institution: name, function, e-mail, phone, roles.
class ContactPersonModel final : public ValueTableModel<ContactPerson>
{
    Q_OBJECT

public:
    enum Column { NameColumn, FunctionColumn, EmailColumn, PhoneColumn, RolesColumn };

    explicit ContactPersonModel(QObject *parent = nullptr);

    // The Gemachtigde's display name, or empty when there is none.
    QString gemachtigdeName() const;
};

} // namespace hpo
