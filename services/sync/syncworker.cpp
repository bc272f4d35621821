#include "services/sync/syncworker.h"

#include "services/cache/cacheconnection.h"

#include <QElapsedTimer>

#include <ctime>

namespace hpo {

namespace {
// CPU time of the calling thread: unlike the wall clock, not inflated by other processes.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
} // namespace

SyncWorker::SyncWorker(QString databasePath) : m_path(std::move(databasePath))
{ }

SyncWorker::~SyncWorker() = default;

void SyncWorker::apply(quint64 run, const QByteArray &body, const QString &scope, const QDateTime &now,
                       bool wipeFirst, const std::function<void(const QString &, bool)> &parsed,
                       const std::function<void(const Result<AppliedPage> &)> &finished)
{
    if (run == m_failedRun) {
        finished(Error {QStringLiteral("sync-abandoned"), QStringLiteral("an earlier page failed"), {}});
        return;
    }
    auto done = [this, run, &finished](const Result<AppliedPage> &result) {
        if (!result)
            m_failedRun = run;
        finished(result);
    };
    if (!m_connection) {
        auto opened = CacheConnection::open(m_path, QStringLiteral("sync"));
        if (!opened) {
            done(opened.error());
            return;
        }
        m_connection = std::move(opened).value();
        // The sync's bulk writes: a larger page cache (the archive index and the FTS segments
        // are rewritten page after page) and fewer, larger checkpoints (each one syncs the file).
        // synchronous stays NORMAL (WAL: a crash loses at most the last pages, whose cursor goes
        // with them); the outbox's writer uses its own connection with FULL.
        if (Status tuned = m_connection->exec({QStringLiteral("PRAGMA cache_size=-8192"),
                                               QStringLiteral("PRAGMA wal_autocheckpoint=4000")});
            !tuned) {
            done(tuned.error());
            return;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    const Result<FeedPage> page = FeedPage::parse(body);
    if (!page) {
        done(page.error());
        return;
    }
    const qint64 parseNs = timer.nsecsElapsed();
    parsed(page.value().cursor, page.value().hasMore);
    FeedApplier applier(m_connection->database());
    Result<AppliedPage> applied = applier.apply(page.value(), scope, now, wipeFirst);
    if (applied) {
        applied.value().parseNs = parseNs;
        applied.value().workerMs = timer.elapsed();
        applied.value().workerCpuNs = threadCpuNs() - cpuStart;
    }
    done(applied);
}

} // namespace hpo
