#include "models/displaytext.h"

#include <QLocale>

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

QString DisplayText::channel(ContactMoment::Channel channel)
{
    switch (channel) {
    case ContactMoment::Channel::Phone:
        return tr("Phone");
    case ContactMoment::Channel::Email:
        return tr("E-mail");
    case ContactMoment::Channel::Chat:
        return tr("Chat");
    case ContactMoment::Channel::Letter:
        return tr("Letter");
    case ContactMoment::Channel::WebForm:
        return tr("Web form");
    }
    return {};
}

QString DisplayText::status(ContactMoment::Status status)
{
    switch (status) {
    case ContactMoment::Status::Open:
        return tr("Open");
    case ContactMoment::Status::InProgress:
        return tr("In progress");
    case ContactMoment::Status::Closed:
        return tr("Closed");
    }
    return {};
}

QString DisplayText::date(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString DisplayText::dateTime(const QDateTime &dateTime)
{
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

} // namespace hpo
