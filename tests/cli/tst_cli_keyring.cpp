// mijnhelpdeskpo-cli with the keyring locked or absent (tests/services/with-keyring.sh
// locked|absent): a signed-in profile answers exit 2 with the documented message,
// quickly, and nothing of the profile is changed or removed.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCliKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentialsUnavailable_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("sync") << QStringList {QStringLiteral("sync")};
        QTest::newRow("logout --remove-data")
            << QStringList {QStringLiteral("logout"), QStringLiteral("--remove-data")};
        QTest::newRow("accounts add")
            << QStringList {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("16AH")};
    }

    void credentialsUnavailable()
    {
        QFETCH(QStringList, command);
        const QString mode = qEnvironmentVariable("HPO_KEYRING");
        if (mode != u"locked" && mode != u"absent")
            QSKIP("runs inside tests/services/with-keyring.sh locked|absent");

        // A profile that signed in earlier; the server is not even needed to tell.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QTemporaryDir profile;
        const QString ini = QDir(profile.path()).filePath(QStringLiteral("profile.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            settings.setValue(QStringLiteral("server"), QStringLiteral("http://127.0.0.1:%1").arg(port));
            settings.setValue(QStringLiteral("identity"), QStringLiteral("board-41775"));
            settings.setValue(QStringLiteral("institution"), QStringLiteral("41775"));
        }
        QFile cache(QDir(profile.path()).filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("stand-in");
        cache.close();

        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        cli.start(QDir(qEnvironmentVariable("HPO_BIN_DIR")).filePath(QStringLiteral("mijnhelpdeskpo-cli")),
                  QStringList {QStringLiteral("--profile"), profile.path()} + command);
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 2, qPrintable(err));
        QVERIFY2(timer.elapsed() < 30000, "the CLI waited on the keyring");
        if (mode == u"locked")
            QVERIFY2(err.contains(QStringLiteral("credentials unavailable: the keyring is locked")),
                     qPrintable(err));
        else
            QVERIFY2(err.contains(QStringLiteral("credentials unavailable")), qPrintable(err));
        // Nothing wiped: the session and the cache are still there for when the keyring opens.
        QVERIFY(QFile::exists(ini));
        QVERIFY(QFile::exists(cache.fileName()));
        QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("identity")).toString(),
                 QStringLiteral("board-41775"));
    }
};

QTEST_GUILESS_MAIN(TestCliKeyring)
#include "tst_cli_keyring.moc"
