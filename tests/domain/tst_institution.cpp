#include "models/domain/institution.h"
#include "tests/domain/codectest.h"

#include <QTest>

using hpo::Address;
using hpo::Institution;
using namespace hpo::test;

Q_DECLARE_METATYPE(Institution)

namespace {
// "\/" in the samples: moc reads "//" inside a raw string as a comment.
const QJsonObject school = parseObject(R"({
    "code": "16AH",
    "kind": "school",
    "name": "Openbare Basisschool De Regenboog",
    "visitingAddress": {"street": "Kerkstraat", "houseNumber": "58a", "postcode": "1234 AB", "town": "Amsterdam"},
    "correspondenceAddress": {"street": "Postbus", "houseNumber": "606", "postcode": "1000 AP", "town": "Amsterdam"},
    "phone": "020 123 4567",
    "email": "info@regenboog.example",
    "website": "https:\/\/www.regenboog.example",
    "boardCode": "41775",
    "municipality": "Amsterdam",
    "denomination": "Openbaar",
    "version": 3
})");

const QJsonObject board = parseObject(R"({
    "code": "41775",
    "kind": "board",
    "name": "Stichting Openbaar Onderwijs",
    "visitingAddress": {"street": "Stationsplein", "houseNumber": "1", "postcode": "3511 ED", "town": "Utrecht"},
    "phone": "",
    "email": "",
    "website": "",
    "version": 1
})");

Address addr(const char *street, const char *number, const char *postcode, const char *town)
{
    return {QString::fromUtf8(street), QString::fromUtf8(number), QString::fromUtf8(postcode),
            QString::fromUtf8(town)};
}
} // namespace

class TestInstitution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSchool()
    {
        const auto i = Institution::fromJson(school);
        QVERIFY2(i.ok(), qPrintable(describe(i)));
        QCOMPARE(i->code, QStringLiteral("16AH"));
        QVERIFY(i->kind == Institution::Kind::School);
        QVERIFY(i->isSchool());
        QCOMPARE(i->visitingAddress.houseNumber, QStringLiteral("58a"));
        QVERIFY(i->correspondenceAddress.has_value());
        QCOMPARE(i->correspondenceAddress->street, QStringLiteral("Postbus"));
        QCOMPARE(i->boardCode, QStringLiteral("41775"));
        QCOMPARE(i->denomination, QStringLiteral("Openbaar"));
        QCOMPARE(i->version, 3);
    }

    void decodesBoard()
    {
        const auto i = Institution::fromJson(board);
        QVERIFY2(i.ok(), qPrintable(describe(i)));
        QVERIFY(i->kind == Institution::Kind::Board);
        QVERIFY(!i->correspondenceAddress);
        QVERIFY(i->boardCode.isEmpty());
        QVERIFY(i->municipality.isEmpty());
    }

    void optionalFieldsMayBeAbsentOrNull_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("no correspondence address") << "correspondenceAddress" << absent;
        QTest::newRow("null correspondence address") << "correspondenceAddress" << QByteArray("null");
        QTest::newRow("no phone") << "phone" << absent;
        QTest::newRow("empty phone") << "phone" << QByteArray(R"("")");
        QTest::newRow("no e-mail") << "email" << absent;
        QTest::newRow("no website") << "website" << absent;
        QTest::newRow("no municipality") << "municipality" << absent;
        QTest::newRow("null municipality") << "municipality" << QByteArray("null");
        QTest::newRow("no denomination") << "denomination" << absent;
    }

    void optionalFieldsMayBeAbsentOrNull()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        const auto i = Institution::fromJson(patched(school, path, cellValue(value)));
        QVERIFY2(i.ok(), qPrintable(describe(i)));
    }

    void boardWithNullBoardCodeIsFine()
    {
        const auto i = Institution::fromJson(patched(board, QStringLiteral("boardCode"), QJsonValue()));
        QVERIFY2(i.ok(), qPrintable(describe(i)));
    }

    // The wire carries canonical codes: a code the parser would only accept
    // after normalising is refused, not rewritten, and the message says why.
    void nonCanonicalCodeIsRefusedNotRewritten()
    {
        const auto i = Institution::fromJson(patched(school, QStringLiteral("code"), QStringLiteral("16ah")));
        QVERIFY(!i.ok());
        QCOMPARE(i.error().code, QStringLiteral("invalid-institution-code"));
        QVERIFY2(i.error().message.contains(QStringLiteral("\"16AH\"")), qPrintable(i.error().message));
    }

    void toStringNamesKinds()
    {
        QCOMPARE(toString(Institution::Kind::School), QStringLiteral("school"));
        QCOMPARE(toString(Institution::Kind::Board), QStringLiteral("board"));
        QVERIFY(hpo::enumFromName(hpo::institutionKindNames, u"board") == Institution::Kind::Board);
        QVERIFY(!hpo::enumFromName(hpo::institutionKindNames, u"Board"));
    }

    void jsonRoundTripSchool() { checkJsonRoundTrip<Institution>(school); }
    void jsonRoundTripBoard() { checkJsonRoundTrip<Institution>(board); }

    void valueRoundTrip_data()
    {
        QTest::addColumn<Institution>("institution");
        Institution s;
        s.code = QStringLiteral("00AA");
        s.kind = Institution::Kind::School;
        s.name = QStringLiteral("Sint-Jozefschool");
        s.visitingAddress = addr("Dorpsstraat", "2", "9999 XX", "Uithuizermeeden");
        s.boardCode = QStringLiteral("10000");
        s.version = 1;
        QTest::newRow("minimal school") << s;
        s.correspondenceAddress = addr("Postbus", "1", "9990 AA", "Uithuizen");
        s.phone = QStringLiteral("+31 595 123456");
        s.email = QStringLiteral("info@sintjozef.example");
        s.website = QStringLiteral("https://sintjozef.example/");
        s.municipality = QStringLiteral("Het Hogeland");
        s.denomination = QStringLiteral("Rooms-Katholiek");
        s.version = 9007199254740991LL;
        QTest::newRow("full school, largest version") << s;
        Institution b;
        b.code = QStringLiteral("99999");
        b.kind = Institution::Kind::Board;
        b.name = QStringLiteral("Stichting Ééntje");
        b.visitingAddress = addr("Laan", "100", "1000 AA", "Amsterdam");
        b.version = 2;
        QTest::newRow("board") << b;
        b.correspondenceAddress = b.visitingAddress;
        QTest::newRow("board with correspondence address") << b;
    }

    void valueRoundTrip()
    {
        QFETCH(Institution, institution);
        checkValueRoundTrip(institution);
    }

    void encodesOnlyWhatApplies()
    {
        const QJsonObject json = Institution::fromJson(board)->toJson();
        QVERIFY(!json.contains(QStringLiteral("boardCode")));
        QVERIFY(!json.contains(QStringLiteral("correspondenceAddress")));
        QVERIFY(!json.contains(QStringLiteral("municipality")));
        QVERIFY(json.contains(QStringLiteral("phone")));
    }

    void fieldSweepSchool() { checkFieldSweep<Institution>(school); }
    void fieldSweepBoard() { checkFieldSweep<Institution>(board); }

    void unknownFieldsIgnored()
    {
        checkUnknownFieldsIgnored<Institution>(
            school, {QStringLiteral("visitingAddress"), QStringLiteral("correspondenceAddress")});
    }

    void malformedSchool_data()
    {
        addMalformedColumns();
        addRow("code missing", "code", absent, "missing-field");
        addRow("code null", "code", "null", "missing-field");
        addRow("code number", "code", "1600", "wrong-type");
        addRow("code lower case", "code", R"("16ah")", "invalid-institution-code");
        addRow("code with space", "code", R"("16 AH")", "invalid-institution-code");
        addRow("code padded", "code", R"(" 16AH")", "invalid-institution-code");
        addRow("code too long", "code", R"("16AHX")", "invalid-institution-code");
        addRow("code is a branch code", "code", R"("16AH00")", "invalid-institution-code");
        addRow("code is a board number", "code", R"("41775")", "code-mismatch");
        addRow("code empty", "code", R"("")", "invalid-institution-code");
        addRow("kind missing", "kind", absent, "missing-field");
        addRow("kind capitalised", "kind", R"("School")", "unknown-value");
        addRow("kind dutch", "kind", R"("instelling")", "unknown-value");
        addRow("kind empty", "kind", R"("")", "unknown-value");
        addRow("kind number", "kind", "0", "wrong-type");
        addRow("kind flipped to board", "kind", R"("board")", "code", "code-mismatch");
        addRow("name missing", "name", absent, "missing-field");
        addRow("name empty", "name", R"("")", "empty");
        addRow("name array", "name", R"(["x"])", "wrong-type");
        addRow("visiting address missing", "visitingAddress", absent, "missing-field");
        addRow("visiting address null", "visitingAddress", "null", "missing-field");
        addRow("visiting address string", "visitingAddress", R"("Kerkstraat 58a")", "wrong-type");
        addRow("visiting address array", "visitingAddress", "[]", "wrong-type");
        addRow("visiting street missing", "visitingAddress.street", absent, "missing-field");
        addRow("visiting house number int", "visitingAddress.houseNumber", "58", "wrong-type");
        addRow("visiting postcode empty", "visitingAddress.postcode", R"("")", "empty");
        addRow("visiting town null", "visitingAddress.town", "null", "missing-field");
        addRow("correspondence address string", "correspondenceAddress", R"("Postbus 606")", "wrong-type");
        addRow("correspondence town empty", "correspondenceAddress.town", R"("")", "empty");
        addRow("correspondence number missing", "correspondenceAddress.houseNumber", absent, "missing-field");
        addRow("phone number", "phone", "201234567", "wrong-type");
        addRow("email bool", "email", "false", "wrong-type");
        addRow("website array", "website", "[]", "wrong-type");
        addRow("board code missing", "boardCode", absent, "missing-field");
        addRow("board code null", "boardCode", "null", "missing-field");
        addRow("board code number", "boardCode", "41775", "wrong-type");
        addRow("board code short", "boardCode", R"("4177")", "invalid-institution-code");
        addRow("board code with space", "boardCode", R"("41 775")", "invalid-institution-code");
        addRow("board code is a school", "boardCode", R"("16AH")", "code-mismatch");
        addRow("board code empty", "boardCode", R"("")", "invalid-institution-code");
        addRow("municipality number", "municipality", "363", "wrong-type");
        addRow("denomination object", "denomination", "{}", "wrong-type");
        addRow("version missing", "version", absent, "missing-field");
        addRow("version zero", "version", "0", "out-of-range");
        addRow("version negative", "version", "-1", "out-of-range");
        addRow("version 2^53", "version", "9007199254740992", "out-of-range");
        addRow("version 2^60", "version", "1152921504606846976", "wrong-type");
        addRow("version fraction", "version", "1.5", "wrong-type");
        addRow("version string", "version", R"("3")", "wrong-type");
        addRow("version huge", "version", "1e300", "wrong-type");
    }

    void malformedSchool() { checkMalformed<Institution>(school); }

    void malformedBoard_data()
    {
        addMalformedColumns();
        addRow("board with a board code", "boardCode", R"("41775")", "unexpected-field");
        addRow("board with an empty board code", "boardCode", R"("")", "unexpected-field");
        addRow("board code is a school code", "code", R"("16AH")", "code-mismatch");
        addRow("board code six digits", "code", R"("417750")", "invalid-institution-code");
        addRow("board code four digits", "code", R"("4177")", "invalid-institution-code");
        addRow("board code number", "code", "41775", "wrong-type");
        addRow("board flipped to school", "kind", R"("school")", "code", "code-mismatch");
        addRow("board name blank", "name", R"(" ")", "empty");
        addRow("board visiting address town missing", "visitingAddress.town", absent, "missing-field");
        addRow("board version zero", "version", "0", "out-of-range");
    }

    void malformedBoard() { checkMalformed<Institution>(board); }
};

QTEST_GUILESS_MAIN(TestInstitution)
#include "tst_institution.moc"
