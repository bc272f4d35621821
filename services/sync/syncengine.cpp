#include "services/sync/syncengine.h"

#include "models/domain/clock.h"
#include "services/auth/authservice.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/profilelock.h"
#include "services/cache/syncstaterepository.h"
#include "services/common/logging.h"
#include "services/sync/syncworker.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

namespace hpo {

SyncEngine::SyncEngine(CacheDatabase &cache, QString profileDir, QString scope, PageFetcher fetch,
                       Clock &clock, QObject *parent)
    : QObject(parent),
      m_cache(cache),
      m_profileDir(std::move(profileDir)),
      m_scope(std::move(scope)),
      m_fetch(std::move(fetch)),
      m_clock(clock)
{
    qRegisterMetaType<hpo::SyncEngine::Summary>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("hpo-sync"));
    m_worker = new SyncWorker(m_cache.filePath());
    m_worker->moveToThread(m_thread);
    // The worker (and its connection) dies on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SyncEngine::~SyncEngine()
{
    m_thread->quit();
    m_thread->wait();
}

QString SyncEngine::feedScope(const QString &identity, const QUrl &server)
{
    return identity + u'@' + server.toString();
}

SyncEngine::PageFetcher SyncEngine::feedFetcher(AuthService &auth, int pageSize)
{
    return [&auth, pageSize](const QString &cursor, QObject *context, ApiClient::Callback done) {
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("since"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        auth.send(ApiRequest::get(QStringLiteral("/api/v1/changes"), query), context, std::move(done));
    };
}

void SyncEngine::syncNow()
{
    if (m_running)
        return;
    auto lock = ProfileLock::acquire(m_profileDir, std::chrono::milliseconds(0));
    if (!lock) {
        Q_EMIT failed(lock.error());
        return;
    }
    m_lock = std::move(lock).value();
    const Result<SyncState> state = SyncStateRepository(m_cache.database()).load(m_scope);
    if (!state) {
        m_lock.reset();
        Q_EMIT failed(state.error());
        return;
    }
    m_running = true;
    ++m_run;
    m_inFlight = 0;
    m_failure.reset();
    m_failureFromWriting = false;
    m_resynced = false;
    m_summary = {};
    m_nanos = {};
    m_summary.full = state.value().cursor.isEmpty();
    m_wipeNext = m_summary.full;
    Q_EMIT started(m_summary.full);
    fetch(state.value().cursor);
}

void SyncEngine::fetch(const QString &cursor)
{
    ++m_summary.requests;
    m_fetch(cursor, this, [this, run = m_run](const ApiResult &result) { onPage(result, run); });
}

void SyncEngine::onPage(const ApiResult &result, quint64 run)
{
    if (run != m_run || !m_running || m_failure)
        return;
    if (!result) {
        if (result.httpStatus() == 410 && !m_resynced) {
            // The cursor is too old or unknown: start over from a full snapshot
            // (after any page in flight: the worker applies in order).
            qCInfo(lcSync) << "feed answered 410 (" << result.error().code << "): full resync";
            m_resynced = true;
            m_summary.full = true;
            m_wipeNext = true;
            fetch(QString());
            return;
        }
        failWhenIdle(result.error(), false);
        return;
    }
    const QByteArray body = result.response().body;
    const bool wipe = std::exchange(m_wipeNext, false);
    const QDateTime now = m_clock.now();
    const QString scope = m_scope;
    QPointer<SyncEngine> self(this);
    ++m_inFlight;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, run, body, scope, now, wipe, self] {
            worker->apply(
                run, body, scope, now, wipe,
                [self, run](const QString &cursor, bool hasMore) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, cursor, hasMore, run] {
                            if (self)
                                self->onParsed(cursor, hasMore, run);
                        },
                        Qt::QueuedConnection);
                },
                [self, run, bytes = body.size()](const Result<AppliedPage> &applied) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, applied, bytes, run] {
                            if (self)
                                self->onApplied(applied, bytes, run);
                        },
                        Qt::QueuedConnection);
                });
        },
        Qt::QueuedConnection);
}

void SyncEngine::onParsed(const QString &cursor, bool hasMore, quint64 run)
{
    // The next page is fetched while the worker writes this one.
    if (run == m_run && m_running && !m_failure && hasMore)
        fetch(cursor);
}

void SyncEngine::onApplied(const Result<AppliedPage> &applied, qint64 bytes, quint64 run)
{
    if (run != m_run || !m_running)
        return;
    --m_inFlight;
    if (!applied) {
        failWhenIdle(applied.error(), applied.error().code != u"sync-abandoned");
        return;
    }
    const AppliedPage &page = applied.value();
    QSqlQuery recorded(m_cache.database());
    recorded.prepare(QStringLiteral("SELECT 1 FROM archive_attachments WHERE stored_path = ?"));
    for (const QString &relative : page.storedFilesToDelete) {
        // A download may have recorded the same path again since the worker committed (an attachment
        // that kept its name): that file is the current one.
        recorded.bindValue(0, relative);
        if (recorded.exec() && recorded.next())
            continue;
        QFile::remove(QDir(m_profileDir).filePath(relative));
    }
    for (const auto &[collection, institution] : page.changed)
        m_cache.announce(collection, institution);
    ++m_summary.pages;
    m_summary.upserts += page.upserts;
    m_summary.deletes += page.deletes;
    m_summary.bytes += bytes;
    m_summary.rejected += page.rejected;
    m_summary.workerMs += page.workerMs;
    // Summed in nanoseconds, shown in milliseconds.
    m_nanos[0] += page.workerCpuNs;
    m_nanos[1] += page.parseNs;
    m_nanos[2] += page.decodeNs;
    m_nanos[3] += page.writeNs;
    m_nanos[4] += page.commitNs;
    m_summary.workerCpuMs = m_nanos[0] / 1000000;
    m_summary.parseMs = m_nanos[1] / 1000000;
    m_summary.decodeMs = m_nanos[2] / 1000000;
    m_summary.writeMs = m_nanos[3] / 1000000;
    m_summary.commitMs = m_nanos[4] / 1000000;
    if (!m_summary.firstRejection && page.firstRejection)
        m_summary.firstRejection = page.firstRejection;
    Q_EMIT progress(m_summary.pages, m_summary.upserts + m_summary.deletes, m_summary.bytes);
    if (m_failure) {
        if (m_inFlight == 0)
            fail(*m_failure);
    } else if (!page.hasMore) {
        finish();
    }
}

void SyncEngine::failWhenIdle(const Error &error, bool fromWriting)
{
    // The first failure is the one to report, except that the cache failing to take a page matters
    // more than the network failing to bring the next one (fetched ahead meanwhile).
    if (!m_failure || (fromWriting && !m_failureFromWriting)) {
        m_failure = error;
        m_failureFromWriting = fromWriting;
    }
    if (m_inFlight == 0)
        fail(*m_failure);
}

void SyncEngine::fail(const Error &error)
{
    qCWarning(lcSync) << "sync failed:" << error.code << error.message;
    m_running = false;
    m_lock.reset();
    Q_EMIT failed(error);
}

void SyncEngine::finish()
{
    m_running = false;
    m_lock.reset();
    qCInfo(lcSync) << "sync done:" << m_summary.pages << "pages," << m_summary.upserts << "upserts,"
                   << m_summary.deletes << "deletes," << m_summary.bytes << "bytes," << m_summary.workerMs
                   << "ms on the worker";
    Q_EMIT finished(m_summary);
}

} // namespace hpo
