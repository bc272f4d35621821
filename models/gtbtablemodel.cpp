#include "models/gtbtablemodel.h"

#include "models/displaytext.h"

#include <QFont>
#include <QLocale>

namespace hpo {

namespace {
using Model = ValueTableModel<GtbTableRow>;

QVariant idOrEmpty(const GtbTableRow &row)
{
    return row.isTotal ? QVariant() : QVariant(row.counts.branchCode);
}

QVariant boldIfTotal(const GtbTableRow &row)
{
    if (!row.isTotal)
        return {};
    QFont font;
    font.setBold(true);
    return font;
}

Model::Column textColumn(std::function<QString()> header, std::function<QString(const GtbTableRow &)> text)
{
    return {std::move(header), [text = std::move(text)](const GtbTableRow &row, int role) -> QVariant {
                switch (role) {
                case Qt::DisplayRole:
                case Qt::ToolTipRole:
                case Model::SortKeyRole:
                    return text(row);
                case Model::ValueIdRole:
                    return idOrEmpty(row);
                case Qt::FontRole:
                    return boldIfTotal(row);
                default:
                    return {};
                }
            }};
}

QList<Model::Column> gtbColumns(const GtbFunding *funding)
{
    QList<Model::Column> columns {
        textColumn(&DisplayText::branchCodeTitle,
                   [](const GtbTableRow &row) { return row.isTotal ? QString() : row.counts.branchCode; }),
        textColumn(&DisplayText::branchTitle,
                   [](const GtbTableRow &row) {
                       return row.isTotal ? DisplayText::gtbField(GtbField::Total) : row.counts.branchName;
                   }),
    };
    for (const GtbField field : gtbFields) {
        columns.append({[field] { return DisplayText::gtbField(field); },
                        [funding, field](const GtbTableRow &row, int role) -> QVariant {
                            const int value = gtbValue(gtbCounts(row.counts, *funding), field);
                            switch (role) {
                            case Qt::DisplayRole:
                                return QLocale().toString(value);
                            case Qt::ToolTipRole:
                                return DisplayText::gtbFieldDescription(field);
                            case Qt::TextAlignmentRole:
                                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
                            case Model::SortKeyRole:
                                return value;
                            case Model::ValueIdRole:
                                return idOrEmpty(row);
                            case Qt::FontRole:
                                return boldIfTotal(row);
                            default:
                                return {};
                            }
                        }});
    }
    return columns;
}
} // namespace

// The columns read m_funding through a pointer: it is only dereferenced once the model is built.
GtbTableModel::GtbTableModel(QObject *parent) : ValueTableModel<GtbTableRow>(gtbColumns(&m_funding), parent)
{ }

void GtbTableModel::setPeildatum(const GtbPeildatum *peildatum)
{
    QList<GtbTableRow> rows;
    if (peildatum) {
        for (const GtbBranchCounts &branch : peildatum->branches)
            rows.append({branch, false});
        GtbBranchCounts total;
        total.funded = peildatum->fundedTotal();
        total.unfunded = peildatum->unfundedTotal();
        rows.append({total, true});
    }
    setValues(std::move(rows));
}

void GtbTableModel::setFunding(GtbFunding funding)
{
    if (funding == m_funding)
        return;
    m_funding = funding;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, FirstCountColumn), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, SortKeyRole});
    }
}

} // namespace hpo
