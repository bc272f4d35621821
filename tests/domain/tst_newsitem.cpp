#include "models/domain/newsitem.h"
#include "tests/domain/codectest.h"

#include <QTest>
#include <QTimeZone>

using hpo::NewsItem;
using namespace hpo::test;

Q_DECLARE_METATYPE(NewsItem)

namespace {
const QJsonObject forSchool = parseObject(R"({
    "id": "n-2021-0042",
    "institutionCode": "16AH",
    "title": "Uw GTB-gegevens zijn bijgewerkt",
    "body": "De tellingen tot en met 8 december 2021 staan klaar.\nBekijk ze onder GTB-overzicht.",
    "publishedAt": "2021-12-08T10:15:00.000+01:00",
    "read": false,
    "version": 2
})");

const QJsonObject general = parseObject(R"({
    "id": "n-2021-0001",
    "title": "Helpdesk gesloten op 24 december",
    "body": "",
    "publishedAt": "2021-12-01T08:00:00.000Z",
    "read": true,
    "version": 1
})");
} // namespace

class TestNewsItem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSchoolNews()
    {
        const auto n = NewsItem::fromJson(forSchool);
        QVERIFY2(n.ok(), qPrintable(describe(n)));
        QCOMPARE(n->id, QStringLiteral("n-2021-0042"));
        QCOMPARE(n->institutionCode, QStringLiteral("16AH"));
        QVERIFY(!n->isGeneral());
        QCOMPARE(n->publishedAt.toUTC(), QDateTime(QDate(2021, 12, 8), QTime(9, 15), QTimeZone::utc()));
        QCOMPARE(n->read, false);
        QCOMPARE(n->version, 2);
    }

    void decodesGeneralNews()
    {
        const auto n = NewsItem::fromJson(general);
        QVERIFY2(n.ok(), qPrintable(describe(n)));
        QVERIFY(n->isGeneral());
        QVERIFY(n->body.isEmpty());
        QCOMPARE(n->read, true);
    }

    void nullInstitutionMeansGeneral()
    {
        const auto n
            = NewsItem::fromJson(patched(forSchool, QStringLiteral("institutionCode"), QJsonValue()));
        QVERIFY2(n.ok(), qPrintable(describe(n)));
        QVERIFY(n->isGeneral());
    }

    void boardNews()
    {
        const auto n = NewsItem::fromJson(
            patched(forSchool, QStringLiteral("institutionCode"), QJsonValue(QStringLiteral("41775"))));
        QVERIFY2(n.ok(), qPrintable(describe(n)));
    }

    void jsonRoundTripSchool() { checkJsonRoundTrip<NewsItem>(forSchool); }
    void jsonRoundTripGeneral() { checkJsonRoundTrip<NewsItem>(general); }

    void valueRoundTrip_data()
    {
        QTest::addColumn<NewsItem>("item");
        const QDateTime t(QDate(2026, 3, 29), QTime(1, 59, 59, 999), QTimeZone::utc());
        QTest::newRow("general unread") << NewsItem {
            QStringLiteral("1"), {}, QStringLiteral("Titel"), QStringLiteral("Tekst"), t, false, 1};
        QTest::newRow("school read") << NewsItem {
            QStringLiteral("abc"), QStringLiteral("00AA"), QStringLiteral("Ä"), {}, t, true, 77};
        QTest::newRow("amsterdam time") << NewsItem {
            QStringLiteral("x"),
            QStringLiteral("12345"),
            QStringLiteral("Zomertijd"),
            QStringLiteral("Regel 1\nRegel 2 — “quotes”"),
            QDateTime(QDate(2026, 3, 29), QTime(3, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))),
            false,
            3};
    }

    void valueRoundTrip()
    {
        QFETCH(NewsItem, item);
        checkValueRoundTrip(item);
    }

    void fieldSweep() { checkFieldSweep<NewsItem>(forSchool); }

    void unknownFieldsIgnored() { checkUnknownFieldsIgnored<NewsItem>(forSchool, {}); }

    void malformed_data()
    {
        addMalformedColumns();
        rows::requiredString(QStringLiteral("id"), true);
        rows::add(QStringLiteral("institutionCode"), "number", "41775", "wrong-type");
        rows::add(QStringLiteral("institutionCode"), "empty", R"("")", "invalid-institution-code");
        rows::add(QStringLiteral("institutionCode"), "lower case", R"("16ah")", "invalid-institution-code");
        rows::add(QStringLiteral("institutionCode"), "branch code", R"("16AH00")",
                  "invalid-institution-code");
        rows::requiredString(QStringLiteral("title"), true);
        rows::requiredString(QStringLiteral("body"), false);
        rows::dateTime(QStringLiteral("publishedAt"));
        rows::add(QStringLiteral("read"), "missing", absent, "missing-field");
        rows::boolean(QStringLiteral("read"));
        rows::version();
    }

    void malformed() { checkMalformed<NewsItem>(forSchool); }
};

QTEST_GUILESS_MAIN(TestNewsItem)
#include "tst_newsitem.moc"
