#pragma once

#include "models/domain/gtboverview.h"
#include "models/gtbfield.h"
#include "models/valuetablemodel.h"

namespace hpo {

// One row of the GTB table: a vestiging, or the totals over all of them.
struct GtbTableRow
{
    GtbBranchCounts counts;
    bool isTotal = false;
};

// The counts of one peildatum: one row per vestiging and a totals row last;
// the figures are funded, unfunded or both, as setFunding says.
class GtbTableModel final : public ValueTableModel<GtbTableRow>
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        FirstCountColumn, // then one column per gtbFields entry, in that order
    };
    static constexpr int columnFor(GtbField field) { return FirstCountColumn + int(field); }

    explicit GtbTableModel(QObject *parent = nullptr);

    // nullptr clears the table.
    void setPeildatum(const GtbPeildatum *peildatum);
    void setFunding(GtbFunding funding);
    GtbFunding funding() const { return m_funding; }

private:
    GtbFunding m_funding = GtbFunding::Combined;
};

} // namespace hpo
