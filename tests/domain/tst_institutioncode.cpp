#include "models/domain/institutioncode.h"
#include "models/domain/jsoncodec.h"

#include <QTest>

using hpo::InstitutionCode;
using Kind = hpo::InstitutionCode::Kind;

Q_DECLARE_METATYPE(hpo::InstitutionCode::Kind)

class TestInstitutionCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("brin") << "16AH" << Kind::School << "16AH";
        QTest::newRow("brin lower") << "16ah" << Kind::School << "16AH";
        QTest::newRow("brin mixed") << "16aH" << Kind::School << "16AH";
        QTest::newRow("brin padded") << " 16ah " << Kind::School << "16AH";
        QTest::newRow("brin inner space") << "16 AH" << Kind::School << "16AH";
        QTest::newRow("brin spaced out") << "1 6 a h" << Kind::School << "16AH";
        QTest::newRow("brin tab and newline") << "\t16AH\n" << Kind::School << "16AH";
        QTest::newRow("brin nbsp") << QString::fromUtf16(u"16\u00A0AH") << Kind::School << "16AH";
        QTest::newRow("brin 00AA") << "00AA" << Kind::School << "00AA";
        QTest::newRow("brin 99ZZ") << "99ZZ" << Kind::School << "99ZZ";
        QTest::newRow("brin 04CU") << "04cu" << Kind::School << "04CU";
        QTest::newRow("board") << "41775" << Kind::Board << "41775";
        QTest::newRow("board spaced") << "41 775" << Kind::Board << "41775";
        QTest::newRow("board padded") << "  41775  " << Kind::Board << "41775";
        QTest::newRow("board leading zero") << "00001" << Kind::Board << "00001";
        QTest::newRow("board all nines") << "99999" << Kind::Board << "99999";
        QTest::newRow("board digit groups") << "4 1 7 7 5" << Kind::Board << "41775";
    }

    void validCodes()
    {
        QFETCH(QString, input);
        QFETCH(Kind, kind);
        QFETCH(QString, normalised);
        const auto result = hpo::parseInstitutionCode(input);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->kind, kind);
        QCOMPARE(result->value, normalised);
        // Normalised output parses to itself.
        const auto again = hpo::parseInstitutionCode(result->value);
        QVERIFY(again.ok());
        QCOMPARE(*again, *result);
    }

    void invalidCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("only spaces") << "   ";
        QTest::newRow("three chars") << "16A";
        QTest::newRow("letters first") << "AH16";
        QTest::newRow("digit letter mix") << "1A6H";
        QTest::newRow("three digits one letter") << "161H";
        QTest::newRow("four digits") << "1616";
        QTest::newRow("four letters") << "ABCD";
        QTest::newRow("brin plus branch") << "16AH00";
        QTest::newRow("five chars brin-like") << "16AHX";
        QTest::newRow("board four digits") << "4177";
        QTest::newRow("board six digits") << "417750";
        QTest::newRow("board with letter") << "4177A";
        QTest::newRow("board dash") << "41-775";
        QTest::newRow("board dot") << "41.775";
        QTest::newRow("brin dash") << "16-AH";
        QTest::newRow("accented letter") << QString::fromUtf16(u"16\u00C1H");
        QTest::newRow("dotless i") << QString::fromUtf16(u"16\u0131H");
        QTest::newRow("arabic-indic digits") << QString::fromUtf16(u"\u0661\u0666AH");
        QTest::newRow("fullwidth digits") << QString::fromUtf16(u"\uFF11\uFF16AH");
        QTest::newRow("negative board") << "-1775";
        QTest::newRow("underscore") << "16_AH";
    }

    void invalidCodes()
    {
        QFETCH(QString, input);
        const auto result = hpo::parseInstitutionCode(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("invalid-institution-code"));
        QVERIFY(!result.error().message.isEmpty());
    }

    void errorMessageNamesInput()
    {
        const auto result = hpo::parseInstitutionCode(u" 16A ");
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("\"16A\"")));
    }

    void kindKeys()
    {
        QCOMPARE(hpo::enumName(hpo::institutionKindNames, Kind::School), QStringLiteral("school"));
        QCOMPARE(hpo::enumName(hpo::institutionKindNames, Kind::Board), QStringLiteral("board"));
        QCOMPARE(hpo::enumFromName(hpo::institutionKindNames, u"school"), std::optional<Kind>(Kind::School));
        QCOMPARE(hpo::enumFromName(hpo::institutionKindNames, u"board"), std::optional<Kind>(Kind::Board));
        QVERIFY(!hpo::enumFromName(hpo::institutionKindNames, u"School").has_value());
        QVERIFY(!hpo::enumFromName(hpo::institutionKindNames, u"").has_value());
    }

    void validBranchCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("main site") << "16AH00"
                                   << "16AH00";
        QTest::newRow("lower") << "16ah00"
                               << "16AH00";
        QTest::newRow("padded") << " 16ah00 "
                                << "16AH00";
        QTest::newRow("space between") << "16AH 00"
                                       << "16AH00";
        QTest::newRow("single zero") << "16AH0"
                                     << "16AH00";
        QTest::newRow("single zero spaced lower") << "16ah 0"
                                                  << "16AH00";
        QTest::newRow("single digit") << "16AH1"
                                      << "16AH01";
        QTest::newRow("single nine") << "16ah 9"
                                     << "16AH09";
        QTest::newRow("two digits") << "16AH12"
                                    << "16AH12";
        QTest::newRow("ninety-nine") << "16AH99"
                                     << "16AH99";
        QTest::newRow("spaced out") << "1 6 A H 0 1"
                                    << "16AH01";
        QTest::newRow("tab") << "04CU\t03"
                             << "04CU03";
    }

    void validBranchCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto result = hpo::parseBranchCode(input);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(*result, normalised);
        QCOMPARE(hpo::institutionOfBranch(*result), normalised.left(4));
    }

    void invalidBranchCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("brin only") << "16AH";
        QTest::newRow("three digits") << "16AH000";
        QTest::newRow("letter number") << "16AHAB";
        QTest::newRow("mixed number") << "16AH0A";
        QTest::newRow("board number") << "41775";
        QTest::newRow("board plus digits") << "4177500";
        QTest::newRow("bad brin") << "AH1600";
        QTest::newRow("dash") << "16AH-00";
        QTest::newRow("negative") << "16AH-1";
        QTest::newRow("dot") << "16AH.0";
        QTest::newRow("accented") << QString::fromUtf16(u"16A\u00C900");
    }

    void invalidBranchCodes()
    {
        QFETCH(QString, input);
        const auto result = hpo::parseBranchCode(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("invalid-branch-code"));
        QVERIFY(!result.error().message.isEmpty());
    }

    void formatBranchCode_data()
    {
        QTest::addColumn<QString>("brin");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("main site") << "16AH" << 0 << "16AH00";
        QTest::newRow("one") << "16AH" << 1 << "16AH01";
        QTest::newRow("twelve") << "16AH" << 12 << "16AH12";
        QTest::newRow("ninety-nine") << "16AH" << 99 << "16AH99";
        QTest::newRow("lower brin normalised") << " 16ah" << 3 << "16AH03";
        QTest::newRow("hundred") << "16AH" << 100 << "";
        QTest::newRow("negative") << "16AH" << -1 << "";
        QTest::newRow("board") << "41775" << 0 << "";
        QTest::newRow("garbage") << "x" << 0 << "";
    }

    void formatBranchCode()
    {
        QFETCH(QString, brin);
        QFETCH(int, number);
        QFETCH(QString, expected);
        QCOMPARE(hpo::branchCode(brin, number), expected);
        if (!expected.isEmpty())
            QCOMPARE(*hpo::parseBranchCode(expected), expected);
    }
};

QTEST_GUILESS_MAIN(TestInstitutionCode)
#include "tst_institutioncode.moc"
