#include "models/domain/gtboverview.h"

#include "models/domain/codefields.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

namespace hpo {

QJsonObject GtbBranchCounts::toJson() const
{
    return {
        {QStringLiteral("branchCode"), branchCode},
        {QStringLiteral("branchName"), branchName},
        {QStringLiteral("funded"), funded.toJson()},
        {QStringLiteral("unfunded"), unfunded.toJson()},
    };
}

Result<GtbBranchCounts> GtbBranchCounts::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    GtbBranchCounts b;
    b.branchCode = readBranchCode(r, QStringLiteral("branchCode"));
    b.branchName = r.nonEmptyString(QStringLiteral("branchName"));
    b.funded = r.nested<GtbCounts>(QStringLiteral("funded"), &GtbCounts::fromJson);
    b.unfunded = r.nested<GtbCounts>(QStringLiteral("unfunded"), &GtbCounts::fromJson);
    return r.finish(std::move(b));
}

GtbCounts GtbPeildatum::fundedTotal() const
{
    GtbCounts sum;
    for (const GtbBranchCounts &b : branches)
        sum += b.funded;
    return sum;
}

GtbCounts GtbPeildatum::unfundedTotal() const
{
    GtbCounts sum;
    for (const GtbBranchCounts &b : branches)
        sum += b.unfunded;
    return sum;
}

GtbCounts GtbPeildatum::total() const
{
    return fundedTotal() + unfundedTotal();
}

QJsonObject GtbPeildatum::toJson() const
{
    return {
        {QStringLiteral("peildatum"), toIsoDate(peildatum)},
        {QStringLiteral("updatedUntil"), toIsoDate(updatedUntil)},
        {QStringLiteral("branches"), toJsonArray(branches)},
    };
}

Result<GtbPeildatum> GtbPeildatum::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    GtbPeildatum p;
    p.peildatum = r.date(QStringLiteral("peildatum"));
    p.updatedUntil = r.date(QStringLiteral("updatedUntil"));
    const QString branchesKey = QStringLiteral("branches");
    if (r.ok() && r.has(branchesKey) && json.value(branchesKey).toArray().size() > maxBranches)
        r.fail(branchesKey, QStringLiteral("out-of-range"),
               QStringLiteral("at most %1 vestigingen").arg(maxBranches));
    p.branches = r.list<GtbBranchCounts>(branchesKey, &GtbBranchCounts::fromJson);
    refuseDuplicates(
        r, branchesKey, p.branches, QStringLiteral("branchCode"),
        [](const GtbBranchCounts &b) { return b.branchCode; },
        [](const QString &code) { return QStringLiteral("vestiging \"%1\" listed twice").arg(code); });
    return r.finish(std::move(p));
}

QList<std::pair<QDate, GtbCounts>> GtbOverview::totalsPerPeildatum() const
{
    QList<std::pair<QDate, GtbCounts>> out;
    out.reserve(peildata.size());
    for (const GtbPeildatum &p : peildata)
        out.append({p.peildatum, p.total()});
    return out;
}

const GtbPeildatum *GtbOverview::find(const QDate &peildatum) const
{
    for (const GtbPeildatum &p : peildata) {
        if (p.peildatum == peildatum)
            return &p;
    }
    return nullptr;
}

QJsonObject GtbOverview::toJson() const
{
    return {
        {QStringLiteral("institutionCode"), institutionCode},
        {QStringLiteral("updatedUntil"), toIsoDate(updatedUntil)},
        {QStringLiteral("peildata"), toJsonArray(peildata)},
        {QStringLiteral("version"), version},
    };
}

Result<GtbOverview> GtbOverview::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    GtbOverview o;
    o.institutionCode = readInstitutionCode(r, QStringLiteral("institutionCode"));
    const bool isSchool
        = r.ok() && parseInstitutionCode(o.institutionCode)->kind == InstitutionCode::Kind::School;
    o.updatedUntil = r.date(QStringLiteral("updatedUntil"));
    const QString peildataKey = QStringLiteral("peildata");
    o.peildata = r.list<GtbPeildatum>(peildataKey, &GtbPeildatum::fromJson);
    refuseDuplicates(
        r, peildataKey, o.peildata, QStringLiteral("peildatum"),
        [](const GtbPeildatum &p) { return p.peildatum; },
        [](const QDate &d) { return QStringLiteral("peildatum %1 listed twice").arg(toIsoDate(d)); });
    // A school's overview lists only its own vestigingen.
    for (qsizetype i = 0; isSchool && r.ok() && i < o.peildata.size(); ++i) {
        const QList<GtbBranchCounts> &branches = o.peildata.at(i).branches;
        for (qsizetype j = 0; r.ok() && j < branches.size(); ++j) {
            if (institutionOfBranch(branches.at(j).branchCode) != o.institutionCode)
                r.fail(
                    Error {QStringLiteral("code-mismatch"),
                           QStringLiteral("vestiging \"%1\" does not belong to instelling \"%2\"")
                               .arg(branches.at(j).branchCode, o.institutionCode),
                           r.elementPath(peildataKey, i, QStringLiteral("branches[%1].branchCode").arg(j))});
        }
    }
    o.version = readVersion(r);
    return r.finish(std::move(o));
}

} // namespace hpo
