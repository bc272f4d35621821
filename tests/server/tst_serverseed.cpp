// The demo seed against the DUO files: counts read straight from the CSVs must
// match what was imported, and the synthetic content keeps the portal's rules.
#include "tests/server/serverlauncher.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using hpo::testing::ServerLauncher;

namespace {

QList<QList<QByteArray>> rows(const QString &name, int skip)
{
    QFile file(qEnvironmentVariable("HPO_SOURCE_DIR") + QStringLiteral("/server/seed/data/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QList<QByteArray>> out;
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        if (++line > skip && !text.isEmpty()) {
            out.append(text.split(';')); // the first columns never hold quotes
        }
    }
    return out;
}

} // namespace

class TestServerSeed : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("query failed: %s", qPrintable(sql));
            return -1;
        }
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = ServerLauncher::templateDataDir();
        QVERIFY(!dir.isEmpty());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed-check"));
        m_db.setDatabaseName(QDir(dir).filePath(QStringLiteral("helpdeskpo.sqlite")));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(m_db.open());
    }

    void schoolsAndBoardsMatchTheFile()
    {
        const auto schools = rows(QStringLiteral("hoofdvestigingen-bo-2017.csv"), 1);
        QCOMPARE(schools.size(), 6359);
        QSet<QByteArray> boards;
        for (const auto &r : schools) {
            boards.insert(r.at(1));
        }
        QCOMPARE(boards.size(), 925);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE kind = 'school'")),
                 qint64(schools.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE kind = 'board'")),
                 qint64(boards.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE board_code = '41775'")), 60);
    }

    void branchesAndGtbMatchTheFiles()
    {
        QSet<QByteArray> known;
        for (const auto &r : rows(QStringLiteral("hoofdvestigingen-bo-2017.csv"), 1)) {
            known.insert(r.at(2));
        }
        QSet<QByteArray> branches; // "0" and "00" are the same site
        for (const auto &r : rows(QStringLiteral("leerlingen-bo-gewicht-leeftijd-2016-2017.csv"), 1)) {
            if (known.contains(r.at(1))) {
                branches.insert(r.at(1) + QByteArray::number(r.at(2).toInt()));
            }
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM branches")), qint64(branches.size()));
        QSet<QByteArray> gtbSchools;
        for (const auto &r : rows(QStringLiteral("leerlingen-bo-in-bron-2016-2017.csv"), 2)) {
            if (known.contains(r.at(0))) {
                gtbSchools.insert(r.at(0));
            }
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM gtb")), qint64(gtbSchools.size()));
    }

    void contactRules()
    {
        // Every school exactly one Gemachtigde.
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM institutions i WHERE i.kind = 'school' AND (SELECT "
                                  "COUNT(*) FROM contacts c"
                                  " WHERE c.institution = i.id AND c.data LIKE '%\"gemachtigde\"%') <> 1")),
            0);
        // Boards: at most one, and some have none.
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM institutions i WHERE i.kind = 'board' AND (SELECT "
                                  "COUNT(*) FROM contacts c"
                                  " WHERE c.institution = i.id AND c.data LIKE '%\"gemachtigde\"%') > 1")),
            0);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM institutions i WHERE i.kind = 'board' AND NOT "
                                      "EXISTS (SELECT 1 FROM contacts c"
                                      " WHERE c.institution = i.id AND c.data LIKE '%\"gemachtigde\"%')"))
                > 100);
    }

    void archiveVolumes()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM archive WHERE institution = '00DO'")), 100000);
        QVERIFY(
            scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT institution FROM archive GROUP BY institution"
                                  " HAVING COUNT(*) >= 1000) t"))
            >= 20);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT institution) FROM archive")), 6359);
    }

    void testIdentities()
    {
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM persons WHERE id IN ('school-admin', 'multi-school',"
                                  " 'board-41775', 'board-no-gemachtigde', 'agent')")),
            5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE person_id = 'multi-school'")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE person_id = 'multi-school'")), 1);
        QCOMPARE(
            scalar(QStringLiteral(
                "SELECT COUNT(*) FROM accounts WHERE person_id = 'board-41775' AND institution = '41775'")),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE person_id = 'agent'")), 0);
    }

    void schemaIsVersioned()
    {
        QVERIFY(scalar(QStringLiteral("PRAGMA user_version")) >= 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM change_log")), 0); // the seed is the baseline
    }

    void serverReusesASeededFolder()
    {
        ServerLauncher server;
        QVERIFY(server.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        server.stop();
        QVERIFY(server.standardError().contains(QStringLiteral("already seeded")));
    }
};

QTEST_GUILESS_MAIN(TestServerSeed)
#include "tst_serverseed.moc"
