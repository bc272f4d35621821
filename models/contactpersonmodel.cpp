#include "models/contactpersonmodel.h"

#include "models/displaytext.h"

namespace hpo {

namespace {
QString personId(const ContactPerson &p)
{
    return p.id;
}

ValueTableModel<ContactPerson>::Column column(std::function<QString()> header,
                                              std::function<QString(const ContactPerson &)> text)
{
    return ValueTableModel<ContactPerson>::textColumn(std::move(header), std::move(text), personId);
}
} // namespace

ContactPersonModel::ContactPersonModel(QObject *parent)
    : ValueTableModel<ContactPerson>(
        {
            column([] { return tr("Name"); }, &ContactPerson::displayName),
            column([] { return tr("Function"); }, [](const ContactPerson &p) { return p.function; }),
            column([] { return tr("E-mail"); }, [](const ContactPerson &p) { return p.email; }),
            column([] { return tr("Phone"); }, [](const ContactPerson &p) { return p.phone; }),
            column([] { return tr("Roles"); },
                   [](const ContactPerson &p) { return DisplayText::roles(p.roles); }),
        },
        parent)
{ }

QString ContactPersonModel::gemachtigdeName() const
{
    for (const ContactPerson &p : values()) {
        if (p.hasRole(ContactPerson::Role::Gemachtigde))
            return p.displayName();
    }
    return {};
}

} // namespace hpo
