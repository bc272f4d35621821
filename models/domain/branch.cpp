#include "models/domain/branch.h"

#include "models/domain/codefields.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

namespace hpo {

QJsonObject Branch::toJson() const
{
    return {
        {QStringLiteral("code"), code},       {QStringLiteral("institutionCode"), institutionCode},
        {QStringLiteral("name"), name},       {QStringLiteral("address"), address.toJson()},
        {QStringLiteral("version"), version},
    };
}

Result<Branch> Branch::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Branch b;
    b.code = readBranchCode(r, QStringLiteral("code"));
    b.institutionCode
        = readInstitutionCode(r, QStringLiteral("institutionCode"), InstitutionCode::Kind::School);
    if (r.ok() && institutionOfBranch(b.code) != b.institutionCode)
        r.fail(QStringLiteral("code"), QStringLiteral("code-mismatch"),
               QStringLiteral("vestigingscode \"%1\" does not belong to instelling \"%2\"")
                   .arg(b.code, b.institutionCode));
    b.name = r.nonEmptyString(QStringLiteral("name"));
    b.address = r.nested<Address>(QStringLiteral("address"), &Address::fromJson);
    b.version = readVersion(r);
    return r.finish(std::move(b));
}

} // namespace hpo
