// Reading requests strictly: form and JSON bodies, bounded query values.
#pragma once

#include "server/http/responses.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace hpo::server {

inline constexpr int maxQueryValueLength = 256;

QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
// application/x-www-form-urlencoded ('+' is a space).
std::optional<QUrlQuery> formBody(const QHttpServerRequest &request, QHttpServerResponse *failure);
std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request, QHttpServerResponse *failure);

// Collects validation errors over query parameters; answers 400 with errors[].
class QueryReader
{
public:
    explicit QueryReader(const QHttpServerRequest &request);

    QString text(const QString &name, int maxLength = maxQueryValueLength);
    int integer(const QString &name, int fallback, int min, int max);
    QString oneOf(const QString &name, const QStringList &allowed);
    std::optional<QDate> date(const QString &name);

    bool ok() const { return m_errors.isEmpty(); }
    QHttpServerResponse failure() const;

private:
    QUrlQuery m_query;
    QList<FieldError> m_errors;
};

} // namespace hpo::server
