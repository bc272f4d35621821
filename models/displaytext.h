// The words the views show for domain values (roles, kinds, channels, …),
// translated in one place so every page and export says the same.
#pragma once

#include "models/domain/address.h"
#include "models/domain/contactmoment.h"
#include "models/domain/contactperson.h"

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
};

} // namespace hpo
