// Black-box: the sign-in through the test broker, tokens, refusals, password routes.
#include "tests/server/serverlauncher.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using hpo::testing::HttpReply;
using hpo::testing::ServerLauncher;

namespace {

const QString redirectUri = QStringLiteral("http://127.0.0.1:5999/callback");

QString authorizeQuery(const QString &redirect, const QString &challenge,
                       const QString &method = QStringLiteral("S256"))
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("tests"));
    q.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
    q.addQueryItem(QStringLiteral("code_challenge"), challenge);
    q.addQueryItem(QStringLiteral("code_challenge_method"), method);
    return QStringLiteral("/oauth/authorize?") + q.query(QUrl::FullyEncoded);
}

QList<QPair<QString, QString>> authorizeForm(const QString &identity, const QString &verifier,
                                             const QString &redirect = redirectUri)
{
    return {{QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), QStringLiteral("tests")},
            {QStringLiteral("redirect_uri"), redirect},
            {QStringLiteral("state"), QStringLiteral("st4te")},
            {QStringLiteral("code_challenge"), ServerLauncher::codeChallenge(verifier)},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
            {QStringLiteral("identity"), identity}};
}

QList<QPair<QString, QString>> codeGrant(const QString &code, const QString &verifier)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), redirectUri},
            {QStringLiteral("client_id"), QStringLiteral("tests")},
            {QStringLiteral("code_verifier"), verifier}};
}

QList<QPair<QString, QString>> refreshGrant(const QString &token)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), token}};
}

QString codeFrom(const HttpReply &reply)
{
    return QUrlQuery(QUrl(QString::fromUtf8(reply.header("Location"))))
        .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

} // namespace

class TestServerSignIn : public QObject
{
    Q_OBJECT

private:
    ServerLauncher m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void brokerPageListsTheTestIdentities()
    {
        const QString verifier = ServerLauncher::newVerifier();
        const HttpReply page
            = m_server.get(authorizeQuery(redirectUri, ServerLauncher::codeChallenge(verifier)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        for (const char *id :
             {"school-admin", "multi-school", "board-41775", "board-no-gemachtigde", "agent"}) {
            QVERIFY2(page.body.contains(QByteArray("value=\"" + QByteArray(id) + '"')), id);
        }
        QVERIFY(page.body.contains("action=\"/oauth/authorize\""));
    }

    void fullFlowWithRotationReuseDetectionAndRevoke()
    {
        const QString verifier = ServerLauncher::newVerifier();
        const HttpReply authorized = m_server.postForm(
            QStringLiteral("/oauth/authorize"), authorizeForm(QStringLiteral("school-admin"), verifier));
        QCOMPARE(authorized.status, 302);
        const QUrl location(QString::fromUtf8(authorized.header("Location")));
        QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(location.port(), 5999);
        QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
        const QString code = codeFrom(authorized);
        QVERIFY(!code.isEmpty());

        const HttpReply token = m_server.postForm(QStringLiteral("/oauth/token"), codeGrant(code, verifier));
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(), 900);
        const QString access = token.json().value(QStringLiteral("access_token")).toString();
        const QString refresh = token.json().value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(QByteArray::fromBase64(refresh.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), access).status, 200);

        // The code works once.
        QCOMPARE(m_server.postForm(QStringLiteral("/oauth/token"), codeGrant(code, verifier)).status, 400);

        // Rotation: a new pair each time.
        const HttpReply rotated = m_server.postForm(QStringLiteral("/oauth/token"), refreshGrant(refresh));
        QCOMPARE(rotated.status, 200);
        const QString refresh2 = rotated.json().value(QStringLiteral("refresh_token")).toString();
        const QString access2 = rotated.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(refresh2 != refresh);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), access2).status, 200);

        // Reuse of the old refresh token revokes the whole family.
        const HttpReply reused = m_server.postForm(QStringLiteral("/oauth/token"), refreshGrant(refresh));
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("refresh-token-reused"));
        QCOMPARE(m_server.postForm(QStringLiteral("/oauth/token"), refreshGrant(refresh2)).status, 400);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), access2).status, 401);

        // Revoke ends a fresh session.
        const auto tokens = m_server.signIn(QStringLiteral("school-admin"));
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), tokens.accessToken).status, 200);
        QCOMPARE(
            m_server
                .postForm(QStringLiteral("/oauth/revoke"), {{QStringLiteral("token"), tokens.refreshToken}})
                .status,
            200);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), tokens.accessToken).status, 401);
        QCOMPARE(m_server.postForm(QStringLiteral("/oauth/token"), refreshGrant(tokens.refreshToken)).status,
                 400);
    }

    void redirectUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ipv4 loopback") << QStringLiteral("http://127.0.0.1:5000/cb") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:5000/cb") << true;
        QTest::newRow("with query") << QStringLiteral("http://127.0.0.1:41000/cb?x=1") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:5000/cb") << false;
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:5000/cb") << false;
        QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/cb") << false;
        QTest::newRow("other host") << QStringLiteral("http://evil.example:5000/cb") << false;
        QTest::newRow("userinfo trick") << QStringLiteral("http://127.0.0.1:5000@evil.example/cb") << false;
        QTest::newRow("127.0.0.2") << QStringLiteral("http://127.0.0.2:5000/cb") << false;
        QTest::newRow("fragment") << QStringLiteral("http://127.0.0.1:5000/cb#x") << false;
        QTest::newRow("custom scheme") << QStringLiteral("mijnhelpdeskpo://cb") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void redirectUris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, accepted);
        const QString verifier = ServerLauncher::newVerifier();
        const HttpReply page = m_server.get(authorizeQuery(uri, ServerLauncher::codeChallenge(verifier)));
        QCOMPARE(page.status, accepted ? 200 : 400);
        QVERIFY(page.header("Location").isEmpty()); // never a redirect to a refused URI
        const HttpReply posted = m_server.postForm(
            QStringLiteral("/oauth/authorize"), authorizeForm(QStringLiteral("school-admin"), verifier, uri));
        QCOMPARE(posted.status, accepted ? 302 : 400);
        if (!accepted) {
            QVERIFY(posted.header("Location").isEmpty());
        }
    }

    void pkceRefusals()
    {
        const QString verifier = ServerLauncher::newVerifier();
        // plain is refused: back to the client with an error, no code.
        const HttpReply plain = m_server.get(authorizeQuery(redirectUri, verifier, QStringLiteral("plain")));
        QCOMPARE(plain.status, 302);
        const QUrlQuery back(QUrl(QString::fromUtf8(plain.header("Location"))));
        QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QVERIFY(!back.hasQueryItem(QStringLiteral("code")));
        // No challenge at all.
        QCOMPARE(m_server.get(authorizeQuery(redirectUri, QString())).status, 302);
        // A wrong verifier at the token endpoint.
        const HttpReply authorized = m_server.postForm(
            QStringLiteral("/oauth/authorize"), authorizeForm(QStringLiteral("school-admin"), verifier));
        const HttpReply token = m_server.postForm(
            QStringLiteral("/oauth/token"), codeGrant(codeFrom(authorized), ServerLauncher::newVerifier()));
        QCOMPARE(token.status, 400);
        QCOMPARE(token.json().value(QStringLiteral("code")).toString(), QStringLiteral("pkce-mismatch"));
        // Unknown identity, unknown grant.
        QCOMPARE(m_server
                     .postForm(QStringLiteral("/oauth/authorize"),
                               authorizeForm(QStringLiteral("nobody"), verifier))
                     .status,
                 400);
        QCOMPARE(m_server
                     .postForm(QStringLiteral("/oauth/token"),
                               {{QStringLiteral("grant_type"), QStringLiteral("password")}})
                     .status,
                 400);
    }

    void bearerRequired_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("basic") << QByteArrayLiteral("Basic dXNlcjpwYXNz");
        QTest::newRow("unknown token")
            << QByteArrayLiteral("Bearer abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ");
    }

    void bearerRequired()
    {
        QFETCH(QByteArray, authorization);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty()) {
            headers.append({QByteArrayLiteral("Authorization"), authorization});
        }
        const HttpReply reply = m_server.get(QStringLiteral("/api/v1/me"), {}, headers);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/problem+json"));
    }

    void testIdentitiesListed()
    {
        const HttpReply reply = m_server.get(QStringLiteral("/oauth/test-identities"));
        QCOMPARE(reply.status, 200);
        QStringList ids;
        for (const QJsonValue &v : reply.json().value(QStringLiteral("identities")).toArray()) {
            ids << v.toObject().value(QStringLiteral("id")).toString();
        }
        ids.sort();
        QCOMPARE(ids,
                 (QStringList {QStringLiteral("agent"), QStringLiteral("board-41775"),
                               QStringLiteral("board-no-gemachtigde"), QStringLiteral("multi-school"),
                               QStringLiteral("school-admin")}));
    }

    void passwordRoutesGoneAfterCutoff()
    {
        const HttpReply meta = m_server.get(QStringLiteral("/api/v1/meta"));
        QVERIFY(!meta.body.contains("\"password\""));
        const HttpReply login
            = m_server.postJson(QStringLiteral("/api/v1/auth/password"),
                                {{QStringLiteral("username"), QStringLiteral("school-admin")},
                                 {QStringLiteral("password"), QStringLiteral("demo-password")}});
        QCOMPARE(login.status, 410);
        QCOMPARE(login.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("password-sign-in-ended"));
        QVERIFY(
            login.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("1 april 2022")));
        const auto tokens = m_server.signIn(QStringLiteral("school-admin"));
        QCOMPARE(m_server
                     .postJson(QStringLiteral("/api/v1/auth/password/change"),
                               {{QStringLiteral("newPassword"), QStringLiteral("a-new-long-password")}},
                               tokens.accessToken)
                     .status,
                 410);
    }

    void passwordRoutesBeforeCutoff()
    {
        ServerLauncher early;
        QVERIFY(early.start({QStringLiteral("--now"), QStringLiteral("2022-03-01T10:00:00+01:00")}));
        QVERIFY(early.get(QStringLiteral("/api/v1/meta")).body.contains("\"password\""));
        const HttpReply wrong = early.postJson(QStringLiteral("/api/v1/auth/password"),
                                               {{QStringLiteral("username"), QStringLiteral("school-admin")},
                                                {QStringLiteral("password"), QStringLiteral("guess")}});
        QCOMPARE(wrong.status, 401);
        const HttpReply login
            = early.postJson(QStringLiteral("/api/v1/auth/password"),
                             {{QStringLiteral("username"), QStringLiteral("school-admin")},
                              {QStringLiteral("password"), QStringLiteral("demo-password")}});
        QCOMPARE(login.status, 200);
        const QString access = login.json().value(QStringLiteral("access_token")).toString();
        auto change = [&](const QString &current, const QString &next) {
            return early.postJson(
                QStringLiteral("/api/v1/auth/password/change"),
                {{QStringLiteral("currentPassword"), current}, {QStringLiteral("newPassword"), next}},
                access);
        };
        // A wrong current password: 403 (the token is fine), nothing changed.
        const HttpReply wrongCurrent = change(QStringLiteral("guess"), QStringLiteral("a-new-long-password"));
        QCOMPARE(wrongCurrent.status, 403);
        QCOMPARE(wrongCurrent.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid-credentials"));
        const HttpReply tooShort = change(QStringLiteral("demo-password"), QStringLiteral("elevenchars"));
        QCOMPARE(tooShort.status, 422);
        QCOMPARE(tooShort.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("newPassword"));
        QCOMPARE(change(QStringLiteral("demo-password"), QStringLiteral("x").repeated(129)).status, 422);
        QCOMPARE(change(QStringLiteral("demo-password"), QStringLiteral("a-new-long-password")).status, 204);
        // From now on only the new password signs in; other identities keep the demo one.
        auto login2 = [&](const QString &user, const QString &password) {
            return early
                .postJson(QStringLiteral("/api/v1/auth/password"),
                          {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}})
                .status;
        };
        QCOMPARE(login2(QStringLiteral("school-admin"), QStringLiteral("demo-password")), 401);
        QCOMPARE(login2(QStringLiteral("school-admin"), QStringLiteral("a-new-long-password")), 200);
        QCOMPARE(login2(QStringLiteral("multi-school"), QStringLiteral("demo-password")), 200);
        QCOMPARE(change(QStringLiteral("a-new-long-password"), QStringLiteral("demo-password-again")).status,
                 204);
        // The server clock runs on; POST /test/clock moves it past the cutoff.
        QCOMPARE(early
                     .postJson(QStringLiteral("/test/clock"),
                               {{QStringLiteral("now"), QStringLiteral("2022-04-01T00:00:01+02:00")}})
                     .status,
                 200);
        QCOMPARE(early
                     .postJson(QStringLiteral("/api/v1/auth/password"),
                               {{QStringLiteral("username"), QStringLiteral("school-admin")},
                                {QStringLiteral("password"), QStringLiteral("demo-password-again")}})
                     .status,
                 410);
        // Access tokens live 15 minutes.
        const auto tokens = early.signIn(QStringLiteral("school-admin"));
        QCOMPARE(early.get(QStringLiteral("/api/v1/me"), tokens.accessToken).status, 200);
        QCOMPARE(early
                     .postJson(QStringLiteral("/test/clock"),
                               {{QStringLiteral("now"), QStringLiteral("2022-04-01T00:16:00+02:00")}})
                     .status,
                 200);
        const HttpReply expired = early.get(QStringLiteral("/api/v1/me"), tokens.accessToken);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json().value(QStringLiteral("code")).toString(), QStringLiteral("token-expired"));
        QCOMPARE(early.postForm(QStringLiteral("/oauth/token"), refreshGrant(tokens.refreshToken)).status,
                 200);
    }

    void tokenEndpointIsRateLimited()
    {
        ServerLauncher limited;
        QVERIFY(limited.start({QStringLiteral("--token-rate-limit"), QStringLiteral("3/min")}));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(
                limited.postForm(QStringLiteral("/oauth/token"), refreshGrant(QStringLiteral("x"))).status,
                400);
        }
        const HttpReply limitedReply
            = limited.postForm(QStringLiteral("/oauth/token"), refreshGrant(QStringLiteral("x")));
        QCOMPARE(limitedReply.status, 429);
        const int retryAfter = limitedReply.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    }

    void shutsDownCleanlyOnSigterm()
    {
        m_server.stop();
        QCOMPARE(m_server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerSignIn)
#include "tst_serversignin.moc"
