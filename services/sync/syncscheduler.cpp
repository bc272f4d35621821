#include "services/sync/syncscheduler.h"

#include "models/domain/clock.h"

#include <QRandomGenerator>

#include <algorithm>

namespace hpo {

SyncScheduler::SyncScheduler(Clock &clock, std::function<void()> startSync, Options options, Random random,
                             QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_startSync(std::move(startSync)),
      m_options(options),
      m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{ }

SyncScheduler::~SyncScheduler()
{
    if (m_timer)
        m_clock.cancel(m_timer);
}

void SyncScheduler::start()
{
    m_active = true;
    m_failures = 0;
    fire();
}

void SyncScheduler::stop()
{
    m_active = false;
    if (m_timer)
        m_clock.cancel(std::exchange(m_timer, 0));
    m_next = {};
}

std::chrono::seconds SyncScheduler::backoff(int failures) const
{
    if (failures <= 0)
        return m_options.interval;
    const qint64 first = m_options.firstBackoff.count();
    const int doublings = std::min(failures - 1, 30);
    return std::chrono::seconds(std::min<qint64>(first << doublings, m_options.maxBackoff.count()));
}

void SyncScheduler::syncSucceeded()
{
    m_running = false;
    m_failures = 0;
    if (m_active)
        scheduleIn(m_options.interval);
}

void SyncScheduler::syncFailed()
{
    m_running = false;
    ++m_failures;
    if (!m_active)
        return;
    // "Equal jitter": half the delay fixed, half random, so many clients that
    // failed together do not come back together.
    const auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(backoff(m_failures));
    const auto jittered
        = delay / 2 + std::chrono::milliseconds(qint64(double((delay / 2).count()) * m_random()));
    scheduleIn(jittered);
}

void SyncScheduler::setNetworkReachable(bool reachable)
{
    const bool cameBack = reachable && !m_reachable;
    m_reachable = reachable;
    if (cameBack && m_active && !m_running) {
        m_failures = 0;
        fire();
    }
}

void SyncScheduler::scheduleIn(std::chrono::milliseconds delay)
{
    if (m_timer)
        m_clock.cancel(m_timer);
    m_next = m_clock.now().addMSecs(delay.count());
    m_timer = m_clock.scheduleAt(m_next, this, [this] {
        m_timer = 0;
        fire();
    });
}

void SyncScheduler::fire()
{
    if (m_timer)
        m_clock.cancel(std::exchange(m_timer, 0));
    m_next = {};
    if (!m_active || m_running)
        return;
    m_running = true;
    m_startSync();
}

} // namespace hpo
