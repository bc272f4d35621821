// The figures of a GTB count (columns of the overview table and its exports)
// and which funding they cover, so the table, the CSV and the PDF agree.
#pragma once

#include "models/domain/gtbcounts.h"
#include "models/domain/gtboverview.h"

namespace hpo {

enum class GtbField { Under8, EightAndOver, Weight000, Weight030, Weight120, Newcomers, Total };

inline constexpr GtbField gtbFields[]
    = {GtbField::Under8,    GtbField::EightAndOver, GtbField::Weight000, GtbField::Weight030,
       GtbField::Weight120, GtbField::Newcomers,    GtbField::Total};

inline int gtbValue(const GtbCounts &counts, GtbField field)
{
    switch (field) {
    case GtbField::Under8:
        return counts.under8;
    case GtbField::EightAndOver:
        return counts.eightAndOver;
    case GtbField::Weight000:
        return counts.weight000;
    case GtbField::Weight030:
        return counts.weight030;
    case GtbField::Weight120:
        return counts.weight120;
    case GtbField::Newcomers:
        return counts.newcomers;
    case GtbField::Total:
        return counts.total;
    }
    return 0;
}

// Bekostigd, niet bekostigd, or both added up.
enum class GtbFunding { Combined, Funded, Unfunded };

inline GtbCounts gtbCounts(const GtbBranchCounts &branch, GtbFunding funding)
{
    switch (funding) {
    case GtbFunding::Funded:
        return branch.funded;
    case GtbFunding::Unfunded:
        return branch.unfunded;
    case GtbFunding::Combined:
        break;
    }
    return branch.combined();
}

} // namespace hpo
