#include "models/domain/chatmessage.h"
#include "tests/domain/codectest.h"

#include <QTest>
#include <QTimeZone>

using hpo::ChatMessage;
using namespace hpo::test;

Q_DECLARE_METATYPE(ChatMessage)

namespace {
const QJsonObject sample = parseObject(R"({
    "id": "m-17",
    "conversationId": "c-2021-12-08-003",
    "from": "agent",
    "text": "Goedemorgen, waarmee kan ik u helpen?",
    "sentAt": "2021-12-08T09:00:05.250+01:00"
})");

QString repeated(const QString &unit, int times)
{
    return unit.repeated(times);
}
} // namespace

class TestChatMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSample()
    {
        const auto m = ChatMessage::fromJson(sample);
        QVERIFY2(m.ok(), qPrintable(describe(m)));
        QVERIFY(m->from == ChatMessage::Sender::Agent);
        QCOMPARE(m->sentAt.time().msec(), 250);
    }

    void everySender()
    {
        checkEveryEnumName(sample, QStringLiteral("from"), hpo::chatSenderNames, &ChatMessage::from);
    }

    void textLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<QString>("code"); // of checkText; empty = fine
        QTest::newRow("one") << QStringLiteral("a") << qsizetype(1) << QString();
        QTest::newRow("4000 ascii") << repeated(QStringLiteral("a"), 4000) << qsizetype(4000) << QString();
        QTest::newRow("4001 ascii") << repeated(QStringLiteral("a"), 4001) << qsizetype(4001) << "too-long";
        // U+1F600 is two UTF-16 units but one character.
        QTest::newRow("4000 emoji") << repeated(QStringLiteral("\U0001F600"), 4000) << qsizetype(4000)
                                    << QString();
        QTest::newRow("4001 emoji") << repeated(QStringLiteral("\U0001F600"), 4001) << qsizetype(4001)
                                    << "too-long";
        QTest::newRow("accents") << QStringLiteral("één") << qsizetype(3) << QString();
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << qsizetype(1) << QString();
        QTest::newRow("empty") << QString() << qsizetype(0) << "empty";
        QTest::newRow("only spaces") << QStringLiteral("   \n") << qsizetype(4) << "empty";
    }

    void textLength()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, length);
        QFETCH(QString, code);
        QCOMPARE(ChatMessage::textLength(text), length);
        const hpo::Status check = ChatMessage::checkText(text);
        QCOMPARE(check.ok() ? QString() : check.error().code, code);
        const auto decoded = ChatMessage::fromJson(patched(sample, QStringLiteral("text"), QJsonValue(text)));
        QCOMPARE(decoded.ok(), code.isEmpty());
        if (!decoded.ok()) {
            QCOMPARE(decoded.error().field, QStringLiteral("text"));
            QCOMPARE(decoded.error().code, code);
        }
    }

    void jsonRoundTrip() { checkJsonRoundTrip<ChatMessage>(sample); }

    void valueRoundTrip_data()
    {
        QTest::addColumn<ChatMessage>("message");
        QTest::newRow("user") << ChatMessage {QStringLiteral("1"), QStringLiteral("c"),
                                              ChatMessage::Sender::User, QStringLiteral("Hallo"),
                                              QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone::utc())};
        QTest::newRow("system, longest text")
            << ChatMessage {QStringLiteral("2"), QStringLiteral("c"), ChatMessage::Sender::System,
                            repeated(QStringLiteral("\U0001F600"), 4000),
                            QDateTime(QDate(2026, 12, 8), QTime(15, 59, 59, 999),
                                      QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))};
    }

    void valueRoundTrip()
    {
        QFETCH(ChatMessage, message);
        checkValueRoundTrip(message);
    }

    void fieldSweep() { checkFieldSweep<ChatMessage>(sample); }

    void unknownFieldsIgnored() { checkUnknownFieldsIgnored<ChatMessage>(sample, {}); }

    void malformed_data()
    {
        addMalformedColumns();
        rows::requiredString(QStringLiteral("id"), true);
        rows::requiredString(QStringLiteral("conversationId"), true);
        rows::enumeration(QStringLiteral("from"), "user");
        rows::add(QStringLiteral("from"), "dutch", R"("medewerker")", "unknown-value");
        rows::requiredString(QStringLiteral("text"), true);
        rows::add(QStringLiteral("text"), "too long", '"' + QByteArray(4001, 'x') + '"', "too-long");
        rows::dateTime(QStringLiteral("sentAt"));
    }

    void malformed() { checkMalformed<ChatMessage>(sample); }
};

QTEST_GUILESS_MAIN(TestChatMessage)
#include "tst_chatmessage.moc"
