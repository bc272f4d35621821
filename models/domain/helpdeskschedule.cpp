#include "models/domain/helpdeskschedule.h"

#include "models/domain/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace hpo {

namespace {
constexpr int searchDays = 400;
const char *const dayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<int> dayIndex(const QString &key)
{
    for (int i = 0; i < 7; ++i) {
        if (key.compare(QLatin1String(dayKeys[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

QTime parseHm(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}
} // namespace

HelpdeskSchedule::HelpdeskSchedule() : m_zone(QByteArrayLiteral("Europe/Amsterdam"))
{
    for (int day = 0; day < 5; ++day)
        m_weekly[day] = OpeningHours {QTime(9, 0), QTime(16, 0)};
}

HelpdeskSchedule::HelpdeskSchedule(QTimeZone zone, Week weekly, QSet<QDate> closedDates)
    : m_zone(std::move(zone)),
      m_weekly(std::move(weekly)),
      m_closed(std::move(closedDates))
{ }

bool operator==(const HelpdeskSchedule &a, const HelpdeskSchedule &b)
{
    return a.m_zone.id() == b.m_zone.id() && a.m_weekly == b.m_weekly && a.m_closed == b.m_closed;
}

bool HelpdeskSchedule::isOpen(const QDateTime &instant) const
{
    const QDateTime local = instant.toTimeZone(m_zone);
    const QDate day = local.date();
    if (m_closed.contains(day))
        return false;
    const auto &hours = m_weekly[day.dayOfWeek() - 1];
    if (!hours)
        return false;
    const QTime t = local.time();
    return t >= hours->open && t < hours->close;
}

QList<QDateTime> HelpdeskSchedule::transitionsOn(const QDate &localDate) const
{
    if (m_closed.contains(localDate))
        return {};
    const auto &hours = m_weekly[localDate.dayOfWeek() - 1];
    if (!hours)
        return {};
    return {QDateTime(localDate, hours->open, m_zone), QDateTime(localDate, hours->close, m_zone)};
}

QDateTime HelpdeskSchedule::nextChange(const QDateTime &instant) const
{
    const bool openNow = isOpen(instant);
    const QDate start = instant.toTimeZone(m_zone).date();
    for (int offset = 0; offset <= searchDays; ++offset) {
        for (const QDateTime &candidate : transitionsOn(start.addDays(offset))) {
            if (candidate > instant && isOpen(candidate) != openNow)
                return candidate;
        }
    }
    return {};
}

QString HelpdeskSchedule::availabilityText(const QDateTime &instant, const QLocale &locale) const
{
    const QString hm = QStringLiteral("HH:mm");
    const QDateTime next = nextChange(instant);
    if (isOpen(instant)) {
        return tr("Chat available until %1").arg(next.toTimeZone(m_zone).time().toString(hm));
    }
    if (!next.isValid())
        return tr("Chat is not available");
    const QDateTime local = next.toTimeZone(m_zone);
    const qint64 days = instant.toTimeZone(m_zone).date().daysTo(local.date());
    const QString time = local.time().toString(hm);
    if (days == 0)
        return tr("Chat available again today at %1").arg(time);
    if (days == 1)
        return tr("Chat available again tomorrow at %1").arg(time);
    if (days < 7) {
        return tr("Chat available again on %1 at %2")
            .arg(locale.dayName(local.date().dayOfWeek(), QLocale::LongFormat), time);
    }
    return tr("Chat available again on %1 at %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat), time);
}

QString HelpdeskSchedule::weeklyHoursText(const QLocale &locale) const
{
    const QString hm = QStringLiteral("HH:mm");
    QStringList groups;
    int day = 0;
    while (day < 7) {
        if (!m_weekly[day]) {
            ++day;
            continue;
        }
        int last = day;
        while (last + 1 < 7 && m_weekly[last + 1] == m_weekly[day])
            ++last;
        const QString first = locale.dayName(day + 1, QLocale::LongFormat);
        const QString days
            = last == day ? first : first + u'–' + locale.dayName(last + 1, QLocale::LongFormat);
        groups << days + u' ' + m_weekly[day]->open.toString(hm) + u'–' + m_weekly[day]->close.toString(hm);
        day = last + 1;
    }
    return groups.isEmpty() ? tr("closed") : groups.join(QStringLiteral("; "));
}

QString HelpdeskSchedule::noAgentText()
{
    return tr("No helpdesk agent is available right now");
}

QJsonObject HelpdeskSchedule::toJson() const
{
    QJsonArray weekly;
    for (int day = 0; day < 7; ++day) {
        if (!m_weekly[day])
            continue;
        weekly.append(QJsonObject {
            {QStringLiteral("day"), QLatin1String(dayKeys[day])},
            {QStringLiteral("open"), m_weekly[day]->open.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("close"), m_weekly[day]->close.toString(QStringLiteral("HH:mm"))},
        });
    }
    QList<QDate> closed(m_closed.cbegin(), m_closed.cend());
    std::sort(closed.begin(), closed.end());
    QJsonArray closedJson;
    for (const QDate &d : std::as_const(closed))
        closedJson.append(toIsoDate(d));
    return {
        {QStringLiteral("timeZone"), QString::fromUtf8(m_zone.id())},
        {QStringLiteral("weekly"), weekly},
        {QStringLiteral("closedDates"), closedJson},
    };
}

Result<HelpdeskSchedule> HelpdeskSchedule::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    const QString zoneId = r.nonEmptyString(QStringLiteral("timeZone"));
    QTimeZone zone;
    if (r.ok()) {
        zone = QTimeZone(zoneId.toUtf8());
        if (!zone.isValid())
            r.fail(QStringLiteral("timeZone"), QStringLiteral("unknown-time-zone"),
                   QStringLiteral("unknown time zone \"%1\"").arg(zoneId));
    }
    Week week;
    const QJsonArray weekly = r.array(QStringLiteral("weekly"));
    for (qsizetype i = 0; r.ok() && i < weekly.size(); ++i) {
        const QString itemPath = r.elementPath(QStringLiteral("weekly"), i);
        if (!weekly.at(i).isObject())
            return Error {QStringLiteral("wrong-type"), QStringLiteral("expected an object"), itemPath};
        JsonReader item(weekly.at(i).toObject(), itemPath);
        const QString dayKey = item.string(QStringLiteral("day"));
        const QString openText = item.string(QStringLiteral("open"));
        const QString closeText = item.string(QStringLiteral("close"));
        if (!item.ok())
            return item.error();
        const auto day = dayIndex(dayKey);
        if (!day)
            item.fail(QStringLiteral("day"), QStringLiteral("unknown-value"),
                      QStringLiteral("unknown day \"%1\"").arg(dayKey));
        const QTime open = parseHm(openText);
        const QTime close = parseHm(closeText);
        if (!open.isValid())
            item.fail(QStringLiteral("open"), QStringLiteral("invalid-time"),
                      QStringLiteral("expected HH:mm"));
        if (!close.isValid())
            item.fail(QStringLiteral("close"), QStringLiteral("invalid-time"),
                      QStringLiteral("expected HH:mm"));
        if (item.ok() && close <= open)
            item.fail(QStringLiteral("close"), QStringLiteral("out-of-range"),
                      QStringLiteral("closing time must be after opening time"));
        if (item.ok() && week[*day])
            item.fail(QStringLiteral("day"), QStringLiteral("duplicate"), QStringLiteral("day given twice"));
        if (!item.ok())
            return item.error();
        week[*day] = OpeningHours {open, close};
    }
    QSet<QDate> closed;
    const QJsonArray closedJson = r.array(QStringLiteral("closedDates"));
    for (qsizetype i = 0; r.ok() && i < closedJson.size(); ++i) {
        const QString text = closedJson.at(i).toString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!closedJson.at(i).isString() || !d.isValid() || text.size() != 10)
            return Error {QStringLiteral("invalid-date"), QStringLiteral("expected yyyy-mm-dd"),
                          r.elementPath(QStringLiteral("closedDates"), i)};
        closed.insert(d);
    }
    return r.finish(HelpdeskSchedule(zone, week, closed));
}

Result<HelpdeskSchedule::Week> HelpdeskSchedule::parseWeeklyHours(const QString &text)
{
    // "mon-fri 09:00-16:00;sat 10:00-12:00"
    static const QRegularExpression part(
        QStringLiteral("^\\s*([a-z]{3})(?:-([a-z]{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    Week week;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error {QStringLiteral("invalid-hours"), QStringLiteral("no opening hours given"), {}};
    for (const QString &p : parts) {
        const auto m = part.match(p);
        const auto first = m.hasMatch() ? dayIndex(m.captured(1)) : std::nullopt;
        const auto last = m.hasMatch() && !m.captured(2).isEmpty() ? dayIndex(m.captured(2)) : first;
        const QTime open = m.hasMatch() ? parseHm(m.captured(3)) : QTime();
        const QTime close = m.hasMatch() ? parseHm(m.captured(4)) : QTime();
        if (!first || !last || *last < *first || !open.isValid() || !close.isValid() || close <= open)
            return Error {
                QStringLiteral("invalid-hours"),
                QStringLiteral("cannot read \"%1\" (expected e.g. \"mon-fri 09:00-16:00\")").arg(p.trimmed()),
                {}};
        for (int d = *first; d <= *last; ++d)
            week[d] = OpeningHours {open, close};
    }
    return week;
}

Result<QSet<QDate>> HelpdeskSchedule::parseClosedDates(const QString &text)
{
    QSet<QDate> out;
    for (const QString &p : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = p.trimmed();
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid() || t.size() != 10)
            return Error {QStringLiteral("invalid-date"),
                          QStringLiteral("\"%1\" is not a date (yyyy-mm-dd)").arg(t),
                          {}};
        out.insert(d);
    }
    return out;
}

} // namespace hpo
