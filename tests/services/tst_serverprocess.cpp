#include "services/demo/serverprocess.h"

#include <QSignalSpy>
#include <QTest>

using hpo::ServerProcess;

// Uses /bin/sh as a stand-in server, so the launcher is tested apart from the real one.
class TestServerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsTheListeningUrl()
    {
        ServerProcess server(QStringLiteral("/bin/sh"));
        server.start({QStringLiteral("-c"),
                      QStringLiteral("echo starting; echo 'listening on http://127.0.0.1:4321'; sleep 30")});
        QVERIFY(server.waitUntilReady(10000));
        QCOMPARE(server.url(), QUrl(QStringLiteral("http://127.0.0.1:4321")));
        server.stop(1000);
    }

    void reportsAnEarlyExit()
    {
        ServerProcess server(QStringLiteral("/bin/sh"));
        QSignalSpy failed(&server, &ServerProcess::failed);
        server.start({QStringLiteral("-c"), QStringLiteral("echo 'no database' >&2; exit 3")});
        QVERIFY(!server.waitUntilReady(10000));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(server.errorMessage().contains(QStringLiteral("no database")),
                 qPrintable(server.errorMessage()));
    }

    void reportsAMissingProgram()
    {
        ServerProcess server(QStringLiteral("/nonexistent/helpdeskpo-server"));
        server.start({});
        QVERIFY(!server.waitUntilReady(10000));
        QVERIFY(!server.errorMessage().isEmpty());
    }

    void timesOutOnSilence()
    {
        ServerProcess server(QStringLiteral("/bin/sh"));
        server.start({QStringLiteral("-c"), QStringLiteral("sleep 30")}, 200);
        QVERIFY(!server.waitUntilReady(10000));
        QVERIFY(server.errorMessage().contains(QStringLiteral("in time")));
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
