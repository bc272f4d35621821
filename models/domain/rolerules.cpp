#include "models/domain/rolerules.h"

#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

#include <QSet>

#include <algorithm>

namespace hpo {

namespace {

using Kind = InstitutionCode::Kind;
using Role = ContactPerson::Role;

QString roleName(Role role)
{
    switch (role) {
    case Role::Gemachtigde:
        return QStringLiteral("Gemachtigde");
    case Role::OverigeContactpersoon:
        return QStringLiteral("Overige contactpersoon");
    case Role::DoorontwikkelenBron:
        return QStringLiteral("Doorontwikkelen BRON");
    case Role::Rio:
        return QStringLiteral("RIO");
    }
    return {};
}

bool allowedFor(Kind kind, Role role)
{
    if (role == Role::Gemachtigde)
        return true;
    if (kind == Kind::School)
        return role == Role::OverigeContactpersoon;
    return role == Role::DoorontwikkelenBron || role == Role::Rio;
}

Error refusal(const char *code, const QString &message, const char *field = "")
{
    return Error {QLatin1String(code), message, QLatin1String(field)};
}

QString nameOf(const ContactPerson &p)
{
    const QString name = p.displayName();
    return name.isEmpty() ? p.id : name;
}

qsizetype indexOf(const QList<ContactPerson> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

Error unknownContact(const QString &id)
{
    return refusal("unknown-contact", QStringLiteral("there is no contact person with id \"%1\"").arg(id),
                   "id");
}

Error onlyGemachtigde(const ContactPerson &p, const QString &action)
{
    return refusal("gemachtigde-required",
                   QStringLiteral("cannot %1 %2: a school always has exactly one Gemachtigde; make another "
                                  "contact person Gemachtigde first")
                       .arg(action, nameOf(p)),
                   action == u"remove" ? "id" : "roles");
}

// Gives person `index` the roles `roles` (already validated for `kind`),
// moving or refusing Gemachtigde as the rules say.
Result<QList<ContactPerson>> assignRoles(Kind kind, QList<ContactPerson> list, qsizetype index,
                                         const QList<Role> &roles)
{
    ContactPerson &target = list[index];
    const bool wasGemachtigde = target.hasRole(Role::Gemachtigde);
    const bool becomesGemachtigde = roles.contains(Role::Gemachtigde);
    if (kind == Kind::School && wasGemachtigde && !becomesGemachtigde)
        return onlyGemachtigde(target, QStringLiteral("demote"));
    if (becomesGemachtigde && !wasGemachtigde) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i == index || !list.at(i).hasRole(Role::Gemachtigde))
                continue;
            if (kind == Kind::Board)
                return refusal(
                    "gemachtigde-taken",
                    QStringLiteral("%1 is already the board's Gemachtigde; a board has at most one, "
                                   "so take the role from them first")
                        .arg(nameOf(list.at(i))),
                    "roles");
            list[i].roles = {Role::OverigeContactpersoon};
        }
    }
    list[index].roles = sortedRoles(roles);
    return list;
}

enum class Op { Add, Update, Remove, SetRoles };

constexpr std::pair<Op, const char *> opNames[] = {
    {Op::Add, "add"},
    {Op::Update, "update"},
    {Op::Remove, "remove"},
    {Op::SetRoles, "set-roles"},
};

} // namespace

QJsonObject ContactChange::toJson() const
{
    return std::visit(
        [](const auto &c) -> QJsonObject {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, Add>)
                return {{QStringLiteral("op"), enumName(opNames, Op::Add)},
                        {QStringLiteral("person"), c.person.toJson()}};
            else if constexpr (std::is_same_v<T, Update>)
                return {{QStringLiteral("op"), enumName(opNames, Op::Update)},
                        {QStringLiteral("person"), c.person.toJson()}};
            else if constexpr (std::is_same_v<T, Remove>)
                return {{QStringLiteral("op"), enumName(opNames, Op::Remove)}, {QStringLiteral("id"), c.id}};
            else
                return {{QStringLiteral("op"), enumName(opNames, Op::SetRoles)},
                        {QStringLiteral("id"), c.id},
                        {QStringLiteral("roles"), contactRolesToJson(c.roles)}};
        },
        change);
}

Result<ContactChange> ContactChange::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    const Op op = r.enumeration(QStringLiteral("op"), opNames);
    if (!r.ok())
        return r.error();
    switch (op) {
    case Op::Add:
    case Op::Update: {
        const QJsonObject personJson = r.object(QStringLiteral("person"));
        if (!r.ok())
            return r.error();
        Result<ContactPerson> person
            = ContactPerson::fromJson(personJson, r.childPath(QStringLiteral("person")));
        if (!person)
            return person.error();
        if (op == Op::Add)
            return ContactChange(Add {std::move(person).value()});
        return ContactChange(Update {std::move(person).value()});
    }
    case Op::Remove: {
        const QString id = r.nonEmptyString(QStringLiteral("id"));
        return r.finish(ContactChange(Remove {id}));
    }
    case Op::SetRoles: {
        const QString id = r.nonEmptyString(QStringLiteral("id"));
        const QList<Role> roles = readContactRoles(r, QStringLiteral("roles"));
        return r.finish(ContactChange(SetRoles {id, roles}));
    }
    }
    return Error {QStringLiteral("unknown-value"), QStringLiteral("unknown operation"),
                  r.childPath(QStringLiteral("op"))};
}

Status validateRoles(Kind kind, const QList<Role> &roles)
{
    QSet<Role> seen;
    for (const Role role : roles) {
        if (seen.contains(role))
            return refusal("duplicate-role", QStringLiteral("the role %1 is given twice").arg(roleName(role)),
                           "roles");
        seen.insert(role);
        if (!allowedFor(kind, role))
            return refusal("role-not-allowed",
                           kind == Kind::School
                               ? QStringLiteral("%1 is a board role; a school's contact persons are "
                                                "Gemachtigde or Overige contactpersoon")
                                     .arg(roleName(role))
                               : QStringLiteral("%1 is a school role; a board's contact persons have "
                                                "Gemachtigde, Doorontwikkelen BRON and RIO roles")
                                     .arg(roleName(role)),
                           "roles");
    }
    if (kind == Kind::School && roles.size() != 1)
        return refusal(
            "exactly-one-role",
            QStringLiteral("a school's contact person has exactly one role, Gemachtigde or Overige "
                           "contactpersoon (%1 given)")
                .arg(roles.size()),
            "roles");
    return success();
}

Status validateContactList(Kind kind, const QList<ContactPerson> &list, const QString &path)
{
    QSet<QString> ids;
    qsizetype gemachtigden = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ContactPerson &p = list.at(i);
        const QString at = path + u'[' + QString::number(i) + u']';
        if (p.id.isEmpty())
            return Error {QStringLiteral("missing-id"), QStringLiteral("contact person has no id"),
                          at + QStringLiteral(".id")};
        if (ids.contains(p.id))
            return Error {QStringLiteral("duplicate-contact"),
                          QStringLiteral("the id \"%1\" is used by two contact persons").arg(p.id),
                          at + QStringLiteral(".id")};
        ids.insert(p.id);
        const Status roles = validateRoles(kind, p.roles);
        if (!roles)
            return Error {roles.error().code, roles.error().message, at + QStringLiteral(".roles")};
        if (p.hasRole(Role::Gemachtigde))
            ++gemachtigden;
    }
    if (kind == Kind::School && gemachtigden == 0)
        return Error {QStringLiteral("gemachtigde-required"),
                      QStringLiteral("a school has exactly one Gemachtigde; none is given"), path};
    if (gemachtigden > 1)
        return Error {QStringLiteral("multiple-gemachtigden"),
                      (kind == Kind::School
                           ? QStringLiteral("a school has exactly one Gemachtigde; %1 are given")
                           : QStringLiteral("a board has at most one Gemachtigde; %1 are given"))
                          .arg(gemachtigden),
                      path};
    return success();
}

Result<QList<ContactPerson>> applyContactChange(Kind kind, const QList<ContactPerson> &current,
                                                const ContactChange &change)
{
    Result<QList<ContactPerson>> result = std::visit(
        [&](const auto &c) -> Result<QList<ContactPerson>> {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, ContactChange::Add>) {
                if (c.person.id.isEmpty())
                    return refusal("missing-id", QStringLiteral("a new contact person needs an id"), "id");
                if (indexOf(current, c.person.id) >= 0)
                    return refusal(
                        "duplicate-contact",
                        QStringLiteral("a contact person with id \"%1\" already exists").arg(c.person.id),
                        "id");
                if (const Status roles = validateRoles(kind, c.person.roles); !roles)
                    return roles.error();
                QList<ContactPerson> list = current;
                ContactPerson added = c.person;
                added.roles.clear(); // assignRoles() sets them and moves Gemachtigde
                list.append(added);
                const qsizetype index = list.size() - 1;
                return assignRoles(kind, std::move(list), index, c.person.roles);
            } else if constexpr (std::is_same_v<T, ContactChange::Update>) {
                const qsizetype index = indexOf(current, c.person.id);
                if (index < 0)
                    return unknownContact(c.person.id);
                if (const Status roles = validateRoles(kind, c.person.roles); !roles)
                    return roles.error();
                Result<QList<ContactPerson>> list = assignRoles(kind, current, index, c.person.roles);
                if (!list)
                    return list;
                QList<ContactPerson> out = std::move(list).value();
                const QList<Role> roles = out.at(index).roles;
                out[index] = c.person;
                out[index].roles = roles;
                return out;
            } else if constexpr (std::is_same_v<T, ContactChange::Remove>) {
                const qsizetype index = indexOf(current, c.id);
                if (index < 0)
                    return unknownContact(c.id);
                if (kind == Kind::School && current.at(index).hasRole(Role::Gemachtigde))
                    return onlyGemachtigde(current.at(index), QStringLiteral("remove"));
                QList<ContactPerson> list = current;
                list.removeAt(index);
                return list;
            } else {
                const qsizetype index = indexOf(current, c.id);
                if (index < 0)
                    return unknownContact(c.id);
                if (const Status roles = validateRoles(kind, c.roles); !roles)
                    return roles.error();
                return assignRoles(kind, current, index, c.roles);
            }
        },
        change.change);
    if (!result)
        return result;
    // A change must leave a valid list; this also refuses changes to a list
    // that was invalid before (e.g. a school without Gemachtigde gets an
    // Overige contactpersoon).
    if (const Status valid = validateContactList(kind, result.value()); !valid)
        return valid.error();
    return result;
}

} // namespace hpo
