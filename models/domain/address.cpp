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
    // The postcode is taken as DUO registered it, not checked or normalised
    // with parsePostcode(): refusing one odd record would fail the whole sync
    // page it came in. The validator applies when the user edits an address.
    a.postcode = r.nonEmptyString(QStringLiteral("postcode"));
    a.town = r.nonEmptyString(QStringLiteral("town"));
    return r.finish(std::move(a));
}

} // namespace hpo
