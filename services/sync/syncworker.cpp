#include "services/sync/syncworker.h"

#include "services/cache/cacheconnection.h"

#include <QElapsedTimer>

namespace hpo {

SyncWorker::SyncWorker(QString databasePath) : m_path(std::move(databasePath))
{ }

SyncWorker::~SyncWorker() = default;

void SyncWorker::apply(const QByteArray &body, const QString &scope, const QDateTime &now, bool wipeFirst,
                       const std::function<void(const Result<AppliedPage> &)> &done)
{
    if (!m_connection) {
        auto opened = CacheConnection::open(m_path, QStringLiteral("sync"));
        if (!opened) {
            done(opened.error());
            return;
        }
        m_connection = std::move(opened).value();
    }
    QElapsedTimer timer;
    timer.start();
    const Result<FeedPage> page = FeedPage::parse(body);
    if (!page) {
        done(page.error());
        return;
    }
    FeedApplier applier(m_connection->database());
    Result<AppliedPage> applied = applier.apply(page.value(), scope, now, wipeFirst);
    if (applied)
        applied.value().workerMs = timer.elapsed();
    done(applied);
}

} // namespace hpo
