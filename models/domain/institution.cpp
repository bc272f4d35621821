#include "models/domain/institution.h"

#include "models/domain/codefields.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

namespace hpo {

QJsonObject Institution::toJson() const
{
    QJsonObject o {
        {QStringLiteral("code"), code},       {QStringLiteral("kind"), toString(kind)},
        {QStringLiteral("name"), name},       {QStringLiteral("visitingAddress"), visitingAddress.toJson()},
        {QStringLiteral("phone"), phone},     {QStringLiteral("email"), email},
        {QStringLiteral("website"), website}, {QStringLiteral("version"), version},
    };
    if (correspondenceAddress)
        o.insert(QStringLiteral("correspondenceAddress"), correspondenceAddress->toJson());
    if (kind == Kind::School)
        o.insert(QStringLiteral("boardCode"), boardCode);
    if (!municipality.isEmpty())
        o.insert(QStringLiteral("municipality"), municipality);
    if (!denomination.isEmpty())
        o.insert(QStringLiteral("denomination"), denomination);
    return o;
}

Result<Institution> Institution::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Institution i;
    const QString codeKey = QStringLiteral("code");
    // The code must be canonical and of the kind "kind" names; a school's code
    // with kind "board" (or the reverse) is "code-mismatch" at "code".
    i.kind = r.enumeration(QStringLiteral("kind"), institutionKindNames);
    i.code = readInstitutionCode(r, codeKey, i.kind);
    i.name = r.nonEmptyString(QStringLiteral("name"));
    i.visitingAddress = r.nested<Address>(QStringLiteral("visitingAddress"), &Address::fromJson);
    i.correspondenceAddress
        = r.optionalNested<Address>(QStringLiteral("correspondenceAddress"), &Address::fromJson);
    // Phone, e-mail and website are taken as DUO registered them, not checked
    // with parsePhoneNumber()/parseEmail()/parseWebsite(): refusing one odd
    // record would fail the whole sync page it came in. The validators apply
    // when the user edits these fields.
    i.phone = r.optionalString(QStringLiteral("phone"));
    i.email = r.optionalString(QStringLiteral("email"));
    i.website = r.optionalString(QStringLiteral("website"));
    const QString boardKey = QStringLiteral("boardCode");
    if (i.kind == Kind::School) {
        i.boardCode = readInstitutionCode(r, boardKey, Kind::Board);
    } else if (r.ok() && r.has(boardKey)) {
        r.fail(boardKey, QStringLiteral("unexpected-field"), QStringLiteral("a board has no board code"));
    }
    i.municipality = r.optionalString(QStringLiteral("municipality"));
    i.denomination = r.optionalString(QStringLiteral("denomination"));
    i.version = readVersion(r);
    return r.finish(std::move(i));
}

} // namespace hpo
