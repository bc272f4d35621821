#include "services/auth/memorytokenstore.h"

#include <QTest>

using hpo::MemoryTokenStore;
using hpo::TokenKey;
using hpo::TokenLookup;
using hpo::TokenState;

class TestMemoryTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersLaterNeverInline()
    {
        MemoryTokenStore store;
        bool called = false;
        store.read({QStringLiteral("s"), QStringLiteral("i")}, this,
                   [&called](const TokenLookup &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void roundTripAndUnavailable()
    {
        MemoryTokenStore store;
        const TokenKey key {QStringLiteral("s"), QStringLiteral("i")};
        std::optional<TokenLookup> lookup;
        store.write(key, QStringLiteral("t"), this, [](const hpo::Status &) {});
        store.read(key, this, [&lookup](const TokenLookup &l) { lookup = l; });
        QTRY_VERIFY(lookup.has_value());
        QCOMPARE(lookup->state, TokenState::Available);
        QCOMPARE(lookup->token, QStringLiteral("t"));

        store.setUnavailable(hpo::Error {QStringLiteral("keychain-locked"), {}, {}});
        lookup.reset();
        store.read(key, this, [&lookup](const TokenLookup &l) { lookup = l; });
        QTRY_VERIFY(lookup.has_value());
        QCOMPARE(lookup->state, TokenState::Unavailable);
        QCOMPARE(lookup->error.code, QStringLiteral("keychain-locked"));
        QCOMPARE(store.size(), 1); // nothing wiped

        store.setUnavailable(std::nullopt);
        store.remove(key, this, [](const hpo::Status &) {});
        lookup.reset();
        store.read(key, this, [&lookup](const TokenLookup &l) { lookup = l; });
        QTRY_VERIFY(lookup.has_value());
        QCOMPARE(lookup->state, TokenState::SignedOut);
    }
};

QTEST_GUILESS_MAIN(TestMemoryTokenStore)
#include "tst_memorytokenstore.moc"
