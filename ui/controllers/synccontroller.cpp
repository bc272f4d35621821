#include "ui/controllers/synccontroller.h"

#include "models/domain/clock.h"
#include "services/api/apiresult.h"
#include "services/sync/syncengine.h"
#include "ui/widgets/syncstatusbar.h"

#include <QAction>
#include <QTimer>

namespace hpo {

SyncController::SyncController(SyncStatusBar &status, Clock &clock, int intervalMs, QObject *parent)
    : QObject(parent),
      m_status(status),
      m_clock(clock),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController() = default;

void SyncController::attach(std::unique_ptr<SyncEngine> engine)
{
    m_engine = std::move(engine);
    SyncEngine *sync = m_engine.get();
    connect(sync, &SyncEngine::started, this, [this] { m_status.setSyncing(true); });
    connect(sync, &SyncEngine::progress, this,
            [this](int pages, qint64 entries, qint64) { m_status.setProgress(pages, entries); });
    connect(sync, &SyncEngine::finished, this, [this] {
        const QDateTime now = m_clock.now();
        m_status.setSyncing(false);
        m_status.setOnline(true);
        m_status.setError({});
        m_status.setLastSync(now);
        Q_EMIT finished(now);
    });
    connect(sync, &SyncEngine::failed, this, [this](const Error &error) {
        m_status.setSyncing(false);
        if (m_offline)
            return; // switched to Offline werken mid-sync: what the user asked for, not a failure
        if (isNetworkFailure(error))
            m_status.setOnline(false);
        m_status.setError(error.message);
        Q_EMIT failed(error);
    });
    if (!m_offline)
        m_timer->start();
}

void SyncController::detach()
{
    m_timer->stop();
    m_engine.reset();
    m_status.setSyncing(false);
}

void SyncController::syncNow()
{
    if (m_offline || !m_engine || m_engine->isRunning())
        return;
    m_engine->syncNow();
}

void SyncController::setWorkOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    // The toggle may be how we got here (then this changes nothing), or a restored choice.
    m_status.workOfflineAction()->setChecked(offline);
    if (offline) {
        m_timer->stop();
    } else if (m_engine) {
        m_timer->start();
        syncNow();
    }
}

} // namespace hpo
