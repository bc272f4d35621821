// ArchiveDocumentService against the real helpdeskpo-server, signed in as the seeded
// school-admin (school 16AH, one archive body over 64 KiB): whole bodies and attachments
// fetched once and then served from the profile without requests, also after a restart
// of the service and with the server stopped; least-recently-used eviction within a
// tiny budget; a kept file deleted behind the service's back is fetched again; a write
// failure leaves no file; a feed delete (of the item, or of the school) hands the
// stored files over for deletion.
#include "models/domain/systemclock.h"
#include "services/api/apiclient.h"
#include "services/archive/archivedocumentservice.h"
#include "services/auth/authservice.h"
#include "services/auth/memorytokenstore.h"
#include "services/auth/testbrokerbrowser.h"
#include "services/cache/archiverepository.h"
#include "services/cache/cacheconnection.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/syncstaterepository.h"
#include "services/demo/serverprocess.h"
#include "services/sync/feedapplier.h"
#include "services/sync/feedpage.h"
#include "services/sync/syncengine.h"
#include "tests/support/fakeclock.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace hpo;

namespace {
struct Attachment
{
    QString itemId;
    int index = 0;
    qint64 size = 0;
};
} // namespace

class TestArchiveDocuments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_data;
    QTemporaryDir m_profile;
    QUrl m_base;
    QNetworkAccessManager m_nam;
    SystemClock m_systemClock;
    test::FakeClock m_clock {QDateTime(QDate(2030, 1, 1), QTime(8, 0), QTimeZone::utc())};
    MemoryTokenStore m_tokens;
    std::unique_ptr<TestBrokerBrowser> m_browser;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<CacheDatabase> m_cache;
    QString m_code;
    QString m_truncatedId;
    QList<Attachment> m_attachments; // of m_code, distinct items first
    int m_requests = 0;
    qint64 m_seq = 1000;

    ArchiveDocumentService::Sender sender()
    {
        return [this](const ApiRequest &request, QObject *context, ApiClient::Callback done) {
            ++m_requests;
            m_auth->send(request, context, std::move(done));
        };
    }

    std::unique_ptr<ArchiveDocumentService> service(qint64 budget
                                                    = ArchiveDocumentService::defaultBudgetBytes)
    {
        return std::make_unique<ArchiveDocumentService>(*m_cache, m_profile.path(), sender(), m_clock,
                                                        budget);
    }

    static ArchiveDocumentService::ItemAnswer whole(ArchiveDocumentService &s, const QString &code,
                                                    const QString &id)
    {
        std::optional<ArchiveDocumentService::ItemAnswer> answer;
        s.wholeItem(code, id, &s, [&answer](const ArchiveDocumentService::ItemAnswer &a) { answer = a; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        }();
        return answer.value_or(ArchiveDocumentService::ItemAnswer {});
    }

    Result<QString> fetch(ArchiveDocumentService &s, const Attachment &a)
    {
        std::optional<Result<QString>> answer;
        s.attachment(m_code, a.itemId, a.index, &s, [&answer](const Result<QString> &r) { answer = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        }();
        return answer.value_or(Result<QString>(Error {QStringLiteral("test-hang"), {}, {}}));
    }

    QString storedPath(const Attachment &a) const
    {
        QSqlQuery query(m_cache->database());
        query.prepare(
            QStringLiteral("SELECT stored_path FROM archive_attachments WHERE item_id = ? AND idx = ?"));
        query.addBindValue(a.itemId);
        query.addBindValue(a.index);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0).toString();
    }

    QStringList filesUnderAttachments() const
    {
        QStringList out;
        QDirIterator it(QDir(m_profile.path()).filePath(QStringLiteral("attachments")), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(it.next());
        return out;
    }

    // The cached item `id` as the feed would send it changed by `edit`, at the next version.
    FeedEntry changedEntry(const QString &id, const std::function<void(QJsonObject &)> &edit)
    {
        const auto found = ArchiveRepository(m_cache->database()).find(id);
        if (!found || !found.value())
            return {};
        QJsonObject data = found.value()->toJson();
        edit(data);
        FeedEntry entry;
        entry.seq = ++m_seq;
        entry.entity = QStringLiteral("archive");
        entry.institution = m_code;
        entry.id = id;
        entry.op = FeedEntry::Op::Upsert;
        entry.version = found.value()->version + 1;
        data.insert(QStringLiteral("version"), entry.version);
        entry.data = data;
        return entry;
    }

    // What a sync applying `entry` does to the cache (without the files, see feedChangeDeletesStoredFile).
    bool applyChange(const FeedEntry &entry)
    {
        FeedPage page;
        page.entries.append(entry);
        page.cursor = QStringLiteral("test-cursor-%1").arg(entry.seq);
        return FeedApplier(m_cache->database())
            .apply(page, QStringLiteral("test-scope"), m_systemClock.now(), false)
            .ok();
    }

    static void renameAttachment(QJsonObject &data, int index, const QString &name)
    {
        QJsonArray attachments = data.value(QStringLiteral("attachments")).toArray();
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            QJsonObject a = attachments.at(i).toObject();
            if (a.value(QStringLiteral("index")).toInt() == index)
                a.insert(QStringLiteral("fileName"), name);
            attachments[i] = a;
        }
        data.insert(QStringLiteral("attachments"), attachments);
    }

    void dropEverythingKept()
    {
        auto none = service(0);
        QVERIFY(none->enforceBudget().ok());
        QCOMPARE(none->keptBytes().value(), qint64(0));
        QVERIFY(filesUnderAttachments().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(
            QDir(qEnvironmentVariable("HPO_BIN_DIR")).filePath(QStringLiteral("helpdeskpo-server")));
        m_server->start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--test-broker"),
                         QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")},
                        120000);
        QVERIFY2(m_server->waitUntilReady(120000), qPrintable(m_server->errorMessage()));
        m_base = m_server->url();

        m_api = std::make_unique<ApiClient>(
            m_nam, m_base, [this] { return m_auth ? m_auth->accessToken() : QString(); }, nullptr);
        std::optional<ApiResult> meta;
        m_api->send(ApiRequest::get(QStringLiteral("/api/v1/meta")), this,
                    [&meta](const ApiResult &r) { meta = r; });
        QTRY_VERIFY(meta.has_value());
        QVERIFY(meta->ok());
        const auto endpoints = AuthEndpoints::fromMeta(meta->response().object().value());
        QVERIFY(endpoints.ok());
        m_auth = std::make_unique<AuthService>(
            *m_api, m_tokens, m_systemClock,
            [this](const QUrl &url) {
                m_browser = std::make_unique<TestBrokerBrowser>(m_nam, QStringLiteral("school-admin"));
                return m_browser->open(url);
            },
            endpoints.value());
        QSignalSpy signedIn(m_auth.get(), &AuthService::signedIn);
        m_auth->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);

        auto cache = CacheDatabase::open(m_profile.path());
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
        SyncEngine engine(*m_cache, m_profile.path(), m_auth->identity() + u'@' + m_base.toString(),
                          SyncEngine::feedFetcher(*m_auth), m_systemClock);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 300000);
        QVERIFY(failed.isEmpty());

        QSqlQuery query(m_cache->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT institution_code, id FROM archive_items WHERE body_truncated = 1 ORDER BY id")));
        QVERIFY2(query.next(), "no cut body in the seeded archive");
        m_code = query.value(0).toString();
        m_truncatedId = query.value(1).toString();
        QCOMPARE(m_code, QStringLiteral("16AH"));
        query.prepare(
            QStringLiteral("SELECT a.item_id, a.idx, a.size FROM archive_attachments a JOIN archive_items i "
                           "ON i.id = a.item_id "
                           "WHERE i.institution_code = ? AND a.size > 0 ORDER BY a.item_id, a.idx"));
        query.addBindValue(m_code);
        QVERIFY(query.exec());
        while (query.next() && m_attachments.size() < 5)
            m_attachments.append(
                {query.value(0).toString(), query.value(1).toInt(), query.value(2).toLongLong()});
        QVERIFY2(m_attachments.size() == 5, "too few attachments in the seeded archive");
    }

    void cleanupTestCase()
    {
        m_server.reset(); // stops it
    }

    void wholeBodyFetchedOnceAndKept()
    {
        auto s = service();
        QSignalSpy changed(m_cache.get(), &CacheDatabase::changed);
        const int before = m_requests;
        const auto first = whole(*s, m_code, m_truncatedId);
        QVERIFY2(!first.error, qPrintable(first.error ? first.error->message : QString()));
        QVERIFY(first.item);
        QVERIFY(!first.item->bodyTruncated);
        QVERIFY(first.item->body.toUtf8().size() > ArchiveItem::maxFeedBodyBytes);
        QCOMPARE(m_requests, before + 1);
        QTest::qWait(50);
        QVERIFY(changed.isEmpty()); // no list shows bodies: nothing to announce

        auto again = service();
        const auto second = whole(*again, m_code, m_truncatedId);
        QVERIFY(!second.error);
        QCOMPARE(second.item->body, first.item->body);
        QCOMPARE(m_requests, before + 1);

        // A whole feed body needs no request at all; an unknown item is a clear error.
        QSqlQuery query(m_cache->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM archive_items WHERE body_truncated = 0 LIMIT 1")));
        QVERIFY(query.next());
        const auto plain = whole(*again, m_code, query.value(0).toString());
        QVERIFY(!plain.error);
        QCOMPARE(m_requests, before + 1);
        const auto unknown = whole(*again, m_code, QStringLiteral("no-such-item"));
        QVERIFY(unknown.error);
        QCOMPARE(unknown.error->code, QStringLiteral("archive-not-cached"));
    }

    void attachmentFetchedOnceAndReused()
    {
        const Attachment a = m_attachments.at(0);
        const int before = m_requests;
        QString path;
        {
            auto s = service();
            const auto first = fetch(*s, a);
            QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
            path = first.value();
            QCOMPARE(QFileInfo(path).size(), a.size);
            QVERIFY(path.startsWith(QDir(m_profile.path()).filePath(QStringLiteral("attachments/"))));
            QCOMPARE(m_requests, before + 1);
            const auto second = fetch(*s, a);
            QVERIFY(second.ok());
            QCOMPARE(second.value(), path);
            QCOMPARE(m_requests, before + 1);
        }
        // A new service (a restart) reuses the kept file.
        auto restarted = service();
        const auto third = fetch(*restarted, a);
        QVERIFY(third.ok());
        QCOMPARE(third.value(), path);
        QCOMPARE(m_requests, before + 1);

        // Save as: a copy at the chosen place, still no request.
        QTemporaryDir target;
        const QString copy = target.filePath(QStringLiteral("copy.bin"));
        std::optional<Result<QString>> saved;
        restarted->saveAttachmentAs(m_code, a.itemId, a.index, copy, this,
                                    [&saved](const Result<QString> &r) { saved = r; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(saved->ok());
        QCOMPARE(saved->value(), copy);
        QFile original(path), copied(copy);
        QVERIFY(original.open(QIODevice::ReadOnly) && copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), original.readAll());
        QCOMPARE(m_requests, before + 1);

        // Two callers at once: one request.
        const Attachment b = m_attachments.at(1);
        std::optional<Result<QString>> one, two;
        restarted->attachment(m_code, b.itemId, b.index, this, [&one](const Result<QString> &r) { one = r; });
        restarted->attachment(m_code, b.itemId, b.index, this, [&two](const Result<QString> &r) { two = r; });
        QTRY_VERIFY(one.has_value() && two.has_value());
        QVERIFY(one->ok() && two->ok());
        QCOMPARE(m_requests, before + 2);

        // An index the item does not list.
        const auto missing = fetch(*restarted, {a.itemId, 999, 0});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("attachment-not-listed"));
    }

    void missingFileIsFetchedAgain()
    {
        const Attachment a = m_attachments.at(0);
        auto s = service();
        const auto first = fetch(*s, a);
        QVERIFY(first.ok());
        QVERIFY(QFile::remove(first.value()));
        const int before = m_requests;
        const auto again = fetch(*s, a);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(m_requests, before + 1);
        QCOMPARE(QFileInfo(again.value()).size(), a.size);
    }

    void leastRecentlyUsedDroppedFirst()
    {
        dropEverythingKept();
        // a: any, b: the smallest, c: the largest of three, so a+b fits and a+b+c does not.
        QList<Attachment> three = m_attachments.mid(2, 3);
        std::sort(three.begin(), three.end(),
                  [](const Attachment &x, const Attachment &y) { return x.size < y.size; });
        const Attachment b = three.at(0), a = three.at(1), c = three.at(2);
        const qint64 budget = a.size + c.size;
        auto s = service(budget);
        QVERIFY(fetch(*s, a).ok());
        m_clock.advanceBy(1000);
        QVERIFY(fetch(*s, b).ok());
        m_clock.advanceBy(1000);
        QVERIFY(fetch(*s, a).ok()); // a is used again: b is now the least recently used
        m_clock.advanceBy(1000);
        QVERIFY(fetch(*s, c).ok());
        QVERIFY(!storedPath(a).isEmpty());
        QVERIFY(storedPath(b).isEmpty());
        QVERIFY(!storedPath(c).isEmpty());
        QVERIFY(QFileInfo::exists(QDir(m_profile.path()).filePath(storedPath(a))));
        QCOMPARE(filesUnderAttachments().size(), 2);
        QVERIFY(s->keptBytes().value() <= budget);

        // A file bigger than the whole budget is kept until the next eviction.
        auto tiny = service(1);
        m_clock.advanceBy(1000);
        const auto big = fetch(*tiny, b);
        QVERIFY(big.ok());
        QVERIFY(QFileInfo::exists(big.value()));
        QCOMPARE(filesUnderAttachments(), QStringList {big.value()});
        m_clock.advanceBy(1000);
        const auto next = fetch(*tiny, a);
        QVERIFY(next.ok());
        QVERIFY(!QFileInfo::exists(big.value()));
        QCOMPARE(filesUnderAttachments(), QStringList {next.value()});
    }

    void writeFailureLeavesNoFile()
    {
        dropEverythingKept();
        const Attachment a = m_attachments.at(1);
        const QString relative
            = ArchiveDocumentService::storedPathFor(a.itemId, a.index, QStringLiteral("x"));
        const QString itemDir = QDir(m_profile.path()).filePath(relative.section(u'/', 0, 2));
        QVERIFY(QDir(itemDir).removeRecursively());
        QVERIFY(QDir().mkpath(QFileInfo(itemDir).absolutePath()));
        // A plain file where the attachment's folder would go: creating the folder fails even for root.
        QFile blocker(itemDir);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto s = service();
        const auto result = fetch(*s, a);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("file-write-failed"));
        QVERIFY(storedPath(a).isEmpty());
        QCOMPARE(filesUnderAttachments(), QStringList {itemDir}); // the blocker alone, no partial file
        QVERIFY(QFile::remove(itemDir));
    }

    void unrecordedFilesAreSwept()
    {
        const Attachment a = m_attachments.at(0);
        auto s = service();
        const auto kept = fetch(*s, a);
        QVERIFY(kept.ok());
        // A copy no row records any more (its attachment was renamed): old, and just written.
        const QString stray = QDir(m_profile.path()).filePath(QStringLiteral("attachments/gone/0/old.pdf"));
        const QString fresh = QDir(m_profile.path()).filePath(QStringLiteral("attachments/gone/1/new.pdf"));
        for (const QString &path : {stray, fresh}) {
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        {
            QFile old(stray);
            QVERIFY(old.open(QIODevice::ReadWrite));
            QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1),
                                    QFileDevice::FileModificationTime));
        }
        QSignalSpy swept(s.get(), &ArchiveDocumentService::swept);
        s->sweepUnrecorded();
        QTRY_COMPARE(swept.size(), 1);
        QCOMPARE(swept.first().first().toInt(), 1);
        QVERIFY(!QFile::exists(stray));
        QVERIFY(QFile::exists(fresh)); // within the grace period
        QVERIFY(QFile::exists(kept.value()));
        QVERIFY(QFile::remove(fresh));
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << QStringLiteral("Verslag 2024-01.pdf")
                               << QStringLiteral("Verslag 2024-01.pdf");
        QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("backslash path") << QStringLiteral("..\\..\\x.exe") << QStringLiteral("x.exe");
        QTest::newRow("leading dots") << QStringLiteral("..hidden") << QStringLiteral("hidden");
        QTest::newRow("trailing dots") << QStringLiteral("report.pdf...") << QStringLiteral("report.pdf");
        QTest::newRow("trailing spaces") << QStringLiteral("report.pdf  ") << QStringLiteral("report.pdf");
        QTest::newRow("trailing dot and space") << QStringLiteral("report. .") << QStringLiteral("report");
        QTest::newRow("ntfs stream") << QStringLiteral("a.txt:secret") << QStringLiteral("a.txt_secret");
        QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("_CON");
        QTest::newRow("con lower") << QStringLiteral("con") << QStringLiteral("_con");
        QTest::newRow("NUL with extension") << QStringLiteral("nul.txt") << QStringLiteral("_nul.txt");
        QTest::newRow("AUX two extensions") << QStringLiteral("Aux.tar.gz") << QStringLiteral("_Aux.tar.gz");
        QTest::newRow("PRN") << QStringLiteral("PRN.pdf") << QStringLiteral("_PRN.pdf");
        QTest::newRow("COM1") << QStringLiteral("com1.doc") << QStringLiteral("_com1.doc");
        QTest::newRow("LPT9") << QStringLiteral("LPT9") << QStringLiteral("_LPT9");
        QTest::newRow("reserved after trailing dots") << QStringLiteral("nul...") << QStringLiteral("_nul");
        QTest::newRow("COM0 is a name") << QStringLiteral("COM0") << QStringLiteral("COM0");
        QTest::newRow("CONSOLE is a name") << QStringLiteral("CONSOLE.txt") << QStringLiteral("CONSOLE.txt");
        QTest::newRow("LPT10 is a name") << QStringLiteral("LPT10") << QStringLiteral("LPT10");
        QTest::newRow("not ascii") << QStringLiteral("\u00dcbersicht.pdf") << QStringLiteral("_bersicht.pdf");
        QTest::newRow("empty") << QString() << QStringLiteral("attachment");
        QTest::newRow("only dots") << QStringLiteral("...") << QStringLiteral("attachment");
        QTest::newRow("only separators") << QStringLiteral("/") << QStringLiteral("attachment");
        QTest::newRow("cut before a dot")
            << QString(119, u'a') + QStringLiteral(". b.txt") << QString(119, u'a');
        QTest::newRow("cut at 120") << QString(200, u'b') << QString(120, u'b');
    }

    void safeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(ArchiveDocumentService::safeFileName(name), safe);
    }

    void sameNamesGetANumber()
    {
        QSet<QString> used {QStringLiteral("a1.txt")};
        QCOMPARE(ArchiveDocumentService::uniqueFileName(QStringLiteral("report.pdf"), used),
                 QStringLiteral("report.pdf"));
        QCOMPARE(ArchiveDocumentService::uniqueFileName(QStringLiteral("report.pdf"), used),
                 QStringLiteral("report (2).pdf"));
        QCOMPARE(ArchiveDocumentService::uniqueFileName(QStringLiteral("REPORT.pdf"), used),
                 QStringLiteral("REPORT (3).pdf"));
        QCOMPARE(ArchiveDocumentService::uniqueFileName(QStringLiteral("A1.TXT"), used),
                 QStringLiteral("A1 (2).TXT"));
        QCOMPARE(ArchiveDocumentService::uniqueFileName(QStringLiteral("notes"), used),
                 QStringLiteral("notes"));
        QCOMPARE(ArchiveDocumentService::uniqueFileName(QStringLiteral("notes"), used),
                 QStringLiteral("notes (2)"));
        QCOMPARE(ArchiveDocumentService::uniqueFileName(QStringLiteral("a.tar.gz"), used),
                 QStringLiteral("a.tar.gz"));
        QCOMPARE(ArchiveDocumentService::uniqueFileName(QStringLiteral("a.tar.gz"), used),
                 QStringLiteral("a.tar (2).gz"));
    }

    void itemsNeverShareAFolder()
    {
        const auto folder = [](const QString &id) {
            return ArchiveDocumentService::storedPathFor(id, 0, QStringLiteral("f.pdf")).section(u'/', 0, 1);
        };
        QCOMPARE(ArchiveDocumentService::storedPathFor(QStringLiteral("a1"), 2, QStringLiteral("CON.pdf"))
                     .section(u'/', 2),
                 QStringLiteral("2/_CON.pdf"));
        const QStringList ids {QStringLiteral("abc"),
                               QStringLiteral("ABC"),
                               QStringLiteral("a/b"),
                               QStringLiteral("b"),
                               QStringLiteral("a_b"),
                               QStringLiteral("a:b"),
                               QString(120, u'x') + QStringLiteral("1"),
                               QString(120, u'x') + QStringLiteral("2"),
                               QStringLiteral(".."),
                               QString()};
        QSet<QString> seen;
        for (const QString &id : ids) {
            const QString f = folder(id);
            QVERIFY2(f.startsWith(QStringLiteral("attachments/")) && !f.contains(QStringLiteral("..")),
                     qPrintable(f));
            seen.insert(f.toCaseFolded());
        }
        QCOMPARE(seen.size(), ids.size());
        QCOMPARE(folder(QStringLiteral("abc")), folder(QStringLiteral("abc")));
    }

    // Sign out and remove data: a write still running when the service goes must not bring a file back.
    void destroyedServiceWritesNothingAfterwards()
    {
        dropEverythingKept();
        const Attachment a = m_attachments.at(2);
        std::unique_ptr<ArchiveDocumentService> s;
        bool destroyed = false;
        s = std::make_unique<ArchiveDocumentService>(
            *m_cache, m_profile.path(),
            [this, &s, &destroyed](const ApiRequest &request, QObject *context, ApiClient::Callback done) {
                m_auth->send(request, context, [this, &s, &destroyed, done](const ApiResult &r) {
                    done(r); // the write starts on the service's pool
                    QMetaObject::invokeMethod(
                        this,
                        [&s, &destroyed] {
                            s.reset();
                            destroyed = true;
                        },
                        Qt::QueuedConnection);
                });
            },
            m_clock);
        bool answered = false;
        s->attachment(m_code, a.itemId, a.index, this,
                      [&answered](const Result<QString> &) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(destroyed, 30000);
        const QDir root(QDir(m_profile.path()).filePath(QStringLiteral("attachments")));
        QVERIFY(!root.exists() || QDir(root).removeRecursively());
        QTest::qWait(500);
        QVERIFY2(filesUnderAttachments().isEmpty(),
                 qPrintable(filesUnderAttachments().join(QStringLiteral(", "))));
        QVERIFY(!root.exists());
    }

    // The write itself honours the service going: nothing, not even a temporary file, is left.
    void cancelledWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("a/b/file.pdf"));
        std::atomic_bool cancelled {true};
        const QString error
            = ArchiveDocumentService::writeFileAtomically(path, QByteArray(4096, 'x'), &cancelled);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        const QStringList left
            = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
        cancelled = false;
        QVERIFY2(ArchiveDocumentService::writeFileAtomically(path, "ok", &cancelled).isEmpty(),
                 "write failed");
        QVERIFY(QFile::exists(path));
    }

    // The sync changed the attachment (its name) while its bytes were on the way: they are not kept.
    void attachmentChangedDuringFetchIsNotKept()
    {
        dropEverythingKept();
        const Attachment a = m_attachments.at(3);
        auto s = std::make_unique<ArchiveDocumentService>(
            *m_cache, m_profile.path(),
            [this, a](const ApiRequest &request, QObject *context, ApiClient::Callback done) {
                m_auth->send(request, context, [this, a, done](const ApiResult &r) {
                    QVERIFY(applyChange(changedEntry(a.itemId, [a](QJsonObject &data) {
                        renameAttachment(data, a.index, QStringLiteral("renamed.bin"));
                    })));
                    done(r);
                });
            },
            m_clock);
        const auto result = fetch(*s, a);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("archive-not-cached"));
        QVERIFY(storedPath(a).isEmpty());
        QCOMPARE(filesUnderAttachments(), QStringList());
        // Fetched again, it is kept under the new name.
        auto plain = service();
        const auto again = fetch(*plain, a);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(QFileInfo(again.value()).fileName(), QStringLiteral("renamed.bin"));
        dropEverythingKept();
    }

    void bodyChangedDuringFetchIsNotKept()
    {
        QSqlQuery drop(m_cache->database());
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM archive_bodies")));
        const QString id = m_truncatedId;
        ArchiveDocumentService s(
            *m_cache, m_profile.path(),
            [this, id](const ApiRequest &request, QObject *context, ApiClient::Callback done) {
                m_auth->send(request, context, [this, id, done](const ApiResult &r) {
                    QVERIFY(applyChange(changedEntry(id, [](QJsonObject &) {})));
                    done(r);
                });
            },
            m_clock);
        const auto answer = whole(s, m_code, id);
        QVERIFY(answer.error);
        QCOMPARE(answer.error->code, QStringLiteral("archive-not-cached"));
        QVERIFY(!answer.item);
        QVERIFY(drop.exec(QStringLiteral("SELECT COUNT(*) FROM archive_bodies")) && drop.next());
        QCOMPARE(drop.value(0).toInt(), 0);
    }

    // A real sync (SyncEngine, its worker and its file clean-up) whose page drops one kept attachment and
    // renames another: both stored files go right after the page is committed.
    void feedChangeDeletesStoredFile()
    {
        dropEverythingKept();
        const Attachment renamed = m_attachments.at(0);
        const Attachment dropped = m_attachments.at(2);
        auto s = service();
        const auto keptRenamed = fetch(*s, renamed);
        const auto keptDropped = fetch(*s, dropped);
        QVERIFY(keptRenamed.ok() && keptDropped.ok());
        const auto toJson = [](const FeedEntry &e) {
            return QJsonObject {{QStringLiteral("seq"), e.seq},
                                {QStringLiteral("entity"), e.entity},
                                {QStringLiteral("institution"), e.institution},
                                {QStringLiteral("id"), e.id},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("version"), e.version},
                                {QStringLiteral("data"), e.data}};
        };
        const auto rename = [&](QJsonObject &data) {
            renameAttachment(data, renamed.index, QStringLiteral("other.pdf"));
        };
        const auto drop = [&](QJsonObject &data) {
            QJsonArray kept;
            for (const QJsonValue &v : data.value(QStringLiteral("attachments")).toArray()) {
                if (v.toObject().value(QStringLiteral("index")).toInt() != dropped.index)
                    kept.append(v);
            }
            data.insert(QStringLiteral("attachments"), kept);
        };
        QJsonArray entries;
        if (renamed.itemId == dropped.itemId) {
            entries.append(toJson(changedEntry(renamed.itemId, [&](QJsonObject &data) {
                rename(data);
                drop(data);
            })));
        } else {
            entries.append(toJson(changedEntry(renamed.itemId, rename)));
            entries.append(toJson(changedEntry(dropped.itemId, drop)));
        }
        const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("entries"), entries},
                                         {QStringLiteral("cursor"), QStringLiteral("change-2")},
                                         {QStringLiteral("hasMore"), false}})
                  .toJson(QJsonDocument::Compact);
        const QString scope = QStringLiteral("change-scope");
        QVERIFY(SyncStateRepository(m_cache->database())
                    .saveCursor(scope, QStringLiteral("change-1"), m_systemClock.now(), false)
                    .ok());
        SyncEngine engine(
            *m_cache, m_profile.path(), scope,
            [body](const QString &, QObject *context, ApiClient::Callback done) {
                ApiResponse response;
                response.status = 200;
                response.body = body;
                response.contentType = QByteArrayLiteral("application/json");
                QMetaObject::invokeMethod(
                    context, [done, response] { done(ApiResult(response)); }, Qt::QueuedConnection);
            },
            m_systemClock);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 30000);
        QVERIFY(failed.isEmpty());
        QVERIFY(storedPath(renamed).isEmpty());
        QVERIFY(!QFileInfo::exists(keptRenamed.value()));
        QVERIFY(!QFileInfo::exists(keptDropped.value()));
        QCOMPARE(filesUnderAttachments(), QStringList());
    }

    // The feed page's transaction reads before it writes: while another connection holds the write lock and
    // commits, it must wait for the lock (BEGIN IMMEDIATE), not fail with SQLITE_BUSY_SNAPSHOT on its first
    // write because its snapshot went stale.
    void feedPageWaitsForAnotherWriter()
    {
        const QString file = QDir(m_profile.path()).filePath(CacheDatabase::fileName());
        std::atomic_bool locked = false;
        std::atomic_bool ok = false;
        std::thread writer([&] {
            {
                auto connection = CacheConnection::open(file, QStringLiteral("other-writer"));
                if (!connection)
                    return;
                QSqlQuery query(connection.value()->database());
                if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))
                    && query.exec(QStringLiteral("UPDATE archive_items SET subject = subject"))) {
                    locked = true;
                    std::this_thread::sleep_for(std::chrono::milliseconds(500));
                    ok = query.exec(QStringLiteral("COMMIT"));
                }
                locked = true;
            }
        });
        while (!locked)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        // An archive delete reads (its stored files) before it writes.
        FeedEntry entry;
        entry.seq = ++m_seq;
        entry.entity = QStringLiteral("archive");
        entry.institution = m_code;
        entry.id = QStringLiteral("no-such-item");
        entry.op = FeedEntry::Op::Delete;
        FeedPage page;
        page.entries.append(entry);
        page.cursor = QStringLiteral("test-cursor-%1").arg(entry.seq);
        const auto applied = FeedApplier(m_cache->database())
                                 .apply(page, QStringLiteral("test-scope"), m_systemClock.now(), false);
        writer.join();
        QVERIFY(ok);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    }

    // Keeping a whole body announces nothing (no list shows bodies); the budget drops emptied folders too.
    void bodyNotAnnouncedAndEmptyFoldersGo()
    {
        QSqlQuery drop(m_cache->database());
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM archive_bodies")));
        auto s = service();
        QSignalSpy changed(m_cache.get(), &CacheDatabase::changed);
        QVERIFY(!whole(*s, m_code, m_truncatedId).error);
        QTest::qWait(100);
        QVERIFY(changed.isEmpty());
        const Attachment a = m_attachments.at(1);
        const auto kept = fetch(*s, a);
        QVERIFY(kept.ok());
        dropEverythingKept();
        QVERIFY(!QFileInfo::exists(QFileInfo(kept.value()).absolutePath()));
        QVERIFY(!QFileInfo::exists(QFileInfo(QFileInfo(kept.value()).absolutePath()).absolutePath()));
    }

    void openedCopyIsReadOnlyAndSeparate()
    {
        const Attachment a = m_attachments.at(1);
        auto s = service();
        std::optional<Result<QString>> copy;
        s->openableCopy(m_code, a.itemId, a.index, this, [&copy](const Result<QString> &r) { copy = r; });
        QTRY_VERIFY_WITH_TIMEOUT(copy.has_value(), 30000);
        QVERIFY(copy->ok());
        const QString kept = fetch(*s, a).value();
        QVERIFY(copy->value() != kept);
        QVERIFY(
            copy->value().startsWith(QDir(m_profile.path()).filePath(QStringLiteral("attachments/open/"))));
        QCOMPARE(QFileInfo(copy->value()).fileName(), QFileInfo(kept).fileName());
        QCOMPARE(QFileInfo(copy->value()).size(), a.size);
        QVERIFY(!(QFileInfo(copy->value()).permissions() & QFileDevice::WriteOwner));
        QVERIFY(QDir(QFileInfo(copy->value()).absolutePath()).removeRecursively());
        dropEverythingKept();
    }

    void feedDeleteHandsOverStoredFiles()
    {
        const Attachment a = m_attachments.at(4);
        auto s = service();
        const auto kept = fetch(*s, a);
        QVERIFY(kept.ok());
        const QString relative = storedPath(a);
        QVERIFY(!relative.isEmpty());
        FeedPage page;
        FeedEntry entry;
        entry.seq = 1;
        entry.entity = QStringLiteral("archive");
        entry.institution = m_code;
        entry.id = a.itemId;
        entry.op = FeedEntry::Op::Delete;
        page.entries.append(entry);
        page.cursor = QStringLiteral("test-cursor");
        const auto applied = FeedApplier(m_cache->database())
                                 .apply(page, QStringLiteral("test-scope"), m_systemClock.now(), false);
        QVERIFY(applied.ok());
        QCOMPARE(applied.value().storedFilesToDelete, QStringList {relative});
        // What SyncEngine does after the commit.
        QVERIFY(QFile::remove(QDir(m_profile.path()).filePath(relative)));
    }

    // Last: stops the server.
    void offlineReadsWhatIsKept()
    {
        const Attachment a = m_attachments.at(0);
        const Attachment never = m_attachments.at(3);
        {
            auto s = service();
            QVERIFY(!whole(*s, m_code, m_truncatedId).error);
            QVERIFY(fetch(*s, a).ok());
        }
        m_server->stop();

        auto s = service();
        const auto body = whole(*s, m_code, m_truncatedId);
        QVERIFY(!body.error);
        QVERIFY(body.item->body.toUtf8().size() > ArchiveItem::maxFeedBodyBytes);
        const auto file = fetch(*s, a);
        QVERIFY(file.ok());
        const auto notKept = fetch(*s, never);
        QVERIFY(!notKept.ok());
        QCOMPARE(notKept.error().code, QStringLiteral("needs-network"));

        // With the whole body dropped, the cut one comes back with a clear error.
        QSqlQuery drop(m_cache->database());
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM archive_bodies")));
        const auto cut = whole(*s, m_code, m_truncatedId);
        QVERIFY(cut.error);
        QCOMPARE(cut.error->code, QStringLiteral("needs-network"));
        QVERIFY(cut.item);
        QVERIFY(cut.item->bodyTruncated);

        // Without a sender at all (working offline): the same.
        ArchiveDocumentService offline(*m_cache, m_profile.path(), {}, m_clock);
        const auto noNetwork = fetch(offline, never);
        QCOMPARE(noNetwork.error().code, QStringLiteral("needs-network"));

        // Losing access to the school (an institution delete in the feed) hands its kept files over too.
        const auto keptAgain = fetch(offline, a);
        QVERIFY(keptAgain.ok()); // still kept
        const QString relative = storedPath(a);
        QVERIFY(!relative.isEmpty());
        FeedPage page;
        FeedEntry entry;
        entry.seq = 2;
        entry.entity = QStringLiteral("institution");
        entry.id = m_code;
        entry.op = FeedEntry::Op::Delete;
        page.entries.append(entry);
        page.cursor = QStringLiteral("test-cursor-2");
        const auto purged = FeedApplier(m_cache->database())
                                .apply(page, QStringLiteral("test-scope"), m_systemClock.now(), false);
        QVERIFY(purged.ok());
        QCOMPARE(purged.value().storedFilesToDelete, QStringList {relative});
        QVERIFY(storedPath(a).isEmpty()); // the rows are gone
    }
};

QTEST_GUILESS_MAIN(TestArchiveDocuments)
#include "tst_archivedocuments.moc"
