// A small GTB overview for the page and export tests: two peildata, two vestigingen.
#pragma once

#include "models/domain/gtboverview.h"

namespace hpo::test {

inline GtbCounts gtbCounts(int under8, int eightAndOver, int w030, int w120, int newcomers)
{
    GtbCounts c;
    c.under8 = under8;
    c.eightAndOver = eightAndOver;
    c.total = under8 + eightAndOver;
    c.weight030 = w030;
    c.weight120 = w120;
    c.weight000 = c.total - w030 - w120;
    c.newcomers = newcomers;
    return c;
}

inline GtbOverview gtbOverview()
{
    GtbOverview o;
    o.institutionCode = QStringLiteral("16AH");
    o.updatedUntil = QDate(2021, 12, 8);
    GtbPeildatum older;
    older.peildatum = QDate(2020, 10, 1);
    older.updatedUntil = QDate(2021, 3, 1);
    older.branches = {
        {QStringLiteral("16AH00"), QStringLiteral("Het Eenspan"), gtbCounts(50, 70, 10, 3, 2),
         gtbCounts(1, 0, 0, 0, 0)},
        {QStringLiteral("16AH01"), QStringLiteral("Dependance \"De Boog\"; Noord"),
         gtbCounts(12, 18, 4, 1, 0), gtbCounts(0, 1, 0, 0, 0)},
    };
    GtbPeildatum newer = older;
    newer.peildatum = QDate(2021, 10, 1);
    newer.updatedUntil = QDate(2021, 12, 8);
    newer.branches[0].funded = gtbCounts(55, 72, 11, 2, 4);
    newer.branches[1].funded = gtbCounts(10, 20, 3, 0, 1);
    o.peildata = {older, newer}; // the server's order, oldest first
    return o;
}

} // namespace hpo::test
