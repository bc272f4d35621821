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

QString DisplayText::longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString DisplayText::longDateTime(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    const QLocale locale;
    return longDate(local.date()) + u' ' + locale.toString(local.time(), QLocale::ShortFormat);
}

QString DisplayText::archiveKind(ArchiveItem::Kind kind)
{
    switch (kind) {
    case ArchiveItem::Kind::Document:
        return tr("Document");
    case ArchiveItem::Kind::Email:
        return tr("E-mail");
    }
    return {};
}

QString DisplayText::archiveSubject(const QString &subject)
{
    return subject.isEmpty() ? tr("(no subject)") : subject;
}

QString DisplayText::archiveDirection(ArchiveItem::Direction direction)
{
    switch (direction) {
    case ArchiveItem::Direction::ToDuo:
        return tr("To DUO");
    case ArchiveItem::Direction::FromDuo:
        return tr("From DUO");
    }
    return {};
}

QString DisplayText::gtbField(GtbField field)
{
    switch (field) {
    case GtbField::Under8:
        return tr("Under 8");
    case GtbField::EightAndOver:
        return tr("8 and over");
    case GtbField::Weight000:
        return tr("Weight 0.00");
    case GtbField::Weight030:
        return tr("Weight 0.30");
    case GtbField::Weight120:
        return tr("Weight 1.20");
    case GtbField::Newcomers:
        return tr("Newcomers");
    case GtbField::Total:
        return tr("Total");
    }
    return {};
}

QString DisplayText::gtbFieldDescription(GtbField field)
{
    switch (field) {
    case GtbField::Under8:
        return tr("Pupils younger than 8 on the peildatum");
    case GtbField::EightAndOver:
        return tr("Pupils aged 8 or older on the peildatum");
    case GtbField::Weight000:
    case GtbField::Weight030:
    case GtbField::Weight120:
        return tr("Pupils with this pupil weight (gewicht)");
    case GtbField::Newcomers:
        return tr("Newly arrived non-Dutch-speaking pupils (NOAT)");
    case GtbField::Total:
        return tr("All pupils counted on the peildatum");
    }
    return {};
}

QString DisplayText::branchCodeTitle()
{
    return tr("Vestigingscode");
}

QString DisplayText::branchTitle()
{
    return tr("Vestiging");
}

QString DisplayText::peildatumTitle()
{
    return tr("Peildatum");
}

QString DisplayText::updatedUntil(const QDate &date)
{
    return tr("Updated until %1").arg(longDate(date));
}

QString DisplayText::gtbFunding(GtbFunding funding)
{
    switch (funding) {
    case GtbFunding::Combined:
        return tr("Funded and unfunded");
    case GtbFunding::Funded:
        return tr("Funded");
    case GtbFunding::Unfunded:
        return tr("Unfunded");
    }
    return {};
}

} // namespace hpo
