#include "tests/support/fakeclock.h"

namespace hpo::test {

int FakeClock::scheduleAt(const QDateTime &instant, QObject *context, Callback callback)
{
    const int id = m_nextId++;
    m_entries.insert(id, Entry {instant, context, std::move(callback)});
    return id;
}

void FakeClock::cancel(int id)
{
    m_entries.remove(id);
}

void FakeClock::advanceTo(const QDateTime &instant)
{
    // Callbacks may schedule or cancel others, so pick the earliest due entry afresh each time.
    for (;;) {
        auto earliest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->due <= instant && (earliest == m_entries.end() || it->due < earliest->due))
                earliest = it;
        }
        if (earliest == m_entries.end())
            break;
        Entry entry = *earliest;
        m_entries.erase(earliest);
        if (entry.due > m_now)
            m_now = entry.due;
        if (entry.context)
            entry.callback();
    }
    if (instant > m_now)
        m_now = instant;
}

} // namespace hpo::test
