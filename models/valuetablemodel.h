// A table model over a list of domain values, defined by its columns. The
// concrete models (contacts, branches, contact moments, …) only say which
// columns they have; rows, resets and lookups live here once.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <utility>

namespace hpo {

template<typename T> class ValueTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        // Header text, already translated.
        std::function<QString()> header;
        // Value for a role (DisplayRole, ToolTipRole, FontRole, …); an invalid QVariant for "none".
        std::function<QVariant(const T &, int role)> data;
    };

    // Roles shared by every value model.
    enum Roles {
        ValueIdRole = Qt::UserRole + 1, // the value's stable id, for selection and lookup
        SortKeyRole, // a value that sorts right (dates, numbers)
    };

    // A plain text column: DisplayRole and ToolTipRole show `text`, ValueIdRole gives `id`
    // (when set) so views can keep a selection across resets.
    static Column textColumn(std::function<QString()> header, std::function<QString(const T &)> text,
                             std::function<QString(const T &)> id = {})
    {
        return {std::move(header), [text = std::move(text), id = std::move(id)](const T &value, int role) {
                    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                        return QVariant(text(value));
                    if (role == ValueIdRole && id)
                        return QVariant(id(value));
                    return QVariant();
                }};
    }

    explicit ValueTableModel(QList<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent),
          m_columns(std::move(columns))
    { }

    void setValues(QList<T> values)
    {
        beginResetModel();
        m_values = std::move(values);
        endResetModel();
    }
    const QList<T> &values() const { return m_values; }
    const T &valueAt(int row) const { return m_values.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_values.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Column &column = m_columns.at(index.column());
        QVariant value = column.data(m_values.at(index.row()), role);
        // A column without its own sort key sorts by what it shows.
        if (role == SortKeyRole && !value.isValid())
            value = column.data(m_values.at(index.row()), Qt::DisplayRole);
        return value;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
            || section >= m_columns.size())
            return {};
        return m_columns.at(section).header();
    }

private:
    QList<Column> m_columns;
    QList<T> m_values;
};

} // namespace hpo
