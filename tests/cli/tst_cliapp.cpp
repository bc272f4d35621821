// CliApp in-process: argument checking and the mapping of service errors to the
// documented exit codes. Needs neither a server nor a keychain.
#include "app/cli/cliapp.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace hpo;

class TestCliApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList {} << QStringLiteral("no command given");
        QTest::newRow("unknown") << QStringList {QStringLiteral("fly")}
                                 << QStringLiteral("unknown command \"fly\"");
        QTest::newRow("extra argument") << QStringList {QStringLiteral("sync"), QStringLiteral("now")}
                                        << QStringLiteral("unknown command \"sync now\"");
        QTest::newRow("accounts add without code")
            << QStringList {QStringLiteral("accounts"), QStringLiteral("add")}
            << QStringLiteral("accounts needs list, add CODE or use CODE");
        QTest::newRow("evaluations show without id")
            << QStringList {QStringLiteral("evaluations"), QStringLiteral("show")}
            << QStringLiteral("evaluations needs list or show ID");
        QTest::newRow("--remove-data with login")
            << QStringList {QStringLiteral("login"), QStringLiteral("--remove-data")}
            << QStringLiteral("--remove-data belongs to the logout command");
        QTest::newRow("--csv with gtb show") << QStringList {QStringLiteral("gtb"), QStringLiteral("show"),
                                                             QStringLiteral("--csv"), QStringLiteral("x")}
                                             << QStringLiteral("gtb export needs --csv FILE");
        QTest::newRow("--limit not a number")
            << QStringList {QStringLiteral("archive"), QStringLiteral("list"), QStringLiteral("--limit"),
                            QStringLiteral("many")}
            << QStringLiteral("--limit needs a number");
        QTest::newRow("server not a URL")
            << QStringList {QStringLiteral("--server"), QStringLiteral("portal"), QStringLiteral("status")}
            << QStringLiteral("--server needs an http(s) URL");
        QTest::newRow("missing option value")
            << QStringList {QStringLiteral("status"), QStringLiteral("--profile")}
            << QStringLiteral("Missing value after '--profile'");
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir profile;
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QNetworkAccessManager nam;
        CliApp cli(nam, outStream, errStream, {});
        const int code = cli.run(
            QStringList {QStringLiteral("mijnhelpdeskpo-cli"), QStringLiteral("--profile"), profile.path()}
            + args);
        QCOMPARE(code, int(CliApp::Usage));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Usage: mijnhelpdeskpo-cli")), qPrintable(err));
        QVERIFY(out.isEmpty());
    }

    void help()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QNetworkAccessManager nam;
        CliApp cli(nam, outStream, errStream, {});
        QCOMPARE(cli.run({QStringLiteral("mijnhelpdeskpo-cli"), QStringLiteral("--help")}), int(CliApp::Ok));
        for (const char *command : {"login", "logout", "accounts", "sync", "status", "institution show",
                                    "archive", "evaluations", "gtb show", "Exit codes"})
            QVERIFY2(out.contains(QLatin1String(command)), command);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exit");
        QTest::newRow("locked") << QStringLiteral("keychain-locked") << int(CliApp::NotSignedIn);
        QTest::newRow("no keyring") << QStringLiteral("keychain-unavailable") << int(CliApp::NotSignedIn);
        QTest::newRow("not signed in") << QStringLiteral("not-signed-in") << int(CliApp::NotSignedIn);
        QTest::newRow("sign-in timeout") << QStringLiteral("sign-in-timeout") << int(CliApp::NotSignedIn);
        QTest::newRow("unreachable") << QStringLiteral("network-unreachable") << int(CliApp::Unreachable);
        QTest::newRow("timeout") << QStringLiteral("network-timeout") << int(CliApp::Unreachable);
        QTest::newRow("tls") << QStringLiteral("tls-error") << int(CliApp::Unreachable);
        QTest::newRow("insecure") << QStringLiteral("insecure-url") << int(CliApp::Usage);
        QTest::newRow("profile locked") << QStringLiteral("profile-locked") << int(CliApp::LocalFailure);
        QTest::newRow("cache") << QStringLiteral("cache-open-failed") << int(CliApp::LocalFailure);
        QTest::newRow("fts5") << QStringLiteral("sqlite-fts5-missing") << int(CliApp::LocalFailure);
        QTest::newRow("not a contact") << QStringLiteral("not-a-contact-person") << int(CliApp::Refused);
        QTest::newRow("forbidden") << QStringLiteral("http-403") << int(CliApp::Refused);
        QTest::newRow("rate limited") << QStringLiteral("rate-limited") << int(CliApp::Refused);
    }

    void exitCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, exit);
        QCOMPARE(CliApp::exitCodeFor(Error {code, {}, {}}), exit);
    }
};

QTEST_GUILESS_MAIN(TestCliApp)
#include "tst_cliapp.moc"
