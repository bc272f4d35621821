// Format checks for institution and branch codes used by the codecs until the
// shared parser (models/domain/institutioncode.h, branch domain-rules) is wired in.
// They accept only the canonical form the server sends: no spaces, upper case.
// TODO(lead): replace these with parseInstitutionCode() and delete this file.
#pragma once

#include "models/domain/jsonreader.h"

#include <QRegularExpression>
#include <QString>

namespace hpo::interim {

// Instellingscode (BRIN) of a school: "16AH".
inline bool isSchoolCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{2}[A-Z]{2}$"));
    return re.match(code).hasMatch();
}

// Bevoegd-gezag number of a board: "41775".
inline bool isBoardCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{5}$"));
    return re.match(code).hasMatch();
}

inline bool isInstitutionCode(const QString &code)
{
    return isSchoolCode(code) || isBoardCode(code);
}

// Vestigingscode: the school's instellingscode plus two digits, "16AH00".
inline bool isBranchCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{2}[A-Z]{2}[0-9]{2}$"));
    return re.match(code).hasMatch();
}

// Reads a required code field and checks its format; "invalid-code" otherwise.
enum class CodeKind { School, Board, SchoolOrBoard, Branch };
inline QString readCode(JsonReader &reader, const QString &key, CodeKind kind)
{
    const QString code = reader.string(key);
    if (!reader.ok())
        return {};
    bool valid = false;
    const char *expected = "";
    switch (kind) {
    case CodeKind::School:
        valid = isSchoolCode(code);
        expected = "an instellingscode such as 16AH";
        break;
    case CodeKind::Board:
        valid = isBoardCode(code);
        expected = "a bevoegd-gezag number such as 41775";
        break;
    case CodeKind::SchoolOrBoard:
        valid = isInstitutionCode(code);
        expected = "an instellingscode (16AH) or bevoegd-gezag number (41775)";
        break;
    case CodeKind::Branch:
        valid = isBranchCode(code);
        expected = "a vestigingscode such as 16AH00";
        break;
    }
    if (!valid)
        reader.fail(key, QStringLiteral("invalid-code"),
                    QStringLiteral("\"%1\" is not %2").arg(code, QLatin1String(expected)));
    return code;
}

} // namespace hpo::interim
