// The pure sign-in rules: loopback redirect URIs (RFC 8252), PKCE S256, tokens.
#include "server/auth/oauthrules.h"

#include <QTest>

namespace oauth = hpo::server::oauth;

class TestOAuthRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirect_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("ok");
        QTest::newRow("v4") << QStringLiteral("http://127.0.0.1:8080/cb") << true;
        QTest::newRow("v6") << QStringLiteral("http://[::1]:65535/") << true;
        QTest::newRow("v4 no path") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/cb") << false;
        QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/cb") << false;
        QTest::newRow("port zero") << QStringLiteral("http://127.0.0.1:0/cb") << false;
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:8080/cb") << false;
        QTest::newRow("userinfo") << QStringLiteral("http://u@127.0.0.1:8080/cb") << false;
        QTest::newRow("decimal ip") << QStringLiteral("http://2130706433:8080/cb") << false;
        QTest::newRow("v4 mapped") << QStringLiteral("http://[::ffff:127.0.0.1]:8080/cb") << false;
        QTest::newRow("too long") << QStringLiteral("http://127.0.0.1:8080/") + QString(600, u'a') << false;
    }

    void redirect()
    {
        QFETCH(QString, uri);
        QFETCH(bool, ok);
        QCOMPARE(oauth::isLoopbackRedirect(uri), ok);
    }

    void pkce()
    {
        // RFC 7636 appendix B.
        QCOMPARE(oauth::s256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QVERIFY(oauth::isValidChallenge(QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")));
        QVERIFY(!oauth::isValidChallenge(QStringLiteral("short")));
        QVERIFY(!oauth::isValidVerifier(QString(42, u'a')));
        QVERIFY(oauth::isValidVerifier(QString(43, u'a')));
        QVERIFY(!oauth::isValidVerifier(QString(129, u'a')));
    }

    void tokens()
    {
        const QString a = oauth::randomToken();
        QCOMPARE(QByteArray::fromBase64(a.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        QVERIFY(a != oauth::randomToken());
        QCOMPARE(oauth::hashToken(a).size(), 64);
        QVERIFY(!oauth::hashToken(a).contains(a));
    }
};

QTEST_GUILESS_MAIN(TestOAuthRules)
#include "tst_oauthrules.moc"
