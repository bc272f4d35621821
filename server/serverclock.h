// The server's clock: the wall clock, or (--now) a clock that starts at a given
// instant and runs on; with the test broker POST /test/clock moves it.
#pragma once

#include "models/domain/clock.h"

#include <QElapsedTimer>
#include <QHash>

class QTimer;

namespace hpo::server {

class ServerClock final : public QObject, public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerClock)

public:
    explicit ServerClock(QObject *parent = nullptr);

    QDateTime now() const override;
    void setNow(const QDateTime &instant); // from now on runs from `instant`

    int scheduleAt(const QDateTime &instant, QObject *context, Callback callback) override;
    void cancel(int id) override;

private:
    QDateTime m_base; // invalid = wall clock
    QElapsedTimer m_sinceBase;
    QHash<int, QTimer *> m_timers;
    int m_nextId = 1;
};

} // namespace hpo::server
