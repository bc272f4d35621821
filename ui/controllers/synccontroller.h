// Keeps the open profile's cache in step with the server for the desktop
// session: owns the SyncEngine while a session has one, syncs every few
// minutes and on request (F5), honours "Offline werken", and shows all of it
// in the status bar. The session decides when there is something to sync.
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QTimer;

namespace hpo {

class Clock;
class SyncEngine;
class SyncStatusBar;

class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    SyncController(SyncStatusBar &status, Clock &clock, int intervalMs, QObject *parent = nullptr);
    ~SyncController() override;

    // Takes over the engine and, unless working offline, starts the periodic sync.
    void attach(std::unique_ptr<SyncEngine> engine);
    // Stops syncing and drops the engine: before the cache it writes to closes.
    void detach();
    SyncEngine *engine() const { return m_engine.get(); }

    // Starts a sync now unless offline, detached or already running.
    void syncNow();
    bool workOffline() const { return m_offline; }
    // No sync, periodic or requested, until switched off again; the status bar's toggle follows.
    void setWorkOffline(bool offline);

Q_SIGNALS:
    void finished(const QDateTime &at);
    void failed(const hpo::Error &error);

private:
    SyncStatusBar &m_status;
    Clock &m_clock;
    QTimer *m_timer;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_offline = false;
};

} // namespace hpo
