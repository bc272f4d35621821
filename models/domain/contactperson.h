// A contact person of a school or board as DUO registers it, with the roles
// the rules in rolerules.h govern.
#pragma once

#include "models/domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace hpo {

class JsonReader;

struct ContactPerson
{
    enum class Role {
        Gemachtigde, // school and board
        OverigeContactpersoon, // school only
        DoorontwikkelenBron, // board only
        Rio, // board only
    };

    QString id; // stable, assigned when the person is created; never empty
    QString initials; // "J.P."
    QString firstName;
    QString prefix; // tussenvoegsel: "van der"
    QString lastName; // never empty
    QString function; // job title, e.g. "directeur"
    QString email; // normalised by parseEmail(), or empty
    QString phone; // normalised by parsePhoneNumber(), or empty
    QList<Role> roles; // in enum order, no duplicates (fromJson sorts them)
    qint64 version = 0;

    // "Jan de Vries", or "J.P. de Vries" when the first name is unknown.
    QString displayName() const;
    bool hasRole(Role role) const { return roles.contains(role); }

    // {"id","initials","firstName","prefix","lastName","function","email",
    //  "phone","roles":["gemachtigde",…],"version"}. fromJson requires id,
    // lastName (both non-empty), roles and version (0 … 2^53-1); the other
    // strings are optional (absent or null reads as ""). A non-empty email or
    // phone must pass parseEmail()/parsePhoneNumber() and is stored
    // normalised. Unknown or repeated roles are refused ("roles[1]").
    QJsonObject toJson() const;
    static Result<ContactPerson> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const ContactPerson &, const ContactPerson &) = default;
};

// Wire names of the roles, one table in the style of jsoncodec.h (enumName,
// enumFromName).
inline constexpr std::pair<ContactPerson::Role, const char *> contactRoleNames[] = {
    {ContactPerson::Role::Gemachtigde, "gemachtigde"},
    {ContactPerson::Role::OverigeContactpersoon, "overige-contactpersoon"},
    {ContactPerson::Role::DoorontwikkelenBron, "doorontwikkelen-bron"},
    {ContactPerson::Role::Rio, "rio"},
};
// No toString(Role) overload on purpose: QTest's QCOMPARE would find it by
// argument-dependent lookup for Role values and fail to compile.

// Roles in enum order without duplicates.
QList<ContactPerson::Role> sortedRoles(QList<ContactPerson::Role> roles);

// A roles array for the wire, and its strict reader: each element must be a
// known role name, none repeated; failures name the element ("roles[1]").
// The result is in enum order.
QJsonArray contactRolesToJson(const QList<ContactPerson::Role> &roles);
QList<ContactPerson::Role> readContactRoles(JsonReader &reader, const QString &key);

} // namespace hpo
