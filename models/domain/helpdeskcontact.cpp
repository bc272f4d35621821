#include "models/domain/helpdeskcontact.h"

#include "models/domain/jsonreader.h"
#include "models/domain/validation.h"

namespace hpo {

QJsonObject HelpdeskContact::toJson() const
{
    return {{QStringLiteral("phone"), phone}, {QStringLiteral("email"), email}};
}

Result<HelpdeskContact> HelpdeskContact::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader reader(json, path);
    HelpdeskContact contact;
    contact.phone
        = reader.check(QStringLiteral("phone"), parsePhoneNumber(reader.string(QStringLiteral("phone"))));
    contact.email = reader.check(QStringLiteral("email"), parseEmail(reader.string(QStringLiteral("email"))));
    return reader.finish(contact);
}

} // namespace hpo
