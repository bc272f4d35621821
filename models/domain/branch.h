// A vestiging (branch location) of a school; its code is the school's
// instellingscode plus two digits ("16AH00").
#pragma once

#include "models/domain/address.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>

namespace hpo {

struct Branch
{
    QString code; // vestigingscode, "16AH00"
    QString institutionCode; // "16AH"
    QString name;
    Address address;
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<Branch> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const Branch &, const Branch &) = default;
};

} // namespace hpo
