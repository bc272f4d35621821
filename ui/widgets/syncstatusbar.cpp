#include "ui/widgets/syncstatusbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace hpo {

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QWidget(parent),
      m_syncNow(new QAction(tr("Sync now"), this)),
      m_workOffline(new QAction(tr("Work offline"), this)),
      m_state(new QLabel(this)),
      m_lastSync(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_syncButton(new QToolButton(this)),
      m_offlineButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatusBar"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence::Refresh); // F5
    m_syncNow->setShortcutContext(Qt::ApplicationShortcut);
    m_syncNow->setIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    m_syncNow->setToolTip(tr("Fetch the latest data from DUO now (F5)"));
    m_workOffline->setObjectName(QStringLiteral("workOfflineAction"));
    m_workOffline->setCheckable(true);
    m_workOffline->setToolTip(tr("Use no network until you switch this off again"));

    m_state->setObjectName(QStringLiteral("connectionState"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0); // busy indicator: the feed does not say how much is left
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_syncButton->setDefaultAction(m_syncNow);
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncButton->setAutoRaise(true);
    m_offlineButton->setDefaultAction(m_workOffline);
    m_offlineButton->setAutoRaise(true);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setAccessibleName(m_syncNow->text());
    m_syncButton->setAccessibleDescription(m_syncNow->toolTip());
    m_offlineButton->setObjectName(QStringLiteral("workOfflineButton"));
    m_offlineButton->setAccessibleName(m_workOffline->text());
    m_offlineButton->setAccessibleDescription(m_workOffline->toolTip());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncButton);
    layout->addWidget(m_offlineButton);

    connect(m_syncNow, &QAction::triggered, this, &SyncStatusBar::syncRequested);
    connect(m_workOffline, &QAction::toggled, this, [this](bool offline) {
        m_syncNow->setEnabled(!offline);
        updateText();
        Q_EMIT workOfflineChanged(offline);
    });
    updateText();
}

void SyncStatusBar::setOnline(bool online)
{
    m_online = online;
    updateText();
}

void SyncStatusBar::setLastSync(const QDateTime &when)
{
    m_lastSyncAt = when;
    updateText();
}

void SyncStatusBar::setSyncing(bool syncing)
{
    m_syncing = syncing;
    m_progress->setVisible(syncing);
    if (syncing)
        m_error.clear();
    updateText();
}

void SyncStatusBar::setProgress(int pages, qint64 entities)
{
    const QString text = tr("Syncing: %n page(s)", nullptr, pages) + QStringLiteral(", ")
        + tr("%n item(s)", nullptr, int(std::min<qint64>(entities, INT_MAX)));
    m_progress->setToolTip(text);
    m_progress->setAccessibleDescription(text);
    m_lastSync->setText(text);
}

void SyncStatusBar::setError(const QString &message)
{
    m_error = message;
    updateText();
}

void SyncStatusBar::updateText()
{
    const bool offline = m_workOffline->isChecked();
    if (offline)
        m_state->setText(tr("Working offline"));
    else
        m_state->setText(m_online ? tr("Online") : tr("Offline"));
    m_state->setAccessibleName(m_state->text());

    if (m_syncing)
        return; // setProgress() owns the text while syncing
    QString text;
    if (!m_error.isEmpty())
        text = tr("Sync failed: %1").arg(m_error);
    else if (m_lastSyncAt.isValid())
        text = tr("Last synced %1").arg(QLocale().toString(m_lastSyncAt.toLocalTime(), QLocale::ShortFormat));
    else
        text = tr("Not synced yet");
    m_lastSync->setText(text);
    m_lastSync->setAccessibleName(text);
}

} // namespace hpo
