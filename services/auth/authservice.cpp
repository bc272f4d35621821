#include "services/auth/authservice.h"

#include "models/domain/clock.h"
#include "models/domain/validation.h"
#include "services/auth/loopbackreceiver.h"
#include "services/auth/pkce.h"
#include "services/common/logging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>

namespace hpo {

AuthService::AuthService(ApiClient &api, TokenStore &tokens, Clock &clock, BrowserOpener opener,
                         AuthEndpoints endpoints, Options options, QObject *parent)
    : QObject(parent),
      m_api(api),
      m_tokens(tokens),
      m_clock(clock),
      m_opener(std::move(opener)),
      m_endpoints(std::move(endpoints)),
      m_options(options)
{ }

AuthService::AuthService(ApiClient &api, TokenStore &tokens, Clock &clock, BrowserOpener opener,
                         AuthEndpoints endpoints, QObject *parent)
    : AuthService(api, tokens, clock, std::move(opener), std::move(endpoints), Options {}, parent)
{ }

AuthService::~AuthService()
{
    if (m_refreshTimer)
        m_clock.cancel(m_refreshTimer);
}

QString AuthService::accessToken() const
{
    if (m_accessToken.isEmpty() || !m_expiresAt.isValid() || m_clock.now() >= m_expiresAt)
        return {};
    return m_accessToken;
}

void AuthService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

TokenKey AuthService::keyFor(const QString &identity) const
{
    return {m_api.baseUrl().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString(),
            identity};
}

ApiRequest AuthService::tokenRequest(const QList<std::pair<QString, QString>> &fields) const
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    ApiRequest request;
    request.method = "POST";
    request.path = m_endpoints.tokenPath;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = form.query(QUrl::FullyEncoded).toLatin1();
    request.authenticated = false;
    request.headers = {{"Cache-Control", "no-store"}};
    request.finishWhenGoingOffline = true;
    return request;
}

void AuthService::signIn()
{
    cancelSignIn();
    m_receiver = new LoopbackReceiver(m_clock, this);
    if (Status listening = m_receiver->listen(); !listening) {
        Q_EMIT failed(listening.error());
        return;
    }
    m_verifier = Pkce::generateVerifier();
    const QByteArray state = Pkce::randomToken();
    m_redirectUri = m_receiver->redirectUri();

    QUrl url = m_api.urlFor(ApiRequest::get(m_endpoints.authorizePath));
    QUrlQuery query;
    auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_endpoints.clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("state"), QString::fromLatin1(state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(m_verifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);

    connect(m_receiver, &LoopbackReceiver::received, this, &AuthService::exchangeCode);
    connect(m_receiver, &LoopbackReceiver::failed, this, [this](const Error &error) {
        setState(m_identity.isEmpty() ? State::SignedOut : State::SignedIn);
        Q_EMIT failed(error);
    });
    m_receiver->expect(state, m_clock.now().addSecs(m_options.signInTimeout.count()));
    setState(State::SigningIn);
    Q_EMIT signInUrlReady(url);
    if (m_opener && !m_opener(url)) {
        m_receiver->cancel();
        Q_EMIT failed({QStringLiteral("browser-failed"),
                       QStringLiteral("could not open the browser; open the sign-in address yourself"),
                       {}});
    }
}

void AuthService::cancelSignIn()
{
    if (!m_receiver)
        return;
    LoopbackReceiver *receiver = std::exchange(m_receiver, nullptr);
    receiver->disconnect(this);
    receiver->cancel();
    receiver->deleteLater();
    if (m_state == State::SigningIn)
        setState(m_identity.isEmpty() ? State::SignedOut : State::SignedIn);
}

void AuthService::exchangeCode(const QString &code)
{
    if (m_receiver) {
        m_receiver->deleteLater();
        m_receiver = nullptr;
    }
    const ApiRequest request
        = tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)},
                        {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                        {QStringLiteral("client_id"), m_endpoints.clientId}});
    m_verifier.fill('\0');
    m_verifier.clear();
    m_api.send(request, this, [this](const ApiResult &result) { finishTokenAnswer(result, false); });
}

void AuthService::finishTokenAnswer(const ApiResult &result, bool keepServerCodes)
{
    // The password route answers with problem codes worth telling apart (wrong
    // credentials, sign-in ended); the token endpoint's are all "the exchange failed".
    Result<Grant> grant = !result && keepServerCodes ? Result<Grant>(result.error()) : parseGrant(result);
    if (!grant) {
        setState(State::SignedOut);
        Q_EMIT failed(grant.error());
        return;
    }
    fetchIdentity(grant.value());
}

void AuthService::signInWithPassword(const QString &userName, const QString &password)
{
    cancelSignIn();
    if (!m_endpoints.passwordOffered()) {
        Q_EMIT failed({QStringLiteral("password-sign-in-unavailable"),
                       QStringLiteral("the server does not offer password sign-in"),
                       {}});
        return;
    }
    ApiRequest request = ApiRequest::postJson(
        m_endpoints.passwordPath,
        {{QStringLiteral("username"), userName}, {QStringLiteral("password"), password}});
    request.authenticated = false;
    request.finishWhenGoingOffline = true;
    request.headers = {{"Cache-Control", "no-store"}};
    setState(State::SigningIn);
    m_api.send(request, this, [this](const ApiResult &result) { finishTokenAnswer(result, true); });
}

void AuthService::changePassword(const QString &currentPassword, const QString &newPassword, QObject *context,
                                 StatusCallback done)
{
    if (!m_endpoints.passwordOffered()) {
        done(Error {QStringLiteral("password-sign-in-unavailable"),
                    QStringLiteral("the server does not offer password change"),
                    {}});
        return;
    }
    if (Status acceptable = checkNewPassword(newPassword); !acceptable) {
        Error error = acceptable.error();
        error.field = QStringLiteral("newPassword");
        done(error);
        return;
    }
    const ApiRequest request = ApiRequest::postJson(
        m_endpoints.passwordChangePath,
        {{QStringLiteral("currentPassword"), currentPassword}, {QStringLiteral("newPassword"), newPassword}});
    send(request, context, [done = std::move(done)](const ApiResult &result) {
        if (result) {
            done(success());
            return;
        }
        done(result.error()); // problem+json: its code, detail and first field
    });
}

Result<AuthService::Grant> AuthService::parseGrant(const ApiResult &result) const
{
    if (!result) {
        Error error = result.error();
        if (result.httpStatus() == 0)
            return error; // network, TLS, timeout: keep its own code
        return Error {QStringLiteral("token-exchange-failed"),
                      error.message + QStringLiteral(" (") + error.code + u')',
                      {}};
    }
    const Result<QJsonObject> json = result.response().object();
    if (!json)
        return json.error();
    Grant grant;
    grant.accessToken = json.value().value(QStringLiteral("access_token")).toString();
    grant.refreshToken = json.value().value(QStringLiteral("refresh_token")).toString();
    const int expiresIn = json.value().value(QStringLiteral("expires_in")).toInt(0);
    if (grant.accessToken.isEmpty() || grant.refreshToken.isEmpty() || expiresIn <= 0
        || json.value()
                .value(QStringLiteral("token_type"))
                .toString()
                .compare(QStringLiteral("Bearer"), Qt::CaseInsensitive)
            != 0) {
        return Error {
            QStringLiteral("token-exchange-failed"), QStringLiteral("the token answer is incomplete"), {}};
    }
    grant.expiresAt = m_clock.now().addSecs(expiresIn);
    return grant;
}

void AuthService::fetchIdentity(const Grant &grant)
{
    // Which person signed in decides the keychain entry: ask the server with the new token.
    ApiRequest me = ApiRequest::get(QStringLiteral("/api/v1/me"));
    me.authenticated = false;
    me.headers = {{"Authorization", "Bearer " + grant.accessToken.toUtf8()}};
    m_api.send(me, this, [this, grant](const ApiResult &result) {
        const Result<QJsonObject> json = result.object();
        const QString identity = json ? json.value().value(QStringLiteral("id")).toString() : QString();
        if (identity.isEmpty()) {
            setState(State::SignedOut);
            Q_EMIT failed(json ? Error {QStringLiteral("token-exchange-failed"),
                                        QStringLiteral("the server did not say who signed in"),
                                        {}}
                               : json.error());
            return;
        }
        m_identity = identity;
        adopt(grant);
        m_tokens.write(keyFor(identity), grant.refreshToken, this, [this, identity](const Status &stored) {
            if (!stored) {
                // Signed in for this run; the next start asks again.
                qCWarning(lcAuth) << "refresh token not stored:" << stored.error().code;
                Q_EMIT failed(stored.error());
            }
            setState(State::SignedIn);
            Q_EMIT signedIn(identity);
        });
    });
}

void AuthService::adopt(const Grant &grant)
{
    m_accessToken = grant.accessToken;
    m_refreshToken = grant.refreshToken;
    m_expiresAt = grant.expiresAt;
    scheduleRefresh();
}

void AuthService::scheduleRefresh()
{
    if (m_refreshTimer)
        m_clock.cancel(m_refreshTimer);
    m_refreshTimer = m_clock.scheduleAt(m_expiresAt.addSecs(-m_options.refreshMargin.count()), this, [this] {
        m_refreshTimer = 0;
        refresh([](const Status &) {});
    });
}

void AuthService::restore(const QString &identity)
{
    m_tokens.read(keyFor(identity), this, [this, identity](const TokenLookup &lookup) {
        switch (lookup.state) {
        case TokenState::Unavailable:
            setState(State::CredentialsUnavailable);
            Q_EMIT failed(lookup.error);
            return;
        case TokenState::SignedOut:
            setState(State::SignedOut);
            Q_EMIT signedOut();
            return;
        case TokenState::Available:
            m_identity = identity;
            m_refreshToken = lookup.token;
            refresh([this, identity](const Status &status) {
                if (status) {
                    if (m_state != State::SignedIn) { // refresh() may have announced it already
                        setState(State::SignedIn);
                        Q_EMIT signedIn(identity);
                    }
                } else if (!m_refreshToken.isEmpty()) {
                    // Not refused (endSession() would have cleared the token and said
                    // signedOut): unreachable, 5xx or timeout. Keep the session; send() retries.
                    setState(State::Offline);
                    Q_EMIT failed(status.error());
                }
            });
            return;
        }
    });
}

void AuthService::refresh(RefreshCallback done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty()) {
        finishRefresh(Error {QStringLiteral("not-signed-in"), QStringLiteral("not signed in"), {}});
        return;
    }
    m_refreshing = true;
    const ApiRequest request = tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                             {QStringLiteral("refresh_token"), m_refreshToken},
                                             {QStringLiteral("client_id"), m_endpoints.clientId}});
    m_api.send(request, this, [this](const ApiResult &result) {
        m_refreshing = false;
        Result<Grant> grant = parseGrant(result);
        if (!grant) {
            if (result.httpStatus() == 400 || result.httpStatus() == 401) {
                // invalid_grant: expired, revoked or reused. The session is over.
                endSession(grant.error());
            }
            finishRefresh(grant.error());
            return;
        }
        adopt(grant.value());
        // Rotation: the old refresh token is spent, so the new one replaces it at once.
        m_tokens.write(keyFor(m_identity), grant.value().refreshToken, this, [](const Status &stored) {
            if (!stored)
                qCWarning(lcAuth) << "rotated refresh token not stored:" << stored.error().code;
        });
        Q_EMIT refreshed();
        if (m_state == State::Offline) {
            setState(State::SignedIn);
            Q_EMIT signedIn(m_identity);
        }
        finishRefresh(success());
    });
}

void AuthService::finishRefresh(const Status &status)
{
    const QList<RefreshCallback> waiters = std::exchange(m_refreshWaiters, {});
    for (const RefreshCallback &waiter : waiters)
        waiter(status);
}

void AuthService::endSession(const Error &reason)
{
    qCInfo(lcAuth) << "session ended by the server:" << reason.message;
    const QString identity = m_identity;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
    if (m_refreshTimer) {
        m_clock.cancel(m_refreshTimer);
        m_refreshTimer = 0;
    }
    if (!identity.isEmpty())
        m_tokens.remove(keyFor(identity), this, [](const Status &) {});
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void AuthService::signOut()
{
    cancelSignIn();
    if (!m_refreshToken.isEmpty()) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"),
                          QString::fromLatin1(QUrl::toPercentEncoding(m_refreshToken)));
        form.addQueryItem(QStringLiteral("client_id"), m_endpoints.clientId);
        ApiRequest revoke;
        revoke.method = "POST";
        revoke.path = m_endpoints.revokePath;
        revoke.contentType = "application/x-www-form-urlencoded";
        revoke.body = form.query(QUrl::FullyEncoded).toLatin1();
        revoke.authenticated = false;
        // Best effort: offline sign-out still forgets everything locally.
        m_api.send(revoke, this, [](const ApiResult &result) {
            if (!result)
                qCInfo(lcAuth) << "revocation not confirmed:" << result.error().code;
        });
    }
    endSession({QStringLiteral("signed-out"), QStringLiteral("signed out"), {}});
}

void AuthService::send(const ApiRequest &request, QObject *context, ApiClient::Callback done)
{
    QPointer<QObject> guard(context);
    auto attempt = [this, request, guard, done](bool mayRetry, auto &&self) -> void {
        if (!guard)
            return;
        QPointer<AuthService> service(this);
        m_api.send(request, guard, [service, request, guard, done, mayRetry, self](const ApiResult &result) {
            // The session may be gone by the time the answer comes: then no retry.
            if (service && result.httpStatus() == 401 && mayRetry && !service->m_refreshToken.isEmpty()) {
                service->refresh([guard, done, result, self](const Status &refreshed) {
                    if (!guard)
                        return;
                    if (refreshed)
                        self(false, self);
                    else
                        done(result);
                });
                return;
            }
            done(result);
        });
    };
    const bool expiring
        = !m_expiresAt.isValid() || m_clock.now().addSecs(m_options.refreshMargin.count()) >= m_expiresAt;
    if (expiring && !m_refreshToken.isEmpty()) {
        refresh([guard, done, attempt](const Status &) {
            // Send anyway: an unreachable token endpoint gives the request's own error.
            if (guard)
                attempt(true, attempt);
        });
        return;
    }
    attempt(true, attempt);
}

} // namespace hpo
