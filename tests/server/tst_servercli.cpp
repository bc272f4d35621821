// The command line: usage errors exit 2 with a message, the schedule flags
// reach /api/v1/meta, and the "listening on" line is exact.
#include "tests/server/serverlauncher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using hpo::testing::ServerLauncher;

class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no data") << QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                 << QStringLiteral("--data");
        QTest::newRow("bad listen") << QStringList {QStringLiteral("--data"), QStringLiteral("x"),
                                                    QStringLiteral("--listen"), QStringLiteral("nowhere")}
                                    << QStringLiteral("--listen");
        QTest::newRow("bad seed") << QStringList {QStringLiteral("--data"), QStringLiteral("x"),
                                                  QStringLiteral("--seed"), QStringLiteral("all")}
                                  << QStringLiteral("--seed");
        QTest::newRow("bad cutoff") << QStringList {
            QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--password-cutoff"),
            QStringLiteral("soon")} << QStringLiteral("--password-cutoff");
        QTest::newRow("bad hours") << QStringList {QStringLiteral("--data"), QStringLiteral("x"),
                                                   QStringLiteral("--helpdesk-hours"),
                                                   QStringLiteral("always")}
                                   << QStringLiteral("--helpdesk-hours");
        QTest::newRow("bad helpdesk phone")
            << QStringList {QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--helpdesk-phone"),
                            QStringLiteral("call us")}
            << QStringLiteral("--helpdesk-phone");
        QTest::newRow("bad helpdesk email")
            << QStringList {QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--helpdesk-email"),
                            QStringLiteral("helpdesk")}
            << QStringLiteral("--helpdesk-email");
        QTest::newRow("bad rate") << QStringList {QStringLiteral("--data"), QStringLiteral("x"),
                                                  QStringLiteral("--token-rate-limit"), QStringLiteral("0")}
                                  << QStringLiteral("--token-rate-limit");
        QTest::newRow("bad now") << QStringList {QStringLiteral("--data"), QStringLiteral("x"),
                                                 QStringLiteral("--now"), QStringLiteral("tomorrow")}
                                 << QStringLiteral("--now");
        QTest::newRow("unknown flag")
            << QStringList {QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--turbo")}
            << QStringLiteral("turbo");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess server;
        server.start(ServerLauncher::serverBinary(), args);
        QVERIFY(server.waitForFinished(10'000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardOutput().isEmpty());
        QVERIFY(QString::fromUtf8(server.readAllStandardError()).contains(message));
    }

    void listeningLineAndScheduleFlags()
    {
        // An empty data folder is fine: migrations run, nothing seeded.
        QTemporaryDir dir;
        QProcess server;
        server.start(ServerLauncher::serverBinary(),
                     {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--helpdesk-hours"),
                      QStringLiteral("mon-thu 08:30-17:00"), QStringLiteral("--closed-dates"),
                      QStringLiteral("2026-12-25,2026-12-26"), QStringLiteral("--password-cutoff"),
                      QStringLiteral("2099-01-01"), QStringLiteral("--helpdesk-phone"),
                      QStringLiteral("0800-1234"), QStringLiteral("--helpdesk-email"),
                      QStringLiteral("Vragen@School.Example")});
        QVERIFY(server.waitForReadyRead(10'000));
        const QString line = QString::fromUtf8(server.readLine());
        static const QRegularExpression exact(
            QStringLiteral("^listening on http://127\\.0\\.0\\.1:([0-9]{1,5})\\n$"));
        const auto match = exact.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/meta").arg(match.captured(1)))));
        QTRY_VERIFY(reply->isFinished());
        const QJsonObject meta = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonObject schedule = meta.value(QStringLiteral("helpdeskSchedule")).toObject();
        QCOMPARE(schedule.value(QStringLiteral("weekly")).toArray().size(), 4);
        QCOMPARE(schedule.value(QStringLiteral("weekly"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("open"))
                     .toString(),
                 QStringLiteral("08:30"));
        QCOMPARE(schedule.value(QStringLiteral("closedDates")).toArray().size(), 2);
        QCOMPARE(meta.value(QStringLiteral("signInMethods")).toArray().size(), 2); // password until 2099
        QVERIFY(!meta.value(QStringLiteral("testBroker")).toBool());
        // The contact flags arrive normalised.
        QCOMPARE(meta.value(QStringLiteral("helpdeskContact")).toObject(),
                 QJsonObject({{QStringLiteral("phone"), QStringLiteral("0800 1234")},
                              {QStringLiteral("email"), QStringLiteral("Vragen@school.example")}}));
        delete reply;

        server.terminate(); // SIGTERM
        QVERIFY(server.waitForFinished(10'000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
