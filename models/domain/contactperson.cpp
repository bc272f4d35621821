#include "models/domain/contactperson.h"

#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"
#include "models/domain/validation.h"

#include <QStringList>

#include <algorithm>

namespace hpo {

using Role = ContactPerson::Role;

QList<Role> sortedRoles(QList<Role> roles)
{
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

QString ContactPerson::displayName() const
{
    QStringList parts;
    const QString given = !firstName.trimmed().isEmpty() ? firstName.trimmed() : initials.trimmed();
    for (const QString &part : {given, prefix.trimmed(), lastName.trimmed()}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u' ');
}

QJsonArray contactRolesToJson(const QList<Role> &roles)
{
    QJsonArray out;
    for (const Role role : roles)
        out.append(enumName(contactRoleNames, role));
    return out;
}

QList<Role> readContactRoles(JsonReader &r, const QString &key)
{
    const QStringList roleKeys = r.stringList(key);
    QList<Role> roles;
    for (qsizetype i = 0; r.ok() && i < roleKeys.size(); ++i) {
        const QString itemKey = key + QStringLiteral("[%1]").arg(i);
        const std::optional<Role> role = enumFromName(contactRoleNames, roleKeys.at(i));
        if (!role)
            r.fail(itemKey, QStringLiteral("unknown-value"),
                   QStringLiteral("unknown role \"%1\"").arg(roleKeys.at(i)));
        else if (roles.contains(*role))
            r.fail(itemKey, QStringLiteral("duplicate-role"),
                   QStringLiteral("role \"%1\" is given twice").arg(roleKeys.at(i)));
        else
            roles.append(*role);
    }
    return r.ok() ? sortedRoles(roles) : QList<Role> {};
}

QJsonObject ContactPerson::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("initials"), initials},
        {QStringLiteral("firstName"), firstName},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("lastName"), lastName},
        {QStringLiteral("function"), function},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("roles"), contactRolesToJson(roles)},
        {QStringLiteral("version"), version},
    };
}

Result<ContactPerson> ContactPerson::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    ContactPerson p;
    p.id = r.nonEmptyString(QStringLiteral("id"));
    p.initials = r.optionalString(QStringLiteral("initials"));
    p.firstName = r.optionalString(QStringLiteral("firstName"));
    p.prefix = r.optionalString(QStringLiteral("prefix"));
    p.lastName = r.nonEmptyString(QStringLiteral("lastName"));
    p.function = r.optionalString(QStringLiteral("function"));
    const QString email = r.optionalString(QStringLiteral("email"));
    if (r.ok() && !email.trimmed().isEmpty())
        p.email = r.check(QStringLiteral("email"), parseEmail(email));
    const QString phone = r.optionalString(QStringLiteral("phone"));
    if (r.ok() && !phone.trimmed().isEmpty())
        p.phone = r.check(QStringLiteral("phone"), parsePhoneNumber(phone));

    p.roles = readContactRoles(r, QStringLiteral("roles"));
    p.version = readVersion(r, 0); // 0: not stored yet
    return r.finish(p);
}

} // namespace hpo
