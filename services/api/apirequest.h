// One call to the API, as ApiClient::send takes it.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace hpo {

struct ApiRequest
{
    QByteArray method = "GET";
    // Resolved against the client's base URL: "/api/v1/meta" or "api/v1/meta".
    // An absolute URL must be on the base URL's origin.
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // e.g. "application/json", "application/x-www-form-urlencoded"
    QList<std::pair<QByteArray, QByteArray>> headers; // e.g. Idempotency-Key, If-Match
    bool authenticated = true; // sends the bearer token when the provider has one
    bool conditional = false; // If-None-Match from the EtagStore; a new ETag is stored
    // Going offline aborts requests on their way, except these: a token exchange the server may
    // already have carried out (a rotated refresh token lost would end the session).
    bool finishWhenGoingOffline = false;

    static ApiRequest get(QString path, QUrlQuery query = {})
    {
        ApiRequest r;
        r.path = std::move(path);
        r.query = std::move(query);
        return r;
    }

    // A POST with `body` as compact JSON (an empty object sends no body).
    static ApiRequest postJson(QString path, const QJsonObject &body = {})
    {
        ApiRequest r;
        r.method = "POST";
        r.path = std::move(path);
        if (!body.isEmpty()) {
            r.contentType = "application/json";
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return r;
    }
};

} // namespace hpo
