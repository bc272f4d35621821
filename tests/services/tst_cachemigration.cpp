#include "services/cache/cacheconnection.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/cacheschema.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hpo::CacheDatabase;
using hpo::CacheSchema;

namespace {
QString fixturePath()
{
    return QDir(qEnvironmentVariable("HPO_SOURCE_DIR", QStringLiteral(QT_TESTCASE_SOURCEDIR "/../..")))
        .filePath(QStringLiteral("tests/services/fixtures/cache-v1.sqlite"));
}

QStringList schemaOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                              "ORDER BY type, name"));
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QString(QStringLiteral("error: ") + query.lastError().text());
    return query.value(0);
}
} // namespace

class TestCacheMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Regenerates the committed fixture: HPO_WRITE_CACHE_FIXTURE=1 tst_cachemigration writeFixture
    // Only ever needed once: v1 is released and never changes.
    void writeFixture()
    {
        if (qEnvironmentVariableIsEmpty("HPO_WRITE_CACHE_FIXTURE"))
            QSKIP("set HPO_WRITE_CACHE_FIXTURE=1 to regenerate the v1 fixture");
        QFile::remove(fixturePath());
        auto connection = hpo::CacheConnection::open(fixturePath(), QStringLiteral("fixture"));
        QVERIFY(connection.ok());
        QSqlDatabase db = connection.value()->database();
        QVERIFY(CacheSchema::migrate(db, 1).ok());
        QCOMPARE(CacheSchema::version(db), 1);
        QVERIFY(
            connection.value()
                ->exec({
                    QStringLiteral("INSERT INTO institutions VALUES ('41775', 'board', 'Stichting Fixture', "
                                   "NULL, 3, 0, '{\"code\":\"41775\",\"kind\":\"board\",\"version\":3}')"),
                    QStringLiteral("INSERT INTO institutions VALUES ('16AH', 'school', 'De Fixtureschool', "
                                   "'41775', 2, 0, '{\"code\":\"16AH\",\"kind\":\"school\",\"version\":2}')"),
                    QStringLiteral(
                        "INSERT INTO branches VALUES ('16AH00', '16AH', 'Hoofdvestiging', 1, '{}')"),
                    QStringLiteral("INSERT INTO contacts VALUES ('c1', '16AH', 'jansen', 4, 0, '{}')"),
                    QStringLiteral(
                        "INSERT INTO news VALUES ('n1', NULL, '2026-11-30T09:00:00.000Z', 1, 1, 0, "
                        "'{}')"),
                    QStringLiteral(
                        "INSERT INTO archive_items (id, institution_code, kind, direction, sent_at, "
                        "subject, sender, body, body_truncated, version, data) VALUES ('a1', "
                        "'16AH', 'email', 'from-duo', '2026-10-01T08:30:00.000Z', "
                        "'Bekostiging financiën', 'DUO', 'Geachte heer Müller, ...', 0, 1, '{}')"),
                    QStringLiteral(
                        "INSERT INTO archive_attachments (item_id, idx, file_name, media_type, size) "
                        "VALUES ('a1', 0, 'brief.pdf', 'application/pdf', 12345)"),
                    QStringLiteral(
                        "INSERT INTO contact_moments VALUES ('m1', '16AH', '2026-09-01', 'closed', 1, "
                        "'{}')"),
                    QStringLiteral("INSERT INTO evaluations VALUES ('e1', '16AH', '2026-06-01', 1, '{}')"),
                    QStringLiteral("INSERT INTO gtb VALUES ('16AH', '2021-12-08', 1, '{}')"),
                    QStringLiteral("INSERT INTO sync_state VALUES ('fixture-identity', 'cursor-42', "
                                   "'2026-12-01T10:00:00.000Z', '2026-12-01T09:00:00.000Z')"),
                })
                .ok());
        QVERIFY(connection.value()
                    ->exec({QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("VACUUM")})
                    .ok());
    }

    void migratesCommittedV1Fixture()
    {
        QVERIFY2(QFile::exists(fixturePath()), qPrintable(fixturePath()));
        QTemporaryDir dir;
        const QString target = dir.filePath(CacheDatabase::fileName());
        QVERIFY(QFile::copy(fixturePath(), target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);

        auto cache = CacheDatabase::open(dir.path());
        QVERIFY2(cache.ok(), qPrintable(cache ? QString() : cache.error().message));
        const hpo::CacheOpenReport &report = cache.value()->openReport();
        QCOMPARE(report.versionBefore, 1);
        QCOMPARE(report.version, CacheSchema::latestVersion());
        QVERIFY(!report.recreated);

        const QSqlDatabase db = cache.value()->database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM institutions")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM contacts WHERE id = 'c1'")).toInt(), 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT cursor FROM sync_state")).toString(),
                 QStringLiteral("cursor-42"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT a.id FROM archive_fts JOIN archive_items a ON a.rowid = "
                                       "archive_fts.rowid WHERE archive_fts MATCH 'financien muller'"))
                     .toString(),
                 QStringLiteral("a1"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM archive_attachments")).toInt(), 1);
        // What v2 added is there and usable.
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO accounts (institution_code, kind, name, active) "
                                           "VALUES ('16AH', 'school', 'De Fixtureschool', 1)")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QSqlQuery fk(db);
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!fk.next());

        // A migrated file has exactly the schema of a fresh one.
        QTemporaryDir freshDir;
        auto fresh = CacheDatabase::open(freshDir.path());
        QVERIFY(fresh.ok());
        QCOMPARE(schemaOf(db), schemaOf(fresh.value()->database()));
    }

    void eachMigrationStepCommitsItsVersion()
    {
        QTemporaryDir dir;
        auto connection = hpo::CacheConnection::open(dir.filePath(QStringLiteral("steps.sqlite")),
                                                     QStringLiteral("steps"));
        QVERIFY(connection.ok());
        QSqlDatabase db = connection.value()->database();
        QCOMPARE(CacheSchema::version(db), 0);
        for (int v = 1; v <= CacheSchema::latestVersion(); ++v) {
            QVERIFY(CacheSchema::migrate(db, v).ok());
            QCOMPARE(CacheSchema::version(db), v);
        }
        QVERIFY(CacheSchema::migrate(db).ok()); // nothing left to do
    }
};

QTEST_GUILESS_MAIN(TestCacheMigration)
#include "tst_cachemigration.moc"
