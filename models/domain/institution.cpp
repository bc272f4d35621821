#include "models/domain/institution.h"

#include "models/domain/interimcodecheck.h"
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
    i.code = r.string(codeKey);
    i.kind = r.enumeration(QStringLiteral("kind"), institutionKindNames);
    // TODO(lead): use parseInstitutionCode() (institutioncode.h) here: it must
    // agree with `kind`.
    if (r.ok()) {
        const bool valid
            = i.kind == Kind::School ? interim::isSchoolCode(i.code) : interim::isBoardCode(i.code);
        if (!valid)
            r.fail(codeKey, QStringLiteral("invalid-code"),
                   i.kind == Kind::School
                       ? QStringLiteral("\"%1\" is not an instellingscode such as 16AH").arg(i.code)
                       : QStringLiteral("\"%1\" is not a bevoegd-gezag number such as 41775").arg(i.code));
    }
    i.name = r.nonEmptyString(QStringLiteral("name"));
    i.visitingAddress = r.nested<Address>(QStringLiteral("visitingAddress"), &Address::fromJson);
    i.correspondenceAddress
        = r.optionalNested<Address>(QStringLiteral("correspondenceAddress"), &Address::fromJson);
    // TODO(lead): check phone, e-mail and website with the shared validators (domain-rules).
    i.phone = r.optionalString(QStringLiteral("phone"));
    i.email = r.optionalString(QStringLiteral("email"));
    i.website = r.optionalString(QStringLiteral("website"));
    const QString boardKey = QStringLiteral("boardCode");
    if (i.kind == Kind::School) {
        i.boardCode = interim::readCode(r, boardKey, interim::CodeKind::Board);
    } else if (r.ok() && r.has(boardKey)) {
        r.fail(boardKey, QStringLiteral("unexpected-field"), QStringLiteral("a board has no board code"));
    }
    i.municipality = r.optionalString(QStringLiteral("municipality"));
    i.denomination = r.optionalString(QStringLiteral("denomination"));
    i.version = readVersion(r);
    return r.finish(std::move(i));
}

} // namespace hpo
