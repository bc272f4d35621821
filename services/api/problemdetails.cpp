#include "services/api/problemdetails.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpo {

namespace {
QString genericMessage(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("the server refused the request as malformed");
    case 401:
        return QStringLiteral("not signed in, or the session has expired");
    case 403:
        return QStringLiteral("the server refused access");
    case 404:
        return QStringLiteral("not found");
    case 409:
    case 412:
        return QStringLiteral("the data was changed by someone else");
    case 410:
        return QStringLiteral("no longer available");
    case 422:
        return QStringLiteral("the server did not accept the data");
    case 429:
        return QStringLiteral("too many requests; try again later");
    default:
        return status >= 500 ? QStringLiteral("the server had a problem (HTTP %1)").arg(status)
                             : QStringLiteral("unexpected answer from the server (HTTP %1)").arg(status);
    }
}
} // namespace

ApiError ProblemDetails::toError(int status, const QByteArray &contentType, const QByteArray &body,
                                 const QByteArray &retryAfter)
{
    ApiError out;
    out.httpStatus = status;
    out.error = {QStringLiteral("http-%1").arg(status), genericMessage(status), {}};
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        out.retryAfterSeconds = seconds;

    if (contentType != "application/problem+json" && contentType != "application/json")
        return out;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return out;
    const QJsonObject problem = document.object();
    const QString code = problem.value(QStringLiteral("code")).toString();
    if (!code.isEmpty())
        out.error.code = code;
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    const QString title = problem.value(QStringLiteral("title")).toString();
    if (!detail.isEmpty())
        out.error.message = detail;
    else if (!title.isEmpty())
        out.error.message = title;
    const QJsonArray errors = problem.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject item = value.toObject();
        out.fieldErrors.append({item.value(QStringLiteral("code")).toString(),
                                item.value(QStringLiteral("message")).toString(),
                                item.value(QStringLiteral("field")).toString()});
    }
    if (!out.fieldErrors.isEmpty())
        out.error.field = out.fieldErrors.first().field;
    return out;
}

} // namespace hpo
