// Pupil counts of one vestiging on one peildatum (GTB: gewogen totaal
// bekostiging), split by age group and by weight class.
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>

namespace hpo {

struct GtbCounts
{
    static constexpr int maxCount = 1'000'000;

    int under8 = 0; // pupils younger than 8
    int eightAndOver = 0;
    int weight000 = 0; // pupils by weight class 0.00 / 0.30 / 1.20
    int weight030 = 0;
    int weight120 = 0;
    int newcomers = 0; // NOAT: newly arrived non-Dutch-speaking pupils
    int total = 0; // = under8 + eightAndOver = weight000 + weight030 + weight120

    // Both splits add up to `total`; the decoder refuses counts that do not.
    bool isConsistent() const;

    QJsonObject toJson() const;
    static Result<GtbCounts> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const GtbCounts &, const GtbCounts &) = default;
    // Field by field, for totals over vestigingen and over funded + unfunded.
    friend GtbCounts operator+(const GtbCounts &a, const GtbCounts &b);
    GtbCounts &operator+=(const GtbCounts &other);
};

} // namespace hpo
