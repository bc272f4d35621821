// Chat is offered while the helpdesk schedule is open AND an agent is available.
#pragma once

#include "models/domain/helpdeskschedule.h"

#include <QObject>

namespace hpo {

class Clock;

// Where agent presence comes from. The server pushes it in a later issue; tests
// and the app until then use ManualPresenceSource.
class PresenceSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual bool agentAvailable() const = 0;

Q_SIGNALS:
    void presenceChanged();
};

class ManualPresenceSource final : public PresenceSource
{
    Q_OBJECT

public:
    explicit ManualPresenceSource(bool available, QObject *parent = nullptr);
    bool agentAvailable() const override { return m_available; }
    void setAgentAvailable(bool available);

private:
    bool m_available;
};

// Re-evaluates at the schedule's next change (through the Clock) and whenever
// presence changes; emits availableChanged only on a real change.
class ChatAvailability final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatAvailability)

public:
    ChatAvailability(Clock &clock, HelpdeskSchedule schedule, PresenceSource &presence,
                     QObject *parent = nullptr);
    ~ChatAvailability() override;

    bool isAvailable() const { return m_available; }
    bool isWithinHours() const { return m_withinHours; }
    const HelpdeskSchedule &schedule() const { return m_schedule; }
    void setSchedule(HelpdeskSchedule schedule);
    // The human line for the status bar or contact page.
    QString statusText(const QLocale &locale) const;

Q_SIGNALS:
    void availableChanged(bool available);

private:
    void evaluate();

    Clock &m_clock;
    HelpdeskSchedule m_schedule;
    PresenceSource &m_presence;
    int m_timerId = 0;
    bool m_withinHours = false;
    bool m_available = false;
};

} // namespace hpo
