// GET /api/v1/changes: one feed over everything the caller may see. Without
// `since`, a paged snapshot read from the tables as of a log position; then the
// change log from that position on.
#include "server/auth/caller.h"
#include "server/http/apiserver.h"
#include "server/http/documents.h"
#include "server/http/requests.h"
#include "server/http/responses.h"
#include "server/serverclock.h"
#include "server/store/portalstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace hpo::server {

namespace {

constexpr int defaultFeedPage = 500;
constexpr int maxFeedPage = 1000;

// The scope a cursor was made for: a new linked account makes old cursors unknown.
QString scopeFingerprint(const Caller &caller)
{
    const QByteArray text = caller.personId.toUtf8() + '|' + caller.visible.join(u',').toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(12));
}

QString b64(const QString &text)
{
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> unb64(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return QString::fromUtf8(*decoded);
}

struct Cursor
{
    bool snapshot = false;
    QString scope;
    qint64 seq = 0; // snapshot: the log position it is consistent with
    int entity = 0;
    QString afterInstitution, afterId;

    QString encode() const
    {
        if (!snapshot) {
            return QStringLiteral("c1.%1.%2").arg(scope).arg(seq);
        }
        return QStringLiteral("s1.%1.%2.%3.%4.%5")
            .arg(scope)
            .arg(seq)
            .arg(entity)
            .arg(b64(afterInstitution), b64(afterId));
    }

    static std::optional<Cursor> decode(const QString &text)
    {
        const QStringList parts = text.split(u'.');
        Cursor c;
        bool ok = false;
        if (parts.size() == 3 && parts.at(0) == u"c1") {
            c.scope = parts.at(1);
            c.seq = parts.at(2).toLongLong(&ok);
            return ok && c.seq >= 0 ? std::optional(c) : std::nullopt;
        }
        if (parts.size() == 6 && parts.at(0) == u"s1") {
            c.snapshot = true;
            c.scope = parts.at(1);
            c.seq = parts.at(2).toLongLong(&ok);
            bool entityOk = false;
            c.entity = parts.at(3).toInt(&entityOk);
            const auto inst = unb64(parts.at(4));
            const auto id = unb64(parts.at(5));
            if (!ok || !entityOk || c.seq < 0 || c.entity < 0 || c.entity >= entityCount || !inst || !id) {
                return std::nullopt;
            }
            c.afterInstitution = *inst;
            c.afterId = *id;
            return c;
        }
        return std::nullopt;
    }
};

QHttpServerResponse gone(const QString &code, const QString &detail)
{
    return problem(410, code, detail + QStringLiteral(" Start again without `since` (a full snapshot)."));
}

QJsonObject entry(qint64 seq, Entity entity, const QString &institution, const QString &id, const QString &op,
                  qint64 version, const QJsonValue &data)
{
    return QJsonObject {{QStringLiteral("seq"), seq},
                        {QStringLiteral("entity"), entityName(entity)},
                        {QStringLiteral("institution"),
                         institution.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(institution)},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("op"), op},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("data"), data}};
}

} // namespace

QHttpServerResponse ApiServer::changes(const QHttpServerRequest &request, const Caller &caller)
{
    QueryReader reader(request);
    const int limit = reader.integer(QStringLiteral("limit"), defaultFeedPage, 1, maxFeedPage);
    const QString since = reader.text(QStringLiteral("since"));
    if (!reader.ok()) {
        return reader.failure();
    }
    const QString scope = scopeFingerprint(caller);
    const qint64 latest = m_portal->latestSeq();
    const qint64 pruned = m_portal->prunedThrough();

    Cursor cursor;
    if (since.isEmpty()) {
        cursor.snapshot = true;
        cursor.scope = scope;
        cursor.seq = latest;
    } else {
        const auto decoded = Cursor::decode(since);
        if (!decoded || decoded->scope != scope || decoded->seq > latest) {
            return gone(
                QStringLiteral("cursor-unknown"),
                QStringLiteral("This cursor is not known for this account (or what it may see changed)."));
        }
        cursor = *decoded;
        if (cursor.seq < pruned) {
            return gone(QStringLiteral("cursor-expired"),
                        QStringLiteral("This cursor is older than the feed's retention of %1 days.")
                            .arg(m_config.feedRetentionDays));
        }
    }

    QJsonArray entries;
    bool hasMore = false;
    const bool wasSnapshot = cursor.snapshot;
    if (cursor.snapshot) {
        int remaining = limit;
        while (cursor.entity < entityCount && remaining > 0) {
            const Entity entity = Entity(cursor.entity);
            const QList<EntityRow> rows = m_portal->snapshotPage(
                entity, caller.visible, caller.personId, cursor.afterInstitution, cursor.afterId, remaining);
            for (const EntityRow &row : rows) {
                entries.append(entry(cursor.seq, entity, row.institution, row.id, QStringLiteral("upsert"),
                                     row.version, documentJson(row, feedBodyCapBytes)));
            }
            remaining -= int(rows.size());
            if (remaining == 0 && !rows.isEmpty()) {
                cursor.afterInstitution = rows.last().institution;
                cursor.afterId = rows.last().id;
                hasMore = true;
            } else {
                ++cursor.entity;
                cursor.afterInstitution.clear();
                cursor.afterId.clear();
            }
        }
        if (cursor.entity >= entityCount) {
            cursor.snapshot = false; // done: from here on the log
            hasMore = !m_portal->changesSince(cursor.seq, caller.visible, 1).isEmpty();
        }
    } else {
        QList<ChangeRow> rows = m_portal->changesSince(cursor.seq, caller.visible, limit + 1);
        hasMore = rows.size() > limit;
        if (hasMore) {
            rows.removeLast();
        }
        QStringList newsIds;
        for (const ChangeRow &row : rows) {
            if (row.entity == Entity::News && row.op == u"upsert") {
                newsIds.append(row.id);
            }
        }
        const QList<QString> read = m_portal->readNews(caller.personId, newsIds);
        for (const ChangeRow &row : rows) {
            const QJsonValue data = row.op == u"delete"
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(changeDocumentJson(row, read.contains(row.id)));
            entries.append(entry(row.seq, row.entity, row.institution, row.id, row.op, row.version, data));
            cursor.seq = row.seq;
        }
    }
    QJsonObject body {{QStringLiteral("entries"), entries},
                      {QStringLiteral("cursor"), cursor.encode()},
                      {QStringLiteral("hasMore"), hasMore}};
    if (wasSnapshot) {
        body.insert(QStringLiteral("snapshot"), true);
    }
    QHttpServerResponse response = jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

void ApiServer::pruneFeed()
{
    if (m_portal) {
        if (const Status pruned = m_portal->prune(m_clock.now().addDays(-m_config.feedRetentionDays));
            !pruned) {
            qWarning("feed prune failed: %s", qPrintable(pruned.error().message));
        }
    }
}

void ApiServer::registerChangeRoutes()
{
    addAuthed(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/changes"),
              [this](const QHttpServerRequest &request, const Args &, const Caller &caller) {
                  return changes(request, caller);
              });
}

void ApiServer::registerTestRoutes()
{
    if (!m_config.testBroker) {
        return;
    }
    addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/test/clock"),
             [this](const QHttpServerRequest &request, const Args &) {
                 QHttpServerResponse failure(QHttpServerResponse::StatusCode::BadRequest);
                 const auto body = jsonBody(request, &failure);
                 if (!body) {
                     return failure;
                 }
                 const QDateTime now = QDateTime::fromString(body->value(QStringLiteral("now")).toString(),
                                                             Qt::ISODateWithMs);
                 if (!now.isValid()) {
                     return problem(422, QStringLiteral("validation-failed"),
                                    QStringLiteral("now is not a time."),
                                    {FieldError {QStringLiteral("now"), QStringLiteral("invalid-date-time"),
                                                 QStringLiteral("ISO 8601 with offset")}});
                 }
                 m_clock.setNow(now);
                 pruneFeed();
                 return jsonResponse(
                     QJsonObject {{QStringLiteral("now"), m_clock.now().toString(Qt::ISODateWithMs)}});
             });
    // Makes a change to drive the feed until the write routes exist:
    // {"op":"upsert","entity":"news","institution":"16AH","id":"n-test-1","title":"…"} or
    // {"op":"delete","entity":"archive","institution":"16AH","id":"a000000001"}.
    addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/test/changes"),
             [this](const QHttpServerRequest &request, const Args &) {
                 QHttpServerResponse failure(QHttpServerResponse::StatusCode::BadRequest);
                 const auto body = jsonBody(request, &failure);
                 if (!body) {
                     return failure;
                 }
                 const QString op = body->value(QStringLiteral("op")).toString();
                 const auto entity = entityFromName(body->value(QStringLiteral("entity")).toString());
                 const QString institution = body->value(QStringLiteral("institution")).toString();
                 const QString id = body->value(QStringLiteral("id")).toString();
                 if (!entity || id.isEmpty() || id.size() > 32) {
                     return problem(422, QStringLiteral("validation-failed"),
                                    QStringLiteral("entity and id are required."));
                 }
                 Result<ChangeRow> change = Error {};
                 if (op == u"upsert" && *entity == Entity::News) {
                     QJsonObject doc {
                         {QStringLiteral("id"), id},
                         {QStringLiteral("title"), body->value(QStringLiteral("title")).toString()},
                         {QStringLiteral("body"), body->value(QStringLiteral("body")).toString()},
                         {QStringLiteral("publishedAt"), m_clock.now().toString(Qt::ISODate)}};
                     if (!institution.isEmpty()) {
                         doc.insert(QStringLiteral("institutionCode"), institution);
                     }
                     change = m_portal->upsertNews(
                         id, institution, QJsonDocument(doc).toJson(QJsonDocument::Compact), m_clock.now());
                 } else if (op == u"delete") {
                     change = m_portal->remove(*entity, institution, id, m_clock.now());
                 } else {
                     return problem(422, QStringLiteral("validation-failed"),
                                    QStringLiteral("op must be upsert (news only) or delete."));
                 }
                 if (!change) {
                     return change.error().code == u"not-found"
                         ? problem(404, QStringLiteral("not-found"), QStringLiteral("No such resource."))
                         : problem(500, QStringLiteral("storage-error"), change.error().message);
                 }
                 return jsonResponse(QJsonObject {{QStringLiteral("seq"), change->seq},
                                                  {QStringLiteral("version"), change->version}},
                                     201);
             });
}

} // namespace hpo::server
