#include "services/auth/pkce.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using hpo::Pkce;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB()
    {
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QVERIFY(Pkce::isValidVerifier(verifier));
        QCOMPARE(Pkce::challengeS256(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifierLength_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << Pkce::defaultVerifierLength << 64;
        QTest::newRow("minimum") << 43 << 43;
        QTest::newRow("maximum") << 128 << 128;
        QTest::newRow("too short is clamped") << 10 << 43;
        QTest::newRow("too long is clamped") << 500 << 128;
    }

    void verifierLength()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        const QByteArray verifier = Pkce::generateVerifier(requested);
        QCOMPARE(verifier.size(), expected);
        QVERIFY(Pkce::isValidVerifier(verifier));
    }

    void verifierUsesWholeUnreservedSet()
    {
        QRandomGenerator seeded(42);
        QSet<char> seen;
        for (int i = 0; i < 200; ++i) {
            for (char c : Pkce::generateVerifier(seeded, 128))
                seen.insert(c);
        }
        QCOMPARE(seen.size(), 66);
    }

    void verifiersDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(Pkce::generateVerifier());
        QCOMPARE(seen.size(), 100);
    }

    void challengeHasNoPadding()
    {
        for (int i = 0; i < 20; ++i) {
            const QByteArray challenge = Pkce::challengeS256(Pkce::generateVerifier());
            QCOMPARE(challenge.size(), 43);
            QVERIFY(!challenge.contains('='));
            QVERIFY(!challenge.contains('+'));
            QVERIFY(!challenge.contains('/'));
        }
    }

    void invalidVerifiers_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("42 chars") << QByteArray(42, 'a');
        QTest::newRow("129 chars") << QByteArray(129, 'a');
        QTest::newRow("space") << QByteArray(42, 'a').append(' ');
        QTest::newRow("plus") << QByteArray(42, 'a').append('+');
        QTest::newRow("slash") << QByteArray(42, 'a').append('/');
        QTest::newRow("non-ascii") << QByteArray(42, 'a').append("\xc3\xa9");
    }

    void invalidVerifiers()
    {
        QFETCH(QByteArray, verifier);
        QVERIFY(!Pkce::isValidVerifier(verifier));
    }

    void randomTokenIsUrlSafe()
    {
        const QByteArray token = Pkce::randomToken();
        QCOMPARE(token.size(), 43); // 32 bytes
        QVERIFY(Pkce::isValidVerifier(token));
        QVERIFY(Pkce::randomToken() != token);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
