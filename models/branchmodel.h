#pragma once

#include "models/domain/branch.h"
#include "models/valuetablemodel.h"

namespace hpo {

// The branches (vestigingen) of one school: code, name, address.
class BranchModel final : public ValueTableModel<Branch>
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, AddressColumn };
    explicit BranchModel(QObject *parent = nullptr);
};

} // namespace hpo
