#include "models/domain/gtbcounts.h"
#include "tests/domain/codectest.h"

#include <QTest>

using hpo::GtbCounts;
using namespace hpo::test;

Q_DECLARE_METATYPE(GtbCounts)

namespace {
// 212 pupils: 95 + 117 by age, 180 + 20 + 12 by weight, 4 newcomers.
const QJsonObject sample = parseObject(R"({
    "under8": 95, "eightAndOver": 117,
    "weight000": 180, "weight030": 20, "weight120": 12,
    "newcomers": 4, "total": 212
})");

const char *const countKeys[]
    = {"under8", "eightAndOver", "weight000", "weight030", "weight120", "newcomers", "total"};
} // namespace

class TestGtbCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSample()
    {
        const auto c = GtbCounts::fromJson(sample);
        QVERIFY2(c.ok(), qPrintable(describe(c)));
        QCOMPARE(c->total, 212);
        QCOMPARE(c->newcomers, 4);
        QVERIFY(c->isConsistent());
    }

    void jsonRoundTrip() { checkJsonRoundTrip<GtbCounts>(sample); }

    void valueRoundTrip_data()
    {
        QTest::addColumn<GtbCounts>("counts");
        QTest::newRow("all zero") << GtbCounts {};
        QTest::newRow("small school") << GtbCounts {10, 15, 20, 3, 2, 0, 25};
        QTest::newRow("only newcomers") << GtbCounts {3, 0, 0, 0, 3, 3, 3};
        QTest::newRow("largest") << GtbCounts {500'000, 500'000, 1'000'000, 0, 0, 1'000'000, 1'000'000};
    }

    void valueRoundTrip()
    {
        QFETCH(GtbCounts, counts);
        QVERIFY(counts.isConsistent());
        checkValueRoundTrip(counts);
    }

    void fieldSweep() { checkFieldSweep<GtbCounts>(sample); }

    void unknownFieldsIgnored() { checkUnknownFieldsIgnored<GtbCounts>(sample, {}); }

    void sums()
    {
        const GtbCounts a {1, 2, 1, 1, 1, 0, 3};
        const GtbCounts b {10, 20, 28, 1, 1, 5, 30};
        const GtbCounts sum = a + b;
        QCOMPARE(sum, (GtbCounts {11, 22, 29, 2, 2, 5, 33}));
        QVERIFY(sum.isConsistent());
        GtbCounts acc;
        acc += a;
        acc += b;
        QCOMPARE(acc, sum);
        QCOMPARE(GtbCounts {} + a, a);
    }

    void consistency_data()
    {
        QTest::addColumn<GtbCounts>("counts");
        QTest::addColumn<bool>("consistent");
        QTest::newRow("zero") << GtbCounts {} << true;
        QTest::newRow("ages short") << GtbCounts {1, 1, 3, 0, 0, 0, 3} << false;
        QTest::newRow("ages over") << GtbCounts {2, 2, 3, 0, 0, 0, 3} << false;
        QTest::newRow("weights short") << GtbCounts {1, 2, 1, 1, 0, 0, 3} << false;
        QTest::newRow("weights over") << GtbCounts {1, 2, 1, 1, 2, 0, 3} << false;
        QTest::newRow("newcomers free") << GtbCounts {1, 2, 1, 1, 1, 2, 3} << true;
    }

    void consistency()
    {
        QFETCH(GtbCounts, counts);
        QFETCH(bool, consistent);
        QCOMPARE(counts.isConsistent(), consistent);
    }

    void malformed_data()
    {
        addMalformedColumns();
        for (const char *key : countKeys) {
            const QString k = QString::fromUtf8(key);
            rows::add(k, "missing", absent, "missing-field");
            rows::add(k, "null", "null", "missing-field");
            rows::add(k, "string", R"("95")", "wrong-type");
            rows::add(k, "fraction", "0.5", "wrong-type");
            rows::add(k, "bool", "false", "wrong-type");
            rows::add(k, "negative", "-1", "out-of-range");
            rows::add(k, "above a million", "1000001", "out-of-range");
            rows::add(k, "int overflow", "4294967296", "out-of-range");
        }
        // The splits must add up; the error is reported on `total`.
        const QString total = QStringLiteral("total");
        QTest::newRow("ages short") << QStringLiteral("under8") << QByteArray("94") << total
                                    << QStringLiteral("inconsistent-counts");
        QTest::newRow("ages over") << QStringLiteral("eightAndOver") << QByteArray("118") << total
                                   << QStringLiteral("inconsistent-counts");
        QTest::newRow("weights short") << QStringLiteral("weight000") << QByteArray("179") << total
                                       << QStringLiteral("inconsistent-counts");
        QTest::newRow("weights over") << QStringLiteral("weight030") << QByteArray("21") << total
                                      << QStringLiteral("inconsistent-counts");
        QTest::newRow("heavy weights over") << QStringLiteral("weight120") << QByteArray("13") << total
                                            << QStringLiteral("inconsistent-counts");
        QTest::newRow("total too high")
            << total << QByteArray("213") << total << QStringLiteral("inconsistent-counts");
        QTest::newRow("total zero") << total << QByteArray("0") << total
                                    << QStringLiteral("inconsistent-counts");
        QTest::newRow("total a million")
            << total << QByteArray("1000000") << total << QStringLiteral("inconsistent-counts");
    }

    void malformed() { checkMalformed<GtbCounts>(sample); }

    void inconsistencyMessageSaysWhich()
    {
        const auto ages = GtbCounts::fromJson(patched(sample, QStringLiteral("under8"), QJsonValue(0)));
        QVERIFY(ages.error().message.contains(QStringLiteral("under8")));
        const auto weights = GtbCounts::fromJson(patched(sample, QStringLiteral("weight030"), QJsonValue(0)));
        QVERIFY(weights.error().message.contains(QStringLiteral("weight000")));
    }
};

QTEST_GUILESS_MAIN(TestGtbCounts)
#include "tst_gtbcounts.moc"
