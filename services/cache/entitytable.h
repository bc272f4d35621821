// The shared SQL of the entity repositories: one table whose rows are an
// entity's JSON (`data`) plus key and query columns. Upserts keep the row (and
// its rowid, which the archive's full-text index follows). Statements are
// prepared once per instance, so a sync applying thousands of rows reuses them.
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace hpo {

class EntityTable final
{
public:
    // `columns`: every column written on upsert, the key first, `data` excluded.
    EntityTable(QSqlDatabase db, QString table, QStringList columns);

    // `values` in `columns` order. `inserted`, when given, is set to true only
    // when the row is certainly new (SQLite moved last_insert_rowid, which the
    // DO UPDATE path never does); false means "updated, or cannot tell".
    Status upsert(const QVariantList &values, const QJsonObject &data, bool *inserted = nullptr);
    Status remove(const QVariant &key);
    Status removeWhere(const QString &column, const QVariant &value);

    struct Row
    {
        QJsonObject data;
        QVariantList extra; // the `extraColumns` asked for, in order
    };
    // SELECT data[, extra…] FROM table [WHERE where] [ORDER BY orderBy] [LIMIT limit]
    Result<QList<Row>> select(const QString &where, const QVariantList &binds, const QString &orderBy = {},
                              int limit = -1, const QStringList &extraColumns = {}) const;
    Result<qint64> count(const QString &where, const QVariantList &binds) const;

    const QString &table() const { return m_table; }
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    std::optional<QSqlQuery> m_upsert;
    std::optional<QSqlQuery> m_remove;
};

// Times as stored: UTC with milliseconds and "Z", so text order is time order.
QString toStoredTime(const QDateTime &time);

} // namespace hpo

namespace hpo {

// Decodes stored rows with the domain codec; a row that no longer decodes is
// reported with its table as the error's field.
template<typename T>
Result<QList<T>> decodeRows(const Result<QList<EntityTable::Row>> &rows, const QString &table)
{
    if (!rows)
        return rows.error();
    QList<T> out;
    out.reserve(rows.value().size());
    for (const EntityTable::Row &row : rows.value()) {
        Result<T> item = T::fromJson(row.data, table);
        if (!item)
            return Error {QStringLiteral("cache-row-invalid"), item.error().message, item.error().field};
        out.append(std::move(item).value());
    }
    return out;
}

template<typename T>
Result<std::optional<T>> decodeOne(const Result<QList<EntityTable::Row>> &rows, const QString &table)
{
    Result<QList<T>> all = decodeRows<T>(rows, table);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return std::optional<T>();
    return std::optional<T>(all.value().first());
}

} // namespace hpo
