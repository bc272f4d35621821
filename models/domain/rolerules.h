// The contact-role rules of schools and boards, as one pure function shared by
// the client (to refuse early, with the same words) and the server (to enforce).
//
// School: every contact person has exactly one role, Gemachtigde or Overige
// contactpersoon, and the school has exactly one Gemachtigde. Removing or
// demoting it is refused ("gemachtigde-required"); giving Gemachtigde to
// another person (Add, Update or SetRoles) moves it: the previous Gemachtigde
// becomes Overige contactpersoon in the same change.
// Board: every contact person has any subset of {Gemachtigde, Doorontwikkelen
// BRON, RIO}, empty allowed, and the board has at most one Gemachtigde. Giving
// Gemachtigde to a second person is refused ("gemachtigde-taken"), not moved:
// unlike a school, a board can first take the role away (zero is allowed) and
// then give it, so nobody loses it as a side effect.
//
// Error codes: "unknown-contact", "duplicate-contact", "missing-id",
// "duplicate-role", "role-not-allowed", "exactly-one-role",
// "gemachtigde-required", "gemachtigde-taken", "multiple-gemachtigden".
// Version bookkeeping is the caller's job: persons are taken as given.
#pragma once

#include "models/domain/contactperson.h"
#include "models/domain/institutioncode.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <type_traits>
#include <variant>

namespace hpo {

struct ContactChange
{
    struct Add
    {
        ContactPerson person; // id must be new and non-empty
        friend bool operator==(const Add &, const Add &) = default;
    };
    struct Update
    {
        ContactPerson person; // replaces the person with the same id, roles included
        friend bool operator==(const Update &, const Update &) = default;
    };
    struct Remove
    {
        QString id;
        friend bool operator==(const Remove &, const Remove &) = default;
    };
    struct SetRoles
    {
        QString id;
        QList<ContactPerson::Role> roles;
        friend bool operator==(const SetRoles &, const SetRoles &) = default;
    };

    using Variant = std::variant<Add, Update, Remove, SetRoles>;

    template<typename T>
    requires std::is_constructible_v<Variant, T> ContactChange(T change) : change(std::move(change)) { }

    Variant change;

    // For the server API and the client's outbox:
    //   {"op":"add","person":{…}}         {"op":"update","person":{…}}
    //   {"op":"remove","id":"c-1"}         {"op":"set-roles","id":"c-1","roles":["rio"]}
    // The person uses ContactPerson's codec; roles are read strictly (unknown
    // or repeated names are refused). An unknown "op" is "unknown-value".
    QJsonObject toJson() const;
    static Result<ContactChange> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const ContactChange &, const ContactChange &) = default;
};

// The list after `change`, or the refusal. Persons keep their order; Add
// appends. Roles in the result are in enum order. Error.field is "id" or
// "roles" (of the change) where one of them is at fault.
Result<QList<ContactPerson>> applyContactChange(InstitutionCode::Kind kind,
                                                const QList<ContactPerson> &current,
                                                const ContactChange &change);

// The invariant on a whole list (seed data, decoded lists): ids non-empty and
// unique, each person's roles allowed for `kind`, and the Gemachtigde count.
// Error.field names the person: "<path>[2].roles".
Status validateContactList(InstitutionCode::Kind kind, const QList<ContactPerson> &list,
                           const QString &path = QStringLiteral("contacts"));

// The roles one person may hold for `kind`, checked alone (no count across
// the list): duplicates, roles of the other kind, and for a school exactly one.
Status validateRoles(InstitutionCode::Kind kind, const QList<ContactPerson::Role> &roles);

} // namespace hpo
