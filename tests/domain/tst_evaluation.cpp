#include "models/domain/evaluation.h"
#include "tests/domain/codectest.h"

#include <QTest>

using hpo::Evaluation;
using namespace hpo::test;

Q_DECLARE_METATYPE(Evaluation)

namespace {
const QJsonObject sample = parseObject(R"({
    "id": "ev-7",
    "institutionCode": "16AH",
    "title": "Evaluatie contact over de GTB-telling",
    "date": "2021-12-10",
    "summary": "Snel en duidelijk geholpen.",
    "body": "Vraag 1: ...\nVraag 2: ...",
    "score": 8,
    "version": 1
})");
} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSample()
    {
        const auto e = Evaluation::fromJson(sample);
        QVERIFY2(e.ok(), qPrintable(describe(e)));
        QCOMPARE(e->date, QDate(2021, 12, 10));
        QCOMPARE(e->score, std::optional<int>(8));
    }

    void scoreIsOptional_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // 0 = no score
        QTest::newRow("absent") << absent << 0;
        QTest::newRow("null") << QByteArray("null") << 0;
        QTest::newRow("lowest") << QByteArray("1") << 1;
        QTest::newRow("highest") << QByteArray("10") << 10;
        QTest::newRow("written as 7.0") << QByteArray("7.0") << 7;
    }

    void scoreIsOptional()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto e = Evaluation::fromJson(patched(sample, QStringLiteral("score"), cellValue(value)));
        QVERIFY2(e.ok(), qPrintable(describe(e)));
        QCOMPARE(e->score.value_or(0), expected);
    }

    void jsonRoundTrip() { checkJsonRoundTrip<Evaluation>(sample); }

    void jsonRoundTripWithoutScore()
    {
        checkJsonRoundTrip<Evaluation>(patched(sample, QStringLiteral("score"), std::nullopt));
    }

    void valueRoundTrip_data()
    {
        QTest::addColumn<Evaluation>("evaluation");
        Evaluation e;
        e.id = QStringLiteral("e");
        e.institutionCode = QStringLiteral("41775");
        e.title = QStringLiteral("Bestuursgesprek");
        e.date = QDate(2024, 2, 29);
        e.version = 12;
        QTest::newRow("no score, empty texts") << e;
        e.score = 1;
        e.summary = QStringLiteral("Matig");
        QTest::newRow("score 1") << e;
        e.score = 10;
        e.body = QStringLiteral("Uitstekend geholpen — dank!");
        QTest::newRow("score 10") << e;
    }

    void valueRoundTrip()
    {
        QFETCH(Evaluation, evaluation);
        checkValueRoundTrip(evaluation);
    }

    void fieldSweep() { checkFieldSweep<Evaluation>(sample); }

    void unknownFieldsIgnored() { checkUnknownFieldsIgnored<Evaluation>(sample, {}); }

    void malformed_data()
    {
        addMalformedColumns();
        rows::requiredString(QStringLiteral("id"), true);
        rows::institutionCode(QStringLiteral("institutionCode"));
        rows::requiredString(QStringLiteral("title"), true);
        rows::date(QStringLiteral("date"));
        rows::requiredString(QStringLiteral("summary"), false);
        rows::requiredString(QStringLiteral("body"), false);
        rows::add(QStringLiteral("score"), "zero", "0", "out-of-range");
        rows::add(QStringLiteral("score"), "eleven", "11", "out-of-range");
        rows::add(QStringLiteral("score"), "negative", "-5", "out-of-range");
        rows::add(QStringLiteral("score"), "fraction", "7.5", "wrong-type");
        rows::add(QStringLiteral("score"), "string", R"("8")", "wrong-type");
        rows::add(QStringLiteral("score"), "bool", "true", "wrong-type");
        rows::version();
    }

    void malformed() { checkMalformed<Evaluation>(sample); }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
