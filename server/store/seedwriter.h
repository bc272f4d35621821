// Bulk inserts for the seed: prepared statements, one transaction. Every row
// starts at version 1; the seed is the change feed's baseline (no log entries).
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace hpo::server {

class SeedWriter final
{
    Q_DISABLE_COPY_MOVE(SeedWriter)

public:
    explicit SeedWriter(QSqlDatabase db);
    ~SeedWriter();

    bool isSeeded() const;
    Status begin();
    Status commit(); // also marks the database as seeded
    void rollback();

    void institution(const QString &code, const QString &kind, const QString &boardCode, const QString &name,
                     const QJsonObject &data);
    void branch(const QString &code, const QString &institution, const QJsonObject &data);
    void person(const QString &id, const QString &kind, const QString &displayName, const QString &email,
                const QJsonObject &description);
    void account(const QString &personId, const QString &institution, const QString &linkedAt);
    void contact(const QString &id, const QString &institution, const QString &personId,
                 const QJsonObject &data);
    void news(const QString &id, const QString &institution, const QString &publishedAt,
              const QJsonObject &data);
    void newsRead(const QString &personId, const QString &newsId);
    void archive(const QString &id, const QString &institution, const QString &kind, const QString &direction,
                 const QString &sentAt, const QString &subject, const QString &body, const QJsonObject &data);
    void contactMoment(const QString &id, const QString &institution, const QString &date,
                       const QJsonObject &data);
    void evaluation(const QString &id, const QString &institution, const QString &date,
                    const QJsonObject &data);
    void gtb(const QString &institution, const QJsonObject &data);
    void setMeta(const QString &key, const QString &value);

    // The first failure of any insert (they go on being ignored after it).
    const std::optional<Error> &failure() const { return m_failure; }

private:
    QSqlQuery &prepared(int slot, const char *sql);
    void run(QSqlQuery &query, std::initializer_list<QVariant> values);
    void restoreJournal();

    QSqlDatabase m_db;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries;
    std::optional<Error> m_failure;
};

} // namespace hpo::server
