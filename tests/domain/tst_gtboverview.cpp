#include "models/domain/gtboverview.h"
#include "tests/domain/codectest.h"

#include <QTest>

using hpo::GtbBranchCounts;
using hpo::GtbCounts;
using hpo::GtbOverview;
using hpo::GtbPeildatum;
using namespace hpo::test;

Q_DECLARE_METATYPE(GtbOverview)

namespace {
// Three peildata; the last one has two vestigingen. Every counts object is
// consistent (under8 + eightAndOver = weights = total).
const QJsonObject sample = parseObject(R"({
    "institutionCode": "16AH",
    "updatedUntil": "2021-12-08",
    "peildata": [
        {"peildatum": "2020-10-01", "updatedUntil": "2021-03-01", "branches": [
            {"branchCode": "16AH00", "branchName": "De Regenboog",
             "funded": {"under8": 90, "eightAndOver": 110, "weight000": 170, "weight030": 20, "weight120": 10,
                        "newcomers": 2, "total": 200},
             "unfunded": {"under8": 1, "eightAndOver": 0, "weight000": 1, "weight030": 0, "weight120": 0,
                          "newcomers": 0, "total": 1}}
        ]},
        {"peildatum": "2021-02-01", "updatedUntil": "2021-06-15", "branches": []},
        {"peildatum": "2021-10-01", "updatedUntil": "2021-12-08", "branches": [
            {"branchCode": "16AH00", "branchName": "De Regenboog",
             "funded": {"under8": 95, "eightAndOver": 117, "weight000": 180, "weight030": 20, "weight120": 12,
                        "newcomers": 4, "total": 212},
             "unfunded": {"under8": 0, "eightAndOver": 0, "weight000": 0, "weight030": 0, "weight120": 0,
                          "newcomers": 0, "total": 0}},
            {"branchCode": "16AH01", "branchName": "De Regenboog, dependance",
             "funded": {"under8": 30, "eightAndOver": 0, "weight000": 25, "weight030": 5, "weight120": 0,
                        "newcomers": 1, "total": 30},
             "unfunded": {"under8": 2, "eightAndOver": 1, "weight000": 3, "weight030": 0, "weight120": 0,
                          "newcomers": 0, "total": 3}}
        ]}
    ],
    "version": 6
})");

GtbCounts counts(int under8, int eightAndOver, int w000, int w030, int w120, int newcomers)
{
    return {under8, eightAndOver, w000, w030, w120, newcomers, under8 + eightAndOver};
}
} // namespace

class TestGtbOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSample()
    {
        const auto o = GtbOverview::fromJson(sample);
        QVERIFY2(o.ok(), qPrintable(describe(o)));
        QCOMPARE(o->institutionCode, QStringLiteral("16AH"));
        QCOMPARE(o->updatedUntil, QDate(2021, 12, 8));
        QCOMPARE(o->peildata.size(), 3);
        QCOMPARE(o->peildata.at(2).peildatum, QDate(2021, 10, 1));
        QCOMPARE(o->peildata.at(2).updatedUntil, QDate(2021, 12, 8));
        QCOMPARE(o->peildata.at(2).branches.size(), 2);
        QCOMPARE(o->peildata.at(2).branches.at(1).branchCode, QStringLiteral("16AH01"));
        QCOMPARE(o->peildata.at(2).branches.at(1).unfunded.total, 3);
        QCOMPARE(o->version, 6);
    }

    void totalsPerPeildatum()
    {
        const auto o = GtbOverview::fromJson(sample);
        QVERIFY(o.ok());
        const auto totals = o->totalsPerPeildatum();
        QCOMPARE(totals.size(), 3);
        QCOMPARE(totals.at(0).first, QDate(2020, 10, 1));
        QCOMPARE(totals.at(0).second, (GtbCounts {91, 110, 171, 20, 10, 2, 201}));
        QCOMPARE(totals.at(1).first, QDate(2021, 2, 1));
        QCOMPARE(totals.at(1).second, GtbCounts {});
        QCOMPARE(totals.at(2).first, QDate(2021, 10, 1));
        QCOMPARE(totals.at(2).second, (GtbCounts {127, 118, 208, 25, 12, 5, 245}));
        for (const auto &[date, total] : totals)
            QVERIFY2(total.isConsistent(), qPrintable(date.toString(Qt::ISODate)));

        const GtbPeildatum &last = o->peildata.at(2);
        QCOMPARE(last.fundedTotal(), (GtbCounts {125, 117, 205, 25, 12, 5, 242}));
        QCOMPARE(last.unfundedTotal(), (GtbCounts {2, 1, 3, 0, 0, 0, 3}));
        QCOMPARE(last.total(), last.fundedTotal() + last.unfundedTotal());
        QCOMPARE(last.branches.at(1).combined(), (GtbCounts {32, 1, 28, 5, 0, 1, 33}));
    }

    void find()
    {
        const auto o = GtbOverview::fromJson(sample);
        QVERIFY(o.ok());
        QCOMPARE(o->find(QDate(2021, 2, 1)), &o->peildata.at(1));
        QCOMPARE(o->find(QDate(2021, 2, 2)), nullptr);
    }

    void jsonRoundTrip() { checkJsonRoundTrip<GtbOverview>(sample); }

    void acceptedVariants_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("no peildata") << "peildata" << QByteArray("[]");
        QTest::newRow("board overview, any vestiging") << "institutionCode" << QByteArray(R"("41775")");
        QTest::newRow("same vestiging on each peildatum")
            << "peildata[0].branches[0].branchCode" << QByteArray(R"("16AH01")");
        QTest::newRow("updated before the peildatum")
            << "peildata[1].updatedUntil" << QByteArray(R"("2020-01-01")");
    }

    void acceptedVariants()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        checkJsonRoundTrip<GtbOverview>(patched(sample, path, cellValue(value)));
    }

    void boardOverviewMayListSchoolsVestigingen()
    {
        QJsonObject json
            = patched(sample, QStringLiteral("institutionCode"), QJsonValue(QStringLiteral("41775")));
        json = patched(json, QStringLiteral("peildata[2].branches[1].branchCode"),
                       QJsonValue(QStringLiteral("00XY03")));
        checkJsonRoundTrip<GtbOverview>(json);
    }

    void valueRoundTrip_data()
    {
        QTest::addColumn<GtbOverview>("overview");
        GtbOverview o;
        o.institutionCode = QStringLiteral("00AA");
        o.updatedUntil = QDate(2021, 12, 8);
        o.version = 1;
        QTest::newRow("empty") << o;
        o.peildata.append(
            GtbPeildatum {QDate(2021, 10, 1),
                          QDate(2021, 12, 8),
                          {GtbBranchCounts {QStringLiteral("00AA00"), QStringLiteral("Hoofd"),
                                            counts(1, 2, 3, 0, 0, 0), counts(0, 0, 0, 0, 0, 0)},
                           GtbBranchCounts {QStringLiteral("00AA07"), QStringLiteral("Zeven"),
                                            counts(5, 5, 1, 4, 5, 2), counts(1, 0, 0, 0, 1, 1)}}});
        o.peildata.append(GtbPeildatum {QDate(2022, 2, 1), QDate(2022, 2, 1), {}});
        o.version = 42;
        QTest::newRow("two peildata") << o;
    }

    void valueRoundTrip()
    {
        QFETCH(GtbOverview, overview);
        checkValueRoundTrip(overview);
    }

    void fieldSweep() { checkFieldSweep<GtbOverview>(sample); }

    void unknownFieldsIgnored()
    {
        checkUnknownFieldsIgnored<GtbOverview>(sample,
                                               {QStringLiteral("peildata[0]"),
                                                QStringLiteral("peildata[2].branches[1]"),
                                                QStringLiteral("peildata[2].branches[1].unfunded")});
    }

    void malformed_data()
    {
        addMalformedColumns();
        rows::institutionCode(QStringLiteral("institutionCode"));
        rows::date(QStringLiteral("updatedUntil"));
        rows::add(QStringLiteral("peildata"), "missing", absent, "missing-field");
        rows::add(QStringLiteral("peildata"), "object", "{}", "wrong-type");
        rows::add(QStringLiteral("peildata[1]"), "string", R"("2021-02-01")", "wrong-type");
        rows::add(QStringLiteral("peildata[2]"), "array", "[]", "wrong-type");
        for (const char *element : {"peildata[0]", "peildata[2]"}) {
            const QString p = QString::fromUtf8(element);
            rows::date(p + QStringLiteral(".peildatum"));
            rows::date(p + QStringLiteral(".updatedUntil"));
            rows::add(p + QStringLiteral(".branches"), "missing", absent, "missing-field");
            rows::add(p + QStringLiteral(".branches"), "null", "null", "missing-field");
            rows::add(p + QStringLiteral(".branches"), "object", "{}", "wrong-type");
            rows::add(p + QStringLiteral(".branches[0]"), "number", "7", "wrong-type");
        }
        const QString b = QStringLiteral("peildata[2].branches[1]");
        rows::add(b + QStringLiteral(".branchCode"), "missing", absent, "missing-field");
        rows::add(b + QStringLiteral(".branchCode"), "number", "1600", "wrong-type");
        rows::add(b + QStringLiteral(".branchCode"), "school code", R"("16AH")", "invalid-branch-code");
        rows::add(b + QStringLiteral(".branchCode"), "lower case", R"("16ah01")", "invalid-branch-code");
        rows::add(b + QStringLiteral(".branchCode"), "three digits", R"("16AH001")", "invalid-branch-code");
        rows::add(b + QStringLiteral(".branchCode"), "other school", R"("16AG01")", "code-mismatch");
        rows::add(b + QStringLiteral(".branchCode"), "listed twice", R"("16AH00")", "duplicate");
        rows::requiredString(b + QStringLiteral(".branchName"), true);
        for (const char *part : {".funded", ".unfunded"}) {
            const QString c = b + QString::fromUtf8(part);
            rows::add(c, "missing", absent, "missing-field");
            rows::add(c, "number", "33", "wrong-type");
            rows::add(c, "array", "[]", "wrong-type");
            for (const char *key :
                 {"under8", "eightAndOver", "weight000", "weight030", "weight120", "newcomers", "total"}) {
                const QString k = c + u'.' + QString::fromUtf8(key);
                rows::add(k, "missing", absent, "missing-field");
                rows::add(k, "string", R"("1")", "wrong-type");
                rows::add(k, "negative", "-1", "out-of-range");
                rows::add(k, "above a million", "1000001", "out-of-range");
            }
        }
        // The example from the issue text: a nested total that does not add up.
        QTest::newRow("inconsistent funded total")
            << QStringLiteral("peildata[2].branches[0].funded.total") << QByteArray("213")
            << QStringLiteral("peildata[2].branches[0].funded.total")
            << QStringLiteral("inconsistent-counts");
        QTest::newRow("inconsistent unfunded ages")
            << QStringLiteral("peildata[0].branches[0].unfunded.under8") << QByteArray("2")
            << QStringLiteral("peildata[0].branches[0].unfunded.total")
            << QStringLiteral("inconsistent-counts");
        QTest::newRow("inconsistent weights")
            << QStringLiteral("peildata[2].branches[1].funded.weight120") << QByteArray("1")
            << QStringLiteral("peildata[2].branches[1].funded.total")
            << QStringLiteral("inconsistent-counts");
        QTest::newRow("peildatum listed twice")
            << QStringLiteral("peildata[2].peildatum") << QByteArray(R"("2020-10-01")")
            << QStringLiteral("peildata[2].peildatum") << QStringLiteral("duplicate");
        rows::version();
    }

    void malformed() { checkMalformed<GtbOverview>(sample); }

    void branchLimit_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1000 vestigingen") << 1000 << true;
        QTest::newRow("1001 vestigingen") << 1001 << false;
    }

    void branchLimit()
    {
        // At the limit with every count at its maximum, the totals still fit in an int.
        QFETCH(int, count);
        QFETCH(bool, accepted);
        const GtbCounts full = counts(500'000, 500'000, 1'000'000, 0, 0, 1'000'000);
        QJsonArray branches;
        for (int i = 0; i < count; ++i)
            branches.append(GtbBranchCounts {QStringLiteral("%1AB%2")
                                                 .arg(i / 100, 2, 10, QLatin1Char('0'))
                                                 .arg(i % 100, 2, 10, QLatin1Char('0')),
                                             QStringLiteral("v"), full, full}
                                .toJson());
        const QJsonObject json
            = patched(patched(sample, QStringLiteral("institutionCode"), QJsonValue(QStringLiteral("41775"))),
                      QStringLiteral("peildata[1].branches"), QJsonValue(branches));
        const auto o = GtbOverview::fromJson(json);
        QCOMPARE(o.ok(), accepted);
        if (accepted) {
            QCOMPARE(o->totalsPerPeildatum().at(1).second.total, 2'000'000'000);
        } else {
            QCOMPARE(o.error().field, QStringLiteral("peildata[1].branches"));
            QCOMPARE(o.error().code, QStringLiteral("out-of-range"));
        }
    }

    void firstErrorInDocumentOrderWins()
    {
        // Two bad fields: the earlier one (in reading order) is reported.
        QJsonObject json
            = patched(sample, QStringLiteral("peildata[0].branches[0].funded.total"), QJsonValue(-1));
        json = patched(json, QStringLiteral("peildata[2].branches[1].branchName"), QJsonValue(1));
        json = patched(json, QStringLiteral("version"), QJsonValue(0));
        const auto o = GtbOverview::fromJson(json);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().field, QStringLiteral("peildata[0].branches[0].funded.total"));
        QCOMPARE(o.error().code, QStringLiteral("out-of-range"));
    }
};

QTEST_GUILESS_MAIN(TestGtbOverview)
#include "tst_gtboverview.moc"
