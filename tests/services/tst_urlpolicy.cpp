#include "services/api/urlpolicy.h"

#include <QTest>

using hpo::UrlPolicy;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkSecure_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedCode"); // empty: allowed
        QTest::newRow("https") << QStringLiteral("https://portal.example.nl/") << QString();
        QTest::newRow("https with port") << QStringLiteral("https://portal.example.nl:8443") << QString();
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << QString();
        QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.45.6.7:8080") << QString();
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/") << QString();
        QTest::newRow("http v4-mapped loopback")
            << QStringLiteral("http://[::ffff:127.0.0.1]:80/") << QString();
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << QString();
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080") << QString();
        QTest::newRow("http remote") << QStringLiteral("http://portal.example.nl")
                                     << QStringLiteral("insecure-url");
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10") << QStringLiteral("insecure-url");
        QTest::newRow("http 128.0.0.1")
            << QStringLiteral("http://128.0.0.1") << QStringLiteral("insecure-url");
        QTest::newRow("http localhost.evil")
            << QStringLiteral("http://localhost.evil.example") << QStringLiteral("insecure-url");
        QTest::newRow("http 127.0.0.1.nip.io")
            << QStringLiteral("http://127.0.0.1.nip.io") << QStringLiteral("insecure-url");
        QTest::newRow("http v4-mapped remote")
            << QStringLiteral("http://[::ffff:10.0.0.1]/") << QStringLiteral("insecure-url");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << QStringLiteral("invalid-url");
        QTest::newRow("relative") << QStringLiteral("/api/v1") << QStringLiteral("invalid-url");
        QTest::newRow("user info") << QStringLiteral("https://user:pw@portal.example.nl")
                                   << QStringLiteral("invalid-url");
    }

    void checkSecure()
    {
        QFETCH(QString, url);
        QFETCH(QString, expectedCode);
        const hpo::Status status = UrlPolicy::checkSecure(QUrl(url));
        if (expectedCode.isEmpty())
            QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().message));
        else
            QCOMPARE(status ? QString() : status.error().code, expectedCode);
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << QStringLiteral("https://a.nl/x") << QStringLiteral("https://a.nl/y?z")
                              << true;
        QTest::newRow("default port")
            << QStringLiteral("https://a.nl/") << QStringLiteral("https://a.nl:443/") << true;
        QTest::newRow("host case") << QStringLiteral("https://A.nl/") << QStringLiteral("https://a.nl/")
                                   << true;
        QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:1/")
                                    << QStringLiteral("http://127.0.0.1:2/") << false;
        QTest::newRow("downgrade") << QStringLiteral("https://a.nl/") << QStringLiteral("http://a.nl:443/")
                                   << false;
        QTest::newRow("other host") << QStringLiteral("https://a.nl/") << QStringLiteral("https://b.nl/")
                                    << false;
        QTest::newRow("subdomain") << QStringLiteral("https://a.nl/") << QStringLiteral("https://x.a.nl/")
                                   << false;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(UrlPolicy::isSameOrigin(QUrl(a), QUrl(b)), same);
        QCOMPARE(UrlPolicy::isSameOrigin(QUrl(b), QUrl(a)), same);
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
