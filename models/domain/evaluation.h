// An evaluation of the helpdesk's service, with an optional score from 1 to 10.
#pragma once

#include "models/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hpo {

struct Evaluation
{
    static constexpr int minScore = 1;
    static constexpr int maxScore = 10;

    QString id;
    QString institutionCode;
    QString title;
    QDate date;
    QString summary; // may be empty
    QString body; // may be empty
    std::optional<int> score; // minScore..maxScore; absent when not scored
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<Evaluation> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const Evaluation &, const Evaluation &) = default;
};

} // namespace hpo
