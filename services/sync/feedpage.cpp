#include "services/sync/feedpage.h"

#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hpo {

namespace {
constexpr std::pair<FeedEntry::Op, const char *> opNames[] = {
    {FeedEntry::Op::Upsert, "upsert"},
    {FeedEntry::Op::Delete, "delete"},
};

Result<FeedEntry> entryFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader reader(json, path);
    FeedEntry entry;
    entry.seq = reader.integer(QStringLiteral("seq"), 0, maxVersion);
    entry.entity = reader.nonEmptyString(QStringLiteral("entity"));
    entry.institution = reader.optionalString(QStringLiteral("institution"));
    entry.id = reader.nonEmptyString(QStringLiteral("id"));
    entry.op = reader.enumeration(QStringLiteral("op"), opNames);
    entry.version = reader.integer(QStringLiteral("version"), 0, maxVersion);
    if (reader.ok() && entry.op == FeedEntry::Op::Upsert)
        entry.data = reader.object(QStringLiteral("data"));
    return reader.finish(entry);
}
} // namespace

Result<FeedPage> FeedPage::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error {
            QStringLiteral("invalid-json"), QStringLiteral("the change feed page is not a JSON object"), {}};
    return fromJson(document.object());
}

Result<FeedPage> FeedPage::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    FeedPage page;
    page.entries = reader.list<FeedEntry>(QStringLiteral("entries"), entryFromJson);
    page.cursor = reader.nonEmptyString(QStringLiteral("cursor"));
    page.hasMore = reader.boolean(QStringLiteral("hasMore"));
    page.snapshot = reader.optionalBoolean(QStringLiteral("snapshot"), false);
    return reader.finish(page);
}

} // namespace hpo
