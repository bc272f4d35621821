// Password sign-in and password change through AuthService against the real
// server, its clock set just before the password cutoff (1 April 2022): sign in,
// token stored, restore from it; wrong password; change the password (checked
// here first, then by the server) and sign in with the new one; then the server
// clock moves past the cutoff (POST /test/clock) and both answer 410.
#include "models/domain/systemclock.h"
#include "services/api/apiclient.h"
#include "services/auth/authservice.h"
#include "services/auth/keychaintokenstore.h"
#include "services/auth/memorytokenstore.h"
#include "tests/server/serverlauncher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace hpo;
using hpo::testing::ServerLauncher;

class TestPasswordSignIn : public QObject
{
    Q_OBJECT

private:
    ServerLauncher m_server;
    QNetworkAccessManager m_nam;
    SystemClock m_clock;
    MemoryTokenStore m_tokens;

    // One client session: an ApiClient whose bearer token is the AuthService's.
    struct Session
    {
        Session(TestPasswordSignIn &test, const AuthEndpoints &endpoints)
            : api(
                test.m_nam, test.m_server.url(QStringLiteral("/")),
                [this] { return auth ? auth->accessToken() : QString(); }, nullptr)
        {
            auth = std::make_unique<AuthService>(api, test.m_tokens, test.m_clock,
                                                 AuthService::BrowserOpener {}, endpoints);
        }
        ApiClient api;
        std::unique_ptr<AuthService> auth;
    };

    Result<AuthEndpoints> endpoints()
    {
        ApiClient api(m_nam, m_server.url(QStringLiteral("/")), {}, nullptr);
        std::optional<ApiResult> meta;
        ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/meta"));
        request.authenticated = false;
        api.send(request, this, [&meta](const ApiResult &r) { meta = r; });
        if (!QTest::qWaitFor([&] { return meta.has_value(); }, 10000) || !meta->ok())
            return Error {QStringLiteral("test-meta"), QStringLiteral("no /meta"), {}};
        return AuthEndpoints::fromMeta(meta->response().object().value());
    }

    // Signs in by password; the identity, or the error it failed with.
    Result<QString> passwordSignIn(AuthService &auth, const QString &user, const QString &password)
    {
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        QSignalSpy failed(&auth, &AuthService::failed);
        auth.signInWithPassword(user, password);
        if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, 20000))
            return Error {QStringLiteral("test-hang"), QStringLiteral("no outcome"), {}};
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return signedIn.first().first().toString();
    }

    Status change(AuthService &auth, const QString &current, const QString &next)
    {
        std::optional<Status> outcome;
        auth.changePassword(current, next, this, [&outcome](const Status &s) { outcome = s; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return Error {QStringLiteral("test-hang"), QStringLiteral("no outcome"), {}};
        return *outcome;
    }

    std::optional<TokenLookup> stored(const QString &identity)
    {
        std::optional<TokenLookup> lookup;
        m_tokens.read({m_server.url(QStringLiteral("/"))
                           .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                           .toString(),
                       identity},
                      this, [&lookup](const TokenLookup &l) { lookup = l; });
        if (!QTest::qWaitFor([&] { return lookup.has_value(); }, 5000))
            return std::nullopt;
        return lookup;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // An hour before the cutoff in Europe/Amsterdam: refresh tokens (30 days) outlive the jump.
        QVERIFY2(m_server.start({QStringLiteral("--now"), QStringLiteral("2022-03-31T23:00:00+02:00")}),
                 qPrintable(m_server.standardError()));
        const auto ends = endpoints();
        QVERIFY(ends.ok());
        QVERIFY(ends->passwordOffered());
        QCOMPARE(ends->passwordPath, QStringLiteral("/api/v1/auth/password"));
    }

    void wrongPasswordIsAClearError()
    {
        Session session(*this, endpoints().value());
        const auto result
            = passwordSignIn(*session.auth, QStringLiteral("school-admin"), QStringLiteral("guess"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("invalid-credentials"));
        QCOMPARE(session.auth->state(), AuthService::State::SignedOut);
        QVERIFY(session.auth->accessToken().isEmpty());
        const auto unknown
            = passwordSignIn(*session.auth, QStringLiteral("nobody-at-all"), QStringLiteral("demo-password"));
        QCOMPARE(unknown.error().code, QStringLiteral("invalid-credentials"));
        QCOMPARE(stored(QStringLiteral("school-admin"))->state, TokenState::SignedOut);
    }

    void signInStoresTheRefreshToken()
    {
        {
            Session session(*this, endpoints().value());
            const auto identity = passwordSignIn(*session.auth, QStringLiteral("school-admin"),
                                                 QStringLiteral("demo-password"));
            QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
            QCOMPARE(identity.value(), QStringLiteral("school-admin"));
            QCOMPARE(session.auth->state(), AuthService::State::SignedIn);
            QVERIFY(!session.auth->accessToken().isEmpty());
            const auto lookup = stored(QStringLiteral("school-admin"));
            QVERIFY(lookup);
            QCOMPARE(lookup->state, TokenState::Available);
            QVERIFY(!lookup->token.isEmpty());
        }
        // The next start restores the session from the stored token, as after a browser sign-in.
        Session next(*this, endpoints().value());
        QSignalSpy signedIn(next.auth.get(), &AuthService::signedIn);
        next.auth->restore(QStringLiteral("school-admin"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QCOMPARE(next.auth->state(), AuthService::State::SignedIn);
    }

    void changePasswordThenSignInWithTheNewOne()
    {
        const QString user = QStringLiteral("multi-school");
        const QString next = QStringLiteral("een nieuw wachtwoord");
        Session session(*this, endpoints().value());
        QVERIFY(passwordSignIn(*session.auth, user, QStringLiteral("demo-password")).ok());

        // Checked here before anything is sent.
        QSignalSpy requests(&m_nam, &QNetworkAccessManager::finished);
        Status tooShort = change(*session.auth, QStringLiteral("demo-password"), QStringLiteral("short"));
        QCOMPARE(tooShort.error().code, QStringLiteral("password-too-short"));
        QCOMPARE(tooShort.error().field, QStringLiteral("newPassword"));
        Status tooLong
            = change(*session.auth, QStringLiteral("demo-password"), QStringLiteral("x").repeated(129));
        QCOMPARE(tooLong.error().code, QStringLiteral("password-too-long"));
        QCOMPARE(requests.size(), 0);

        // The server's refusals keep their codes.
        Status wrongCurrent = change(*session.auth, QStringLiteral("not-my-password"), next);
        QCOMPARE(wrongCurrent.error().code, QStringLiteral("invalid-credentials"));
        QCOMPARE(session.auth->state(), AuthService::State::SignedIn); // still signed in

        const Status changed = change(*session.auth, QStringLiteral("demo-password"), next);
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().code));

        Session again(*this, endpoints().value());
        QCOMPARE(passwordSignIn(*again.auth, user, QStringLiteral("demo-password")).error().code,
                 QStringLiteral("invalid-credentials"));
        const auto identity = passwordSignIn(*again.auth, user, next);
        QVERIFY(identity.ok());
        QCOMPARE(identity.value(), user);
    }

    // Run by tests/services/with-keyring.sh unlocked: the refresh token of a password sign-in goes
    // into the OS keychain like a browser sign-in's, and the next start restores the session from it.
    void passwordSessionInTheKeychain()
    {
        if (qEnvironmentVariable("HPO_KEYRING") != u"unlocked")
            QSKIP("run through tests/services/with-keyring.sh unlocked");
        KeychainTokenStore keychain(QStringLiteral("MijnHelpdeskPO-password-test"), std::chrono::seconds(5));
        ApiClient api(m_nam, m_server.url(QStringLiteral("/")), {}, nullptr);
        {
            AuthService auth(api, keychain, m_clock, {}, endpoints().value());
            QSignalSpy failed(&auth, &AuthService::failed);
            const auto identity = passwordSignIn(auth, QStringLiteral("board-no-gemachtigde"),
                                                 QStringLiteral("demo-password"));
            QVERIFY(identity.ok());
            QVERIFY(failed.isEmpty()); // stored without a keychain error
        }
        AuthService restarted(api, keychain, m_clock, {}, endpoints().value());
        QSignalSpy signedIn(&restarted, &AuthService::signedIn);
        restarted.restore(QStringLiteral("board-no-gemachtigde"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QVERIFY(!restarted.accessToken().isEmpty());
        restarted.signOut(); // leaves no entry behind
    }

    // Last: it moves the server's clock past the cutoff for good.
    void afterTheCutoffBothAnswerGone()
    {
        const AuthEndpoints before = endpoints().value();
        Session session(*this, before);
        QVERIFY(passwordSignIn(*session.auth, QStringLiteral("board-41775"), QStringLiteral("demo-password"))
                    .ok());

        QCOMPARE(m_server
                     .postJson(QStringLiteral("/test/clock"),
                               {{QStringLiteral("now"), QStringLiteral("2022-04-01T00:00:01+02:00")}})
                     .status,
                 200);
        // /meta no longer offers it.
        QVERIFY(!endpoints()->passwordOffered());

        // A client that read /meta earlier still gets a clear answer.
        const Status change410
            = change(*session.auth, QStringLiteral("demo-password"), QStringLiteral("another long one"));
        QCOMPARE(change410.error().code, QStringLiteral("password-sign-in-ended"));
        QVERIFY2(change410.error().message.contains(QStringLiteral("1 April 2022")),
                 qPrintable(change410.error().message));
        QCOMPARE(session.auth->state(), AuthService::State::SignedIn); // the session itself is fine

        Session late(*this, before);
        const auto gone
            = passwordSignIn(*late.auth, QStringLiteral("school-admin"), QStringLiteral("demo-password"));
        QCOMPARE(gone.error().code, QStringLiteral("password-sign-in-ended"));
        QCOMPARE(late.auth->state(), AuthService::State::SignedOut);

        // And a client that reads /meta now does not even try.
        Session now(*this, endpoints().value());
        QCOMPARE(passwordSignIn(*now.auth, QStringLiteral("school-admin"), QStringLiteral("demo-password"))
                     .error()
                     .code,
                 QStringLiteral("password-sign-in-unavailable"));
        Status notOffered = change(*session.auth, QStringLiteral("x"), QStringLiteral("y"));
        QVERIFY(!notOffered.ok());
    }
};

QTEST_GUILESS_MAIN(TestPasswordSignIn)
#include "tst_passwordsignin.moc"
