// Instellingscode (BRIN) of a school, bevoegd-gezag number of a board and the
// vestigingscode of a branch: parsing with normalisation, shared by client and server.
#pragma once

#include "models/domain/result.h"

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace hpo {

struct InstitutionCode
{
    enum class Kind {
        School, // instellingscode (BRIN): two digits, two letters, e.g. "16AH"
        Board, // bevoegd-gezag number: five digits, e.g. "41775"
    };

    Kind kind = Kind::School;
    QString value; // normalised: no spaces, letters upper case

    friend bool operator==(const InstitutionCode &, const InstitutionCode &) = default;
};

// Wire names of the kinds, one table in the style of jsoncodec.h (enumName,
// enumFromName, JsonReader::enumeration).
inline constexpr std::pair<InstitutionCode::Kind, const char *> institutionKindNames[] = {
    {InstitutionCode::Kind::School, "school"},
    {InstitutionCode::Kind::Board, "board"},
};
// toString(Kind) is in institution.h: declared here, QTest's QCOMPARE on Kind
// values would find it by argument-dependent lookup and fail to compile.

// Accepts "16AH" or "41775" in any letter case with any whitespace anywhere
// (" 16ah ", "41 775"); ASCII digits and letters only. Error code
// "invalid-institution-code".
Result<InstitutionCode> parseInstitutionCode(QStringView text);

// A vestigingscode is the instellingscode followed by a two-digit branch number
// ("16AH00" is the main site). Case and whitespace are normalised like above.
// DUO's files write the number of the main site both as "0" and as "00", so a
// single digit is accepted and zero-padded ("16ah 0" -> "16AH00", "16AH1" ->
// "16AH01"); three or more digits are refused. Error code "invalid-branch-code".
Result<QString> parseBranchCode(QStringView text);

// Formats a vestigingscode: branchCode("16ah", 0) == "16AH00". Returns an empty
// string when `brin` is not a school's instellingscode or `number` is outside 0..99.
QString branchCode(const QString &brin, int number);

// The instellingscode part of a normalised vestigingscode ("16AH00" -> "16AH").
inline QString institutionOfBranch(const QString &normalisedBranchCode)
{
    return normalisedBranchCode.left(4);
}

} // namespace hpo
