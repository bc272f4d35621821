// A school (instelling) or a board (bevoegd gezag) with its registered contact data.
#pragma once

#include "models/domain/address.h"
#include "models/domain/institutioncode.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hpo {

struct Institution
{
    // The code parser's kind, so an Institution's kind goes straight into the
    // role rules (applyContactChange(institution.kind, …)).
    using Kind = InstitutionCode::Kind;

    // Instellingscode ("16AH") for a school, bevoegd-gezag number ("41775") for a board.
    QString code;
    Kind kind = Kind::School;
    QString name;
    Address visitingAddress;
    std::optional<Address> correspondenceAddress;
    QString phone; // may be empty
    QString email; // may be empty
    QString website; // may be empty
    QString boardCode; // the school's board; required for a school, empty for a board
    QString municipality; // empty = not known
    QString denomination; // empty = not known
    qint64 version = 1;

    bool isSchool() const { return kind == Kind::School; }

    QJsonObject toJson() const;
    static Result<Institution> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const Institution &, const Institution &) = default;
};

// "school" or "board" (the names are institutionKindNames in institutioncode.h).
inline QString toString(Institution::Kind kind)
{
    return enumName(institutionKindNames, kind);
}

} // namespace hpo
