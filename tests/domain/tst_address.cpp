#include "models/domain/address.h"
#include "tests/domain/codectest.h"

#include <QJsonDocument>
#include <QTest>

using hpo::Address;
using namespace hpo::test;

Q_DECLARE_METATYPE(Address)

namespace {
const QJsonObject sample = parseObject(R"({
    "street": "Kerkstraat", "houseNumber": "58a", "postcode": "1234 AB", "town": "Amsterdam"
})");
} // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSample()
    {
        const auto a = Address::fromJson(sample);
        QVERIFY(a.ok());
        QCOMPARE(a->street, QStringLiteral("Kerkstraat"));
        QCOMPARE(a->houseNumber, QStringLiteral("58a"));
        QCOMPARE(a->postcode, QStringLiteral("1234 AB"));
        QCOMPARE(a->town, QStringLiteral("Amsterdam"));
    }

    void jsonRoundTrip() { checkJsonRoundTrip<Address>(sample); }

    void valueRoundTrip_data()
    {
        QTest::addColumn<Address>("address");
        QTest::newRow("plain") << Address {QStringLiteral("Hoofdweg"), QStringLiteral("1"),
                                           QStringLiteral("9999 ZZ"), QStringLiteral("Groningen")};
        QTest::newRow("postbus") << Address {QStringLiteral("Postbus"), QStringLiteral("606"),
                                             QStringLiteral("9700 AP"), QStringLiteral("Groningen")};
        QTest::newRow("non-ascii") << Address {QStringLiteral("Ëlsstraße"), QStringLiteral("12-II"),
                                               QStringLiteral("1011 AB"), QStringLiteral("'s-Hertogenbosch")};
    }

    void valueRoundTrip()
    {
        QFETCH(Address, address);
        checkValueRoundTrip(address);
    }

    void streetMayBeEmpty()
    {
        // Real DUO data: secondary branches without a street or house number.
        const auto a = hpo::Address::fromJson(
            QJsonDocument::fromJson(R"({"street":"","houseNumber":"","postcode":"7822 HG","town":"EMMEN"})")
                .object());
        QVERIFY(a.ok());
        QVERIFY(a->street.isEmpty());
    }

    void fieldSweep() { checkFieldSweep<Address>(sample); }

    void unknownFieldsIgnored() { checkUnknownFieldsIgnored<Address>(sample, {}); }

    void malformed_data()
    {
        addMalformedColumns();
        for (const char *key : {"street", "houseNumber", "postcode", "town"}) {
            const QByteArray k(key);
            addRow(QByteArray(k + " missing").constData(), key, absent, "missing-field");
            addRow(QByteArray(k + " null").constData(), key, "null", "missing-field");
            addRow(QByteArray(k + " number").constData(), key, "58", "wrong-type");
            addRow(QByteArray(k + " bool").constData(), key, "true", "wrong-type");
            addRow(QByteArray(k + " array").constData(), key, R"(["a"])", "wrong-type");
            addRow(QByteArray(k + " object").constData(), key, R"({"v":"a"})", "wrong-type");
            if (k == "postcode" || k == "town") {
                addRow(QByteArray(k + " empty").constData(), key, R"("")", "empty");
                addRow(QByteArray(k + " blank").constData(), key, R"("  ")", "empty");
            }
        }
    }

    void malformed() { checkMalformed<Address>(sample); }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
