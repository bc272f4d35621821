// A news message from DUO, either for everyone or for one institution, with
// the reader's read state.
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hpo {

struct NewsItem
{
    QString id;
    QString institutionCode; // empty = general news, for every reader
    QString title;
    QString body;
    QDateTime publishedAt;
    bool read = false;
    qint64 version = 1;

    bool isGeneral() const { return institutionCode.isEmpty(); }

    QJsonObject toJson() const;
    static Result<NewsItem> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const NewsItem &, const NewsItem &) = default;
};

} // namespace hpo
