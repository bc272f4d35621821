// mijnhelpdeskpo-cli end to end: the real program against the real server on a
// free loopback port (seeded once for the whole executable), with the refresh
// token in a throwaway unlocked gnome-keyring. Every command's happy path, text
// and --json, and the documented exit codes.
#include "services/archive/archivedocumentservice.h"
#include "services/auth/keychaintokenstore.h"
#include "services/demo/serverprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hpo;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(out.left(2000), err.left(2000));
    }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_data;
    QTemporaryDir m_work;
    QString m_profile; // board-41775
    QString m_profile2; // multi-school
    QString m_school; // a school of board 41775 with data in every collection
    QString m_cli;

    Run cli(const QString &profile, QStringList args, int timeoutMs = 300000)
    {
        QProcess process;
        args.prepend(profile);
        args.prepend(QStringLiteral("--profile"));
        process.start(m_cli, args);
        Run run;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Run cli(QStringList args) { return cli(m_profile, std::move(args)); }

    QString server() const { return m_server->url().toString(); }

    static QJsonDocument json(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << error.errorString() << run.out.left(300);
        return doc;
    }

    // The refresh token the CLI stored, read back from the keychain.
    QString storedRefreshToken(const QString &identity)
    {
        KeychainTokenStore store;
        std::optional<TokenLookup> lookup;
        QObject context;
        const QUrl origin
            = m_server->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        store.read({origin.toString(), identity}, &context, [&lookup](const TokenLookup &l) { lookup = l; });
        if (!QTest::qWaitFor([&lookup] { return lookup.has_value(); }, 20000))
            return QStringLiteral("<keychain timeout>");
        return lookup->state == TokenState::Available ? lookup->token : QString();
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    QJsonObject testIdentity(const QString &id)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(
            QNetworkRequest(m_server->url().resolved(QUrl(QStringLiteral("/oauth/test-identities")))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        const QJsonArray all = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QStringLiteral("identities"))
                                   .toArray();
        delete reply;
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("HPO_KEYRING") != u"unlocked")
            QSKIP("runs inside tests/services/with-keyring.sh unlocked");
        const QDir bin(qEnvironmentVariable("HPO_BIN_DIR"));
        m_cli = bin.filePath(QStringLiteral("mijnhelpdeskpo-cli"));
        QVERIFY(QFile::exists(m_cli));
        m_server = std::make_unique<ServerProcess>(bin.filePath(QStringLiteral("helpdeskpo-server")));
        m_server->start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--test-broker"),
                         QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")},
                        180000);
        QVERIFY2(m_server->waitUntilReady(180000), qPrintable(m_server->errorMessage()));
        m_profile = m_work.filePath(QStringLiteral("board"));
        m_profile2 = m_work.filePath(QStringLiteral("multi"));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("archive without sub-command") << QStringList {QStringLiteral("archive")};
        QTest::newRow("archive show without id")
            << QStringList {QStringLiteral("archive"), QStringLiteral("show")};
        QTest::newRow("option of another command") << QStringList {
            QStringLiteral("--test-identity"), QStringLiteral("agent"), QStringLiteral("sync")};
        QTest::newRow("gtb export without --csv")
            << QStringList {QStringLiteral("gtb"), QStringLiteral("export")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frob"), QStringLiteral("status")};
        QTest::newRow("server not http")
            << QStringList {QStringLiteral("--server"), QStringLiteral("ftp://x"), QStringLiteral("status")};
        QTest::newRow("login without a server") << QStringList {QStringLiteral("login")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = cli(m_work.filePath(QStringLiteral("usage")), args);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY(!run.err.isEmpty());
    }

    void notSignedIn_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("sync") << QStringList {QStringLiteral("--server"), server(), QStringLiteral("sync")};
        QTest::newRow("status") << QStringList {QStringLiteral("status")};
        QTest::newRow("news list") << QStringList {QStringLiteral("news"), QStringLiteral("list")};
        QTest::newRow("archive save") << QStringList {QStringLiteral("archive"), QStringLiteral("save"),
                                                      QStringLiteral("a1"), m_work.path()};
        QTest::newRow("logout") << QStringList {QStringLiteral("logout")};
    }

    void notSignedIn()
    {
        QFETCH(QStringList, args);
        const Run run = cli(m_work.filePath(QStringLiteral("nobody")), args);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("not signed in")) || args.first() == u"status",
                 qPrintable(run.err));
    }

    void serverUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run run = cli(m_work.filePath(QStringLiteral("unreachable")),
                            {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                             QStringLiteral("login"), QStringLiteral("--test-identity"),
                             QStringLiteral("board-41775")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("unreachable")), qPrintable(run.err));
    }

    // A stored session, but the server does not answer: exit 3, and the session stays.
    void serverUnreachableWithASession()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        KeychainTokenStore store;
        QObject context;
        std::optional<Status> written;
        const TokenKey key {origin, QStringLiteral("board-41775")};
        store.write(key, QStringLiteral("stored-refresh-token"), &context,
                    [&written](const Status &s) { written = s; });
        QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }, 20000));
        QVERIFY(written->ok());

        const QString profile = m_work.filePath(QStringLiteral("offline"));
        QVERIFY(QDir().mkpath(profile));
        {
            QSettings settings(QDir(profile).filePath(QStringLiteral("profile.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("server"), origin);
            settings.setValue(QStringLiteral("identity"), QStringLiteral("board-41775"));
        }
        const Run run = cli(profile, {QStringLiteral("sync")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("server unreachable")), qPrintable(run.err));
        std::optional<TokenLookup> lookup;
        store.read(key, &context, [&lookup](const TokenLookup &l) { lookup = l; });
        QVERIFY(QTest::qWaitFor([&lookup] { return lookup.has_value(); }, 20000));
        QCOMPARE(lookup->token, QStringLiteral("stored-refresh-token"));

        // Signing out offline still forgets the session here.
        const Run out = cli(profile, {QStringLiteral("logout")});
        QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
        lookup.reset();
        store.read(key, &context, [&lookup](const TokenLookup &l) { lookup = l; });
        QVERIFY(QTest::qWaitFor([&lookup] { return lookup.has_value(); }, 20000));
        QCOMPARE(lookup->state, TokenState::SignedOut);
    }

    void loginAsBoard()
    {
        const Run run = cli({QStringLiteral("--server"), server(), QStringLiteral("login"),
                             QStringLiteral("--test-identity"), QStringLiteral("board-41775")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QStringLiteral("Signed in as board-41775")), qPrintable(run.out));
        QVERIFY(QFile::exists(QDir(m_profile).filePath(QStringLiteral("profile.ini"))));
    }

    void noTokenInTheProfile()
    {
        const QString token = storedRefreshToken(QStringLiteral("board-41775"));
        QVERIFY2(token.size() >= 40, "the refresh token is not in the keychain");
        static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_-]{43}"));
        const QStringList files = filesUnder(m_profile);
        QVERIFY(files.contains(QDir(m_profile).filePath(QStringLiteral("profile.ini"))));
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(path));
            // Right after sign-in nothing in the profile looks like a token (the access token either):
            // the settings file as text, the cache by its stored values (its schema text runs
            // identifiers together).
            if (path.endsWith(QStringLiteral(".ini")))
                QVERIFY2(!tokenLike.match(QString::fromUtf8(bytes)).hasMatch(), qPrintable(path));
        }
    }

    void noTokenLikeValueInTheCache()
    {
        static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_-]{43}"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
            db.setDatabaseName(QDir(m_profile).filePath(QStringLiteral("cache.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            int values = 0;
            for (const QString &table : db.tables()) {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
                while (q.next()) {
                    for (int i = 0; i < q.record().count(); ++i) {
                        ++values;
                        const QString value = q.value(i).toString();
                        QVERIFY2(!tokenLike.match(value).hasMatch(), qPrintable(table + u": " + value));
                    }
                }
            }
            QVERIFY(values > 0); // the linked accounts at least
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("scan"));
    }

    void syncBoard()
    {
        Run run = cli({QStringLiteral("sync")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("sync: full snapshot")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral(" page(s), ")), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Synced (full)")), qPrintable(run.out));

        // A stray attachment copy no row records (a crash mid-write, say), older than the grace period:
        // the next sync sweeps it, as the desktop client does at start.
        const QString stray = QDir(m_profile).filePath(QStringLiteral("attachments/stray/0/left-behind.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(stray).absolutePath()));
        {
            QFile file(stray);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
            QVERIFY(file.flush()); // else closing writes it and makes it new again
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1),
                                     QFileDevice::FileModificationTime));
        }

        run = cli({QStringLiteral("--json"), QStringLiteral("sync")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!QFile::exists(stray));
        QVERIFY2(run.err.contains(QStringLiteral("removed 1 stray attachment file(s)")), qPrintable(run.err));
        const QJsonObject summary = json(run).object();
        QCOMPARE(summary.value(QStringLiteral("full")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("requests")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("upserts")).toInt(), 0);

        // The token rotated on every run: still none in the profile, and it is still stored.
        const QString token = storedRefreshToken(QStringLiteral("board-41775"));
        QVERIFY(!token.isEmpty());
        for (const QString &path : filesUnder(m_profile)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(path));
        }

        // A school of the board with something in every collection, for the listings.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(QDir(m_profile).filePath(QStringLiteral("cache.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT g.institution_code FROM gtb g WHERE g.institution_code IN (SELECT "
                               "institution_code FROM evaluations)"
                               " AND g.institution_code IN (SELECT institution_code FROM contact_moments)"
                               " AND g.institution_code IN (SELECT institution_code FROM branches)"
                               " AND g.institution_code IN (SELECT institution_code FROM contacts)"
                               " AND g.institution_code IN (SELECT institution_code FROM archive_items)"
                               " AND (SELECT count(*) FROM archive_items a WHERE a.institution_code = "
                               "g.institution_code) < 5000"
                               " ORDER BY g.institution_code LIMIT 1")));
            QVERIFY(q.next());
            m_school = q.value(0).toString();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        QVERIFY(!m_school.isEmpty());
    }

    void status()
    {
        Run run = cli({QStringLiteral("status")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(QStringLiteral("Signed in as: board-41775")));
        QVERIFY(run.out.contains(QStringLiteral("Last sync:")));
        QVERIFY(run.out.contains(QStringLiteral("Cursor:")));
        QVERIFY(run.out.contains(QStringLiteral("Cached institutions: 61")));

        run = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject s = json(run).object();
        QCOMPARE(s.value(QStringLiteral("identity")).toString(), QStringLiteral("board-41775"));
        QVERIFY(!s.value(QStringLiteral("cursor")).toString().isEmpty());
        QCOMPARE(s.value(QStringLiteral("counts")).toObject().value(QStringLiteral("institutions")).toInt(),
                 61);
        QVERIFY(s.value(QStringLiteral("counts")).toObject().value(QStringLiteral("archive")).toInt()
                > 100000 - 1);
    }

    void accountsOfTheBoard()
    {
        Run run = cli({QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.startsWith(QStringLiteral("* 41775\tboard\t")), qPrintable(run.out));
        run = cli({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray list = json(run).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("active")).toBool(), true);

        // A board may open its schools.
        run = cli({QStringLiteral("accounts"), QStringLiteral("use"), m_school});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({QStringLiteral("accounts"), QStringLiteral("use"), QStringLiteral("99ZZ")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        run = cli({QStringLiteral("institution"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(json(run).object().value(QStringLiteral("code")).toString(), m_school);
    }

    void listings_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("array");
        QTest::newRow("institution show")
            << QStringList {QStringLiteral("institution"), QStringLiteral("show")} << false;
        QTest::newRow("branches list")
            << QStringList {QStringLiteral("branches"), QStringLiteral("list")} << true;
        QTest::newRow("contacts list")
            << QStringList {QStringLiteral("contacts"), QStringLiteral("list")} << true;
        QTest::newRow("news list") << QStringList {QStringLiteral("news"), QStringLiteral("list")} << true;
        QTest::newRow("archive list")
            << QStringList {QStringLiteral("archive"), QStringLiteral("list")} << true;
        QTest::newRow("moments list")
            << QStringList {QStringLiteral("moments"), QStringLiteral("list")} << true;
        QTest::newRow("evaluations list")
            << QStringList {QStringLiteral("evaluations"), QStringLiteral("list")} << true;
        QTest::newRow("gtb show") << QStringList {QStringLiteral("gtb"), QStringLiteral("show")} << false;
    }

    void listings()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, array);
        const Run text = cli(args);
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY(!text.out.trimmed().isEmpty());
        const Run asJson = cli(args + QStringList {QStringLiteral("--json")});
        QVERIFY2(asJson.exitCode == 0, qPrintable(asJson.describe()));
        const QJsonDocument doc = json(asJson);
        if (array) {
            QVERIFY(doc.isArray());
            QVERIFY(!doc.array().isEmpty());
            // One text line per item.
            QCOMPARE(text.out.trimmed().split(u'\n').size(), doc.array().size());
        } else {
            QVERIFY(doc.isObject());
            QVERIFY(doc.object().contains(array ? QStringLiteral("id") : QStringLiteral("version")));
        }
    }

    void archiveSearchShowSave()
    {
        Run run = cli({QStringLiteral("archive"), QStringLiteral("list"), QStringLiteral("--limit"),
                       QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray items = json(run).array();
        QCOMPARE(items.size(), 3);
        // Prefer an item with attachments, to save them.
        QJsonObject item = items.at(0).toObject();
        {
            const Run all = cli({QStringLiteral("archive"), QStringLiteral("list"), QStringLiteral("--limit"),
                                 QStringLiteral("200"), QStringLiteral("--json")});
            for (const QJsonValue &v : json(all).array()) {
                if (!v.toObject().value(QStringLiteral("attachments")).toArray().isEmpty()) {
                    item = v.toObject();
                    break;
                }
            }
        }
        const QString id = item.value(QStringLiteral("id")).toString();
        const QString subject = item.value(QStringLiteral("subject")).toString();
        static const QRegularExpression word(QStringLiteral("\\w{4,}"));
        const QString term = word.match(subject).captured(0);
        QVERIFY2(!term.isEmpty(), qPrintable(subject));

        run = cli({QStringLiteral("archive"), QStringLiteral("search"), term, QStringLiteral("--limit"),
                   QStringLiteral("100000"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        bool found = false;
        for (const QJsonValue &v : json(run).array())
            found = found || v.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY2(found, qPrintable(term));
        run = cli({QStringLiteral("archive"), QStringLiteral("search"), term});
        QVERIFY2(run.exitCode == 0 && run.out.contains(term, Qt::CaseInsensitive),
                 qPrintable(run.describe()));

        run = cli({QStringLiteral("archive"), QStringLiteral("show"), id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(subject));
        run = cli({QStringLiteral("archive"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(json(run).object().value(QStringLiteral("id")).toString(), id);
        run = cli({QStringLiteral("archive"), QStringLiteral("show"), QStringLiteral("no-such-item")});
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));

        const QString target = m_work.filePath(QStringLiteral("saved"));
        run = cli({QStringLiteral("archive"), QStringLiteral("save"), id, target});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QFile::exists(QDir(target).filePath(id + QStringLiteral(".txt"))));
        for (const QJsonValue &v : item.value(QStringLiteral("attachments")).toArray()) {
            const QFileInfo saved(
                QDir(target).filePath(v.toObject().value(QStringLiteral("fileName")).toString()));
            QVERIFY2(saved.exists(), qPrintable(saved.filePath()));
            QCOMPARE(saved.size(), v.toObject().value(QStringLiteral("size")).toInteger());
        }

        // The attachments are kept in the profile (the GUI's store too) and a second save reuses them.
        const auto attachments = item.value(QStringLiteral("attachments")).toArray();
        if (!attachments.isEmpty()) {
            const QString first = attachments.at(0).toObject().value(QStringLiteral("fileName")).toString();
            const QFileInfo kept(QDir(m_profile).filePath(ArchiveDocumentService::storedPathFor(
                id, attachments.at(0).toObject().value(QStringLiteral("index")).toInt(), first)));
            QVERIFY2(kept.exists(), qPrintable(kept.filePath()));
            const QDateTime keptAt = kept.lastModified();
            const QString again = m_work.filePath(QStringLiteral("saved-again"));
            run = cli({QStringLiteral("archive"), QStringLiteral("save"), id, again});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY(QFile::exists(QDir(again).filePath(first)));
            QCOMPARE(QFileInfo(kept.filePath()).lastModified(), keptAt);
        }
    }

    void evaluationShow()
    {
        Run run = cli({QStringLiteral("evaluations"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject first = json(run).array().at(0).toObject();
        const QString id = first.value(QStringLiteral("id")).toString();
        run = cli({QStringLiteral("evaluations"), QStringLiteral("show"), id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(first.value(QStringLiteral("title")).toString()));
        run = cli({QStringLiteral("evaluations"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(json(run).object(), first);
    }

    void gtbExportCsv()
    {
        const QString file = m_work.filePath(QStringLiteral("gtb.csv"));
        Run run = cli({QStringLiteral("gtb"), QStringLiteral("export"), QStringLiteral("--csv"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({QStringLiteral("gtb"), QStringLiteral("show"), QStringLiteral("--json")});
        const QJsonObject overview = json(run).object();

        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        const QStringList header = lines.first().split(u',');
        QCOMPARE(header.first(), QStringLiteral("institutionCode"));
        const qsizetype totalColumn = header.indexOf(QStringLiteral("total"));
        const qsizetype peildatumColumn = header.indexOf(QStringLiteral("peildatum"));
        QVERIFY(totalColumn > 0 && peildatumColumn > 0);
        // Parse back: the sum of totals per peildatum equals the overview's.
        QHash<QString, qint64> csvTotals;
        static const QRegularExpression field(QStringLiteral("(\"(?:[^\"]|\"\")*\"|[^,]*)(,|$)"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QStringList fields;
            auto it = field.globalMatch(lines.at(i));
            while (it.hasNext() && fields.size() < header.size())
                fields.append(it.next().captured(1));
            QCOMPARE(fields.size(), header.size());
            QCOMPARE(fields.at(0), m_school);
            csvTotals[fields.at(peildatumColumn)] += fields.at(totalColumn).toLongLong();
        }
        QHash<QString, qint64> jsonTotals;
        for (const QJsonValue &p : overview.value(QStringLiteral("peildata")).toArray()) {
            const QString date = p.toObject().value(QStringLiteral("peildatum")).toString();
            for (const QJsonValue &b : p.toObject().value(QStringLiteral("branches")).toArray()) {
                for (const char *key : {"funded", "unfunded"})
                    jsonTotals[date] += b.toObject()
                                            .value(QLatin1String(key))
                                            .toObject()
                                            .value(QStringLiteral("total"))
                                            .toInteger();
            }
        }
        QCOMPARE(csvTotals, jsonTotals);
    }

    void accountToevoegen()
    {
        const QJsonObject identity = testIdentity(QStringLiteral("multi-school"));
        QVERIFY(!identity.isEmpty());
        QString addable;
        const QJsonArray linked = identity.value(QStringLiteral("linkedInstitutions")).toArray();
        for (const QJsonValue &v : identity.value(QStringLiteral("contactAt")).toArray()) {
            if (!linked.contains(v))
                addable = v.toString();
        }
        QVERIFY(!addable.isEmpty());

        Run run = cli(m_profile2,
                      {QStringLiteral("--server"), server(), QStringLiteral("login"),
                       QStringLiteral("--test-identity"), QStringLiteral("multi-school")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli(m_profile2, {QStringLiteral("sync")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = cli(m_profile2, {QStringLiteral("accounts"), QStringLiteral("add"), addable});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli(m_profile2, {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json(run).array().size(), linked.size() + 1);
        // Refused by the server: already linked, and a school where the person is no contact.
        run = cli(m_profile2, {QStringLiteral("accounts"), QStringLiteral("add"), addable});
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QVERIFY(run.err.contains(QStringLiteral("already-linked")));
        run = cli(m_profile2, {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("16AH")});
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QVERIFY(run.err.contains(QStringLiteral("not-a-contact-person"))
                || run.err.contains(QStringLiteral("unknown-institution")));

        // The new link changed the feed's scope: the next sync starts over and brings the school.
        run = cli(m_profile2, {QStringLiteral("sync")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli(m_profile2, {QStringLiteral("accounts"), QStringLiteral("use"), addable});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli(m_profile2,
                  {QStringLiteral("institution"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(json(run).object().value(QStringLiteral("code")).toString(), addable);
    }

    void logoutKeepsData()
    {
        Run run = cli(m_profile2, {QStringLiteral("logout")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QFile::exists(QDir(m_profile2).filePath(QStringLiteral("cache.sqlite"))));
        QVERIFY(storedRefreshToken(QStringLiteral("multi-school")).isEmpty());
        run = cli(m_profile2, {QStringLiteral("sync")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    }

    void logoutRemovesData()
    {
        const Run run = cli({QStringLiteral("logout"), QStringLiteral("--remove-data")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(storedRefreshToken(QStringLiteral("board-41775")).isEmpty());
        const QStringList left = filesUnder(m_profile);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        const Run after = cli({QStringLiteral("status")});
        QCOMPARE(after.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
