// The DUO CSV quirks: ';', doubled quotes, leading spaces, title lines, and
// unreadable lines reported with their number while reading goes on.
#include "server/seed/duocsvreader.h"

#include <QTest>

using hpo::server::DuoCsvReader;

class TestDuoCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << QStringLiteral("a;b;c")
                               << QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("doubled quotes")
            << QStringLiteral("00AR;\"BS \"\"De Maasparel\"\"\";6107AW")
            << QStringList {QStringLiteral("00AR"), QStringLiteral("BS \"De Maasparel\""),
                            QStringLiteral("6107AW")};
        QTest::newRow("leading space") << QStringLiteral("ZOETERMEER; 637;Zoetermeer")
                                       << QStringList {QStringLiteral("ZOETERMEER"), QStringLiteral("637"),
                                                       QStringLiteral("Zoetermeer")};
        QTest::newRow("separator inside quotes")
            << QStringLiteral("\"a;b\";c") << QStringList {QStringLiteral("a;b"), QStringLiteral("c")};
        QTest::newRow("empty fields")
            << QStringLiteral(";;") << QStringList {QString(), QString(), QString()};
    }

    void splitLine()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, fields);
        QStringList out;
        QString error;
        QVERIFY(DuoCsvReader::splitLine(line, &out, &error));
        QCOMPARE(out, fields);
    }

    void reportsUnreadableLinesAndGoesOn()
    {
        DuoCsvReader reader;
        // ISO-8859-1 bytes, a title line, a header on line 2, CRLF endings.
        const QByteArray latin1 = "Peildatum:;1-10-2016\r\nBRIN;NAAM;N\r\n00AP;Caf\xe9;1\r\n00AR;\"kapot;"
                                  "2\r\n00AX;te;veel;velden\r\n"
                                  "01AB;Goed;3\r\n";
        reader.parse(latin1, 2);
        QCOMPARE(reader.titleLines(), QStringList {QStringLiteral("Peildatum:;1-10-2016")});
        QCOMPARE(reader.records().size(), 2);
        QCOMPARE(reader.field(reader.records().at(0), QStringLiteral("NAAM")), QStringLiteral("Café"));
        QCOMPARE(reader.records().at(1).line, 6);
        QCOMPARE(reader.problems().size(), 2);
        QCOMPARE(reader.problems().at(0).line, 4);
        QCOMPARE(reader.problems().at(0).message, QStringLiteral("unterminated quoted field"));
        QCOMPARE(reader.problems().at(1).line, 5);
    }
};

QTEST_GUILESS_MAIN(TestDuoCsvReader)
#include "tst_duocsvreader.moc"
