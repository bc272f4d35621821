#include "server/http/requests.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hpo::server {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<QUrlQuery> formBody(const QHttpServerRequest &request, QHttpServerResponse *failure)
{
    const QByteArray type = header(request, "Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/x-www-form-urlencoded") {
        *failure = problem(415, QStringLiteral("unsupported-media-type"),
                           QStringLiteral("Send application/x-www-form-urlencoded."));
        return std::nullopt;
    }
    QByteArray body = request.body();
    body.replace('+', "%20");
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body) {
        *failure
            = problem(400, QStringLiteral("invalid-form"), QStringLiteral("The form is not valid UTF-8."));
        return std::nullopt;
    }
    return QUrlQuery(text);
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request, QHttpServerResponse *failure)
{
    const QByteArray type = header(request, "Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/json") {
        *failure = problem(415, QStringLiteral("unsupported-media-type"),
                           QStringLiteral("Send application/json."));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = problem(400, QStringLiteral("invalid-json"),
                           error.error != QJsonParseError::NoError
                               ? QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                     .arg(error.errorString())
                                     .arg(error.offset)
                               : QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

QueryReader::QueryReader(const QHttpServerRequest &request) : m_query(request.url())
{ }

QString QueryReader::text(const QString &name, int maxLength)
{
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.size() > maxLength) {
        m_errors.append(FieldError {name, QStringLiteral("too-long"),
                                    QStringLiteral("at most %1 characters").arg(maxLength)});
        return {};
    }
    return value;
}

int QueryReader::integer(const QString &name, int fallback, int min, int max)
{
    if (!m_query.hasQueryItem(name)) {
        return fallback;
    }
    bool ok = false;
    const int value = m_query.queryItemValue(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        m_errors.append(FieldError {name, QStringLiteral("out-of-range"),
                                    QStringLiteral("an integer from %1 to %2").arg(min).arg(max)});
        return fallback;
    }
    return value;
}

QString QueryReader::oneOf(const QString &name, const QStringList &allowed)
{
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    if (!value.isEmpty() && !allowed.contains(value)) {
        m_errors.append(FieldError {name, QStringLiteral("unknown-value"),
                                    QStringLiteral("one of: ") + allowed.join(QStringLiteral(", "))});
        return {};
    }
    return value;
}

std::optional<QDate> QueryReader::date(const QString &name)
{
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    const QDate parsed = QDate::fromString(value, Qt::ISODate);
    if (!parsed.isValid() || value.size() != 10) {
        m_errors.append(
            FieldError {name, QStringLiteral("invalid-date"), QStringLiteral("a date like 2021-12-08")});
        return std::nullopt;
    }
    return parsed;
}

QHttpServerResponse QueryReader::failure() const
{
    return problem(400, QStringLiteral("invalid-query"),
                   QStringLiteral("Some query parameters are not valid."), m_errors);
}

} // namespace hpo::server
