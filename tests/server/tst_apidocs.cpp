// docs/api.md stays true: the routes it documents ("### METHOD /path") are
// exactly the routes the server registers.
#include "tests/server/serverlauncher.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestApiDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedRoutesMatchRegisteredRoutes()
    {
        QProcess server;
        server.start(hpo::testing::ServerLauncher::serverBinary(),
                     {QStringLiteral("--print-routes"), QStringLiteral("--test-broker")});
        QVERIFY(server.waitForFinished(10'000));
        QCOMPARE(server.exitCode(), 0);
        QStringList registered
            = QString::fromUtf8(server.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        registered.sort();

        QFile doc(qEnvironmentVariable("HPO_SOURCE_DIR") + QStringLiteral("/docs/api.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        static const QRegularExpression heading(
            QStringLiteral("^### (GET|POST|PUT|PATCH|DELETE) (\\S+)\\s*$"),
            QRegularExpression::MultilineOption);
        QStringList documented;
        for (auto it = heading.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            documented << match.captured(1) + u' ' + match.captured(2);
        }
        documented.sort();
        for (const QString &route : registered) {
            QVERIFY2(documented.contains(route), qPrintable(QStringLiteral("undocumented route: ") + route));
        }
        for (const QString &route : documented) {
            QVERIFY2(registered.contains(route),
                     qPrintable(QStringLiteral("documented but not served: ") + route));
        }
        QCOMPARE(documented.size(), registered.size());
    }
};

QTEST_GUILESS_MAIN(TestApiDocs)
#include "tst_apidocs.moc"
