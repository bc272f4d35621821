#include "services/cache/cacheconnection.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/cacheschema.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using hpo::CacheConnection;
using hpo::CacheDatabase;
using hpo::CacheSchema;
using hpo::Status;

namespace {
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

void insertArchiveItem(const QSqlDatabase &db, const QString &id, const QString &subject,
                       const QString &sender, const QString &body)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO archive_items (id, institution_code, kind, direction, sent_at, subject, sender, body, "
        "version, data) VALUES (?, '16AH', 'email', 'from-duo', '2026-01-01T10:00:00.000Z', ?, ?, ?, 1, "
        "'{}')"));
    query.addBindValue(id);
    query.addBindValue(subject);
    query.addBindValue(sender);
    query.addBindValue(body);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

QStringList search(const QSqlDatabase &db, const QString &match)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT a.id FROM archive_fts JOIN archive_items a ON a.rowid = archive_fts.rowid "
                       "WHERE archive_fts MATCH ? ORDER BY a.id"));
    query.addBindValue(match);
    QStringList ids;
    if (!query.exec())
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}
} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The probes CacheDatabase::open runs: this SQLite passes both, and a probe that could not
    // tell would fail here rather than let every open fail.
    void sqliteFeatureProbes()
    {
        auto probe = CacheConnection::open(QStringLiteral(":memory:"), QStringLiteral("feature-probe"));
        QVERIFY(probe.ok());
        QSqlDatabase db = probe.value()->database();
        const Status fts = CacheSchema::checkFts5(db);
        QVERIFY2(fts.ok(), qPrintable(fts.ok() ? QString() : fts.error().message));
        const Status json = CacheSchema::checkJson(db);
        QVERIFY2(json.ok(), qPrintable(json.ok() ? QString() : json.error().message));
    }

    void createsFreshFileWithPragmas()
    {
        QTemporaryDir dir;
        auto cache = CacheDatabase::open(dir.filePath(QStringLiteral("profile")));
        QVERIFY2(cache.ok(), qPrintable(cache ? QString() : cache.error().message));
        const CacheDatabase &db = *cache.value();
        QCOMPARE(db.openReport().versionBefore, 0);
        QCOMPARE(db.openReport().version, hpo::CacheSchema::latestVersion());
        QVERIFY(!db.openReport().recreated);
        QVERIFY(QFile::exists(db.filePath()));
        QCOMPARE(scalar(db.database(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db.database(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char *table : {"institutions", "branches", "contacts", "news", "archive_items",
                                  "archive_fts", "archive_bodies", "archive_attachments", "contact_moments",
                                  "evaluations", "gtb", "sync_state", "http_etags", "outbox", "accounts"}) {
            QVERIFY2(scalar(db.database(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                .arg(QLatin1String(table)))
                             .toInt()
                         == 1,
                     table);
        }
        QCOMPARE(scalar(db.database(), QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        {
            auto cache = CacheDatabase::open(dir.path());
            QVERIFY(cache.ok());
            insertArchiveItem(cache.value()->database(), QStringLiteral("a1"), QStringLiteral("s"),
                              QStringLiteral("x"), QStringLiteral("b"));
        }
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache.ok());
        QCOMPARE(cache.value()->openReport().versionBefore, hpo::CacheSchema::latestVersion());
        QCOMPARE(
            scalar(cache.value()->database(), QStringLiteral("SELECT count(*) FROM archive_items")).toInt(),
            1);
    }

    void fullTextSearchFoldsAccents_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain finds accented")
            << QStringLiteral("ruimtelijke") << QStringList {QStringLiteral("a1")};
        QTest::newRow("accented query finds plain")
            << QStringLiteral("rééel") << QStringList {QStringLiteral("a2")};
        QTest::newRow("prefix") << QStringLiteral("financ*") << QStringList {QStringLiteral("a2")};
        QTest::newRow("sender column") << QStringLiteral("sender:jose") << QStringList {QStringLiteral("a1")};
        QTest::newRow("case") << QStringLiteral("CAFE") << QStringList {QStringLiteral("a1")};
        QTest::newRow("nothing") << QStringLiteral("zebra") << QStringList {};
    }

    void fullTextSearchFoldsAccents()
    {
        QFETCH(QString, match);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache.ok());
        const QSqlDatabase db = cache.value()->database();
        insertArchiveItem(db, QStringLiteral("a1"), QStringLiteral("Ruimtelijke ordening café"),
                          QStringLiteral("José Müller"), QStringLiteral("De brief over het gebouw."));
        insertArchiveItem(db, QStringLiteral("a2"), QStringLiteral("Financiën"), QStringLiteral("DUO"),
                          QStringLiteral("Een reeel bedrag"));
        QCOMPARE(search(db, match), expected);
    }

    void fullTextIndexFollowsUpdatesAndDeletes()
    {
        QTemporaryDir dir;
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache.ok());
        QSqlDatabase db = cache.value()->database();
        insertArchiveItem(db, QStringLiteral("a1"), QStringLiteral("oud onderwerp"), QStringLiteral("x"),
                          QStringLiteral("b"));
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("UPDATE archive_items SET subject = 'nieuw onderwerp' WHERE id = 'a1'")));
        QCOMPARE(search(db, QStringLiteral("oud")), QStringList {});
        QCOMPARE(search(db, QStringLiteral("nieuw")), QStringList {QStringLiteral("a1")});
        QVERIFY(query.exec(QStringLiteral("DELETE FROM archive_items WHERE id = 'a1'")));
        QCOMPARE(search(db, QStringLiteral("nieuw")), QStringList {});
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM archive_items")).toInt(), 0);
        // The external-content index agrees with its table.
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO archive_fts(archive_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void foreignKeysCascadeFromArchiveItems()
    {
        QTemporaryDir dir;
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache.ok());
        QSqlDatabase db = cache.value()->database();
        insertArchiveItem(db, QStringLiteral("a1"), QStringLiteral("s"), QStringLiteral("x"),
                          QStringLiteral("b"));
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO archive_attachments (item_id, idx, file_name, media_type, "
                                      "size) VALUES ('a1', 0, 'a.pdf', 'application/pdf', 10)")));
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO archive_attachments (item_id, idx, file_name, media_type, "
                           "size) VALUES ('nope', 0, 'a.pdf', 'application/pdf', 10)")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM archive_items")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM archive_attachments")).toInt(), 0);
    }

    void garbageFileIsSetAsideAndRecreated()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(CacheDatabase::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY2(cache.ok(), qPrintable(cache ? QString() : cache.error().message));
        const hpo::CacheOpenReport &report = cache.value()->openReport();
        QVERIFY(report.recreated);
        QVERIFY(!report.damageReason.isEmpty());
        QVERIFY(report.damagedFilePath.startsWith(dir.filePath(QStringLiteral("cache.sqlite.damaged-"))));
        QFile aside(report.damagedFilePath);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), QByteArray(8192, 'x'));
        QCOMPARE(report.versionBefore, 0);
        QCOMPARE(report.version, hpo::CacheSchema::latestVersion());
    }

    void corruptPagesAreSetAsideAndRecreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(CacheDatabase::fileName());
        {
            auto cache = CacheDatabase::open(dir.path());
            QVERIFY(cache.ok());
            QSqlDatabase db = cache.value()->database();
            QVERIFY(db.transaction());
            for (int i = 0; i < 400; ++i) {
                insertArchiveItem(db, QStringLiteral("a%1").arg(i), QStringLiteral("onderwerp %1").arg(i),
                                  QStringLiteral("afzender"), QString(200, u'b'));
            }
            QVERIFY(db.commit());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
                || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        // Scribble over pages in the middle of the file (not the header).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 16 * 4096);
        for (qint64 offset = 4 * 4096; offset < size - 4096; offset += 3 * 4096) {
            file.seek(offset + 100);
            file.write(QByteArray(600, '\x7f'));
        }
        file.close();

        auto cache = CacheDatabase::open(dir.path());
        QVERIFY2(cache.ok(), qPrintable(cache ? QString() : cache.error().message));
        QVERIFY(cache.value()->openReport().recreated);
        QVERIFY(QFile::exists(cache.value()->openReport().damagedFilePath));
        QCOMPARE(scalar(cache.value()->database(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(
            scalar(cache.value()->database(), QStringLiteral("SELECT count(*) FROM archive_items")).toInt(),
            0);
    }

    void schemaTooNewIsRefused()
    {
        QTemporaryDir dir;
        {
            auto cache = CacheDatabase::open(dir.path());
            QVERIFY(cache.ok());
            QSqlQuery query(cache.value()->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(!cache.ok());
        QCOMPARE(cache.error().code, QStringLiteral("cache-schema-too-new"));
        QVERIFY(QFile::exists(dir.filePath(CacheDatabase::fileName())));
    }

    void announcesChangesAcrossThreads()
    {
        QTemporaryDir dir;
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache.ok());
        CacheDatabase *db = cache.value().get();
        QSignalSpy spy(db, &CacheDatabase::changed);
        db->announce(hpo::Collection::Contacts, QStringLiteral("16AH"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<hpo::Collection>(), hpo::Collection::Contacts);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("16AH"));

        // A worker thread writes through its own connection and announces; the
        // main thread receives the announcement queued and sees the row.
        QList<std::pair<hpo::Collection, QString>> received;
        connect(db, &CacheDatabase::changed, this, [&received](hpo::Collection c, const QString &code) {
            received.append({c, code});
        });
        QString workerError;
        QThread *worker = QThread::create([db, &workerError] {
            auto connection = hpo::CacheConnection::open(db->filePath(), QStringLiteral("worker"));
            if (!connection) {
                workerError = connection.error().message;
                return;
            }
            QSqlQuery query(connection.value()->database());
            if (!query.exec(QStringLiteral("INSERT INTO gtb (institution_code, version, data) "
                                           "VALUES ('16AH', 1, '{}')")))
                workerError = query.lastError().text();
            query.finish();
            db->announce(hpo::Collection::Gtb, QStringLiteral("16AH"));
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QTRY_COMPARE(received.size(), 1); // queued from the worker thread
        QCOMPARE(received.last().first, hpo::Collection::Gtb);
        QCOMPARE(scalar(db->database(), QStringLiteral("SELECT count(*) FROM gtb")).toInt(), 1);
    }

    void filesOfListsWalAndShm()
    {
        QCOMPARE(CacheDatabase::filesOf(QStringLiteral("/p/cache.sqlite")),
                 (QStringList {QStringLiteral("/p/cache.sqlite"), QStringLiteral("/p/cache.sqlite-wal"),
                               QStringLiteral("/p/cache.sqlite-shm")}));
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
