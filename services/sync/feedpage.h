// One page of GET /api/v1/changes:
// {"entries":[{seq, entity, institution, id, op: "upsert"|"delete", version, data}],
//  "cursor", "hasMore", "snapshot"?}
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpo {

struct FeedEntry
{
    enum class Op { Upsert, Delete };

    qint64 seq = 0;
    QString
        entity; // "institution", "branch", "contact", "news", "archive", "contactMoment", "evaluation", "gtb"
    QString institution; // empty for general news
    QString id;
    Op op = Op::Upsert;
    qint64 version = 0;
    QJsonObject data; // upserts only
};

struct FeedPage
{
    QList<FeedEntry> entries;
    QString cursor;
    bool hasMore = false;
    bool snapshot = false;

    // Errors: "invalid-json", and the JsonReader codes with the entry's path.
    static Result<FeedPage> parse(const QByteArray &body);
    static Result<FeedPage> fromJson(const QJsonObject &json);
};

} // namespace hpo
