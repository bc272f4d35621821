#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using hpo::JsonReader;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValidFields()
    {
        const QJsonObject o
            = QJsonDocument::fromJson(
                  R"({"s":"x","i":42,"b":true,"d":"2021-12-08","t":"2021-12-08T10:00:00+01:00","a":["p","q"]})")
                  .object();
        JsonReader r(o);
        QCOMPARE(r.string(QStringLiteral("s")), QStringLiteral("x"));
        QCOMPARE(r.integer(QStringLiteral("i")), 42);
        QCOMPARE(r.boolean(QStringLiteral("b")), true);
        QCOMPARE(r.date(QStringLiteral("d")), QDate(2021, 12, 8));
        QCOMPARE(r.dateTime(QStringLiteral("t")).toUTC(),
                 QDateTime(QDate(2021, 12, 8), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(r.stringList(QStringLiteral("a")), QStringList({QStringLiteral("p"), QStringLiteral("q")}));
        QCOMPARE(r.optionalString(QStringLiteral("absent"), QStringLiteral("fb")), QStringLiteral("fb"));
        QVERIFY(r.ok());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray("{}") << "missing-field";
        QTest::newRow("null") << QByteArray(R"({"v":null})") << "missing-field";
        QTest::newRow("string for int") << QByteArray(R"({"v":"1"})") << "wrong-type";
        QTest::newRow("fraction") << QByteArray(R"({"v":1.5})") << "wrong-type";
        QTest::newRow("too large") << QByteArray(R"({"v":1e300})") << "wrong-type";
        QTest::newRow("out of range") << QByteArray(R"({"v":1001})") << "out-of-range";
        QTest::newRow("negative") << QByteArray(R"({"v":-1})") << "out-of-range";
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        JsonReader r(QJsonDocument::fromJson(json).object(), QStringLiteral("root[2]"));
        r.integer(QStringLiteral("v"), 0, 1000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().field, QStringLiteral("root[2].v"));
    }

    void badDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("dutch order") << "08-12-2021";
        QTest::newRow("february 30") << "2021-02-30";
        QTest::newRow("with time") << "2021-12-08T00:00:00Z";
        QTest::newRow("empty") << "";
    }

    void badDates()
    {
        QFETCH(QString, text);
        JsonReader r(QJsonObject {{QStringLiteral("d"), text}});
        r.date(QStringLiteral("d"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("invalid-date"));
    }

    void dateTimeNeedsOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("utc") << "2021-12-08T10:00:00Z" << true;
        QTest::newRow("offset") << "2021-12-08T10:00:00+01:00" << true;
        QTest::newRow("millis") << "2021-12-08T10:00:00.123Z" << true;
        QTest::newRow("no zone") << "2021-12-08T10:00:00" << false;
        QTest::newRow("date only") << "2021-12-08" << false;
        QTest::newRow("garbage") << "yesterday" << false;
        QTest::newRow("hour 25") << "2021-12-08T25:00:00Z" << false;
    }

    void dateTimeNeedsOffset()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        JsonReader r(QJsonObject {{QStringLiteral("t"), text}});
        r.dateTime(QStringLiteral("t"));
        QCOMPARE(r.ok(), valid);
    }

    void nestedKeepsInnerPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("optional");
        QTest::addColumn<QString>("field"); // empty = decodes
        QTest::addColumn<QString>("code");
        QTest::newRow("fine") << QByteArray(R"({"o":{"n":3}})") << false << QString() << QString();
        QTest::newRow("inner error") << QByteArray(R"({"o":{"n":"3"}})") << false << "root.o.n"
                                     << "wrong-type";
        QTest::newRow("inner rule") << QByteArray(R"({"o":{"n":11}})") << false << "root.o.n"
                                    << "out-of-range";
        QTest::newRow("missing") << QByteArray("{}") << false << "root.o"
                                 << "missing-field";
        QTest::newRow("not an object") << QByteArray(R"({"o":[]})") << false << "root.o"
                                       << "wrong-type";
        QTest::newRow("optional absent") << QByteArray("{}") << true << QString() << QString();
        QTest::newRow("optional null") << QByteArray(R"({"o":null})") << true << QString() << QString();
        QTest::newRow("optional inner error") << QByteArray(R"({"o":{}})") << true << "root.o.n"
                                              << "missing-field";
        QTest::newRow("optional not an object") << QByteArray(R"({"o":1})") << true << "root.o"
                                                << "wrong-type";
    }

    void nestedKeepsInnerPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, optional);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const auto decodeN = [](const QJsonObject &o, const QString &path) -> hpo::Result<int> {
            JsonReader inner(o, path);
            const int n = static_cast<int>(inner.integer(QStringLiteral("n"), 0, 10));
            return inner.finish(n);
        };
        JsonReader r(QJsonDocument::fromJson(json).object(), QStringLiteral("root"));
        if (optional)
            r.optionalNested<int>(QStringLiteral("o"), decodeN);
        else
            QCOMPARE(r.nested<int>(QStringLiteral("o"), decodeN), field.isEmpty() ? 3 : 0);
        QCOMPARE(r.ok(), field.isEmpty());
        if (!r.ok()) {
            QCOMPARE(r.error().field, field);
            QCOMPARE(r.error().code, code);
        }
    }

    void failWithErrorKeepsItsPathAndFirstWins()
    {
        JsonReader r(QJsonObject {}, QStringLiteral("root"));
        r.fail(
            hpo::Error {QStringLiteral("duplicate"), QStringLiteral("twice"), QStringLiteral("list[3].id")});
        r.fail(QStringLiteral("other"), QStringLiteral("x"), QStringLiteral("y"));
        r.fail(hpo::Error {QStringLiteral("later"), QStringLiteral("later"), QStringLiteral("z")});
        QCOMPARE(r.error().field, QStringLiteral("list[3].id"));
        QCOMPARE(r.error().code, QStringLiteral("duplicate"));
    }

    void elementPathNamesElementAndField()
    {
        const JsonReader top(QJsonObject {});
        QCOMPARE(top.elementPath(QStringLiteral("contacts"), 3), QStringLiteral("contacts[3]"));
        QCOMPARE(top.elementPath(QStringLiteral("contacts"), 3, QStringLiteral("email")),
                 QStringLiteral("contacts[3].email"));
        const JsonReader nested(QJsonObject {}, QStringLiteral("items[7]"));
        QCOMPARE(nested.elementPath(QStringLiteral("roles"), 0), QStringLiteral("items[7].roles[0]"));
    }

    void refuseDuplicatesNamesTheSecondOccurrence()
    {
        struct Item
        {
            int id;
        };
        JsonReader r(QJsonObject {});
        hpo::refuseDuplicates(
            r, QStringLiteral("items"), QList<Item> {{1}, {2}, {1}, {2}}, QStringLiteral("id"),
            [](const Item &item) { return item.id; },
            [](int id) { return QStringLiteral("id %1 twice").arg(id); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("duplicate"));
        QCOMPARE(r.error().field, QStringLiteral("items[2].id"));
        QCOMPARE(r.error().message, QStringLiteral("id 1 twice"));
        JsonReader fine(QJsonObject {});
        hpo::refuseDuplicates(
            fine, QStringLiteral("items"), QList<Item> {}, QStringLiteral("id"),
            [](const Item &item) { return item.id; }, [](int) { return QString(); });
        QVERIFY(fine.ok());
    }

    void firstErrorWins()
    {
        JsonReader r(QJsonObject {{QStringLiteral("a"), 1}});
        r.string(QStringLiteral("a"));
        r.string(QStringLiteral("b"));
        QCOMPARE(r.error().field, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
