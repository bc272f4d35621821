// The sync's worker-thread half: owns the thread's cache connection, parses
// feed pages and applies them. Lives on the SyncEngine's thread; everything
// crosses threads by queued calls carrying values.
#pragma once

#include "models/domain/result.h"
#include "services/sync/feedapplier.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hpo {

class CacheConnection;

class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(QString databasePath);
    ~SyncWorker() override;

    // On the worker thread: parse `body`, tell `parsed` the page's cursor and
    // hasMore (so the engine can fetch the next page while this one is
    // written), apply it, then hand the outcome to `done` (the engine posts
    // both back to its own thread). Pages of one `run` are applied in the
    // order they were queued; once one of them fails, the later ones of that
    // run are refused unwritten ("sync-abandoned"), so a cursor never commits
    // past a page that was not stored.
    void apply(quint64 run, const QByteArray &body, const QString &scope, const QDateTime &now,
               bool wipeFirst, const std::function<void(const QString &cursor, bool hasMore)> &parsed,
               const std::function<void(const Result<AppliedPage> &)> &done);

private:
    QString m_path;
    quint64 m_failedRun = 0; // the run whose page failed: its later pages are refused
    std::unique_ptr<CacheConnection> m_connection;
};

} // namespace hpo
