#include "models/branchmodel.h"

#include "models/displaytext.h"

namespace hpo {

namespace {
QString branchCode(const Branch &b)
{
    return b.code;
}
} // namespace

BranchModel::BranchModel(QObject *parent)
    : ValueTableModel<Branch>(
        {
            textColumn([] { return tr("Vestigingscode"); }, branchCode, branchCode),
            textColumn([] { return tr("Name"); }, [](const Branch &b) { return b.name; }, branchCode),
            textColumn([] { return tr("Address"); },
                       [](const Branch &b) { return DisplayText::address(b.address); }, branchCode),
        },
        parent)
{ }

} // namespace hpo
