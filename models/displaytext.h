// The words the views show for domain values (roles, kinds, channels, …),
// translated in one place so every page and export says the same.
#pragma once

#include "models/domain/address.h"
#include "models/domain/archiveitem.h"
#include "models/domain/contactmoment.h"
#include "models/domain/contactperson.h"
#include "models/gtbfield.h"

#include <QCoreApplication>
#include <QString>

namespace hpo {

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(hpo::DisplayText)

public:
    // The role names are the portal's own and stay Dutch in English (docs/glossary.md).
    static QString role(ContactPerson::Role role);
    static QString roles(const QList<ContactPerson::Role> &roles);
    // "Oosterstraat 58, 7822 HG EMMEN" (one line) or with a line break before the postcode.
    static QString address(const Address &address, bool multiLine = false);
    static QString channel(ContactMoment::Channel channel);
    static QString status(ContactMoment::Status status);
    // Dates and times as the lists show them, in the user's locale.
    static QString date(const QDate &date);
    static QString dateTime(const QDateTime &dateTime);

    // "8 December 2021" in the UI language: a date without its weekday.
    static QString longDate(const QDate &date);
    // "8 December 2021 14:05" in local time.
    static QString longDateTime(const QDateTime &dateTime);

    // "Document" / "E-mail"
    static QString archiveKind(ArchiveItem::Kind kind);
    // An archive item's subject, or "(no subject)" for an e-mail without one.
    static QString archiveSubject(const QString &subject);
    // "To DUO" / "From DUO"
    static QString archiveDirection(ArchiveItem::Direction direction);

    // Column titles of a GTB count ("Under 8", "Weight 0.30", …) and what they mean.
    static QString gtbField(GtbField field);
    static QString gtbFieldDescription(GtbField field);
    // Column titles shared by the GTB table and its exports.
    static QString branchCodeTitle(); // "Vestigingscode"
    static QString branchTitle(); // "Vestiging"
    static QString peildatumTitle(); // "Peildatum"
    // "Updated until 8 December 2021" (bijgewerkt tot)
    static QString updatedUntil(const QDate &date);
    // "Funded", "Unfunded", "Funded and unfunded"
    static QString gtbFunding(GtbFunding funding);
};

} // namespace hpo
