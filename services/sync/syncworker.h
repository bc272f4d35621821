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

    // On the worker thread: parse and apply `body`, then hand the outcome to
    // `done` (which the engine posts back to its own thread).
    void apply(const QByteArray &body, const QString &scope, const QDateTime &now, bool wipeFirst,
               const std::function<void(const Result<AppliedPage> &)> &done);

private:
    QString m_path;
    std::unique_ptr<CacheConnection> m_connection;
};

} // namespace hpo
