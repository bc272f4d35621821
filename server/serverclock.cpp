#include "server/serverclock.h"

#include <QTimer>

namespace hpo::server {

ServerClock::ServerClock(QObject *parent) : QObject(parent)
{ }

QDateTime ServerClock::now() const
{
    if (!m_base.isValid()) {
        return QDateTime::currentDateTimeUtc();
    }
    return m_base.addMSecs(m_sinceBase.elapsed()).toUTC();
}

void ServerClock::setNow(const QDateTime &instant)
{
    m_base = instant.toUTC();
    m_sinceBase.start();
}

int ServerClock::scheduleAt(const QDateTime &instant, QObject *context, Callback callback)
{
    const int id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_timers.insert(id, timer);
    connect(timer, &QTimer::timeout, context, [this, id, callback = std::move(callback)] {
        cancel(id);
        callback();
    });
    timer->start(int(qBound(qint64(0), now().msecsTo(instant), qint64(24 * 3600 * 1000))));
    return id;
}

void ServerClock::cancel(int id)
{
    if (QTimer *timer = m_timers.take(id)) {
        timer->deleteLater();
    }
}

} // namespace hpo::server
