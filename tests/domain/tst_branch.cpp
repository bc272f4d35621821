#include "models/domain/branch.h"
#include "tests/domain/codectest.h"

#include <QTest>

using hpo::Address;
using hpo::Branch;
using namespace hpo::test;

Q_DECLARE_METATYPE(Branch)

namespace {
const QJsonObject sample = parseObject(R"({
    "code": "16AH00",
    "institutionCode": "16AH",
    "name": "De Regenboog, hoofdvestiging",
    "address": {"street": "Kerkstraat", "houseNumber": "58a", "postcode": "1234 AB", "town": "Amsterdam"},
    "version": 4
})");
} // namespace

class TestBranch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSample()
    {
        const auto b = Branch::fromJson(sample);
        QVERIFY2(b.ok(), qPrintable(describe(b)));
        QCOMPARE(b->code, QStringLiteral("16AH00"));
        QCOMPARE(b->institutionCode, QStringLiteral("16AH"));
        QCOMPARE(b->address.town, QStringLiteral("Amsterdam"));
        QCOMPARE(b->version, 4);
    }

    void jsonRoundTrip() { checkJsonRoundTrip<Branch>(sample); }

    void valueRoundTrip_data()
    {
        QTest::addColumn<Branch>("branch");
        const Address a {QStringLiteral("Dorpsstraat"), QStringLiteral("1"), QStringLiteral("1234 AB"),
                         QStringLiteral("Ergens")};
        QTest::newRow("first") << Branch {QStringLiteral("00AA00"), QStringLiteral("00AA"),
                                          QStringLiteral("Hoofdgebouw"), a, 1};
        QTest::newRow("last") << Branch {QStringLiteral("99ZZ99"), QStringLiteral("99ZZ"),
                                         QStringLiteral("Dependance 't Hofje"), a, 123456789};
    }

    void valueRoundTrip()
    {
        QFETCH(Branch, branch);
        checkValueRoundTrip(branch);
    }

    void fieldSweep() { checkFieldSweep<Branch>(sample); }

    void unknownFieldsIgnored() { checkUnknownFieldsIgnored<Branch>(sample, {QStringLiteral("address")}); }

    void malformed_data()
    {
        addMalformedColumns();
        addRow("code missing", "code", absent, "missing-field");
        addRow("code number", "code", "1600", "wrong-type");
        addRow("code is the school code", "code", R"("16AH")", "invalid-branch-code");
        addRow("code one digit", "code", R"("16AH0")", "invalid-branch-code");
        addRow("code three digits", "code", R"("16AH000")", "invalid-branch-code");
        addRow("code lower case", "code", R"("16ah00")", "invalid-branch-code");
        addRow("code letters at the end", "code", R"("16AHAB")", "invalid-branch-code");
        addRow("code with space", "code", R"("16AH 00")", "invalid-branch-code");
        addRow("code of another school", "code", R"("17AH00")", "code-mismatch");
        addRow("code of a neighbour", "code", R"("16AG01")", "code-mismatch");
        addRow("institution missing", "institutionCode", absent, "missing-field");
        addRow("institution null", "institutionCode", "null", "missing-field");
        addRow("institution is a board", "institutionCode", R"("41775")", "code-mismatch");
        addRow("institution is a branch", "institutionCode", R"("16AH00")", "invalid-institution-code");
        addRow("institution other school", "institutionCode", R"("16AG")", "code", "code-mismatch");
        addRow("name missing", "name", absent, "missing-field");
        addRow("name empty", "name", R"("")", "empty");
        addRow("name number", "name", "7", "wrong-type");
        addRow("address missing", "address", absent, "missing-field");
        addRow("address string", "address", R"("Kerkstraat 58a")", "wrong-type");
        addRow("address street empty", "address.street", R"("")", "empty");
        addRow("address house number number", "address.houseNumber", "58", "wrong-type");
        addRow("address postcode missing", "address.postcode", absent, "missing-field");
        addRow("address town null", "address.town", "null", "missing-field");
        addRow("version missing", "version", absent, "missing-field");
        addRow("version zero", "version", "0", "out-of-range");
        addRow("version fraction", "version", "2.5", "wrong-type");
        addRow("version bool", "version", "true", "wrong-type");
    }

    void malformed() { checkMalformed<Branch>(sample); }
};

QTEST_GUILESS_MAIN(TestBranch)
#include "tst_branch.moc"
