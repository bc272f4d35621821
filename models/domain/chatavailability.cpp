#include "models/domain/chatavailability.h"

#include "models/domain/clock.h"

namespace hpo {

ManualPresenceSource::ManualPresenceSource(bool available, QObject *parent)
    : PresenceSource(parent),
      m_available(available)
{ }

void ManualPresenceSource::setAgentAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT presenceChanged();
}

ChatAvailability::ChatAvailability(Clock &clock, HelpdeskSchedule schedule, PresenceSource &presence,
                                   QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_schedule(std::move(schedule)),
      m_presence(presence)
{
    connect(&m_presence, &PresenceSource::presenceChanged, this, &ChatAvailability::evaluate);
    evaluate();
}

ChatAvailability::~ChatAvailability()
{
    if (m_timerId)
        m_clock.cancel(m_timerId);
}

void ChatAvailability::setSchedule(HelpdeskSchedule schedule)
{
    m_schedule = std::move(schedule);
    evaluate();
}

QString ChatAvailability::statusText(const QLocale &locale) const
{
    if (m_withinHours && !m_available)
        return HelpdeskSchedule::noAgentText();
    return m_schedule.availabilityText(m_clock.now(), locale);
}

void ChatAvailability::evaluate()
{
    const QDateTime now = m_clock.now();
    m_withinHours = m_schedule.isOpen(now);
    const bool available = m_withinHours && m_presence.agentAvailable();

    if (m_timerId)
        m_clock.cancel(m_timerId);
    m_timerId = 0;
    const QDateTime next = m_schedule.nextChange(now);
    if (next.isValid()) {
        m_timerId = m_clock.scheduleAt(next, this, [this] {
            m_timerId = 0;
            evaluate();
        });
    }

    if (available != m_available) {
        m_available = available;
        Q_EMIT availableChanged(m_available);
    }
}

} // namespace hpo
