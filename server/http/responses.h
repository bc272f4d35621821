// Building responses: JSON bodies, RFC 9457 problem documents, conditional GET.
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpo::server {

struct FieldError
{
    QString field;
    QString code;
    QString message;
};

QHttpServerResponse::StatusCode statusCode(int status);

QHttpServerResponse jsonResponse(const QJsonObject &body, int status = 200);
QHttpServerResponse jsonResponse(const QByteArray &body, int status = 200);

// application/problem+json with type, title, status, detail, code and, for
// validation errors, errors[]. `type` is "about:blank" unless given.
QHttpServerResponse problem(int status, const QString &code, const QString &detail,
                            const QList<FieldError> &errors = {});
QByteArray problemBody(int status, const QString &code, const QString &detail,
                       const QList<FieldError> &errors = {});
QString statusTitle(int status);

// A strong ETag over the bytes of the representation.
QByteArray etagFor(const QByteArray &body);
// 200 with ETag, or 304 when If-None-Match matches.
QHttpServerResponse conditional(const QHttpServerRequest &request, const QByteArray &mimeType,
                                const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
QHttpServerResponse conditionalJson(const QHttpServerRequest &request, const QJsonObject &body);

} // namespace hpo::server
