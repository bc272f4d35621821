#include "models/domain/contactmoment.h"

#include "models/domain/codefields.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

namespace hpo {

QJsonObject ContactMoment::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("institutionCode"), institutionCode},
        {QStringLiteral("channel"), toString(channel)},
        {QStringLiteral("date"), toIsoDateTime(date)},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("version"), version},
    };
}

Result<ContactMoment> ContactMoment::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    ContactMoment m;
    m.id = r.nonEmptyString(QStringLiteral("id"));
    m.institutionCode = readInstitutionCode(r, QStringLiteral("institutionCode"));
    m.channel = r.enumeration(QStringLiteral("channel"), contactChannelNames);
    m.date = r.dateTime(QStringLiteral("date"));
    m.subject = r.nonEmptyString(QStringLiteral("subject"));
    m.status = r.enumeration(QStringLiteral("status"), contactStatusNames);
    m.summary = r.string(QStringLiteral("summary"));
    m.version = readVersion(r);
    return r.finish(std::move(m));
}

} // namespace hpo
