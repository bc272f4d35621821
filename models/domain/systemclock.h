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
    explicit SystemClock(QObject *parent = nullptr);
    ~SystemClock() override;

    QDateTime now() const override;
    int scheduleAt(const QDateTime &instant, QObject *context, Callback callback) override;
    void cancel(int id) override;

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

    QHash<int, Entry> m_entries;
    int m_nextId = 1;
    QTimer *m_watchdog = nullptr;
    QDateTime m_lastWall;
    qint64 m_lastMonotonicMs = 0;
};

} // namespace hpo
