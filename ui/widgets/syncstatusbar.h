// The status bar's sync corner: online/offline, last sync, progress, "sync now"
// (F5) and the "work offline" switch. It only shows state and asks; the
// composition root connects it to the sync engine.
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QAction;

namespace hpo {

class SyncStatusBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    QAction *syncNowAction() const { return m_syncNow; }
    QAction *workOfflineAction() const { return m_workOffline; }

    void setOnline(bool online);
    void setLastSync(const QDateTime &when); // invalid = never
    void setSyncing(bool syncing);
    // Progress while syncing: pages fetched and entities applied so far.
    void setProgress(int pages, qint64 entities);
    void setError(const QString &message); // empty clears

Q_SIGNALS:
    void syncRequested();
    void workOfflineChanged(bool offline);

private:
    void updateText();

    QAction *m_syncNow;
    QAction *m_workOffline;
    QLabel *m_state;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
    QToolButton *m_syncButton;
    QToolButton *m_offlineButton;
    bool m_online = false;
    bool m_syncing = false;
    QDateTime m_lastSyncAt;
    QString m_error;
};

} // namespace hpo
