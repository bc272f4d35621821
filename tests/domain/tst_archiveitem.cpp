#include "models/domain/archiveitem.h"
#include "tests/domain/codectest.h"

#include <QTest>
#include <QTimeZone>

using hpo::ArchiveAttachment;
using hpo::ArchiveItem;
using namespace hpo::test;

Q_DECLARE_METATYPE(ArchiveItem)

namespace {
const QJsonObject sample = parseObject(R"({
    "id": "a-2021-000123",
    "institutionCode": "16AH",
    "kind": "email",
    "direction": "from-duo",
    "subject": "Bevestiging wijziging contactgegevens",
    "sentAt": "2021-12-08T11:30:00.000+01:00",
    "sender": "helpdesk@duo.example",
    "recipient": "info@regenboog.example",
    "body": "Geachte heer, mevrouw,\n\nUw wijziging is verwerkt.",
    "bodyTruncated": false,
    "attachments": [
        {"index": 0, "fileName": "bevestiging.pdf", "mediaType": "application/pdf", "size": 48213},
        {"index": 1, "fileName": "Overzicht vestigingen 2021.xlsx",
         "mediaType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "size": 0}
    ],
    "version": 1
})");
} // namespace

class TestArchiveItem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSample()
    {
        const auto a = ArchiveItem::fromJson(sample);
        QVERIFY2(a.ok(), qPrintable(describe(a)));
        QVERIFY(a->kind == ArchiveItem::Kind::Email);
        QVERIFY(a->direction == ArchiveItem::Direction::FromDuo);
        QCOMPARE(a->attachments.size(), 2);
        QCOMPARE(a->attachments.at(0).fileName, QStringLiteral("bevestiging.pdf"));
        QCOMPARE(a->attachments.at(0).size, 48213);
        QCOMPARE(a->attachments.at(1).index, 1);
    }

    void enums()
    {
        checkEveryEnumName(sample, QStringLiteral("kind"), hpo::archiveKindNames, &ArchiveItem::kind);
        checkEveryEnumName(sample, QStringLiteral("direction"), hpo::archiveDirectionNames,
                           &ArchiveItem::direction);
    }

    void bodyTruncatedDefaultsToFalse()
    {
        const auto a = ArchiveItem::fromJson(patched(sample, QStringLiteral("bodyTruncated"), std::nullopt));
        QVERIFY2(a.ok(), qPrintable(describe(a)));
        QCOMPARE(a->bodyTruncated, false);
        QCOMPARE(a->toJson().value(QStringLiteral("bodyTruncated")), QJsonValue(false));
    }

    void acceptedEdgeValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("no attachments") << "attachments" << QByteArray("[]");
        QTest::newRow("empty subject") << "subject" << QByteArray(R"("")");
        QTest::newRow("empty body") << "body" << QByteArray(R"("")");
        QTest::newRow("truncated") << "bodyTruncated" << QByteArray("true");
        QTest::newRow("board archive") << "institutionCode" << QByteArray(R"("41775")");
        QTest::newRow("media type with charset")
            << "attachments[0].mediaType" << QByteArray(R"("text/plain; charset=utf-8")");
        QTest::newRow("file name with dots") << "attachments[0].fileName" << QByteArray(R"("a.b.c..pdf")");
        QTest::newRow("file name non-ascii")
            << "attachments[0].fileName" << QByteArray(R"("Überzicht €.pdf")");
        QTest::newRow("hidden file name") << "attachments[0].fileName" << QByteArray(R"(".profile")");
        QTest::newRow("index 999") << "attachments[0].index" << QByteArray("999");
        QTest::newRow("size 2^53-1") << "attachments[0].size" << QByteArray("9007199254740991");
    }

    void acceptedEdgeValues()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        const QJsonObject json = patched(sample, path, cellValue(value));
        checkJsonRoundTrip<ArchiveItem>(json);
    }

    void setBody_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("fits") << QStringLiteral("abc") << qsizetype(3) << QStringLiteral("abc") << false;
        QTest::newRow("cut ascii") << QStringLiteral("abcd") << qsizetype(3) << QStringLiteral("abc") << true;
        // "é" is two UTF-8 bytes: never cut in half.
        QTest::newRow("cut before two-byte")
            << QStringLiteral("abé") << qsizetype(3) << QStringLiteral("ab") << true;
        QTest::newRow("two-byte fits")
            << QStringLiteral("abé") << qsizetype(4) << QStringLiteral("abé") << false;
        QTest::newRow("cut before emoji")
            << QStringLiteral("a\U0001F600") << qsizetype(4) << QStringLiteral("a") << true;
        QTest::newRow("zero limit") << QStringLiteral("a") << qsizetype(0) << QString() << true;
        QTest::newRow("empty") << QString() << qsizetype(0) << QString() << false;
        QTest::newRow("64 KiB exactly")
            << QString(65536, u'x') << ArchiveItem::maxFeedBodyBytes << QString(65536, u'x') << false;
        QTest::newRow("64 KiB + 1") << QString(65537, u'x') << ArchiveItem::maxFeedBodyBytes
                                    << QString(65536, u'x') << true;
    }

    void setBody()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, limit);
        QFETCH(QString, body);
        QFETCH(bool, truncated);
        ArchiveItem a;
        a.bodyTruncated = !truncated;
        a.setBody(text, limit);
        QCOMPARE(a.body, body);
        QCOMPARE(a.bodyTruncated, truncated);
        QVERIFY(a.body.toUtf8().size() <= qMax(limit, qsizetype(0)));
    }

    void jsonRoundTrip() { checkJsonRoundTrip<ArchiveItem>(sample); }

    void valueRoundTrip_data()
    {
        QTest::addColumn<ArchiveItem>("item");
        ArchiveItem a;
        a.id = QStringLiteral("x");
        a.institutionCode = QStringLiteral("99ZZ");
        a.kind = ArchiveItem::Kind::Document;
        a.direction = ArchiveItem::Direction::ToDuo;
        a.sentAt = QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc());
        a.sender = QStringLiteral("99ZZ");
        a.recipient = QStringLiteral("DUO");
        a.version = 1;
        QTest::newRow("bare document") << a;
        a.setBody(QString(70000, u'ä'), 1000);
        a.attachments
            = {ArchiveAttachment {0, QStringLiteral("a.txt"), QStringLiteral("text/plain"), 1},
               ArchiveAttachment {5, QStringLiteral("b.png"), QStringLiteral("image/png"), 1 << 30}};
        QTest::newRow("truncated body, two attachments") << a;
    }

    void valueRoundTrip()
    {
        QFETCH(ArchiveItem, item);
        checkValueRoundTrip(item);
    }

    void fieldSweep() { checkFieldSweep<ArchiveItem>(sample); }

    void unknownFieldsIgnored()
    {
        checkUnknownFieldsIgnored<ArchiveItem>(
            sample, {QStringLiteral("attachments[0]"), QStringLiteral("attachments[1]")});
    }

    void malformed_data()
    {
        addMalformedColumns();
        rows::requiredString(QStringLiteral("id"), true);
        rows::institutionCode(QStringLiteral("institutionCode"));
        rows::enumeration(QStringLiteral("kind"), "document");
        rows::add(QStringLiteral("kind"), "e-mail", R"("e-mail")", "unknown-value");
        rows::enumeration(QStringLiteral("direction"), "to-duo");
        rows::add(QStringLiteral("direction"), "camel case", R"("toDuo")", "unknown-value");
        rows::add(QStringLiteral("direction"), "upper DUO", R"("to-DUO")", "unknown-value");
        rows::add(QStringLiteral("direction"), "incoming", R"("in")", "unknown-value");
        rows::requiredString(QStringLiteral("subject"), false);
        rows::dateTime(QStringLiteral("sentAt"));
        rows::requiredString(QStringLiteral("sender"), true);
        rows::requiredString(QStringLiteral("recipient"), true);
        rows::requiredString(QStringLiteral("body"), false);
        rows::boolean(QStringLiteral("bodyTruncated"));
        rows::add(QStringLiteral("attachments"), "missing", absent, "missing-field");
        rows::add(QStringLiteral("attachments"), "object", R"({"index":0})", "wrong-type");
        rows::add(QStringLiteral("attachments"), "string", R"("none")", "wrong-type");
        rows::add(QStringLiteral("attachments[1]"), "number", "1", "wrong-type");
        rows::add(QStringLiteral("attachments[0]"), "array", "[]", "wrong-type");
        rows::add(QStringLiteral("attachments[1]"), "null", "null", "wrong-type");
        for (const char *element : {"attachments[0]", "attachments[1]"}) {
            const QString p = QString::fromUtf8(element);
            rows::integer(p + QStringLiteral(".index"), 0, 999);
            rows::requiredString(p + QStringLiteral(".fileName"), false);
            rows::requiredString(p + QStringLiteral(".mediaType"), false);
            rows::integer(p + QStringLiteral(".size"), 0, 9007199254740991LL);
        }
        const QString name = QStringLiteral("attachments[1].fileName");
        rows::add(name, "empty", R"("")", "invalid-file-name");
        rows::add(name, "blank", R"("  ")", "invalid-file-name");
        rows::add(name, "dot", R"(".")", "invalid-file-name");
        rows::add(name, "dot dot", R"("..")", "invalid-file-name");
        rows::add(name, "relative path", R"("../../.bashrc")", "invalid-file-name");
        rows::add(name, "absolute path", R"("/etc/passwd")", "invalid-file-name");
        rows::add(name, "windows path", R"("C:\\Windows\\win.ini")", "invalid-file-name");
        rows::add(name, "sub folder", R"("map/brief.pdf")", "invalid-file-name");
        rows::add(name, "newline", R"("brief\n.pdf")", "invalid-file-name");
        rows::add(name, "nul", R"("brief\u0000.pdf")", "invalid-file-name");
        const QString type = QStringLiteral("attachments[0].mediaType");
        rows::add(type, "empty", R"("")", "invalid-media-type");
        rows::add(type, "no subtype", R"("application")", "invalid-media-type");
        rows::add(type, "empty subtype", R"("application/")", "invalid-media-type");
        rows::add(type, "two slashes", R"("application/pdf/x")", "invalid-media-type");
        rows::add(type, "spaces", R"("application / pdf")", "invalid-media-type");
        rows::add(type, "file name", R"("brief.pdf")", "invalid-media-type");
        QTest::newRow("duplicate index")
            << QStringLiteral("attachments[1].index") << QByteArray("0")
            << QStringLiteral("attachments[1].index") << QStringLiteral("duplicate");
        rows::version();
    }

    void malformed() { checkMalformed<ArchiveItem>(sample); }

    void tooManyAttachments()
    {
        QJsonArray attachments;
        for (int i = 0; i < 1001; ++i)
            attachments.append(QJsonObject {{QStringLiteral("index"), i % 1000},
                                            {QStringLiteral("fileName"), QStringLiteral("f")},
                                            {QStringLiteral("mediaType"), QStringLiteral("text/plain")},
                                            {QStringLiteral("size"), 1}});
        const auto a
            = ArchiveItem::fromJson(patched(sample, QStringLiteral("attachments"), QJsonValue(attachments)));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().field, QStringLiteral("attachments"));
        QCOMPARE(a.error().code, QStringLiteral("out-of-range"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveItem)
#include "tst_archiveitem.moc"
