// Reading institution and branch code fields in the domain codecs, with the
// shared parser (institutioncode.h). Kept apart from jsoncodec.h so the many
// headers that include that one do not all pull in institutioncode.h.
#pragma once

#include "models/domain/institutioncode.h"
#include "models/domain/jsonreader.h"

#include <QString>

#include <optional>

namespace hpo {

// Code fields. The wire carries canonical codes only (no spaces, upper case,
// two-digit branch number), as toJson() writes them: a code that
// parseInstitutionCode()/parseBranchCode() would accept only after normalising
// ("16ah", "16 AH", "16AH0") is refused rather than silently rewritten, with the
// parser's error code. Errors:
//   "invalid-institution-code" / "invalid-branch-code": not a code, or not canonical;
//   "code-mismatch": a valid code of the wrong kind (a school's instellingscode
//   where a board number is required, or the reverse).
// Empty on failure.
QString readInstitutionCode(JsonReader &reader, const QString &key,
                            std::optional<InstitutionCode::Kind> requiredKind = std::nullopt);
QString readBranchCode(JsonReader &reader, const QString &key);

} // namespace hpo
