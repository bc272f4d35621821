// Where the sign-in talks to: the server's OAuth endpoints (from GET /api/v1/meta,
// sign-in method "eherkenning") and the client id this program presents.
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>

namespace hpo {

struct AuthEndpoints
{
    QString authorizePath = QStringLiteral("/oauth/authorize");
    QString tokenPath = QStringLiteral("/oauth/token");
    QString revokePath = QStringLiteral("/oauth/revoke");
    QString clientId = QStringLiteral("mijnhelpdeskpo-desktop");

    // Reads the "eherkenning" entry of /api/v1/meta's signInMethods.
    // Error: "sign-in-method-missing".
    static Result<AuthEndpoints> fromMeta(const QJsonObject &meta);
};

} // namespace hpo
