// kill -9 of a syncing process at random moments, 30 rounds on one profile:
// after each kill the cache passes integrity_check and holds exactly the pages
// its cursor says it applied; a final run completes the sync. The test runs
// itself as the child (HPO_SYNC_CHILD=<profile dir>).
#include "services/cache/archiverepository.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/syncstaterepository.h"
#include "services/sync/syncengine.h"
#include "tests/support/fakeclock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

using namespace hpo;

namespace {
constexpr int pages = 100;
constexpr int perPage = 200;
const QString scope = QStringLiteral("crash-test");
const QDateTime t0(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());

QByteArray feedPage(int index)
{
    QJsonArray entries;
    index = std::min(index, pages); // past the end: an empty page, the same cursor
    for (int i = 0; i < perPage && index < pages; ++i) {
        const int n = index * perPage + i;
        ArchiveItem a;
        a.id = QStringLiteral("a%1").arg(n, 6, 10, QLatin1Char('0'));
        a.institutionCode = QStringLiteral("16AH");
        a.subject = QStringLiteral("Onderwerp %1 financiën").arg(n);
        a.sentAt = t0.addSecs(n);
        a.sender = QStringLiteral("DUO");
        a.recipient = QStringLiteral("school");
        a.body = QString(400, u'x');
        entries.append(QJsonObject {{QStringLiteral("seq"), n + 1},
                                    {QStringLiteral("entity"), QStringLiteral("archive")},
                                    {QStringLiteral("institution"), a.institutionCode},
                                    {QStringLiteral("id"), a.id},
                                    {QStringLiteral("op"), QStringLiteral("upsert")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("data"), a.toJson()}});
    }
    return QJsonDocument(
               QJsonObject {{QStringLiteral("entries"), entries},
                            {QStringLiteral("cursor"), QStringLiteral("p%1").arg(std::min(index + 1, pages))},
                            {QStringLiteral("hasMore"), index + 1 < pages}})
        .toJson(QJsonDocument::Compact);
}

int runChild(const QString &profile)
{
    auto cache = CacheDatabase::open(profile);
    if (!cache) {
        std::fprintf(stderr, "child: %s\n", qPrintable(cache.error().message));
        return 1;
    }
    test::FakeClock clock(t0);
    SyncEngine engine(
        *cache.value(), profile, scope,
        [](const QString &cursor, QObject *context, ApiClient::Callback done) {
            const int index = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
            QTimer::singleShot(0, context, [index, done] {
                done(ApiResponse {200, feedPage(index), "application/json", {}, {}});
            });
        },
        clock);
    int rc = 1;
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&rc] {
        rc = 0;
        QCoreApplication::quit();
    });
    QObject::connect(&engine, &SyncEngine::failed, &engine, [](const Error &error) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error.message));
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &engine,
                       [&engine] { engine.syncNow(); }); // outcomes may come at once: inside exec()
    QCoreApplication::exec();
    return rc;
}
} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcess *startChild(const QString &profile = {}, bool captureErrors = false)
    {
        auto *child = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HPO_SYNC_CHILD"), profile.isEmpty() ? m_dir.path() : profile);
        child->setProcessEnvironment(env);
        child->setProcessChannelMode(captureErrors ? QProcess::ForwardedOutputChannel
                                                   : QProcess::ForwardedChannels);
        child->start(QCoreApplication::applicationFilePath(), {});
        return child;
    }

    // integrity_check ok, and the rows are exactly the pages the cursor covers.
    void checkConsistent(int round)
    {
        auto cache = CacheDatabase::open(m_dir.path());
        QVERIFY2(cache.ok(), qPrintable(cache ? QString() : cache.error().message));
        QVERIFY2(!cache.value()->openReport().recreated,
                 qPrintable(cache.value()->openReport().damageReason));
        QSqlQuery query(cache.value()->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        query.finish();
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO archive_fts(archive_fts, rank) VALUES ('integrity-check', 1)")));
        const QString cursor = SyncStateRepository(cache.value()->database()).load(scope).value().cursor;
        const int applied = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
        const qint64 rows
            = ArchiveRepository(cache.value()->database()).count(QStringLiteral("16AH")).value();
        QVERIFY2(
            rows == qint64(applied) * perPage,
            qPrintable(QStringLiteral("round %1: cursor %2 but %3 rows").arg(round).arg(cursor).arg(rows)));
        m_lastApplied = applied;
    }

    int m_lastApplied = 0;

private Q_SLOTS:
    void killNineAtRandomMoments()
    {
        QRandomGenerator random(4711);
        int progressed = 0;
        for (int round = 0; round < 30; ++round) {
            QProcess *child = startChild();
            QVERIFY(child->waitForStarted(10000));
            QTest::qWait(int(random.bounded(10, 300)));
            if (child->state() != QProcess::NotRunning) {
                child->kill(); // SIGKILL
                QVERIFY(child->waitForFinished(10000) || child->state() == QProcess::NotRunning);
            }
            delete child;
            const int before = m_lastApplied;
            checkConsistent(round);
            if (QTest::currentTestFailed())
                return;
            progressed += m_lastApplied > before;
        }
        qInfo("pages applied before the final run: %d of %d (progress in %d rounds)", m_lastApplied, pages,
              progressed);
        QProcess *child = startChild();
        QVERIFY(child->waitForFinished(120000));
        QCOMPARE(child->exitCode(), 0);
        delete child;
        checkConsistent(99);
        QCOMPARE(m_lastApplied, pages);
    }

    void twoProcessesNeverSyncOneProfileTogether()
    {
        QTemporaryDir profile;
        // The cache exists first, so both children only race for the sync.
        QVERIFY(CacheDatabase::open(profile.path()).ok());
        QProcess *first = startChild(profile.path(), true);
        QProcess *second = startChild(profile.path(), true);
        QTRY_VERIFY_WITH_TIMEOUT(
            first->state() == QProcess::NotRunning && second->state() == QProcess::NotRunning, 120000);
        const QByteArray errors = first->readAllStandardError() + second->readAllStandardError();
        const int succeeded = (first->exitCode() == 0) + (second->exitCode() == 0);
        const qsizetype at = errors.indexOf("child:");
        qInfo("%d of 2 synced; %s", succeeded,
              at < 0 ? "no refusal" : errors.mid(at).split('\n').first().constData());
        QVERIFY(succeeded >= 1);
        if (succeeded == 1)
            QVERIFY(errors.contains("held by pid"));
        delete first;
        delete second;
        auto cache = CacheDatabase::open(profile.path());
        QVERIFY(cache.ok());
        QCOMPARE(ArchiveRepository(cache.value()->database()).count(QStringLiteral("16AH")).value(),
                 qint64(pages) * perPage);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("HPO_SYNC_CHILD");
    if (!child.isEmpty())
        return runChild(child);
    TestSyncCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_synccrash.moc"
