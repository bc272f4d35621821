// Time comes from a Clock so that everything time-dependent can be tested
// with a fake one. It lives in the domain library because the server needs
// it too (its --now clock).
#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace hpo {

class Clock
{
public:
    using Callback = std::function<void()>;

    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // Calls `callback` on `context`'s thread once `now() >= instant`. The call is
    // dropped when `context` is destroyed first. Returns an id for cancel().
    virtual int scheduleAt(const QDateTime &instant, QObject *context, Callback callback) = 0;
    virtual void cancel(int id) = 0;
};

} // namespace hpo
