#include "models/domain/address.h"

#include "models/domain/jsonreader.h"

namespace hpo {

QJsonObject Address::toJson() const
{
    return {
        {QStringLiteral("street"), street},
        {QStringLiteral("houseNumber"), houseNumber},
        {QStringLiteral("postcode"), postcode},
        {QStringLiteral("town"), town},
    };
}

Result<Address> Address::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Address a;
    a.street = r.nonEmptyString(QStringLiteral("street"));
    a.houseNumber = r.nonEmptyString(QStringLiteral("houseNumber"));
    // TODO(lead): check and normalise with the shared postcode validator (domain-rules).
    a.postcode = r.nonEmptyString(QStringLiteral("postcode"));
    a.town = r.nonEmptyString(QStringLiteral("town"));
    return r.finish(std::move(a));
}

} // namespace hpo
