#pragma once

#include "models/domain/clock.h"

#include <QMap>
#include <QPointer>

namespace hpo::test {

// A clock that stands still until a test advances it; advancing fires every
// callback that has come due, in due order, each seeing now() == its due time.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start) : m_now(std::move(start)) { }

    QDateTime now() const override { return m_now; }
    int scheduleAt(const QDateTime &instant, QObject *context, Callback callback) override;
    void cancel(int id) override;

    void advanceTo(const QDateTime &instant);
    void advanceBy(qint64 ms) { advanceTo(m_now.addMSecs(ms)); }
    int pendingCount() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QDateTime due;
        QPointer<QObject> context;
        Callback callback;
    };
    QDateTime m_now;
    QMap<int, Entry> m_entries;
    int m_nextId = 1;
};

} // namespace hpo::test
