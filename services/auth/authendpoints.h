// Where the sign-in talks to: the server's OAuth endpoints (from GET /api/v1/meta,
// sign-in method "eherkenning") and the client id this program presents.
#pragma once

#include "models/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace hpo {

struct AuthEndpoints
{
    QString authorizePath = QStringLiteral("/oauth/authorize");
    QString tokenPath = QStringLiteral("/oauth/token");
    QString revokePath = QStringLiteral("/oauth/revoke");
    QString clientId = QStringLiteral("mijnhelpdeskpo-desktop");
    // The "password" method's url while the server offers it; empty otherwise (it ended on
    // 1 April 2022 on the real portal, so normally empty).
    QString passwordPath;
    QString passwordChangePath = QStringLiteral("/api/v1/auth/password/change");
    // The password method's "availableUntil" (the day it ends), when the server gave one.
    QDate passwordAvailableUntil;

    bool passwordOffered() const { return !passwordPath.isEmpty(); }

    // Reads the "eherkenning" entry of /api/v1/meta's signInMethods, and the
    // "password" entry when there is one. Error: "sign-in-method-missing".
    static Result<AuthEndpoints> fromMeta(const QJsonObject &meta);
};

} // namespace hpo
