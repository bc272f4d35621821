#include "server/http/responses.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace hpo::server {

QHttpServerResponse::StatusCode statusCode(int status)
{
    return static_cast<QHttpServerResponse::StatusCode>(status);
}

QHttpServerResponse jsonResponse(const QJsonObject &body, int status)
{
    return jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse jsonResponse(const QByteArray &body, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, statusCode(status));
}

QString statusTitle(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Error");
    }
}

QByteArray problemBody(int status, const QString &code, const QString &detail,
                       const QList<FieldError> &errors)
{
    QJsonObject body {{QStringLiteral("type"), QStringLiteral("about:blank")},
                      {QStringLiteral("title"), statusTitle(status)},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("detail"), detail},
                      {QStringLiteral("code"), code}};
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError &e : errors) {
            list.append(QJsonObject {{QStringLiteral("field"), e.field},
                                     {QStringLiteral("code"), e.code},
                                     {QStringLiteral("message"), e.message}});
        }
        body.insert(QStringLiteral("errors"), list);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QHttpServerResponse problem(int status, const QString &code, const QString &detail,
                            const QList<FieldError> &errors)
{
    return QHttpServerResponse(QByteArrayLiteral("application/problem+json"),
                               problemBody(status, code, detail, errors), statusCode(status));
}

QByteArray etagFor(const QByteArray &body)
{
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return '"' + hash.left(27) + '"';
}

static bool matchesIfNoneMatch(const QByteArray &header, const QByteArray &etag)
{
    if (header.isEmpty()) {
        return false;
    }
    const QList<QByteArray> candidates = header.split(',');
    for (QByteArray candidate : candidates) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/")) {
            candidate = candidate.mid(2);
        }
        if (candidate == "*" || candidate == etag) {
            return true;
        }
    }
    return false;
}

QHttpServerResponse conditional(const QHttpServerRequest &request, const QByteArray &mimeType,
                                const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    const QByteArray etag = etagFor(body);
    if (matchesIfNoneMatch(request.value(QByteArrayLiteral("If-None-Match")), etag)) {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::NotModified);
        response.setHeader(QByteArrayLiteral("ETag"), etag);
        return response;
    }
    QHttpServerResponse response(mimeType, body);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    for (const auto &[name, value] : extraHeaders) {
        response.setHeader(name, value);
    }
    return response;
}

QHttpServerResponse conditionalJson(const QHttpServerRequest &request, const QJsonObject &body)
{
    return conditional(request, QByteArrayLiteral("application/json"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace hpo::server
