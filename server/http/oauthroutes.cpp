// The sign-in routes of ApiServer: the test eHerkenning broker (OAuth 2.0
// authorization code + PKCE S256), tokens, revocation and bearer checks.
#include "server/auth/caller.h"
#include "server/auth/oauthrules.h"
#include "server/auth/ratelimiter.h"
#include "server/http/apiserver.h"
#include "server/http/requests.h"
#include "server/http/responses.h"
#include "server/serverclock.h"
#include "server/store/authstore.h"
#include "server/store/portalstore.h"
#include "server/web/brokerpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace hpo::server {

namespace {

constexpr int accessTokenSeconds = 15 * 60;
constexpr int refreshTokenDays = 30;
constexpr int codeSeconds = 60;

QHttpServerResponse html(const QByteArray &page, int status = 200)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page, statusCode(status));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(
        QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"));
    return response;
}

// RFC 6749 §5.2 error fields plus our problem fields, in one JSON object.
QHttpServerResponse oauthError(int status, const QString &error, const QString &code, const QString &detail)
{
    const QJsonObject body {{QStringLiteral("error"), error},
                            {QStringLiteral("error_description"), detail},
                            {QStringLiteral("type"), QStringLiteral("about:blank")},
                            {QStringLiteral("title"), statusTitle(status)},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("detail"), detail},
                            {QStringLiteral("code"), code}};
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), statusCode(status));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse redirect(const QString &location)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.setHeader(QByteArrayLiteral("Location"), location.toUtf8());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QString withQuery(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto &[key, value] : items) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

struct AuthorizeParams
{
    QString clientId, redirectUri, state, challenge, method, responseType;
};

AuthorizeParams readAuthorize(const QUrlQuery &q)
{
    auto value = [&](const char *name) {
        return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    return AuthorizeParams {value("client_id"),      value("redirect_uri"),          value("state"),
                            value("code_challenge"), value("code_challenge_method"), value("response_type")};
}

// Checks the authorize parameters. Redirect-URI problems give an error page
// (never a redirect); the others are sent back to the client (RFC 6749 §4.1.2.1).
std::optional<QHttpServerResponse> checkAuthorize(const AuthorizeParams &p)
{
    if (p.clientId.isEmpty() || p.clientId.size() > 128) {
        return html(brokerErrorPage(QStringLiteral("client_id ontbreekt of is ongeldig.")), 400);
    }
    if (!oauth::isLoopbackRedirect(p.redirectUri)) {
        return html(brokerErrorPage(
                        QStringLiteral("redirect_uri is niet toegestaan: alleen http://127.0.0.1:<poort>/… "
                                       "of http://[::1]:<poort>/… (RFC 8252).")),
                    400);
    }
    auto back = [&](const QString &error, const QString &description) {
        return redirect(withQuery(p.redirectUri,
                                  {{QStringLiteral("error"), error},
                                   {QStringLiteral("error_description"), description},
                                   {QStringLiteral("state"), p.state}}));
    };
    if (p.state.size() > 512) {
        return back(QStringLiteral("invalid_request"), QStringLiteral("state is too long"));
    }
    if (p.responseType != u"code") {
        return back(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("response_type must be code"));
    }
    if (p.method != u"S256") {
        return back(QStringLiteral("invalid_request"),
                    QStringLiteral("code_challenge_method must be S256 (plain is not accepted)"));
    }
    if (!oauth::isValidChallenge(p.challenge)) {
        return back(QStringLiteral("invalid_request"),
                    QStringLiteral("code_challenge must be 43 base64url characters"));
    }
    return std::nullopt;
}

} // namespace

Caller ApiServer::callerFor(const QString &personId) const
{
    Caller caller;
    caller.personId = personId;
    if (const auto person = m_portal->person(personId)) {
        caller.kind = person->kind;
        caller.displayName = person->displayName;
    }
    caller.linked = m_portal->linkedInstitutions(personId);
    QStringList visible = caller.linked;
    const QList<EntityRow> linkedRows = m_portal->institutions(caller.linked);
    for (const EntityRow &row : linkedRows) {
        if (QJsonDocument::fromJson(row.data).object().value(QStringLiteral("kind")).toString() == u"board") {
            visible += m_portal->schoolsOfBoard(row.id);
        }
    }
    std::sort(visible.begin(), visible.end());
    visible.erase(std::unique(visible.begin(), visible.end()), visible.end());
    caller.visible = visible;
    caller.visibleSet = QSet<QString>(visible.cbegin(), visible.cend());
    return caller;
}

std::optional<Caller> ApiServer::authenticate(const QHttpServerRequest &request,
                                              QHttpServerResponse *failure) const
{
    auto reject = [&](const QString &code, const QString &detail, const QByteArray &error) {
        *failure = problem(401, code, detail);
        QByteArray challenge = QByteArrayLiteral("Bearer realm=\"helpdeskpo\"");
        if (!error.isEmpty()) {
            challenge += ", error=\"" + error + '"';
        }
        failure->setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge);
        return std::nullopt;
    };
    const QByteArray authorization = header(request, "Authorization");
    if (authorization.isEmpty()) {
        return reject(QStringLiteral("unauthenticated"),
                      QStringLiteral("Sign in first: send Authorization: Bearer."), {});
    }
    if (!authorization.startsWith("Bearer ") || authorization.size() > 200) {
        return reject(QStringLiteral("invalid-token"), QStringLiteral("Use the Bearer scheme."),
                      "invalid_request");
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto row = m_auth->token(oauth::hashToken(token));
    if (!row || row->kind != u"access" || row->revoked) {
        return reject(QStringLiteral("invalid-token"), QStringLiteral("The access token is not valid."),
                      "invalid_token");
    }
    if (row->expiresAt <= m_clock.now()) {
        return reject(QStringLiteral("token-expired"),
                      QStringLiteral("The access token has expired; refresh it."), "invalid_token");
    }
    return callerFor(row->personId);
}

QHttpServerResponse ApiServer::issueTokens(const QString &personId, const QString &family)
{
    const QDateTime now = m_clock.now();
    const QString access = oauth::randomToken();
    const QString refresh = oauth::randomToken();
    const Status a = m_auth->saveToken(
        oauth::hashToken(access),
        TokenRow {QStringLiteral("access"), personId, family, now.addSecs(accessTokenSeconds)});
    const Status r = m_auth->saveToken(
        oauth::hashToken(refresh),
        TokenRow {QStringLiteral("refresh"), personId, family, now.addDays(refreshTokenDays)});
    if (!a || !r) {
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("storage-error"),
                          QStringLiteral("Could not store the tokens."));
    }
    QHttpServerResponse response
        = jsonResponse(QJsonObject {{QStringLiteral("access_token"), access},
                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                    {QStringLiteral("expires_in"), accessTokenSeconds},
                                    {QStringLiteral("refresh_token"), refresh}});
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse ApiServer::tokenRequest(const QHttpServerRequest &request)
{
    if (const int wait = m_tokenLimiter->acquire(request.remoteAddress().toString()); wait > 0) {
        QHttpServerResponse response
            = oauthError(429, QStringLiteral("slow_down"), QStringLiteral("rate-limited"),
                         QStringLiteral("Too many token requests; try again later."));
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return response;
    }
    QHttpServerResponse failure(QHttpServerResponse::StatusCode::BadRequest);
    const auto form = formBody(request, &failure);
    if (!form) {
        return failure;
    }
    auto value = [&](const char *name) {
        return form->queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString grant = value("grant_type");
    const QDateTime now = m_clock.now();
    if (grant == u"authorization_code") {
        const QString code = value("code");
        const QString verifier = value("code_verifier");
        if (code.isEmpty() || code.size() > 128) {
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("missing-code"),
                              QStringLiteral("code is missing."));
        }
        const auto row = m_auth->takeCode(oauth::hashToken(code));
        if (!row || row->used || row->expiresAt <= now) {
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("invalid-code"),
                              QStringLiteral("The code is unknown, used or expired."));
        }
        if (row->redirectUri != value("redirect_uri") || row->clientId != value("client_id")) {
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("redirect-mismatch"),
                QStringLiteral("redirect_uri or client_id differ from the authorization request."));
        }
        if (!oauth::isValidVerifier(verifier) || oauth::s256(verifier) != row->challenge) {
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("pkce-mismatch"),
                              QStringLiteral("code_verifier does not match the code_challenge."));
        }
        return issueTokens(row->personId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    if (grant == u"refresh_token") {
        const QString token = value("refresh_token");
        const QString hash = oauth::hashToken(token);
        const auto row = m_auth->token(hash);
        if (!row || row->kind != u"refresh" || row->revoked || row->expiresAt <= now) {
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("invalid-refresh-token"),
                              QStringLiteral("The refresh token is not valid."));
        }
        if (row->used || !m_auth->markUsed(hash)) {
            // A rotated token came back: someone holds a copy. End the whole family.
            m_auth->revokeFamily(row->family);
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("refresh-token-reused"),
                              QStringLiteral("The refresh token was already used; the session is revoked."));
        }
        return issueTokens(row->personId, row->family);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("unsupported-grant-type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token."));
}

void ApiServer::registerOAuthRoutes()
{
    addRoute(QHttpServerRequest::Method::Get, QStringLiteral("/oauth/authorize"),
             [this](const QHttpServerRequest &request, const Args &) {
                 const QUrlQuery query(request.url());
                 const AuthorizeParams p = readAuthorize(query);
                 if (auto refused = checkAuthorize(p)) {
                     return std::move(*refused);
                 }
                 QList<BrokerIdentity> identities;
                 const QList<PersonRow> persons = m_portal->persons();
                 for (const PersonRow &person : persons) {
                     identities.append(BrokerIdentity {person.id, person.displayName,
                                                       QJsonDocument::fromJson(person.description)
                                                           .object()
                                                           .value(QStringLiteral("sees"))
                                                           .toString()});
                 }
                 QUrlQuery hidden;
                 hidden.addQueryItem(QStringLiteral("response_type"), p.responseType);
                 hidden.addQueryItem(QStringLiteral("client_id"), p.clientId);
                 hidden.addQueryItem(QStringLiteral("redirect_uri"), p.redirectUri);
                 hidden.addQueryItem(QStringLiteral("state"), p.state);
                 hidden.addQueryItem(QStringLiteral("code_challenge"), p.challenge);
                 hidden.addQueryItem(QStringLiteral("code_challenge_method"), p.method);
                 return html(brokerPage(identities, hidden));
             });
    addRoute(
        QHttpServerRequest::Method::Post, QStringLiteral("/oauth/authorize"),
        [this](const QHttpServerRequest &request, const Args &) {
            QHttpServerResponse failure(QHttpServerResponse::StatusCode::BadRequest);
            const auto form = formBody(request, &failure);
            if (!form) {
                return html(brokerErrorPage(QStringLiteral("Ongeldig formulier.")), 400);
            }
            const AuthorizeParams p = readAuthorize(*form);
            if (auto refused = checkAuthorize(p)) {
                return std::move(*refused);
            }
            const QString identity = form->queryItemValue(QStringLiteral("identity"), QUrl::FullyDecoded);
            if (identity.size() > 64 || !m_portal->person(identity)) {
                return html(brokerErrorPage(QStringLiteral("Onbekende identiteit.")), 400);
            }
            const QString code = oauth::randomToken();
            const Status saved = m_auth->saveCode(oauth::hashToken(code),
                                                  CodeRow {identity, p.clientId, p.redirectUri, p.challenge,
                                                           m_clock.now().addSecs(codeSeconds), false});
            if (!saved) {
                return html(brokerErrorPage(QStringLiteral("Interne fout.")), 500);
            }
            return redirect(withQuery(p.redirectUri,
                                      {{QStringLiteral("code"), code}, {QStringLiteral("state"), p.state}}));
        });
    addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/oauth/token"),
             [this](const QHttpServerRequest &request, const Args &) { return tokenRequest(request); });
    addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/oauth/revoke"),
             [this](const QHttpServerRequest &request, const Args &) {
                 QHttpServerResponse failure(QHttpServerResponse::StatusCode::BadRequest);
                 const auto form = formBody(request, &failure);
                 if (!form) {
                     return failure;
                 }
                 const QString token = form->queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
                 if (const auto row = m_auth->token(oauth::hashToken(token))) {
                     m_auth->revokeFamily(row->family); // signing out ends the session, not one token
                 }
                 return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok); // RFC 7009: always 200
             });
    if (m_config.testBroker) {
        addRoute(
            QHttpServerRequest::Method::Get, QStringLiteral("/oauth/test-identities"),
            [this](const QHttpServerRequest &, const Args &) {
                QJsonArray list;
                const QList<PersonRow> persons = m_portal->persons();
                for (const PersonRow &person : persons) {
                    const Caller caller = callerFor(person.id);
                    list.append(QJsonObject {
                        {QStringLiteral("id"), person.id},
                        {QStringLiteral("displayName"), person.displayName},
                        {QStringLiteral("kind"), person.kind},
                        {QStringLiteral("sees"),
                         QJsonDocument::fromJson(person.description).object().value(QStringLiteral("sees"))},
                        {QStringLiteral("linkedInstitutions"), QJsonArray::fromStringList(caller.linked)},
                        {QStringLiteral("contactAt"),
                         QJsonArray::fromStringList(m_portal->contactInstitutions(person.id))},
                        {QStringLiteral("visibleInstitutionCount"), int(caller.visible.size())}});
                }
                return jsonResponse(QJsonObject {{QStringLiteral("identities"), list}});
            });
    }
}

} // namespace hpo::server
