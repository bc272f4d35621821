#include "services/auth/authendpoints.h"

#include <QJsonArray>

namespace hpo {

Result<AuthEndpoints> AuthEndpoints::fromMeta(const QJsonObject &meta)
{
    const QJsonArray methods = meta.value(QStringLiteral("signInMethods")).toArray();
    QString passwordPath;
    QDate passwordUntil;
    for (const QJsonValue &value : methods) {
        const QJsonObject method = value.toObject();
        if (method.value(QStringLiteral("kind")).toString() == u"password") {
            passwordPath = method.value(QStringLiteral("url")).toString();
            passwordUntil
                = QDate::fromString(method.value(QStringLiteral("availableUntil")).toString(), Qt::ISODate);
        }
    }
    for (const QJsonValue &value : methods) {
        const QJsonObject method = value.toObject();
        if (method.value(QStringLiteral("kind")).toString() != QStringLiteral("eherkenning"))
            continue;
        AuthEndpoints endpoints;
        endpoints.authorizePath = method.value(QStringLiteral("authorizeUrl")).toString();
        endpoints.tokenPath = method.value(QStringLiteral("tokenUrl")).toString();
        endpoints.revokePath = method.value(QStringLiteral("revokeUrl")).toString(endpoints.revokePath);
        if (endpoints.authorizePath.isEmpty() || endpoints.tokenPath.isEmpty())
            break;
        endpoints.passwordPath = passwordPath;
        endpoints.passwordAvailableUntil = passwordUntil;
        return endpoints;
    }
    return Error {QStringLiteral("sign-in-method-missing"),
                  QStringLiteral("the server offers no eHerkenning sign-in"),
                  QStringLiteral("signInMethods")};
}

} // namespace hpo
