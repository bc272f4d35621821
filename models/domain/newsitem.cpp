#include "models/domain/newsitem.h"

#include "models/domain/codefields.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

namespace hpo {

QJsonObject NewsItem::toJson() const
{
    QJsonObject o {
        {QStringLiteral("id"), id},     {QStringLiteral("title"), title},
        {QStringLiteral("body"), body}, {QStringLiteral("publishedAt"), toIsoDateTime(publishedAt)},
        {QStringLiteral("read"), read}, {QStringLiteral("version"), version},
    };
    if (!institutionCode.isEmpty())
        o.insert(QStringLiteral("institutionCode"), institutionCode);
    return o;
}

Result<NewsItem> NewsItem::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    NewsItem n;
    n.id = r.nonEmptyString(QStringLiteral("id"));
    if (r.has(QStringLiteral("institutionCode")))
        n.institutionCode = readInstitutionCode(r, QStringLiteral("institutionCode"));
    n.title = r.nonEmptyString(QStringLiteral("title"));
    n.body = r.string(QStringLiteral("body"));
    n.publishedAt = r.dateTime(QStringLiteral("publishedAt"));
    n.read = r.boolean(QStringLiteral("read"));
    n.version = readVersion(r);
    return r.finish(std::move(n));
}

} // namespace hpo
