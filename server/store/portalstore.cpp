#include "server/store/portalstore.h"

#include "server/store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hpo::server {

namespace {

struct EntityInfo
{
    Entity entity;
    const char *name;
    const char *table;
};

constexpr EntityInfo entities[entityCount] = {
    {Entity::Institution, "institution", "institutions"},
    {Entity::Branch, "branch", "branches"},
    {Entity::Contact, "contact", "contacts"},
    {Entity::Gtb, "gtb", "gtb"},
    {Entity::News, "news", "news"},
    {Entity::ContactMoment, "contactMoment", "contact_moments"},
    {Entity::Evaluation, "evaluation", "evaluations"},
    {Entity::Archive, "archive", "archive"},
};

QString table(Entity entity)
{
    return QString::fromLatin1(entities[int(entity)].table);
}

QString placeholders(qsizetype count)
{
    QString out;
    out.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i) {
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    }
    return out.isEmpty() ? QStringLiteral("NULL") : out;
}

QString columns(Entity entity)
{
    QString base = QStringLiteral("id, institution, version, data");
    if (entity == Entity::Archive) {
        base += QStringLiteral(", kind, direction, sent_at, subject, body");
    }
    return base;
}

EntityRow readRow(Entity entity, const QSqlQuery &q)
{
    EntityRow row;
    row.entity = entity;
    row.id = q.value(0).toString();
    row.institution = q.value(1).toString();
    row.version = q.value(2).toLongLong();
    row.data = q.value(3).toString().toUtf8();
    if (entity == Entity::Archive) {
        row.kind = q.value(4).toString();
        row.direction = q.value(5).toString();
        row.sentAt = q.value(6).toString();
        row.subject = q.value(7).toString();
        row.body = q.value(8).toString();
    }
    return row;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
}

QString isoNow(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

QString entityName(Entity entity)
{
    return QString::fromLatin1(entities[int(entity)].name);
}

std::optional<Entity> entityFromName(const QString &name)
{
    for (const EntityInfo &info : entities) {
        if (name == QLatin1String(info.name)) {
            return info.entity;
        }
    }
    return std::nullopt;
}

PortalStore::PortalStore(Database &database) : m_database(database)
{ }

std::optional<PersonRow> PortalStore::person(const QString &id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, kind, display_name, email, description FROM persons WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return PersonRow {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString().toUtf8()};
}

QList<PersonRow> PortalStore::persons() const
{
    QList<PersonRow> out;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, kind, display_name, email, description FROM persons ORDER BY id"));
    if (q.exec()) {
        while (q.next()) {
            out.append(PersonRow {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString().toUtf8()});
        }
    }
    return out;
}

QStringList PortalStore::linkedInstitutions(const QString &personId) const
{
    QStringList out;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT institution FROM accounts WHERE person_id = ? ORDER BY linked_at, institution"));
    q.bindValue(0, personId);
    if (q.exec()) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

QStringList PortalStore::schoolsOfBoard(const QString &board) const
{
    QStringList out;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM institutions WHERE board_code = ? ORDER BY id"));
    q.bindValue(0, board);
    if (q.exec()) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

bool PortalStore::isContactAt(const QString &personId, const QString &institution) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE person_id = ? AND institution = ?"));
    q.bindValue(0, personId);
    q.bindValue(1, institution);
    return q.exec() && q.next();
}

QStringList PortalStore::contactInstitutions(const QString &personId) const
{
    QStringList out;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT DISTINCT institution FROM contacts WHERE person_id = ? ORDER BY institution"));
    q.bindValue(0, personId);
    if (q.exec()) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

Status PortalStore::link(const QString &personId, const QString &institution, const QDateTime &at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (person_id, institution, linked_at) VALUES (?, ?, ?)"));
    bindAll(q, {personId, institution, isoNow(at)});
    if (!q.exec()) {
        return sqlError(QStringLiteral("link account"), q.lastError().text());
    }
    return success();
}

bool PortalStore::unlink(const QString &personId, const QString &institution)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE person_id = ? AND institution = ?"));
    bindAll(q, {personId, institution});
    return q.exec() && q.numRowsAffected() > 0;
}

std::optional<EntityRow> PortalStore::get(Entity entity, const QString &institution, const QString &id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND institution = ?")
                  .arg(columns(entity), table(entity)));
    bindAll(q, {id, institution});
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return readRow(entity, q);
}

QList<EntityRow> PortalStore::institutions(const QStringList &codes) const
{
    QList<EntityRow> out;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM institutions WHERE id IN (%2) ORDER BY id")
                  .arg(columns(Entity::Institution), placeholders(codes.size())));
    for (int i = 0; i < codes.size(); ++i) {
        q.bindValue(i, codes.at(i));
    }
    if (q.exec()) {
        while (q.next()) {
            out.append(readRow(Entity::Institution, q));
        }
    }
    return out;
}

QList<EntityRow> PortalStore::list(Entity entity, const QString &institution) const
{
    QList<EntityRow> out;
    QSqlQuery q(m_database.connection());
    QString order = QStringLiteral("id");
    if (entity == Entity::ContactMoment) {
        order = QStringLiteral("moment_date DESC, id DESC");
    } else if (entity == Entity::Evaluation) {
        order = QStringLiteral("evaluation_date DESC, id DESC");
    }
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE institution = ? ORDER BY %3")
                  .arg(columns(entity), table(entity), order));
    q.bindValue(0, institution);
    if (q.exec()) {
        while (q.next()) {
            out.append(readRow(entity, q));
        }
    }
    return out;
}

QList<EntityRow> PortalStore::news(const QStringList &institutions, const QString &personId, int limit) const
{
    QList<EntityRow> out;
    QStringList scope = institutions;
    scope.prepend(QStringLiteral(""));
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT n.id, n.institution, n.version, n.data,"
                       " (SELECT COUNT(*) FROM news_reads r WHERE r.person_id = ? AND r.news_id = n.id)"
                       " FROM news n WHERE n.institution IN (%1) ORDER BY n.published_at DESC, n.id DESC"
                       " LIMIT %2")
            .arg(placeholders(scope.size()))
            .arg(limit));
    q.bindValue(0, personId);
    for (int i = 0; i < scope.size(); ++i) {
        q.bindValue(i + 1, scope.at(i).isNull() ? QStringLiteral("") : scope.at(i));
    }
    if (q.exec()) {
        while (q.next()) {
            EntityRow row = readRow(Entity::News, q);
            row.read = q.value(4).toInt() > 0;
            out.append(row);
        }
    }
    return out;
}

QList<EntityRow> PortalStore::archive(const ArchiveQuery &query) const
{
    QString sql
        = QStringLiteral("SELECT %1 FROM archive WHERE institution = ?").arg(columns(Entity::Archive));
    QVariantList values {query.institution};
    if (!query.kind.isEmpty()) {
        sql += QStringLiteral(" AND kind = ?");
        values << query.kind;
    }
    if (!query.direction.isEmpty()) {
        sql += QStringLiteral(" AND direction = ?");
        values << query.direction;
    }
    if (!query.fromSentAt.isEmpty()) {
        sql += QStringLiteral(" AND sent_at >= ?");
        values << query.fromSentAt;
    }
    if (!query.toSentAt.isEmpty()) {
        sql += QStringLiteral(" AND sent_at < ?");
        values << query.toSentAt;
    }
    if (!query.text.isEmpty()) {
        // Every word of the text as a prefix, within this institution: "jaarversl 2021" finds
        // "Jaarverslag 2021". FTS5 syntax is built here, never taken from the user.
        QString match = QStringLiteral("institution : \"")
            + QString(query.institution).replace(u'"', QStringLiteral("\"\""))
            + QStringLiteral("\" AND {subject body} : (");
        const QStringList words = query.text.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype w = 0; w < words.size(); ++w) {
            match += (w ? QStringLiteral(" AND \"") : QStringLiteral("\""))
                + QString(words.at(w)).replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
        }
        match += u')';
        sql += QStringLiteral(
            " AND rowid IN (SELECT rowid FROM archive_search WHERE archive_search MATCH ?)");
        values << match;
    }
    if (!query.afterSentAt.isEmpty()) {
        sql += QStringLiteral(" AND (sent_at < ? OR (sent_at = ? AND id < ?))");
        values << query.afterSentAt << query.afterSentAt << query.afterId;
    }
    sql += QStringLiteral(" ORDER BY sent_at DESC, id DESC LIMIT %1").arg(query.limit);
    QList<EntityRow> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, values);
    if (q.exec()) {
        while (q.next()) {
            out.append(readRow(Entity::Archive, q));
        }
    }
    return out;
}

qint64 PortalStore::latestSeq() const
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT MAX(seq) FROM change_log")) && q.next()) {
        const qint64 logged = q.value(0).toLongLong();
        return qMax(logged, prunedThrough());
    }
    return 0;
}

qint64 PortalStore::prunedThrough() const
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'prunedThrough'")) && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

QList<EntityRow> PortalStore::snapshotPage(Entity entity, const QStringList &institutions,
                                           const QString &personId, const QString &afterInstitution,
                                           const QString &afterId, int limit) const
{
    QStringList scope = institutions;
    if (entity == Entity::News) {
        scope.prepend(QStringLiteral(""));
    }
    QString select = columns(entity);
    QVariantList values;
    if (entity == Entity::News) {
        select += QStringLiteral(
            ", (SELECT COUNT(*) FROM news_reads r WHERE r.person_id = ? AND r.news_id = t.id)");
        values << personId;
    }
    // (institution, id) > (?, ?) written out: portable and index-friendly.
    const QString sql = QStringLiteral("SELECT %1 FROM %2 t WHERE institution IN (%3)"
                                       " AND (institution > ? OR (institution = ? AND id > ?))"
                                       " ORDER BY institution, id LIMIT %4")
                            .arg(select, table(entity), placeholders(scope.size()))
                            .arg(limit);
    for (const QString &code : scope) {
        values << (code.isNull() ? QStringLiteral("") : code);
    }
    // A null QString binds as NULL, which compares as unknown: bind "" instead.
    const QString inst = afterInstitution.isNull() ? QStringLiteral("") : afterInstitution;
    values << inst << inst << (afterId.isNull() ? QStringLiteral("") : afterId);
    QList<EntityRow> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, values);
    if (q.exec()) {
        while (q.next()) {
            EntityRow row = readRow(entity, q);
            if (entity == Entity::News) {
                row.read = q.value(4).toInt() > 0;
            }
            out.append(row);
        }
    }
    return out;
}

QList<ChangeRow> PortalStore::changesSince(qint64 seq, const QStringList &institutions, int limit) const
{
    QStringList scope = institutions;
    scope.prepend(QStringLiteral(""));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, entity, institution, id, op, version, data FROM change_log"
                             " WHERE seq > ? AND institution IN (%1) ORDER BY seq LIMIT %2")
                  .arg(placeholders(scope.size()))
                  .arg(limit));
    q.bindValue(0, seq);
    for (int i = 0; i < scope.size(); ++i) {
        q.bindValue(i + 1, scope.at(i).isNull() ? QStringLiteral("") : scope.at(i));
    }
    QList<ChangeRow> out;
    if (q.exec()) {
        while (q.next()) {
            ChangeRow row;
            row.seq = q.value(0).toLongLong();
            row.at = q.value(1).toString();
            row.entity = entityFromName(q.value(2).toString()).value_or(Entity::Institution);
            row.institution = q.value(3).toString();
            row.id = q.value(4).toString();
            row.op = q.value(5).toString();
            row.version = q.value(6).toLongLong();
            row.data = q.value(7).toString().toUtf8();
            out.append(row);
        }
    }
    return out;
}

bool PortalStore::markNewsRead(const QString &personId, const QString &newsId,
                               const QStringList &institutions)
{
    QStringList scope = institutions;
    scope.prepend(QStringLiteral(""));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM news WHERE id = ? AND institution IN (%1)")
                  .arg(placeholders(scope.size())));
    q.bindValue(0, newsId);
    for (int i = 0; i < scope.size(); ++i)
        q.bindValue(i + 1, scope.at(i).isNull() ? QStringLiteral("") : scope.at(i));
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
        return false;
    QSqlQuery insert(m_database.connection());
    // Marking twice is fine: the second time changes nothing.
    insert.prepare(QStringLiteral("INSERT INTO news_reads (person_id, news_id) SELECT ?, ? WHERE NOT EXISTS "
                                  "(SELECT 1 FROM news_reads WHERE person_id = ? AND news_id = ?)"));
    insert.addBindValue(personId);
    insert.addBindValue(newsId);
    insert.addBindValue(personId);
    insert.addBindValue(newsId);
    return insert.exec();
}

QList<QString> PortalStore::readNews(const QString &personId, const QStringList &newsIds) const
{
    QList<QString> out;
    if (newsIds.isEmpty()) {
        return out;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT news_id FROM news_reads WHERE person_id = ? AND news_id IN (%1)")
                  .arg(placeholders(newsIds.size())));
    q.bindValue(0, personId);
    for (int i = 0; i < newsIds.size(); ++i) {
        q.bindValue(i + 1, newsIds.at(i));
    }
    if (q.exec()) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

Status PortalStore::prune(const QDateTime &before)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT MAX(seq) FROM change_log WHERE at < ?"));
    q.bindValue(0, isoNow(before));
    if (!q.exec() || !q.next() || q.value(0).isNull()) {
        return success();
    }
    const qint64 through = q.value(0).toLongLong();
    if (!db.transaction()) {
        return sqlError(QStringLiteral("prune"), db.lastError().text());
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM change_log WHERE seq <= ?"));
    del.bindValue(0, through);
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("DELETE FROM meta WHERE key = 'prunedThrough'"));
    QSqlQuery set(db);
    set.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('prunedThrough', ?)"));
    set.bindValue(0, QString::number(qMax(through, prunedThrough())));
    if (!del.exec() || !mark.exec() || !set.exec() || !db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return sqlError(QStringLiteral("prune"), detail);
    }
    return success();
}

namespace {

Result<ChangeRow> appendLog(QSqlDatabase &db, const ChangeRow &change)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO change_log (at, entity, institution, id, op, version, data)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q,
            {change.at, entityName(change.entity), change.institution, change.id, change.op, change.version,
             change.data.isNull() ? QVariant() : QVariant(QString::fromUtf8(change.data))});
    if (!q.exec()) {
        return sqlError(QStringLiteral("append change"), q.lastError().text());
    }
    ChangeRow out = change;
    out.seq = q.lastInsertId().toLongLong();
    return out;
}

} // namespace

Result<ChangeRow> PortalStore::upsertNews(const QString &id, const QString &institutionCode,
                                          const QByteArray &document, const QDateTime &at)
{
    // General news lives under institution "" (a null QString would bind as NULL).
    const QString institution = institutionCode.isNull() ? QStringLiteral("") : institutionCode;
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        return sqlError(QStringLiteral("upsert news"), db.lastError().text());
    }
    auto fail = [&](const QString &detail) -> Result<ChangeRow> {
        db.rollback();
        return sqlError(QStringLiteral("upsert news"), detail);
    };
    qint64 version = 1;
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT version FROM news WHERE id = ?"));
    find.bindValue(0, id);
    if (!find.exec()) {
        return fail(find.lastError().text());
    }
    const bool exists = find.next();
    if (exists) {
        version = find.value(0).toLongLong() + 1;
    }
    find.finish();
    QJsonObject stored = QJsonDocument::fromJson(document).object();
    const QString publishedAt = stored.value(QStringLiteral("publishedAt")).toString();
    QSqlQuery write(db);
    if (exists) {
        write.prepare(QStringLiteral(
            "UPDATE news SET institution = ?, published_at = ?, version = ?, data = ? WHERE id = ?"));
        bindAll(write, {institution, publishedAt, version, QString::fromUtf8(document), id});
    } else {
        write.prepare(QStringLiteral(
            "INSERT INTO news (institution, published_at, version, data, id) VALUES (?, ?, ?, ?, ?)"));
        bindAll(write, {institution, publishedAt, version, QString::fromUtf8(document), id});
    }
    if (!write.exec()) {
        return fail(write.lastError().text());
    }
    stored.insert(QStringLiteral("version"), version);
    auto logged = appendLog(db,
                            ChangeRow {0, isoNow(at), Entity::News, institution, id, QStringLiteral("upsert"),
                                       version, QJsonDocument(stored).toJson(QJsonDocument::Compact)});
    if (!logged) {
        return fail(logged.error().message);
    }
    if (!db.commit()) {
        return fail(db.lastError().text());
    }
    return logged;
}

Result<ChangeRow> PortalStore::remove(Entity entity, const QString &institution, const QString &id,
                                      const QDateTime &at)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        return sqlError(QStringLiteral("delete"), db.lastError().text());
    }
    auto fail = [&](const QString &detail) -> Result<ChangeRow> {
        db.rollback();
        return sqlError(QStringLiteral("delete"), detail);
    };
    QSqlQuery find(db);
    find.prepare(
        QStringLiteral("SELECT version FROM %1 WHERE id = ? AND institution = ?").arg(table(entity)));
    bindAll(find, {id, institution});
    if (!find.exec()) {
        return fail(find.lastError().text());
    }
    if (!find.next()) {
        db.rollback();
        return Error {QStringLiteral("not-found"), QStringLiteral("no such row"), {}};
    }
    const qint64 version = find.value(0).toLongLong() + 1;
    find.finish();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND institution = ?").arg(table(entity)));
    bindAll(del, {id, institution});
    if (!del.exec()) {
        return fail(del.lastError().text());
    }
    auto logged = appendLog(
        db, ChangeRow {0, isoNow(at), entity, institution, id, QStringLiteral("delete"), version, {}});
    if (!logged) {
        return fail(logged.error().message);
    }
    if (!db.commit()) {
        return fail(db.lastError().text());
    }
    return logged;
}

} // namespace hpo::server
