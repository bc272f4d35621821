// A postal address as DUO registers it; the house number is text ("58a").
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>

namespace hpo {

struct Address
{
    QString street;
    QString houseNumber;
    QString postcode;
    QString town;

    QJsonObject toJson() const;
    static Result<Address> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace hpo
