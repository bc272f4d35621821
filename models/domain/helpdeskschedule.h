// The helpdesk's opening hours: weekly hours per weekday plus closed dates, in a
// named time zone. Pure value type; the chat offer is derived from it.
#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

namespace hpo {

struct OpeningHours
{
    QTime open; // inclusive
    QTime close; // exclusive
    friend bool operator==(const OpeningHours &, const OpeningHours &) = default;
};

class HelpdeskSchedule
{
    Q_DECLARE_TR_FUNCTIONS(hpo::HelpdeskSchedule)

public:
    // Index 0 is Monday … 6 is Sunday (Qt's dayOfWeek() - 1).
    using Week = std::array<std::optional<OpeningHours>, 7>;

    // Europe/Amsterdam, Monday–Friday 09:00–16:00, no closed dates.
    HelpdeskSchedule();
    HelpdeskSchedule(QTimeZone zone, Week weekly, QSet<QDate> closedDates = {});

    const QTimeZone &timeZone() const { return m_zone; }
    const Week &weekly() const { return m_weekly; }
    const QSet<QDate> &closedDates() const { return m_closed; }

    bool isOpen(const QDateTime &instant) const;
    // The first instant after `instant` at which isOpen() flips; invalid when
    // the schedule never opens (or never closes) within the next 400 days.
    QDateTime nextChange(const QDateTime &instant) const;

    // "Chat beschikbaar tot 16:00" / "Chat weer beschikbaar maandag om 09:00",
    // in the language of the installed translator; weekday names from `locale`.
    QString availabilityText(const QDateTime &instant, const QLocale &locale) const;
    // "Monday–Friday 09:00–16:00" (day names from `locale`); consecutive days with the
    // same hours are joined, groups separated by "; ".
    QString weeklyHoursText(const QLocale &locale) const;
    // Like availabilityText() but for when the helpdesk is open yet no agent is free.
    static QString noAgentText();

    QJsonObject toJson() const;
    static Result<HelpdeskSchedule> fromJson(const QJsonObject &json, const QString &path = {});

    // Command-line forms: "mon-fri 09:00-16:00;sat 10:00-12:00" and
    // "2026-12-25,2026-12-26".
    static Result<Week> parseWeeklyHours(const QString &text);
    static Result<QSet<QDate>> parseClosedDates(const QString &text);

    friend bool operator==(const HelpdeskSchedule &a, const HelpdeskSchedule &b);

private:
    QList<QDateTime> transitionsOn(const QDate &localDate) const;

    QTimeZone m_zone;
    Week m_weekly;
    QSet<QDate> m_closed;
};

} // namespace hpo
