// Pulls the change feed into the cache: page by page, each page applied with
// its cursor in one transaction on a worker thread that has its own database
// connection (the UI thread never parses a page or writes rows). The next page
// is fetched while the worker writes the current one (at most one page ahead);
// pages are applied strictly in order, and none after a page that failed. 410 Gone
// starts a full resync. Holds the profile lock while it runs, so two
// processes never sync one profile at once. Announces what changed through
// CacheDatabase::announce. Periodic and on-reconnect syncs are the caller's
// timers for now.
#pragma once

#include "models/domain/result.h"
#include "services/api/apiclient.h"

#include <QObject>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace hpo {

class AuthService;
class CacheDatabase;
class Clock;
class ProfileLock;
class SyncWorker;
struct AppliedPage;

class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    // Fetches one page: GET /api/v1/changes[?since=cursor]. Empty cursor: a full snapshot.
    using PageFetcher
        = std::function<void(const QString &cursor, QObject *context, ApiClient::Callback done)>;

    struct Summary
    {
        bool full = false; // a snapshot (first sync, or a resync after 410)
        int pages = 0;
        qint64 upserts = 0;
        qint64 deletes = 0;
        qint64 bytes = 0;
        int requests = 0;
        qint64 workerMs = 0; // time spent parsing and writing on the worker thread
        qint64 workerCpuMs = 0; // the worker thread's CPU time for it
        // The worker's wall time by phase (ms): JSON parse, domain decode, statements, commit.
        qint64 parseMs = 0;
        qint64 decodeMs = 0;
        qint64 writeMs = 0;
        qint64 commitMs = 0;
        qint64 rejected = 0; // entries the domain codecs refused (logged, not stored)
        std::optional<Error> firstRejection;
    };

    // `scope` names the feed's cursor (the identity at a server); `profileDir`
    // holds the profile lock. `cache` and `clock` must outlive the engine.
    SyncEngine(CacheDatabase &cache, QString profileDir, QString scope, PageFetcher fetch, Clock &clock,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // The name of an identity's feed cursor at a server (GUI and CLI share the cursor).
    static QString feedScope(const QString &identity, const QUrl &server);

    // The fetcher production code uses: the feed through AuthService (refresh and 401 handled).
    // 1000 entries a page (the server's maximum): half the transactions, FTS segments and
    // round trips of its default 500, for ≈ 0.7 MB of JSON a page.
    static PageFetcher feedFetcher(AuthService &auth, int pageSize = 1000);

    bool isRunning() const { return m_running; }
    // Starts a sync unless one runs. started(), progress()…, then finished() or failed().
    void syncNow();

Q_SIGNALS:
    void started(bool full);
    void progress(int pages, qint64 entries, qint64 bytes);
    void finished(const hpo::SyncEngine::Summary &summary);
    // Codes: "profile-locked", the ApiClient codes, "invalid-json", "cache-write-failed".
    void failed(const hpo::Error &error);

private:
    void fetch(const QString &cursor);
    void onPage(const ApiResult &result, quint64 run);
    void onParsed(const QString &cursor, bool hasMore, quint64 run);
    void onApplied(const Result<AppliedPage> &applied, qint64 bytes, quint64 run);
    // Fails once no page is being written any more (the lock is held until then).
    void failWhenIdle(const Error &error, bool fromWriting);
    void fail(const Error &error);
    void finish();

    CacheDatabase &m_cache;
    QString m_profileDir;
    QString m_scope;
    PageFetcher m_fetch;
    Clock &m_clock;

    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;

    std::unique_ptr<ProfileLock> m_lock;
    bool m_running = false;
    quint64 m_run = 0; // numbers the syncs: callbacks of an earlier one are ignored
    int m_inFlight = 0; // pages handed to the worker and not yet reported back
    std::optional<Error> m_failure; // waiting for the pages in flight
    bool m_failureFromWriting = false; // the cache refused a page (not the network)
    bool m_wipeNext = false;
    bool m_resynced = false;
    Summary m_summary;
    std::array<qint64, 5> m_nanos {}; // worker CPU, parse, decode, write, commit
};

} // namespace hpo

Q_DECLARE_METATYPE(hpo::SyncEngine::Summary)
