#include "services/api/apiclient.h"
#include "services/auth/authservice.h"
#include "services/auth/memorytokenstore.h"
#include "services/auth/pkce.h"
#include "tests/support/fakeclock.h"
#include "tests/support/fakehttpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace hpo;
using hpo::test::FakeHttpRequest;
using hpo::test::FakeHttpResponse;

namespace {
const QDateTime start(QDate(2026, 12, 8), QTime(10, 0), QTimeZone::utc());

// A tiny OAuth server: one person, codes and rotating refresh tokens.
struct FakeOAuth
{
    QString challenge, redirectUri, code = QStringLiteral("code-1");
    QString access, refresh;
    int issued = 0;
    int refreshes = 0;
    QStringList revoked;
    bool rejectAccess = false; // answer 401 to the current access token once

    FakeHttpResponse tokens()
    {
        ++issued;
        access = QStringLiteral("access-%1").arg(issued);
        refresh = QStringLiteral("refresh-%1").arg(issued);
        return FakeHttpResponse::json(
            200,
            QStringLiteral(
                R"({"access_token":"%1","token_type":"Bearer","expires_in":900,"refresh_token":"%2"})")
                .arg(access, refresh)
                .toUtf8());
    }

    static FakeHttpResponse invalidGrant(const char *code)
    {
        return FakeHttpResponse::problem(
            400,
            QByteArray(R"({"error":"invalid_grant","status":400,"title":"Bad Request","code":")") + code
                + "\"}");
    }

    FakeHttpResponse handle(const FakeHttpRequest &r)
    {
        const QUrlQuery form(QString::fromUtf8(r.body));
        auto field = [&form](const char *name) {
            return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        };
        if (r.path == QStringLiteral("/oauth/token")) {
            if (field("grant_type") == QStringLiteral("authorization_code")) {
                if (field("code") != code || field("redirect_uri") != redirectUri
                    || QString::fromLatin1(Pkce::challengeS256(field("code_verifier").toLatin1()))
                        != challenge
                    || field("client_id").isEmpty())
                    return invalidGrant("pkce-mismatch");
                code.clear(); // a code works once
                return tokens();
            }
            if (field("grant_type") == QStringLiteral("refresh_token")) {
                if (field("refresh_token") != refresh || refresh.isEmpty())
                    return invalidGrant("invalid-refresh-token");
                ++refreshes;
                return tokens();
            }
            return invalidGrant("unsupported-grant-type");
        }
        if (r.path == QStringLiteral("/oauth/revoke")) {
            revoked.append(field("token"));
            refresh.clear();
            access.clear();
            return {200, {}, {}, 0, false};
        }
        const bool authorised = !access.isEmpty() && r.header("Authorization") == "Bearer " + access.toUtf8();
        if (!authorised || std::exchange(rejectAccess, false))
            return FakeHttpResponse::problem(401, R"({"status":401,"code":"unauthenticated"})");
        if (r.path == QStringLiteral("/api/v1/me"))
            return FakeHttpResponse::json(200, R"({"id":"person-1","displayName":"Test","accounts":[]})");
        return FakeHttpResponse::json(200, R"({"ok":true})");
    }
};
} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    test::FakeHttpServer *m_server = nullptr;
    FakeOAuth m_oauth;
    std::unique_ptr<test::FakeClock> m_clock;
    MemoryTokenStore *m_store = nullptr;
    std::unique_ptr<MemoryTokenStore> m_storeOwner;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AuthService> m_auth;
    bool m_browserWorks = true;

    // The "browser": checks the authorize URL, then follows the redirect the broker would send.
    bool openBrowser(const QUrl &url)
    {
        if (!m_browserWorks)
            return false;
        const QUrlQuery query(url);
        auto item = [&query](const char *name) {
            return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        };
        if (url.path() != QStringLiteral("/oauth/authorize")
            || item("response_type") != QStringLiteral("code")
            || item("code_challenge_method") != QStringLiteral("S256") || item("code_challenge").size() != 43)
            return false;
        m_oauth.challenge = item("code_challenge");
        m_oauth.redirectUri = item("redirect_uri");
        QUrl redirect(m_oauth.redirectUri);
        QUrlQuery back;
        back.addQueryItem(QStringLiteral("code"), m_oauth.code);
        back.addQueryItem(QStringLiteral("state"), item("state"));
        redirect.setQuery(back);
        QNetworkReply *reply = m_nam.get(QNetworkRequest(redirect));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    }

    void makeAuth()
    {
        m_auth.reset();
        m_auth = std::make_unique<AuthService>(
            *m_api, *m_store, *m_clock, [this](const QUrl &url) { return openBrowser(url); },
            AuthEndpoints {});
    }

    void signInNow()
    {
        QSignalSpy signedIn(m_auth.get(), &AuthService::signedIn);
        m_auth->signIn();
        QVERIFY(signedIn.wait(5000));
    }

private Q_SLOTS:
    void init()
    {
        m_oauth = FakeOAuth {};
        m_browserWorks = true;
        m_server = new test::FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const FakeHttpRequest &r) { return m_oauth.handle(r); });
        m_clock = std::make_unique<test::FakeClock>(start);
        m_storeOwner = std::make_unique<MemoryTokenStore>();
        m_store = m_storeOwner.get();
        m_api = std::make_unique<ApiClient>(
            m_nam, m_server->url(), [this] { return m_auth ? m_auth->accessToken() : QString(); }, nullptr);
        makeAuth();
    }

    void cleanup()
    {
        m_auth.reset();
        m_api.reset();
        delete m_server;
    }

    void signInWithPkceStoresRefreshToken()
    {
        QSignalSpy urls(m_auth.get(), &AuthService::signInUrlReady);
        signInNow();
        QCOMPARE(urls.size(), 1);
        QCOMPARE(m_auth->state(), AuthService::State::SignedIn);
        QCOMPARE(m_auth->identity(), QStringLiteral("person-1"));
        QCOMPARE(m_auth->accessToken(), QStringLiteral("access-1"));
        QCOMPARE(m_auth->accessTokenExpiresAt(), start.addSecs(900));
        QVERIFY(QUrl(m_oauth.redirectUri).host() == QStringLiteral("127.0.0.1"));
        QCOMPARE(m_store->size(), 1);
        std::optional<TokenLookup> lookup;
        m_store->read({m_server->url().toString().chopped(1), QStringLiteral("person-1")}, this,
                      [&lookup](const TokenLookup &l) { lookup = l; });
        QTRY_VERIFY(lookup.has_value());
        QCOMPARE(lookup->token, QStringLiteral("refresh-1"));
    }

    void restoreRefreshesAndRotates()
    {
        signInNow();
        makeAuth(); // a new run of the program
        QCOMPARE(m_auth->accessToken(), QString());
        QSignalSpy signedIn(m_auth.get(), &AuthService::signedIn);
        m_auth->restore(QStringLiteral("person-1"));
        QVERIFY(signedIn.wait(5000));
        QCOMPARE(m_auth->accessToken(), QStringLiteral("access-2"));
        QCOMPARE(m_oauth.refreshes, 1);
        QCOMPARE(m_store->writeCount(), 2); // the rotated token replaced the spent one
    }

    void restoreWithServerDownIsOfflineThenRecovers()
    {
        signInNow();
        makeAuth();
        m_server->setHandler([](const FakeHttpRequest &) {
            return FakeHttpResponse::problem(503, R"({"status":503,"code":"unavailable"})");
        });
        QSignalSpy failed(m_auth.get(), &AuthService::failed);
        QSignalSpy signedIn(m_auth.get(), &AuthService::signedIn);
        QSignalSpy signedOut(m_auth.get(), &AuthService::signedOut);
        m_auth->restore(QStringLiteral("person-1"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_auth->state(), AuthService::State::Offline);
        QCOMPARE(m_auth->accessToken(), QString());
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(signedOut.size(), 0);
        QCOMPARE(m_store->size(), 1); // the session is kept

        // Nobody listening at all: the same outcome.
        const QUrl down = m_server->url();
        delete m_server;
        m_server = nullptr;
        makeAuth();
        QSignalSpy failedDown(m_auth.get(), &AuthService::failed);
        m_auth->restore(QStringLiteral("person-1"));
        QVERIFY(failedDown.wait(5000));
        QCOMPARE(m_auth->state(), AuthService::State::Offline);
        QCOMPARE(m_store->size(), 1);

        // The server comes back on the same port: the next request refreshes first.
        m_server = new test::FakeHttpServer(this);
        QVERIFY(m_server->listen(quint16(down.port())));
        m_server->setHandler([this](const FakeHttpRequest &r) { return m_oauth.handle(r); });
        QSignalSpy back(m_auth.get(), &AuthService::signedIn);
        std::optional<ApiResult> result;
        m_auth->send(ApiRequest::get(QStringLiteral("/api/v1/institutions/16AH")), this,
                     [&result](const ApiResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(result->ok());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).at(0).toString(), QStringLiteral("person-1"));
        QCOMPARE(m_auth->state(), AuthService::State::SignedIn);
        QCOMPARE(m_auth->accessToken(), QStringLiteral("access-2"));
        QCOMPARE(m_oauth.refreshes, 1);
    }

    void restoreWithoutTokenIsSignedOut()
    {
        QSignalSpy signedOut(m_auth.get(), &AuthService::signedOut);
        m_auth->restore(QStringLiteral("person-1"));
        QVERIFY(signedOut.wait(2000));
        QCOMPARE(m_auth->state(), AuthService::State::SignedOut);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void lockedKeychainIsItsOwnState()
    {
        signInNow();
        makeAuth();
        m_store->setUnavailable(Error {QStringLiteral("keychain-locked"), QStringLiteral("locked"), {}});
        QSignalSpy failed(m_auth.get(), &AuthService::failed);
        m_auth->restore(QStringLiteral("person-1"));
        QVERIFY(failed.wait(2000));
        QCOMPARE(m_auth->state(), AuthService::State::CredentialsUnavailable);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("keychain-locked"));
        QCOMPARE(m_store->size(), 1); // nothing wiped
    }

    void refreshesBeforeExpiry()
    {
        signInNow();
        QSignalSpy refreshed(m_auth.get(), &AuthService::refreshed);
        m_clock->advanceTo(start.addSecs(900 - 61));
        QCOMPARE(refreshed.size(), 0);
        m_clock->advanceTo(start.addSecs(900 - 60));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_auth->accessToken(), QStringLiteral("access-2"));
        QCOMPARE(m_auth->accessTokenExpiresAt(), start.addSecs(900 - 60 + 900));
    }

    void refreshesOnceOn401()
    {
        signInNow();
        m_oauth.rejectAccess = true;
        std::optional<ApiResult> result;
        m_auth->send(ApiRequest::get(QStringLiteral("/api/v1/institutions/16AH")), this,
                     [&result](const ApiResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(result->ok());
        QCOMPARE(m_oauth.refreshes, 1);

        // A 401 that survives the refresh is reported, not retried forever.
        m_server->setHandler([](const FakeHttpRequest &r) {
            if (r.path == QStringLiteral("/oauth/token"))
                return FakeHttpResponse::json(
                    200,
                    R"({"access_token":"x","token_type":"Bearer","expires_in":900,"refresh_token":"y"})");
            return FakeHttpResponse::problem(401, R"({"status":401,"code":"unauthenticated"})");
        });
        result.reset();
        const qsizetype before = m_server->requests().size();
        m_auth->send(ApiRequest::get(QStringLiteral("/api/v1/x")), this,
                     [&result](const ApiResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(result->httpStatus(), 401);
        QCOMPARE(m_server->requests().size() - before, 3); // request, refresh, one retry
    }

    void refreshRefusedEndsSession()
    {
        signInNow();
        m_oauth.refresh = QStringLiteral("revoked-elsewhere");
        QSignalSpy signedOut(m_auth.get(), &AuthService::signedOut);
        m_clock->advanceTo(start.addSecs(900 - 60));
        QVERIFY(signedOut.wait(5000));
        QCOMPARE(m_auth->state(), AuthService::State::SignedOut);
        QTRY_COMPARE(m_store->size(), 0);
    }

    void signInTimesOut()
    {
        m_browserWorks = true;
        m_server->setHandler([](const FakeHttpRequest &) { return FakeHttpResponse::json(500, "{}"); });
        // The browser opens but the user never finishes.
        m_auth = std::make_unique<AuthService>(
            *m_api, *m_store, *m_clock, [](const QUrl &) { return true; }, AuthEndpoints {});
        QSignalSpy failed(m_auth.get(), &AuthService::failed);
        m_auth->signIn();
        QCOMPARE(m_auth->state(), AuthService::State::SigningIn);
        m_clock->advanceBy(300 * 1000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("sign-in-timeout"));
        QCOMPARE(m_auth->state(), AuthService::State::SignedOut);
    }

    void browserFailureIsReported()
    {
        m_browserWorks = false;
        QSignalSpy failed(m_auth.get(), &AuthService::failed);
        QSignalSpy urls(m_auth.get(), &AuthService::signInUrlReady);
        m_auth->signIn();
        QCOMPARE(urls.size(), 1); // a CLI can still print it
        QVERIFY(failed.size() >= 1);
        QCOMPARE(failed.last().at(0).value<Error>().code, QStringLiteral("browser-failed"));
    }

    void signOutRevokesAndForgets()
    {
        signInNow();
        QSignalSpy signedOut(m_auth.get(), &AuthService::signedOut);
        m_auth->signOut();
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(m_auth->accessToken(), QString());
        QTRY_COMPARE(m_oauth.revoked, QStringList {QStringLiteral("refresh-1")});
        QTRY_COMPARE(m_store->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
