#include "services/cache/entitytable.h"

#include "services/cache/sqlerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

namespace hpo {

QString toStoredTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

EntityTable::EntityTable(QSqlDatabase db, QString table, QStringList columns)
    : m_db(std::move(db)),
      m_table(std::move(table)),
      m_columns(std::move(columns))
{ }

Status EntityTable::upsert(const QVariantList &values, const QJsonObject &data, bool *inserted)
{
    if (inserted)
        *inserted = false;
    if (!m_upsert) {
        QStringList placeholders;
        QStringList updates;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            placeholders.append(QStringLiteral("?"));
            if (i > 0)
                updates.append(m_columns[i] + QStringLiteral(" = excluded.") + m_columns[i]);
        }
        updates.append(QStringLiteral("data = excluded.data"));
        QSqlQuery query(m_db);
        const QString sql
            = QStringLiteral("INSERT INTO %1 (%2, data) VALUES (%3, ?) ON CONFLICT(%4) DO UPDATE SET %5")
                  .arg(m_table, m_columns.join(u", "), placeholders.join(u", "), m_columns.first(),
                       updates.join(u", "));
        if (!query.prepare(sql))
            return sqlError(QStringLiteral("cache-write-failed"), query.lastError(), m_table);
        m_upsert = std::move(query);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_upsert->bindValue(int(i), values[i]);
    m_upsert->bindValue(int(values.size()),
                        QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    // The connection's last_insert_rowid (valid once the statement has run before).
    const QVariant rowidBefore = inserted ? m_upsert->lastInsertId() : QVariant();
    if (!m_upsert->exec())
        return sqlError(QStringLiteral("cache-write-failed"), m_upsert->lastError(), m_table);
    if (inserted && rowidBefore.isValid()) {
        const QVariant rowidAfter = m_upsert->lastInsertId();
        *inserted = rowidAfter.isValid() && rowidAfter != rowidBefore;
    }
    return success();
}

Status EntityTable::remove(const QVariant &key)
{
    if (!m_remove) {
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_table, m_columns.first())))
            return sqlError(QStringLiteral("cache-write-failed"), query.lastError(), m_table);
        m_remove = std::move(query);
    }
    m_remove->bindValue(0, key);
    if (!m_remove->exec())
        return sqlError(QStringLiteral("cache-write-failed"), m_remove->lastError(), m_table);
    return success();
}

Status EntityTable::removeWhere(const QString &column, const QVariant &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_table, column));
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(QStringLiteral("cache-write-failed"), query.lastError(), m_table);
    return success();
}

Result<QList<EntityTable::Row>> EntityTable::select(const QString &where, const QVariantList &binds,
                                                    const QString &orderBy, int limit,
                                                    const QStringList &extraColumns) const
{
    QString sql = QStringLiteral("SELECT data");
    for (const QString &column : extraColumns)
        sql += QStringLiteral(", ") + column;
    sql += QStringLiteral(" FROM ") + m_table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(QStringLiteral("cache-read-failed"), query.lastError(), m_table);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return sqlError(QStringLiteral("cache-read-failed"), query.lastError(), m_table);
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.data = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        for (qsizetype i = 0; i < extraColumns.size(); ++i)
            row.extra.append(query.value(int(i + 1)));
        rows.append(std::move(row));
    }
    return rows;
}

Result<qint64> EntityTable::count(const QString &where, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    QString sql = QStringLiteral("SELECT count(*) FROM ") + m_table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return sqlError(QStringLiteral("cache-read-failed"), query.lastError(), m_table);
    return query.value(0).toLongLong();
}

} // namespace hpo
