#include "services/api/apiresult.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hpo {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Result<QJsonObject> ApiResponse::object() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {QStringLiteral("invalid-json"),
                      parseError.error != QJsonParseError::NoError
                          ? QStringLiteral("the server sent invalid JSON: %1").arg(parseError.errorString())
                          : QStringLiteral("the server sent JSON that is not an object"),
                      {}};
    }
    return document.object();
}

bool isNetworkFailure(const Error &error)
{
    return error.code.startsWith(u"network-") || error.code == u"tls-error" || error.code == u"offline";
}

} // namespace hpo
