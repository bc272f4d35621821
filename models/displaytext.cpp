#include "models/displaytext.h"

namespace hpo {

QString DisplayText::role(ContactPerson::Role role)
{
    switch (role) {
    case ContactPerson::Role::Gemachtigde:
        return tr("Gemachtigde");
    case ContactPerson::Role::OverigeContactpersoon:
        return tr("Overige contactpersoon");
    case ContactPerson::Role::DoorontwikkelenBron:
        return tr("Doorontwikkelen BRON");
    case ContactPerson::Role::Rio:
        return tr("RIO");
    }
    return {};
}

QString DisplayText::roles(const QList<ContactPerson::Role> &roles)
{
    QStringList names;
    for (const ContactPerson::Role r : roles)
        names << role(r);
    return names.join(QStringLiteral(", "));
}

QString DisplayText::address(const Address &address, bool multiLine)
{
    const QString street = QStringList {address.street, address.houseNumber}.join(u' ').trimmed();
    const QString town = QStringList {address.postcode, address.town}.join(u' ').trimmed();
    QStringList parts;
    if (!street.isEmpty())
        parts << street;
    if (!town.isEmpty())
        parts << town;
    return parts.join(multiLine ? QStringLiteral("\n") : QStringLiteral(", "));
}

} // namespace hpo
