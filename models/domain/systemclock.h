#pragma once

#include "models/domain/clock.h"

#include <QHash>
#include <QPointer>

class QTimer;

namespace hpo {

// The wall clock. Monotonic timers stall while the machine sleeps and do not
// follow wall-clock jumps, so a pending callback is never armed more than
// `maxArm` ahead, and a short watchdog re-checks all due times whenever the
// wall clock moved further than the elapsed monotonic time says it should
// (system resume, NTP step, manual change).
class SystemClock final : public QObject, public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)

public:
    using WallTime = std::function<QDateTime()>;

    // `wallTime` is the wall clock; tests pass one they can move to simulate a jump.
    explicit SystemClock(QObject *parent = nullptr, WallTime wallTime = {});
    ~SystemClock() override;

    QDateTime now() const override;
    int scheduleAt(const QDateTime &instant, QObject *context, Callback callback) override;
    void cancel(int id) override;

    // Re-arms every pending callback and fires what is due. Runs from the watchdog when
    // the wall clock jumped; call it too when the system reports a resume.
    void recheck();

    static constexpr qint64 maxArmMs = 24 * 60 * 60 * 1000;
    static constexpr int watchdogMs = 30 * 1000;

private:
    struct Entry
    {
        QDateTime due;
        QPointer<QObject> context;
        Callback callback;
        QTimer *timer = nullptr;
    };

    void arm(int id);
    void fireDue();
    void checkForJump();

    WallTime m_wallTime;
    QHash<int, Entry> m_entries;
    int m_nextId = 1;
    QTimer *m_watchdog = nullptr;
    QDateTime m_lastWall;
    qint64 m_lastMonotonicMs = 0;
};

} // namespace hpo
