// Turns a Qt Sql failure into an hpo::Error with a stable code.
#pragma once

#include "models/domain/result.h"

#include <QSqlError>

namespace hpo {

inline Error sqlError(const QString &code, const QSqlError &error, const QString &what = {})
{
    QString message = error.text();
    if (!what.isEmpty())
        message = what + QStringLiteral(": ") + message;
    return Error {code, message, {}};
}

} // namespace hpo
