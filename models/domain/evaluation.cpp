#include "models/domain/evaluation.h"

#include "models/domain/codefields.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

namespace hpo {

QJsonObject Evaluation::toJson() const
{
    QJsonObject o {
        {QStringLiteral("id"), id},           {QStringLiteral("institutionCode"), institutionCode},
        {QStringLiteral("title"), title},     {QStringLiteral("date"), toIsoDate(date)},
        {QStringLiteral("summary"), summary}, {QStringLiteral("body"), body},
        {QStringLiteral("version"), version},
    };
    if (score)
        o.insert(QStringLiteral("score"), *score);
    return o;
}

Result<Evaluation> Evaluation::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Evaluation e;
    e.id = r.nonEmptyString(QStringLiteral("id"));
    e.institutionCode = readInstitutionCode(r, QStringLiteral("institutionCode"));
    e.title = r.nonEmptyString(QStringLiteral("title"));
    e.date = r.date(QStringLiteral("date"));
    e.summary = r.string(QStringLiteral("summary"));
    e.body = r.string(QStringLiteral("body"));
    if (const auto score = r.optionalInteger(QStringLiteral("score"), minScore, maxScore))
        e.score = static_cast<int>(*score);
    e.version = readVersion(r);
    return r.finish(std::move(e));
}

} // namespace hpo
