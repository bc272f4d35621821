// Reads (and the few test writes) of the portal data, and the change log.
// Rows carry the stored JSON document; http/documents.* turns them into
// response JSON, so switching to the domain codecs happens in one place.
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hpo::server {

class Database;

enum class Entity { Institution, Branch, Contact, Gtb, News, ContactMoment, Evaluation, Archive };
inline constexpr int entityCount = 8;
QString entityName(Entity entity); // "institution", "branch", …, "contactMoment"
std::optional<Entity> entityFromName(const QString &name);

struct EntityRow
{
    Entity entity = Entity::Institution;
    QString id;
    QString institution; // "" for general news
    qint64 version = 0;
    QByteArray data; // the stored JSON document, without version
    // archive only
    QString kind, direction, sentAt, subject, body;
    // news only: read by the caller
    bool read = false;
};

struct PersonRow
{
    QString id;
    QString kind; // "person" | "agent"
    QString displayName;
    QString email;
    QByteArray description;
};

struct ArchiveQuery
{
    QString institution;
    QString kind; // "" = any
    QString direction; // "" = any
    QString fromSentAt; // inclusive, "" = open
    QString toSentAt; // exclusive, "" = open
    QString text; // subject or body contains; "" = any
    QString afterSentAt, afterId; // page after this (sentAt, id), newest first
    int limit = 50;
};

struct ChangeRow
{
    qint64 seq = 0;
    QString at;
    Entity entity = Entity::Institution;
    QString institution;
    QString id;
    QString op; // "upsert" | "delete"
    qint64 version = 0;
    QByteArray data; // JSON document (with version) for upserts
};

class PortalStore final
{
    Q_DISABLE_COPY_MOVE(PortalStore)

public:
    explicit PortalStore(Database &database);

    std::optional<PersonRow> person(const QString &id) const;
    QList<PersonRow> persons() const;
    QStringList linkedInstitutions(const QString &personId) const;
    QStringList schoolsOfBoard(const QString &board) const;
    bool isContactAt(const QString &personId, const QString &institution) const;
    QStringList contactInstitutions(const QString &personId) const;
    Status link(const QString &personId, const QString &institution, const QDateTime &at);
    bool unlink(const QString &personId, const QString &institution);

    std::optional<EntityRow> get(Entity entity, const QString &institution, const QString &id) const;
    QList<EntityRow> institutions(const QStringList &codes) const;
    QList<EntityRow> list(Entity entity, const QString &institution) const; // not archive
    QList<EntityRow> news(const QStringList &institutions, const QString &personId, int limit) const;
    QList<EntityRow> archive(const ArchiveQuery &query) const;

    // Change feed.
    qint64 latestSeq() const;
    qint64 prunedThrough() const; // entries up to this seq are gone
    // A snapshot page of `entity` for `institutions`, after (afterInstitution, afterId).
    QList<EntityRow> snapshotPage(Entity entity, const QStringList &institutions, const QString &personId,
                                  const QString &afterInstitution, const QString &afterId, int limit) const;
    QList<ChangeRow> changesSince(qint64 seq, const QStringList &institutions, int limit) const;
    QList<QString> readNews(const QString &personId, const QStringList &newsIds) const;
    // Marks news item `newsId` read for the person when it is general news or news of one of
    // `institutions`; false when there is no such item the person may see.
    bool markNewsRead(const QString &personId, const QString &newsId, const QStringList &institutions);
    Status prune(const QDateTime &before);

    // Test writes (POST /test/changes): data row and change-log entry in one transaction.
    Result<ChangeRow> upsertNews(const QString &id, const QString &institution, const QByteArray &document,
                                 const QDateTime &at);
    Result<ChangeRow> remove(Entity entity, const QString &institution, const QString &id,
                             const QDateTime &at);

private:
    Database &m_database;
};

} // namespace hpo::server
