// Runs under tests/services/with-keyring.sh, which sets HPO_KEYRING to the
// keyring's condition: unlocked, locked or absent.
#include "services/auth/keychaintokenstore.h"

#include <QElapsedTimer>
#include <QTest>

using hpo::KeychainTokenStore;
using hpo::TokenKey;
using hpo::TokenLookup;
using hpo::TokenState;
using namespace std::chrono_literals;

namespace {
constexpr auto timeout = 5s;

TokenLookup readNow(KeychainTokenStore &store, const TokenKey &key, QObject *context)
{
    std::optional<TokenLookup> out;
    store.read(key, context, [&out](const TokenLookup &lookup) { out = lookup; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return {TokenState::Unavailable, {}, {QStringLiteral("test-hang"), QStringLiteral("no answer"), {}}};
    return *out;
}

hpo::Status writeNow(KeychainTokenStore &store, const TokenKey &key, const QString &token, QObject *context)
{
    std::optional<hpo::Status> out;
    store.write(key, token, context, [&out](const hpo::Status &s) { out = s; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return hpo::Error {QStringLiteral("test-hang"), {}, {}};
    return *out;
}

hpo::Status removeNow(KeychainTokenStore &store, const TokenKey &key, QObject *context)
{
    std::optional<hpo::Status> out;
    store.remove(key, context, [&out](const hpo::Status &s) { out = s; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return hpo::Error {QStringLiteral("test-hang"), {}, {}};
    return *out;
}
} // namespace

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private:
    QString m_mode = qEnvironmentVariable("HPO_KEYRING");
    const TokenKey m_key {QStringLiteral("http://127.0.0.1:1234"), QStringLiteral("identity-1")};
    const QString m_service = QStringLiteral("MijnHelpdeskPO-test");

private Q_SLOTS:
    void initTestCase()
    {
        if (m_mode.isEmpty())
            QSKIP("run through tests/services/with-keyring.sh");
        qInfo("keyring mode: %s", qPrintable(m_mode));
    }

    void entryNameHoldsNoSecret()
    {
        QCOMPARE(KeychainTokenStore::entryName(m_key),
                 QStringLiteral("refresh-token http://127.0.0.1:1234 identity-1"));
    }

    void unlockedRoundTrip()
    {
        if (m_mode != QStringLiteral("unlocked"))
            QSKIP("unlocked keyring only");
        KeychainTokenStore store(m_service, timeout);
        QCOMPARE(readNow(store, m_key, this).state, TokenState::SignedOut);
        QVERIFY(writeNow(store, m_key, QStringLiteral("refresh-1"), this).ok());
        TokenLookup lookup = readNow(store, m_key, this);
        QCOMPARE(lookup.state, TokenState::Available);
        QCOMPARE(lookup.token, QStringLiteral("refresh-1"));
        // Rotation overwrites the one entry.
        QVERIFY(writeNow(store, m_key, QStringLiteral("refresh-2"), this).ok());
        QCOMPARE(readNow(store, m_key, this).token, QStringLiteral("refresh-2"));
        // Another identity at the same server is another entry.
        const TokenKey other {m_key.server, QStringLiteral("identity-2")};
        QCOMPARE(readNow(store, other, this).state, TokenState::SignedOut);
        QVERIFY(removeNow(store, m_key, this).ok());
        QCOMPARE(readNow(store, m_key, this).state, TokenState::SignedOut);
        QVERIFY(removeNow(store, m_key, this).ok()); // removing nothing is fine
    }

    void lockedOrAbsentIsUnavailableNotSignedOut()
    {
        if (m_mode == QStringLiteral("unlocked"))
            QSKIP("locked or absent keyring only");
        KeychainTokenStore store(m_service, timeout);
        QElapsedTimer timer;
        timer.start();
        const TokenLookup lookup = readNow(store, m_key, this);
        qInfo("read answered in %lld ms: %s %s", timer.elapsed(), qPrintable(lookup.error.code),
              qPrintable(lookup.error.message));
        QCOMPARE(lookup.state, TokenState::Unavailable);
        QVERIFY(lookup.error.code.startsWith(QStringLiteral("keychain-")));
        QVERIFY(timer.elapsed() < 2 * 5000 + 2000); // read + probe, each bounded
        if (m_mode == QStringLiteral("locked"))
            QVERIFY(lookup.error.code == QStringLiteral("keychain-locked")
                    || lookup.error.code == QStringLiteral("keychain-timeout"));
        const hpo::Status written = writeNow(store, m_key, QStringLiteral("secret"), this);
        QVERIFY(!written.ok());
        QVERIFY(written.error().code.startsWith(QStringLiteral("keychain-")));
    }

    void answerIsDroppedWithItsContext()
    {
        KeychainTokenStore store(m_service, timeout);
        bool called = false;
        {
            QObject context;
            store.read(m_key, &context, [&called](const TokenLookup &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
