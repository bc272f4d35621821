// The portal read routes of ApiServer, plus /me, accounts and the password
// routes. Anything the caller may not see answers 404, never 403.
#include "models/domain/institutioncode.h"
#include "models/domain/validation.h"
#include "server/auth/caller.h"
#include "server/auth/oauthrules.h"
#include "server/http/apiserver.h"
#include "server/http/documents.h"
#include "server/http/requests.h"
#include "server/http/responses.h"
#include "server/serverclock.h"
#include "server/store/authstore.h"
#include "server/store/portalstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace hpo::server {

namespace {

constexpr int maxArchivePage = 200;

QHttpServerResponse notFound()
{
    return problem(404, QStringLiteral("not-found"), QStringLiteral("No such resource."));
}

QHttpServerResponse passwordGone()
{
    return problem(
        410, QStringLiteral("password-sign-in-ended"),
        QStringLiteral("Inloggen en wachtwoord wijzigen met een wachtwoord kan niet meer sinds 1 april "
                       "2022; log in met eHerkenning. / Password sign-in and password change ended on "
                       "1 April 2022; sign in with eHerkenning."));
}

// Every person's password is the demo password until they change it.
bool passwordMatches(const AuthStore &store, const QString &personId, const QString &password)
{
    const auto stored = store.password(personId);
    if (!stored) {
        return password == u"demo-password";
    }
    return oauth::hashPassword(password, stored->salt) == stored->hash;
}

QJsonArray documents(const QList<EntityRow> &rows, qsizetype bodyCap = -1)
{
    QJsonArray out;
    for (const EntityRow &row : rows) {
        out.append(documentJson(row, bodyCap));
    }
    return out;
}

QString encodeArchiveCursor(const EntityRow &row)
{
    return QString::fromLatin1((row.sentAt + u'|' + row.id)
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeArchiveCursor(const QString &cursor, QString *sentAt, QString *id)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return false;
    }
    const QStringList parts = QString::fromUtf8(*decoded).split(u'|');
    if (parts.size() != 2 || !QDateTime::fromString(parts.at(0), Qt::ISODate).isValid()
        || parts.at(1).isEmpty() || parts.at(1).size() > 32) {
        return false;
    }
    *sentAt = parts.at(0);
    *id = parts.at(1);
    return true;
}

} // namespace

void ApiServer::registerAccountRoutes()
{
    addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/auth/password"),
             [this](const QHttpServerRequest &request, const Args &) {
                 if (!passwordAvailable()) {
                     return passwordGone();
                 }
                 QHttpServerResponse failure(QHttpServerResponse::StatusCode::BadRequest);
                 const auto body = jsonBody(request, &failure);
                 if (!body) {
                     return failure;
                 }
                 const QString username = body->value(QStringLiteral("username")).toString();
                 const QString password = body->value(QStringLiteral("password")).toString();
                 if (username.size() > 64 || password.size() > maximumPasswordLength
                     || !m_portal->person(username) || !passwordMatches(*m_auth, username, password)) {
                     return problem(401, QStringLiteral("invalid-credentials"),
                                    QStringLiteral("Unknown user name or wrong password."));
                 }
                 return issueTokens(username, QUuid::createUuid().toString(QUuid::WithoutBraces));
             });
    addAuthed(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/auth/password/change"),
              [this](const QHttpServerRequest &request, const Args &, const Caller &caller) {
                  if (!passwordAvailable()) {
                      return passwordGone();
                  }
                  QHttpServerResponse failure(QHttpServerResponse::StatusCode::BadRequest);
                  const auto body = jsonBody(request, &failure);
                  if (!body) {
                      return failure;
                  }
                  const QString current = body->value(QStringLiteral("currentPassword")).toString();
                  // 403, not 401: the bearer token is fine, the password is not.
                  if (current.size() > maximumPasswordLength
                      || !passwordMatches(*m_auth, caller.personId, current)) {
                      return problem(403, QStringLiteral("invalid-credentials"),
                                     QStringLiteral("The current password is wrong."));
                  }
                  const QString next = body->value(QStringLiteral("newPassword")).toString();
                  if (!checkNewPassword(next)) {
                      return problem(422, QStringLiteral("validation-failed"),
                                     QStringLiteral("The new password is not acceptable."),
                                     {FieldError {QStringLiteral("newPassword"), QStringLiteral("length"),
                                                  QStringLiteral("12 to 128 characters")}});
                  }
                  const QString salt = oauth::randomSalt();
                  if (!m_auth->savePassword(caller.personId, {salt, oauth::hashPassword(next, salt)},
                                            m_clock.now())) {
                      return problem(500, QStringLiteral("storage-error"),
                                     QStringLiteral("The password could not be stored."));
                  }
                  return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
              });

    addAuthed(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/me"),
              [this](const QHttpServerRequest &request, const Args &, const Caller &caller) {
                  QJsonArray accounts;
                  const QList<EntityRow> rows = m_portal->institutions(caller.linked);
                  for (const QString &code : caller.linked) {
                      for (const EntityRow &row : rows) {
                          if (row.id == code) {
                              const QJsonObject doc = QJsonDocument::fromJson(row.data).object();
                              accounts.append(
                                  QJsonObject {{QStringLiteral("institutionCode"), code},
                                               {QStringLiteral("kind"), doc.value(QStringLiteral("kind"))},
                                               {QStringLiteral("name"), doc.value(QStringLiteral("name"))}});
                          }
                      }
                  }
                  return conditionalJson(request,
                                         QJsonObject {{QStringLiteral("id"), caller.personId},
                                                      {QStringLiteral("displayName"), caller.displayName},
                                                      {QStringLiteral("kind"), caller.kind},
                                                      {QStringLiteral("accounts"), accounts}});
              });
    addAuthed(
        QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/me/accounts"),
        [this](const QHttpServerRequest &request, const Args &, const Caller &caller) {
            QHttpServerResponse failure(QHttpServerResponse::StatusCode::BadRequest);
            const auto body = jsonBody(request, &failure);
            if (!body) {
                return failure;
            }
            const auto parsed
                = parseInstitutionCode(body->value(QStringLiteral("institutionCode")).toString());
            const QString code = parsed ? parsed->value : QString();
            if (!parsed) {
                return problem(
                    422, QStringLiteral("validation-failed"), QStringLiteral("institutionCode is not valid."),
                    {FieldError {QStringLiteral("institutionCode"),
                                 QStringLiteral("invalid-institution-code"),
                                 QStringLiteral("a BRIN code like 16AH or a board number like 41775")}});
            }
            if (caller.linked.contains(code)) {
                return problem(409, QStringLiteral("already-linked"),
                               QStringLiteral("Institution %1 is already linked to this account.").arg(code));
            }
            if (m_portal->institutions({code}).isEmpty()) {
                return problem(403, QStringLiteral("unknown-institution"),
                               QStringLiteral("There is no institution %1.").arg(code));
            }
            if (!m_portal->isContactAt(caller.personId, code)) {
                return problem(
                    403, QStringLiteral("not-a-contact-person"),
                    QStringLiteral("You are not registered as a contact person of %1, so it cannot "
                                   "be added. / U bent geen contactpersoon van %1.")
                        .arg(code));
            }
            if (const Status linked = m_portal->link(caller.personId, code, m_clock.now()); !linked) {
                return problem(500, QStringLiteral("storage-error"), linked.error().message);
            }
            const QList<EntityRow> rows = m_portal->institutions({code});
            const QJsonObject doc = QJsonDocument::fromJson(rows.first().data).object();
            return jsonResponse(QJsonObject {{QStringLiteral("institutionCode"), code},
                                             {QStringLiteral("kind"), doc.value(QStringLiteral("kind"))},
                                             {QStringLiteral("name"), doc.value(QStringLiteral("name"))}},
                                201);
        });
    addAuthed(QHttpServerRequest::Method::Delete, QStringLiteral("/api/v1/me/accounts/{code}"),
              [this](const QHttpServerRequest &, const Args &args, const Caller &caller) {
                  if (!caller.linked.contains(args.at(0)) || !m_portal->unlink(caller.personId, args.at(0))) {
                      return notFound();
                  }
                  return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
              });
}

void ApiServer::registerReadRoutes()
{
    const QString base = QStringLiteral("/api/v1/institutions/{code}");
    auto get = QHttpServerRequest::Method::Get;

    addAuthed(get, base, [this](const QHttpServerRequest &request, const Args &args, const Caller &caller) {
        if (!caller.sees(args.at(0))) {
            return notFound();
        }
        const auto row = m_portal->get(Entity::Institution, args.at(0), args.at(0));
        return row ? conditionalJson(request, documentJson(*row)) : notFound();
    });
    addAuthed(
        get, base + QStringLiteral("/schools"),
        [this](const QHttpServerRequest &request, const Args &args, const Caller &caller) {
            const auto row = caller.sees(args.at(0))
                ? m_portal->get(Entity::Institution, args.at(0), args.at(0))
                : std::nullopt;
            if (!row
                || QJsonDocument::fromJson(row->data).object().value(QStringLiteral("kind")).toString()
                    != u"board") {
                return notFound();
            }
            return conditionalJson(
                request,
                QJsonObject {{QStringLiteral("items"),
                              documents(m_portal->institutions(m_portal->schoolsOfBoard(args.at(0))))}});
        });
    const QList<std::pair<QString, Entity>> lists {
        {QStringLiteral("/branches"), Entity::Branch},
        {QStringLiteral("/contacts"), Entity::Contact},
        {QStringLiteral("/contact-moments"), Entity::ContactMoment},
        {QStringLiteral("/evaluations"), Entity::Evaluation}};
    for (const auto &[suffix, entity] : lists) {
        addAuthed(get, base + suffix,
                  [this, entity](const QHttpServerRequest &request, const Args &args, const Caller &caller) {
                      if (!caller.sees(args.at(0))) {
                          return notFound();
                      }
                      return conditionalJson(request,
                                             QJsonObject {{QStringLiteral("items"),
                                                           documents(m_portal->list(entity, args.at(0)))}});
                  });
    }
    const QList<std::pair<QString, Entity>> singles {
        {QStringLiteral("/contacts/{id}"), Entity::Contact},
        {QStringLiteral("/evaluations/{id}"), Entity::Evaluation},
        {QStringLiteral("/archive/{id}"), Entity::Archive}};
    for (const auto &[suffix, entity] : singles) {
        addAuthed(get, base + suffix,
                  [this, entity](const QHttpServerRequest &request, const Args &args, const Caller &caller) {
                      if (!caller.sees(args.at(0))) {
                          return notFound();
                      }
                      const auto row = m_portal->get(entity, args.at(0), args.at(1));
                      return row ? conditionalJson(request, documentJson(*row)) : notFound();
                  });
    }
    addAuthed(get, base + QStringLiteral("/gtb"),
              [this](const QHttpServerRequest &request, const Args &args, const Caller &caller) {
                  if (!caller.sees(args.at(0))) {
                      return notFound();
                  }
                  const auto row = m_portal->get(Entity::Gtb, args.at(0), args.at(0));
                  return row ? conditionalJson(request, documentJson(*row)) : notFound();
              });
    addAuthed(get, base + QStringLiteral("/archive"),
              [this](const QHttpServerRequest &request, const Args &args, const Caller &caller) {
                  if (!caller.sees(args.at(0))) {
                      return notFound();
                  }
                  QueryReader reader(request);
                  ArchiveQuery query;
                  query.institution = args.at(0);
                  query.limit = reader.integer(QStringLiteral("limit"), 50, 1, maxArchivePage);
                  query.kind = reader.oneOf(QStringLiteral("kind"),
                                            {QStringLiteral("document"), QStringLiteral("email")});
                  query.direction = reader.oneOf(QStringLiteral("direction"),
                                                 {QStringLiteral("to-duo"), QStringLiteral("from-duo")});
                  query.text = reader.text(QStringLiteral("q"), 100);
                  const auto from = reader.date(QStringLiteral("from"));
                  const auto to = reader.date(QStringLiteral("to"));
                  const QString after = reader.text(QStringLiteral("after"));
                  if (!after.isEmpty() && reader.ok()
                      && !decodeArchiveCursor(after, &query.afterSentAt, &query.afterId)) {
                      return problem(400, QStringLiteral("invalid-query"),
                                     QStringLiteral("Some query parameters are not valid."),
                                     {FieldError {QStringLiteral("after"), QStringLiteral("invalid-cursor"),
                                                  QStringLiteral("use nextCursor of the previous page")}});
                  }
                  if (!reader.ok()) {
                      return reader.failure();
                  }
                  if (from) {
                      query.fromSentAt
                          = QDateTime(*from, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
                  }
                  if (to) {
                      query.toSentAt
                          = QDateTime(to->addDays(1), QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
                  }
                  const QList<EntityRow> rows = m_portal->archive(query);
                  QJsonObject body {{QStringLiteral("items"), documents(rows, feedBodyCapBytes)}};
                  body.insert(QStringLiteral("nextCursor"),
                              rows.size() == query.limit ? QJsonValue(encodeArchiveCursor(rows.last()))
                                                         : QJsonValue(QJsonValue::Null));
                  return conditionalJson(request, body);
              });
    addAuthed(
        get, base + QStringLiteral("/archive/{id}/attachments/{n}"),
        [this](const QHttpServerRequest &request, const Args &args, const Caller &caller) {
            if (!caller.sees(args.at(0))) {
                return notFound();
            }
            const auto row = m_portal->get(Entity::Archive, args.at(0), args.at(1));
            bool ok = false;
            const int index = args.at(2).toInt(&ok);
            if (!row || !ok || index < 0) {
                return notFound();
            }
            const QJsonArray attachments
                = QJsonDocument::fromJson(row->data).object().value(QStringLiteral("attachments")).toArray();
            if (index >= attachments.size()) {
                return notFound();
            }
            const QJsonObject meta = attachments.at(index).toObject();
            const QString fileName = meta.value(QStringLiteral("fileName")).toString();
            QString asciiName = fileName;
            for (QChar &c : asciiName) {
                if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\') {
                    c = u'_';
                }
            }
            const QByteArray disposition = "attachment; filename=\"" + asciiName.toLatin1()
                + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
            return conditional(
                request, meta.value(QStringLiteral("mediaType")).toString().toLatin1(),
                attachmentBytes(row->id, index, meta.value(QStringLiteral("size")).toInteger()),
                {{QByteArrayLiteral("Content-Disposition"), disposition}});
        });
    addAuthed(get, QStringLiteral("/api/v1/news"),
              [this](const QHttpServerRequest &request, const Args &, const Caller &caller) {
                  QueryReader reader(request);
                  const int limit = reader.integer(QStringLiteral("limit"), 200, 1, 500);
                  if (!reader.ok()) {
                      return reader.failure();
                  }
                  return conditionalJson(
                      request,
                      QJsonObject {{QStringLiteral("items"),
                                    documents(m_portal->news(caller.visible, caller.personId, limit))}});
              });
    addAuthed(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/news/{id}/read"),
              [this](const QHttpServerRequest &, const Args &args, const Caller &caller) {
                  if (!m_portal->markNewsRead(caller.personId, args.at(0), caller.visible))
                      return notFound();
                  return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
              });
}

} // namespace hpo::server
