// The GTB overview of an institution: per peildatum, with its own "bijgewerkt
// tot" date, the funded and unfunded pupil counts of every vestiging.
#pragma once

#include "models/domain/gtbcounts.h"
#include "models/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace hpo {

struct GtbBranchCounts
{
    QString branchCode; // vestigingscode, "16AH00"
    QString branchName;
    GtbCounts funded; // bekostigd
    GtbCounts unfunded; // niet bekostigd

    GtbCounts combined() const { return funded + unfunded; }

    QJsonObject toJson() const;
    static Result<GtbBranchCounts> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const GtbBranchCounts &, const GtbBranchCounts &) = default;
};

struct GtbPeildatum
{
    // Far above any real school or board; it also keeps every total below
    // INT_MAX (2 x 1000 x GtbCounts::maxCount).
    static constexpr qsizetype maxBranches = 1000;

    QDate peildatum;
    QDate updatedUntil; // "bijgewerkt tot" of this peildatum's counts
    QList<GtbBranchCounts> branches; // each vestiging at most once

    GtbCounts fundedTotal() const;
    GtbCounts unfundedTotal() const;
    GtbCounts total() const; // funded + unfunded over every vestiging

    QJsonObject toJson() const;
    static Result<GtbPeildatum> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const GtbPeildatum &, const GtbPeildatum &) = default;
};

struct GtbOverview
{
    QString institutionCode;
    QDate updatedUntil; // the overview's own "bijgewerkt tot"
    QList<GtbPeildatum> peildata; // each peildatum at most once, in the server's order
    qint64 version = 1;

    // Funded + unfunded over every vestiging, per peildatum, in `peildata` order.
    QList<std::pair<QDate, GtbCounts>> totalsPerPeildatum() const;
    // nullptr when the overview has no such peildatum.
    const GtbPeildatum *find(const QDate &peildatum) const;

    QJsonObject toJson() const;
    static Result<GtbOverview> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const GtbOverview &, const GtbOverview &) = default;
};

} // namespace hpo
