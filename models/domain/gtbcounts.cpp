#include "models/domain/gtbcounts.h"

#include "models/domain/jsonreader.h"

namespace hpo {

bool GtbCounts::isConsistent() const
{
    return under8 + eightAndOver == total && weight000 + weight030 + weight120 == total;
}

GtbCounts &GtbCounts::operator+=(const GtbCounts &other)
{
    under8 += other.under8;
    eightAndOver += other.eightAndOver;
    weight000 += other.weight000;
    weight030 += other.weight030;
    weight120 += other.weight120;
    newcomers += other.newcomers;
    total += other.total;
    return *this;
}

GtbCounts operator+(const GtbCounts &a, const GtbCounts &b)
{
    GtbCounts sum = a;
    sum += b;
    return sum;
}

QJsonObject GtbCounts::toJson() const
{
    return {
        {QStringLiteral("under8"), under8},       {QStringLiteral("eightAndOver"), eightAndOver},
        {QStringLiteral("weight000"), weight000}, {QStringLiteral("weight030"), weight030},
        {QStringLiteral("weight120"), weight120}, {QStringLiteral("newcomers"), newcomers},
        {QStringLiteral("total"), total},
    };
}

Result<GtbCounts> GtbCounts::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    const auto count = [&r](const char *key) {
        return static_cast<int>(r.integer(QLatin1String(key), 0, maxCount));
    };
    GtbCounts c;
    c.under8 = count("under8");
    c.eightAndOver = count("eightAndOver");
    c.weight000 = count("weight000");
    c.weight030 = count("weight030");
    c.weight120 = count("weight120");
    c.newcomers = count("newcomers");
    c.total = count("total");
    if (r.ok() && c.under8 + c.eightAndOver != c.total)
        r.fail(QStringLiteral("total"), QStringLiteral("inconsistent-counts"),
               QStringLiteral("under8 + eightAndOver (%1) differs from total (%2)")
                   .arg(c.under8 + c.eightAndOver)
                   .arg(c.total));
    if (r.ok() && c.weight000 + c.weight030 + c.weight120 != c.total)
        r.fail(QStringLiteral("total"), QStringLiteral("inconsistent-counts"),
               QStringLiteral("weight000 + weight030 + weight120 (%1) differs from total (%2)")
                   .arg(c.weight000 + c.weight030 + c.weight120)
                   .arg(c.total));
    return r.finish(c);
}

} // namespace hpo
