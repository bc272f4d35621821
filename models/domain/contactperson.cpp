#include "models/domain/contactperson.h"

#include "models/domain/jsonreader.h"
#include "models/domain/validation.h"

#include <QStringList>

#include <algorithm>

namespace hpo {

namespace {

using Role = ContactPerson::Role;

constexpr std::pair<Role, const char *> roleNames[] = {
    {Role::Gemachtigde, "gemachtigde"},
    {Role::OverigeContactpersoon, "overige-contactpersoon"},
    {Role::DoorontwikkelenBron, "doorontwikkelen-bron"},
    {Role::Rio, "rio"},
};

// Beyond 2^53 a JSON number no longer holds every integer exactly.
constexpr qint64 maxVersion = (qint64(1) << 53) - 1;

} // namespace

QLatin1String contactRoleKey(Role role)
{
    for (const auto &[value, name] : roleNames) {
        if (value == role)
            return QLatin1String(name);
    }
    return QLatin1String(roleNames[0].second);
}

std::optional<Role> contactRoleFromKey(QStringView key)
{
    for (const auto &[value, name] : roleNames) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

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
        out.append(contactRoleKey(role));
    return out;
}

QList<Role> readContactRoles(JsonReader &r, const QString &key)
{
    const QStringList roleKeys = r.stringList(key);
    QList<Role> roles;
    for (qsizetype i = 0; r.ok() && i < roleKeys.size(); ++i) {
        const QString itemKey = key + QStringLiteral("[%1]").arg(i);
        const std::optional<Role> role = contactRoleFromKey(roleKeys.at(i));
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
    p.version = r.integer(QStringLiteral("version"), 0, maxVersion);
    return r.finish(p);
}

QJsonArray contactPersonsToJson(const QList<ContactPerson> &people)
{
    QJsonArray out;
    for (const ContactPerson &p : people)
        out.append(p.toJson());
    return out;
}

} // namespace hpo
