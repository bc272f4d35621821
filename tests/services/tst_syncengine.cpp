#include "services/cache/archiverepository.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/contactrepository.h"
#include "services/cache/institutionrepository.h"
#include "services/cache/profilelock.h"
#include "services/cache/syncstaterepository.h"
#include "services/sync/syncengine.h"
#include "tests/support/fakeclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace hpo;

namespace {
const QDateTime t0(QDate(2026, 12, 8), QTime(10, 0), QTimeZone::utc());
const QString scope = QStringLiteral("person-1@http://127.0.0.1");

QJsonObject institutionJson(const QString &code, const QString &name)
{
    Institution i;
    i.code = code;
    i.kind = Institution::Kind::School;
    i.name = name;
    i.visitingAddress = {QStringLiteral("Kerkstraat"), QStringLiteral("1"), QStringLiteral("1234 AB"),
                         QStringLiteral("Amsterdam")};
    i.boardCode = QStringLiteral("41775");
    return i.toJson();
}

QJsonObject archiveJson(const QString &id, const QString &institution, const QString &subject)
{
    ArchiveItem a;
    a.id = id;
    a.institutionCode = institution;
    a.kind = ArchiveItem::Kind::Document;
    a.direction = ArchiveItem::Direction::ToDuo;
    a.subject = subject;
    a.sentAt = t0;
    a.sender = QStringLiteral("school");
    a.recipient = QStringLiteral("DUO");
    a.body = QStringLiteral("inhoud");
    return a.toJson();
}

QJsonObject entry(qint64 seq, const QString &entity, const QString &institution, const QString &id,
                  const QJsonObject &data)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("institution"), institution},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"), data.isEmpty() ? QStringLiteral("delete") : QStringLiteral("upsert")},
            {QStringLiteral("version"), data.value(QStringLiteral("version")).toInt(1)},
            {QStringLiteral("data"), data.isEmpty() ? QJsonValue() : QJsonValue(data)}};
}

QByteArray page(const QJsonArray &entries, const QString &cursor, bool hasMore)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("entries"), entries},
                                      {QStringLiteral("cursor"), cursor},
                                      {QStringLiteral("hasMore"), hasMore}})
        .toJson(QJsonDocument::Compact);
}

// Serves canned pages by cursor; "410" as a body answers Gone; "500" answers a server
// error at once (before the page that asked for it has been written).
struct FakeFeed
{
    QHash<QString, QByteArray> pages; // cursor ("" = snapshot) → body
    QStringList asked;

    SyncEngine::PageFetcher fetcher()
    {
        return [this](const QString &cursor, QObject *context, ApiClient::Callback done) {
            asked.append(cursor);
            const QByteArray body = pages.value(cursor, "410");
            if (body == "500") {
                done(ApiError {{QStringLiteral("server-error"), QStringLiteral("boom"), {}}, 500, {}, {}});
                return;
            }
            QTimer::singleShot(0, context, [body, done] {
                if (body == "410")
                    done(ApiError {
                        {QStringLiteral("cursor-expired"), QStringLiteral("gone"), {}}, 410, {}, {}});
                else
                    done(ApiResponse {200, body, "application/json", {}, {}});
            });
        };
    }
};
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    test::FakeClock m_clock {t0};
    FakeFeed m_feed;

    bool runSync(SyncEngine &engine, Error *error = nullptr)
    {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.syncNow();
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 10000))
            return false;
        if (!failed.isEmpty() && error)
            *error = failed.first().first().value<Error>();
        return failed.isEmpty();
    }

    qint64 archiveCount(const QString &code)
    {
        return ArchiveRepository(m_cache->database()).count(code).value();
    }

private Q_SLOTS:
    void init()
    {
        m_feed = FakeFeed {};
        const QString profile = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        auto cache = CacheDatabase::open(profile);
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
        m_feed.pages.insert(
            {},
            page({entry(1, QStringLiteral("institution"), QStringLiteral("16AH"), QStringLiteral("16AH"),
                        institutionJson(QStringLiteral("16AH"), QStringLiteral("A"))),
                  entry(1, QStringLiteral("institution"), QStringLiteral("17BB"), QStringLiteral("17BB"),
                        institutionJson(QStringLiteral("17BB"), QStringLiteral("B")))},
                 QStringLiteral("s1"), true));
        m_feed.pages.insert(
            QStringLiteral("s1"),
            page({entry(1, QStringLiteral("archive"), QStringLiteral("16AH"), QStringLiteral("a1"),
                        archiveJson(QStringLiteral("a1"), QStringLiteral("16AH"), QStringLiteral("één"))),
                  entry(1, QStringLiteral("archive"), QStringLiteral("17BB"), QStringLiteral("a2"),
                        archiveJson(QStringLiteral("a2"), QStringLiteral("17BB"), QStringLiteral("twee")))},
                 QStringLiteral("c5"), false));
        m_feed.pages.insert(QStringLiteral("c5"), page({}, QStringLiteral("c5"), false));
    }

    void cleanup() { m_cache.reset(); }

    void fullSyncThenNoChange()
    {
        const QString profile = QFileInfo(m_cache->filePath()).path();
        SyncEngine engine(*m_cache, profile, scope, m_feed.fetcher(), m_clock);
        QSignalSpy started(&engine, &SyncEngine::started);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QList<std::pair<Collection, QString>> announced;
        connect(m_cache.get(), &CacheDatabase::changed, this,
                [&announced](Collection c, const QString &code) {
                    announced.append({c, code});
                });
        QVERIFY(runSync(engine));
        QCOMPARE(started.first().first().toBool(), true);
        QCOMPARE(progress.size(), 2);
        const auto summary = finished.first().first().value<SyncEngine::Summary>();
        QCOMPARE(summary.pages, 2);
        QCOMPARE(summary.upserts, 4);
        QCOMPARE(summary.requests, 2);
        QCOMPARE(InstitutionRepository(m_cache->database()).all().value().size(), 2);
        QCOMPARE(archiveCount(QStringLiteral("16AH")), 1);
        QCOMPARE(SyncStateRepository(m_cache->database()).load(scope).value().cursor, QStringLiteral("c5"));
        QVERIFY(announced.contains({Collection::Archive, QStringLiteral("17BB")}));
        QVERIFY(announced.contains({Collection::Institutions, QStringLiteral("16AH")}));
        QCOMPARE(ArchiveRepository(m_cache->database())
                     .search(QStringLiteral("16AH"), QStringLiteral("een"), 5)
                     .value()
                     .size(),
                 1);

        // No change: one request, nothing written.
        QFile file(m_cache->filePath() + QStringLiteral("-wal"));
        const qint64 walBefore = QFileInfo(file).size();
        const int changesBefore = int(announced.size());
        m_feed.asked.clear();
        QVERIFY(runSync(engine));
        QCOMPARE(m_feed.asked, QStringList {QStringLiteral("c5")});
        const auto second = finished.last().first().value<SyncEngine::Summary>();
        QCOMPARE(second.full, false);
        QCOMPARE(second.upserts + second.deletes, 0);
        QCOMPARE(QFileInfo(file).size(), walBefore);
        QCOMPARE(announced.size(), changesBefore);
    }

    void goneStartsFullResync()
    {
        const QString profile = QFileInfo(m_cache->filePath()).path();
        SyncEngine engine(*m_cache, profile, scope, m_feed.fetcher(), m_clock);
        QVERIFY(runSync(engine));
        // The server forgot c5; its new snapshot no longer has 17BB.
        m_feed.pages.remove(QStringLiteral("c5"));
        m_feed.pages.insert(
            {},
            page({entry(9, QStringLiteral("institution"), QStringLiteral("16AH"), QStringLiteral("16AH"),
                        institutionJson(QStringLiteral("16AH"), QStringLiteral("A2")))},
                 QStringLiteral("c9"), false));
        m_feed.asked.clear();
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(runSync(engine));
        QCOMPARE(m_feed.asked, (QStringList {QStringLiteral("c5"), QString()}));
        QVERIFY(finished.first().first().value<SyncEngine::Summary>().full);
        const auto all = InstitutionRepository(m_cache->database()).all().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().name, QStringLiteral("A2"));
        QCOMPARE(archiveCount(QStringLiteral("17BB")), 0);
        QCOMPARE(SyncStateRepository(m_cache->database()).load(scope).value().cursor, QStringLiteral("c9"));
    }

    void refusedEntryIsSkippedAndCounted()
    {
        QJsonObject broken
            = archiveJson(QStringLiteral("a3"), QStringLiteral("16AH"), QStringLiteral("drie"));
        broken.insert(QStringLiteral("kind"), QStringLiteral("fax"));
        m_feed.pages.insert(
            QStringLiteral("s1"),
            page({entry(2, QStringLiteral("archive"), QStringLiteral("16AH"), QStringLiteral("a1"),
                        archiveJson(QStringLiteral("a1"), QStringLiteral("16AH"), QStringLiteral("één"))),
                  entry(3, QStringLiteral("archive"), QStringLiteral("16AH"), QStringLiteral("a3"), broken)},
                 QStringLiteral("c5"), false));
        const QString profile = QFileInfo(m_cache->filePath()).path();
        SyncEngine engine(*m_cache, profile, scope, m_feed.fetcher(), m_clock);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(runSync(engine));
        const auto summary = finished.first().first().value<SyncEngine::Summary>();
        QCOMPARE(summary.rejected, 1);
        QVERIFY(summary.firstRejection.has_value());
        QCOMPARE(summary.firstRejection->code, QStringLiteral("feed-entry-invalid"));
        QVERIFY2(summary.firstRejection->field.contains(QStringLiteral("seq=3")),
                 qPrintable(summary.firstRejection->field));
        QCOMPARE(archiveCount(QStringLiteral("16AH")), 1); // a1 stored, a3 not
        QCOMPARE(SyncStateRepository(m_cache->database()).load(scope).value().cursor, QStringLiteral("c5"));
    }

    void unreadablePageKeepsCursorAtLastGoodPage()
    {
        m_feed.pages.insert(QStringLiteral("s1"), QByteArray("{\"entries\": [oops"));
        const QString profile = QFileInfo(m_cache->filePath()).path();
        SyncEngine engine(*m_cache, profile, scope, m_feed.fetcher(), m_clock);
        Error error;
        QVERIFY(!runSync(engine, &error));
        QCOMPARE(error.code, QStringLiteral("invalid-json"));
        QCOMPARE(SyncStateRepository(m_cache->database()).load(scope).value().cursor, QStringLiteral("s1"));
        QCOMPARE(InstitutionRepository(m_cache->database()).all().value().size(), 2);
        QVERIFY(!engine.isRunning());
    }

    void institutionDeletePurges()
    {
        const QString profile = QFileInfo(m_cache->filePath()).path();
        SyncEngine engine(*m_cache, profile, scope, m_feed.fetcher(), m_clock);
        QVERIFY(runSync(engine));
        m_feed.pages.insert(
            QStringLiteral("c5"),
            page({entry(6, QStringLiteral("institution"), QStringLiteral("17BB"), QStringLiteral("17BB"), {}),
                  entry(7, QStringLiteral("somethingNew"), QStringLiteral("16AH"), QStringLiteral("x"),
                        QJsonObject {{QStringLiteral("a"), 1}})},
                 QStringLiteral("c7"), false));
        QVERIFY(runSync(engine));
        QCOMPARE(archiveCount(QStringLiteral("17BB")), 0);
        QCOMPARE(InstitutionRepository(m_cache->database()).all().value().size(), 1);
        QCOMPARE(SyncStateRepository(m_cache->database()).load(scope).value().cursor, QStringLiteral("c7"));
    }

    // The next page is fetched while the worker writes the current one; when that fetch
    // fails, the failure waits for the page being written: it is stored with its cursor and
    // announced, and only then is the sync failed and the profile lock released.
    void fetchFailureWaitsForThePageBeingWritten()
    {
        m_feed.pages.insert(QStringLiteral("s1"), QByteArray("500"));
        const QString profile = QFileInfo(m_cache->filePath()).path();
        SyncEngine engine(*m_cache, profile, scope, m_feed.fetcher(), m_clock);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        Error error;
        QVERIFY(!runSync(engine, &error));
        QCOMPARE(error.code, QStringLiteral("server-error"));
        QCOMPARE(m_feed.asked, (QStringList {QString(), QStringLiteral("s1")}));
        QCOMPARE(progress.size(), 1);
        QCOMPARE(SyncStateRepository(m_cache->database()).load(scope).value().cursor, QStringLiteral("s1"));
        QCOMPARE(InstitutionRepository(m_cache->database()).all().value().size(), 2);
        QVERIFY(!engine.isRunning());
        QVERIFY(ProfileLock::acquire(profile, std::chrono::milliseconds(0)).ok());
    }

    void lockedProfileRefuses()
    {
        const QString profile = QFileInfo(m_cache->filePath()).path();
        auto held = ProfileLock::acquire(profile, std::chrono::milliseconds(0));
        QVERIFY(held.ok());
        SyncEngine engine(*m_cache, profile, scope, m_feed.fetcher(), m_clock);
        Error error;
        QVERIFY(!runSync(engine, &error));
        QCOMPARE(error.code, QStringLiteral("profile-locked"));
        QVERIFY(m_feed.asked.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
