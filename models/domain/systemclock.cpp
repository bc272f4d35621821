#include "models/domain/systemclock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace hpo {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

SystemClock::SystemClock(QObject *parent, WallTime wallTime)
    : QObject(parent),
      m_wallTime(std::move(wallTime)),
      m_watchdog(new QTimer(this))
{
    m_lastWall = now();
    m_lastMonotonicMs = monotonicMs();
    m_watchdog->setInterval(watchdogMs);
    connect(m_watchdog, &QTimer::timeout, this, &SystemClock::checkForJump);
}

SystemClock::~SystemClock() = default;

QDateTime SystemClock::now() const
{
    return m_wallTime ? m_wallTime() : QDateTime::currentDateTimeUtc();
}

int SystemClock::scheduleAt(const QDateTime &instant, QObject *context, Callback callback)
{
    const int id = m_nextId++;
    Entry entry;
    entry.due = instant;
    entry.context = context;
    entry.callback = std::move(callback);
    entry.timer = new QTimer(this);
    entry.timer->setSingleShot(true);
    entry.timer->setTimerType(Qt::CoarseTimer);
    connect(entry.timer, &QTimer::timeout, this, &SystemClock::fireDue);
    m_entries.insert(id, std::move(entry));
    arm(id);
    if (!m_watchdog->isActive())
        m_watchdog->start();
    return id;
}

void SystemClock::cancel(int id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->timer->deleteLater();
    m_entries.erase(it);
    if (m_entries.isEmpty())
        m_watchdog->stop();
}

void SystemClock::arm(int id)
{
    Entry &entry = m_entries[id];
    const qint64 remaining = std::max<qint64>(0, now().msecsTo(entry.due));
    entry.timer->start(static_cast<int>(std::min(remaining, maxArmMs)));
}

void SystemClock::fireDue()
{
    const QDateTime current = now();
    QList<int> due;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->due <= current)
            due.append(it.key());
    }
    std::sort(due.begin(), due.end(),
              [this](int a, int b) { return m_entries.value(a).due < m_entries.value(b).due; });
    for (const int id : std::as_const(due)) {
        Entry entry = m_entries.take(id);
        entry.timer->deleteLater();
        if (entry.context)
            QMetaObject::invokeMethod(entry.context, entry.callback, Qt::AutoConnection);
    }
    // Entries armed with the 24 h cap, or cut short by a jump, are armed again.
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->timer->isActive())
            arm(it.key());
    }
    if (m_entries.isEmpty())
        m_watchdog->stop();
}

void SystemClock::checkForJump()
{
    const QDateTime wall = now();
    const qint64 mono = monotonicMs();
    const qint64 expected = mono - m_lastMonotonicMs;
    const qint64 actual = m_lastWall.msecsTo(wall);
    m_lastWall = wall;
    m_lastMonotonicMs = mono;
    // More than two seconds of disagreement: suspend/resume or a clock step.
    if (std::abs(actual - expected) > 2000)
        recheck();
}

void SystemClock::recheck()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        arm(it.key());
    fireDue();
}

} // namespace hpo
