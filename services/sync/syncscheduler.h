// When to sync: at start, every `interval` after a success (default 5 minutes),
// after a failure with exponential backoff and jitter, and at once when the
// network comes back. It only decides when; the sync itself is a callback
// (SyncEngine::syncNow), whose outcome is reported back through
// syncSucceeded()/syncFailed().
#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

namespace hpo {

class Clock;

class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    struct Options
    {
        std::chrono::seconds interval {300};
        std::chrono::seconds firstBackoff {15};
        std::chrono::seconds maxBackoff {1800};
    };
    // A number in [0, 1); QRandomGenerator::global() unless a test passes another.
    using Random = std::function<double()>;

    SyncScheduler(Clock &clock, std::function<void()> startSync, Options options, Random random = {},
                  QObject *parent = nullptr);
    ~SyncScheduler() override;

    void start(); // syncs now, then keeps going
    void stop();
    bool isActive() const { return m_active; }

    void syncSucceeded();
    void syncFailed();
    // From a connectivity watcher: coming back online syncs at once.
    void setNetworkReachable(bool reachable);

    QDateTime nextSyncAt() const { return m_next; }
    int consecutiveFailures() const { return m_failures; }
    // The delay after `failures` consecutive failures, before jitter: firstBackoff·2^(failures−1), capped.
    std::chrono::seconds backoff(int failures) const;

private:
    void scheduleIn(std::chrono::milliseconds delay);
    void fire();

    Clock &m_clock;
    std::function<void()> m_startSync;
    Options m_options;
    Random m_random;
    bool m_active = false;
    bool m_running = false;
    bool m_reachable = true;
    int m_failures = 0;
    int m_timer = 0;
    QDateTime m_next;
};

} // namespace hpo
