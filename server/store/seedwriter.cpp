#include "server/store/seedwriter.h"

#include "server/store/database.h"

#include <QJsonDocument>
#include <QSqlError>

namespace hpo::server {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

SeedWriter::SeedWriter(QSqlDatabase db) : m_db(std::move(db))
{ }

SeedWriter::~SeedWriter() = default;

bool SeedWriter::isSeeded() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'seeded'"));
    return query.exec() && query.next();
}

Status SeedWriter::begin()
{
    // Seeding fills an empty file: write it once, not once to the WAL and again at the
    // checkpoint. The "seeded" mark commits last, so an interrupted seed is redone.
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=MEMORY"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    if (!m_db.transaction()) {
        return sqlError(QStringLiteral("begin seed"), m_db.lastError().text());
    }
    return success();
}

Status SeedWriter::commit()
{
    if (m_failure) {
        rollback();
        return *m_failure;
    }
    if (!m_db.commit()) {
        return sqlError(QStringLiteral("commit seed"), m_db.lastError().text());
    }
    restoreJournal();
    return success();
}

void SeedWriter::rollback()
{
    m_db.rollback();
    restoreJournal();
}

void SeedWriter::restoreJournal()
{
    m_queries.clear(); // no open statements while the journal mode changes
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

QSqlQuery &SeedWriter::prepared(int slot, const char *sql)
{
    if (m_queries.size() <= size_t(slot)) {
        m_queries.resize(slot + 1);
    }
    if (!m_queries[slot]) {
        m_queries[slot] = std::make_unique<QSqlQuery>(m_db);
        m_queries[slot]->prepare(QString::fromLatin1(sql));
    }
    return *m_queries[slot];
}

void SeedWriter::run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    if (m_failure) {
        return;
    }
    int i = 0;
    for (const QVariant &value : values) {
        query.bindValue(i++, value);
    }
    if (!query.exec()) {
        m_failure = sqlError(QStringLiteral("seed insert"), query.lastError().text());
    }
}

void SeedWriter::institution(const QString &code, const QString &kind, const QString &boardCode,
                             const QString &name, const QJsonObject &data)
{
    run(prepared(0,
                 "INSERT INTO institutions (id, institution, kind, board_code, name, version, data)"
                 " VALUES (?, ?, ?, ?, ?, 1, ?)"),
        {code, code, kind, boardCode.isEmpty() ? QVariant() : QVariant(boardCode), name, json(data)});
}

void SeedWriter::branch(const QString &code, const QString &institution, const QJsonObject &data)
{
    run(prepared(1, "INSERT INTO branches (id, institution, version, data) VALUES (?, ?, 1, ?)"),
        {code, institution, json(data)});
}

void SeedWriter::person(const QString &id, const QString &kind, const QString &displayName,
                        const QString &email, const QJsonObject &description)
{
    run(prepared(2,
                 "INSERT INTO persons (id, kind, display_name, email, description, version)"
                 " VALUES (?, ?, ?, ?, ?, 1)"),
        {id, kind, displayName, email, json(description)});
}

void SeedWriter::account(const QString &personId, const QString &institution, const QString &linkedAt)
{
    run(prepared(3, "INSERT INTO accounts (person_id, institution, linked_at) VALUES (?, ?, ?)"),
        {personId, institution, linkedAt});
}

void SeedWriter::contact(const QString &id, const QString &institution, const QString &personId,
                         const QJsonObject &data)
{
    run(prepared(4,
                 "INSERT INTO contacts (id, institution, person_id, version, data) VALUES (?, ?, ?, 1, ?)"),
        {id, institution, personId.isEmpty() ? QVariant() : QVariant(personId), json(data)});
}

void SeedWriter::news(const QString &id, const QString &institution, const QString &publishedAt,
                      const QJsonObject &data)
{
    run(prepared(5,
                 "INSERT INTO news (id, institution, published_at, version, data) VALUES (?, COALESCE(?, "
                 "''), ?, 1, ?)"),
        {id, institution, publishedAt, json(data)});
}

void SeedWriter::newsRead(const QString &personId, const QString &newsId)
{
    run(prepared(6, "INSERT INTO news_reads (person_id, news_id) VALUES (?, ?)"), {personId, newsId});
}

void SeedWriter::archive(const QString &id, const QString &institution, const QString &kind,
                         const QString &direction, const QString &sentAt, const QString &subject,
                         const QString &body, const QJsonObject &data)
{
    run(prepared(
            7,
            "INSERT INTO archive (id, institution, kind, direction, sent_at, subject, body, version, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"),
        {id, institution, kind, direction, sentAt, subject, body, json(data)});
}

void SeedWriter::contactMoment(const QString &id, const QString &institution, const QString &date,
                               const QJsonObject &data)
{
    run(prepared(8,
                 "INSERT INTO contact_moments (id, institution, moment_date, version, data) VALUES (?, ?, ?, "
                 "1, ?)"),
        {id, institution, date, json(data)});
}

void SeedWriter::evaluation(const QString &id, const QString &institution, const QString &date,
                            const QJsonObject &data)
{
    run(prepared(9,
                 "INSERT INTO evaluations (id, institution, evaluation_date, version, data) VALUES (?, ?, ?, "
                 "1, ?)"),
        {id, institution, date, json(data)});
}

void SeedWriter::gtb(const QString &institution, const QJsonObject &data)
{
    run(prepared(10, "INSERT INTO gtb (id, institution, version, data) VALUES (?, ?, 1, ?)"),
        {institution, institution, json(data)});
}

void SeedWriter::setMeta(const QString &key, const QString &value)
{
    run(prepared(11, "INSERT INTO meta (key, value) VALUES (?, ?)"), {key, value});
}

} // namespace hpo::server
