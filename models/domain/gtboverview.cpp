#include "models/domain/gtboverview.h"

#include "models/domain/interimcodecheck.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

#include <QSet>

namespace hpo {

namespace {
QString elementPath(const JsonReader &r, const QString &listKey, qsizetype i, const char *field)
{
    return r.childPath(listKey) + u'[' + QString::number(i) + QStringLiteral("].") + QLatin1String(field);
}
} // namespace

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
    // TODO(lead): use the shared code parser (institutioncode.h).
    b.branchCode = interim::readCode(r, QStringLiteral("branchCode"), interim::CodeKind::Branch);
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
    QSet<QString> seen;
    for (qsizetype i = 0; r.ok() && i < p.branches.size(); ++i) {
        const QString &code = p.branches.at(i).branchCode;
        if (seen.contains(code))
            r.fail(Error {QStringLiteral("duplicate"),
                          QStringLiteral("vestiging \"%1\" listed twice").arg(code),
                          elementPath(r, branchesKey, i, "branchCode")});
        seen.insert(code);
    }
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
    // TODO(lead): use the shared code parser (institutioncode.h).
    o.institutionCode
        = interim::readCode(r, QStringLiteral("institutionCode"), interim::CodeKind::SchoolOrBoard);
    o.updatedUntil = r.date(QStringLiteral("updatedUntil"));
    const QString peildataKey = QStringLiteral("peildata");
    o.peildata = r.list<GtbPeildatum>(peildataKey, &GtbPeildatum::fromJson);
    QSet<QDate> seen;
    for (qsizetype i = 0; r.ok() && i < o.peildata.size(); ++i) {
        const GtbPeildatum &p = o.peildata.at(i);
        if (seen.contains(p.peildatum))
            r.fail(Error {QStringLiteral("duplicate"),
                          QStringLiteral("peildatum %1 listed twice").arg(toIsoDate(p.peildatum)),
                          elementPath(r, peildataKey, i, "peildatum")});
        seen.insert(p.peildatum);
        // A school's overview lists only its own vestigingen.
        if (interim::isSchoolCode(o.institutionCode)) {
            for (qsizetype j = 0; r.ok() && j < p.branches.size(); ++j) {
                if (!p.branches.at(j).branchCode.startsWith(o.institutionCode))
                    r.fail(Error {QStringLiteral("code-mismatch"),
                                  QStringLiteral("vestiging \"%1\" does not belong to instelling \"%2\"")
                                      .arg(p.branches.at(j).branchCode, o.institutionCode),
                                  r.childPath(peildataKey) + u'[' + QString::number(i)
                                      + QStringLiteral("].branches[") + QString::number(j)
                                      + QStringLiteral("].branchCode")});
            }
        }
    }
    o.version = readVersion(r);
    return r.finish(std::move(o));
}

} // namespace hpo
