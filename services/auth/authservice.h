// Sign-in and the session: the authorization code flow with PKCE through the
// system browser and a loopback redirect (RFC 8252), the access token in
// memory only, the refresh token in the TokenStore (one entry per server and
// identity), refresh before expiry and once on 401, sign-out with revocation.
// Nothing here blocks: results arrive as signals.
#pragma once

#include "models/domain/result.h"
#include "services/api/apiclient.h"
#include "services/auth/authendpoints.h"
#include "services/auth/tokenstore.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

namespace hpo {

class Clock;
class LoopbackReceiver;

class AuthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthService)

public:
    enum class State {
        SignedOut,
        SigningIn,
        SignedIn,
        CredentialsUnavailable, // the keychain is locked or absent: nothing was wiped
        // A session is stored but the server could not renew it (unreachable, 5xx,
        // timeout): the refresh token is kept, accessToken() is empty. Meant to be shown
        // as "signed in, offline" (cached data readable). send() retries the refresh
        // first; when it succeeds the state becomes SignedIn and signedIn(identity)
        // follows; when the server refuses it, SignedOut and signedOut().
        Offline,
    };
    Q_ENUM(State)

    // Opens `url` in the system browser (QDesktopServices in the GUI; the CLI
    // may print it instead). Returns false when it could not.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    struct Options
    {
        std::chrono::seconds signInTimeout {300};
        std::chrono::seconds refreshMargin {60}; // refresh this long before the access token expires
    };

    // `api` talks to the server origin (token and revoke calls go unauthenticated
    // through it); the composition root points api's TokenProvider at accessToken().
    AuthService(ApiClient &api, TokenStore &tokens, Clock &clock, BrowserOpener opener,
                AuthEndpoints endpoints, Options options, QObject *parent = nullptr);
    AuthService(ApiClient &api, TokenStore &tokens, Clock &clock, BrowserOpener opener,
                AuthEndpoints endpoints, QObject *parent = nullptr);
    ~AuthService() override;

    State state() const { return m_state; }
    QString identity() const { return m_identity; }
    // The current access token; empty when signed out or expired.
    QString accessToken() const;
    QDateTime accessTokenExpiresAt() const { return m_expiresAt; }

    // Starts the browser flow: signInUrlReady(url) (for a CLI to print), then
    // signedIn(identity) or failed(error: "sign-in-timeout", "state-mismatch",
    // "authorization-denied", "browser-failed", "token-exchange-failed", keychain codes…).
    void signIn();
    // Password sign-in (only while /meta lists the "password" method: endpoints().passwordOffered()).
    // The same outcome as signIn(): signedIn(identity) with the refresh token stored, or
    // failed(error): "invalid-credentials", "password-sign-in-ended" (message: the server's detail),
    // "password-sign-in-unavailable" (not offered), network codes, keychain codes.
    void signInWithPassword(const QString &userName, const QString &password);
    void cancelSignIn();
    // Changes the signed-in person's password. The new one is checked here first
    // (checkNewPassword: "password-too-short", "password-too-long", nothing sent); then the
    // server's answer: success, "invalid-credentials" (current password wrong),
    // "validation-failed", "password-sign-in-ended", "password-sign-in-unavailable", network codes.
    using StatusCallback = std::function<void(const Status &)>;
    void changePassword(const QString &currentPassword, const QString &newPassword, QObject *context,
                        StatusCallback done);
    const AuthEndpoints &endpoints() const { return m_endpoints; }
    // At start-up: the identity's refresh token from the store, then a refresh.
    // Ends in exactly one of: SignedIn + signedIn(identity); SignedOut +
    // signedOut() (nothing stored, or the server ended the session);
    // CredentialsUnavailable + failed(keychain error); Offline + failed(the
    // refresh's own error, e.g. "network-error", "timeout", a 5xx code).
    // Calling it again (or send()) while Offline retries.
    void restore(const QString &identity);
    // Revokes the session on the server (best effort), removes the stored
    // refresh token, forgets the access token. signedOut() follows.
    void signOut();

    // Sends `request` with a fresh access token: refreshes first when the token
    // is about to expire, and once more (then retries once) on a 401.
    void send(const ApiRequest &request, QObject *context, ApiClient::Callback done);

Q_SIGNALS:
    void stateChanged(hpo::AuthService::State state);
    void signInUrlReady(const QUrl &url);
    void signedIn(const QString &identity);
    void signedOut();
    void failed(const hpo::Error &error);
    // A refresh happened (for tests and diagnostics).
    void refreshed();

private:
    struct Grant
    {
        QString accessToken;
        QString refreshToken;
        QDateTime expiresAt;
    };
    using RefreshCallback = std::function<void(const Status &)>;

    void setState(State state);
    void exchangeCode(const QString &code);
    void finishTokenAnswer(const ApiResult &result, bool keepServerCodes);
    void fetchIdentity(const Grant &grant);
    void adopt(const Grant &grant);
    void refresh(RefreshCallback done);
    void finishRefresh(const Status &status);
    void scheduleRefresh();
    void endSession(const Error &reason);
    Result<Grant> parseGrant(const ApiResult &result) const;
    TokenKey keyFor(const QString &identity) const;
    ApiRequest tokenRequest(const QList<std::pair<QString, QString>> &fields) const;

    ApiClient &m_api;
    TokenStore &m_tokens;
    Clock &m_clock;
    BrowserOpener m_opener;
    AuthEndpoints m_endpoints;
    Options m_options;

    State m_state = State::SignedOut;
    QString m_identity;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    int m_refreshTimer = 0;
    QList<RefreshCallback> m_refreshWaiters;
    bool m_refreshing = false;

    LoopbackReceiver *m_receiver = nullptr;
    QByteArray m_verifier;
    QUrl m_redirectUri;
};

} // namespace hpo
