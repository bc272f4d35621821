#include "models/domain/helpdeskschedule.h"

#include <QJsonDocument>
#include <QTest>

using hpo::HelpdeskSchedule;

namespace {
const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));

QDateTime ams(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), amsterdam);
}
} // namespace

class TestHelpdeskSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsProcessZone()
    {
        // The same rows run under TZ=Europe/Amsterdam, America/New_York and Asia/Tokyo.
        qInfo("process time zone: %s", QTimeZone::systemTimeZoneId().constData());
    }

    void isOpen_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<bool>("open");
        // 2026-12-08 is a Tuesday.
        QTest::newRow("tuesday 08:59:59") << ams(2026, 12, 8, 8, 59, 59) << false;
        QTest::newRow("tuesday 09:00") << ams(2026, 12, 8, 9, 0) << true;
        QTest::newRow("tuesday 12:30") << ams(2026, 12, 8, 12, 30) << true;
        QTest::newRow("tuesday 15:59:59") << ams(2026, 12, 8, 15, 59, 59) << true;
        QTest::newRow("tuesday 16:00") << ams(2026, 12, 8, 16, 0) << false;
        QTest::newRow("tuesday 23:59") << ams(2026, 12, 8, 23, 59) << false;
        QTest::newRow("monday 09:00") << ams(2026, 12, 7, 9, 0) << true;
        QTest::newRow("friday 15:59:59") << ams(2026, 12, 11, 15, 59, 59) << true;
        QTest::newRow("saturday 10:00") << ams(2026, 12, 12, 10, 0) << false;
        QTest::newRow("sunday 10:00") << ams(2026, 12, 13, 10, 0) << false;
        QTest::newRow("christmas (closed date)") << ams(2026, 12, 25, 10, 0) << false;
        QTest::newRow("boxing day is a saturday") << ams(2026, 12, 26, 10, 0) << false;
        QTest::newRow("utc 08:00 is 09:00 in winter")
            << QDateTime(QDate(2026, 12, 8), QTime(8, 0), QTimeZone::utc()) << true;
        QTest::newRow("utc 07:59 is 08:59 in winter")
            << QDateTime(QDate(2026, 12, 8), QTime(7, 59), QTimeZone::utc()) << false;
        QTest::newRow("utc 07:00 is 09:00 in summer")
            << QDateTime(QDate(2026, 7, 7), QTime(7, 0), QTimeZone::utc()) << true;
        QTest::newRow("utc 14:00 is 16:00 in summer")
            << QDateTime(QDate(2026, 7, 7), QTime(14, 0), QTimeZone::utc()) << false;
        QTest::newRow("new york 03:00 is 09:00 amsterdam")
            << QDateTime(QDate(2026, 12, 8), QTime(3, 0), QTimeZone(QByteArrayLiteral("America/New_York")))
            << true;
        QTest::newRow("tokyo 23:59 is 15:59 amsterdam")
            << QDateTime(QDate(2026, 12, 8), QTime(23, 59), QTimeZone(QByteArrayLiteral("Asia/Tokyo")))
            << true;
        QTest::newRow("tokyo 00:00 wednesday is 16:00 tuesday amsterdam")
            << QDateTime(QDate(2026, 12, 9), QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Tokyo")))
            << false;
    }

    void isOpen()
    {
        QFETCH(QDateTime, instant);
        QFETCH(bool, open);
        const HelpdeskSchedule schedule(amsterdam, HelpdeskSchedule().weekly(),
                                        {QDate(2026, 12, 25), QDate(2026, 12, 26)});
        QCOMPARE(schedule.isOpen(instant), open);
        QCOMPARE(schedule.isOpen(instant.toLocalTime()), open);
        QCOMPARE(schedule.isOpen(instant.toUTC()), open);
    }

    void nextChange_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<int>("expectedOffsetSeconds");
        QTest::newRow("before opening") << ams(2026, 12, 8, 8, 59, 59) << ams(2026, 12, 8, 9, 0) << 3600;
        QTest::newRow("at opening -> closing") << ams(2026, 12, 8, 9, 0) << ams(2026, 12, 8, 16, 0) << 3600;
        QTest::newRow("at closing -> next morning")
            << ams(2026, 12, 8, 16, 0) << ams(2026, 12, 9, 9, 0) << 3600;
        QTest::newRow("friday 16:00 -> monday")
            << ams(2026, 12, 11, 16, 0) << ams(2026, 12, 14, 9, 0) << 3600;
        QTest::newRow("saturday -> monday") << ams(2026, 12, 12, 11, 0) << ams(2026, 12, 14, 9, 0) << 3600;
        // Friday 16:00 before each DST change: Monday 09:00 at the new offset.
        QTest::newRow("spring 2026 dst") << ams(2026, 3, 27, 16, 0) << ams(2026, 3, 30, 9, 0) << 7200;
        QTest::newRow("autumn 2026 dst") << ams(2026, 10, 23, 16, 0) << ams(2026, 10, 26, 9, 0) << 3600;
        QTest::newRow("spring 2027 dst") << ams(2027, 3, 26, 16, 0) << ams(2027, 3, 29, 9, 0) << 7200;
        QTest::newRow("autumn 2027 dst") << ams(2027, 10, 29, 16, 0) << ams(2027, 11, 1, 9, 0) << 3600;
        // Closed Monday (Easter Monday 2027-03-29 in the closed list) moves it to Tuesday.
        QTest::newRow("closed monday -> tuesday")
            << ams(2027, 3, 26, 16, 0) << ams(2027, 3, 30, 9, 0) << 7200;
        QTest::newRow("christmas week") << ams(2026, 12, 24, 16, 0) << ams(2026, 12, 28, 9, 0) << 3600;
    }

    void nextChange()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, expected);
        QFETCH(int, expectedOffsetSeconds);
        QSet<QDate> closed {QDate(2026, 12, 25), QDate(2026, 12, 26)};
        if (QByteArray(QTest::currentDataTag()) == "closed monday -> tuesday")
            closed.insert(QDate(2027, 3, 29));
        const HelpdeskSchedule schedule(amsterdam, HelpdeskSchedule().weekly(), closed);
        const QDateTime next = schedule.nextChange(from);
        QCOMPARE(next.toUTC(), expected.toUTC());
        QCOMPARE(next.toTimeZone(amsterdam).offsetFromUtc(), expectedOffsetSeconds);
        QCOMPARE(next.toTimeZone(amsterdam).time(), expected.time());
        // From another representation of the same instant, the answer is the same.
        QCOMPARE(schedule.nextChange(from.toLocalTime()).toUTC(), expected.toUTC());
    }

    void neverOpenHasNoNextChange()
    {
        const HelpdeskSchedule closed(amsterdam, HelpdeskSchedule::Week {}, {});
        QVERIFY(!closed.isOpen(ams(2026, 12, 8, 10, 0)));
        QVERIFY(!closed.nextChange(ams(2026, 12, 8, 10, 0)).isValid());
    }

    void availabilityText_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("text");
        QTest::newRow("open") << ams(2026, 12, 8, 10, 0) << QStringLiteral("Chat available until 16:00");
        QTest::newRow("early") << ams(2026, 12, 8, 7, 0)
                               << QStringLiteral("Chat available again today at 09:00");
        QTest::newRow("evening") << ams(2026, 12, 8, 17, 0)
                                 << QStringLiteral("Chat available again tomorrow at 09:00");
        QTest::newRow("friday evening")
            << ams(2026, 12, 11, 17, 0) << QStringLiteral("Chat available again on Monday at 09:00");
    }

    void availabilityText()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, text);
        QCOMPARE(HelpdeskSchedule().availabilityText(at, QLocale(QLocale::English)), text);
    }

    void dutchWeekdayName()
    {
        // The weekday comes from the locale; the sentence from the translator.
        const QString text
            = HelpdeskSchedule().availabilityText(ams(2026, 12, 11, 17, 0), QLocale(QLocale::Dutch));
        QVERIFY2(text.contains(QStringLiteral("maandag")), qPrintable(text));
    }

    void weeklyHoursText()
    {
        QCOMPARE(HelpdeskSchedule().weeklyHoursText(QLocale(QLocale::English)),
                 QStringLiteral("Monday–Friday 09:00–16:00"));
        HelpdeskSchedule::Week week = HelpdeskSchedule().weekly();
        week[2] = hpo::OpeningHours {QTime(9, 0), QTime(12, 0)};
        week[5] = hpo::OpeningHours {QTime(10, 0), QTime(12, 0)};
        QCOMPARE(HelpdeskSchedule(amsterdam, week).weeklyHoursText(QLocale(QLocale::Dutch)),
                 QStringLiteral(
                     "maandag–dinsdag 09:00–16:00; woensdag 09:00–12:00; donderdag–vrijdag 09:00–16:00; "
                     "zaterdag 10:00–12:00"));
    }

    void jsonRoundTrip()
    {
        HelpdeskSchedule::Week week = HelpdeskSchedule().weekly();
        week[5] = hpo::OpeningHours {QTime(10, 0), QTime(12, 30)};
        const HelpdeskSchedule schedule(amsterdam, week, {QDate(2026, 12, 25)});
        const auto decoded = HelpdeskSchedule::fromJson(schedule.toJson());
        QVERIFY(decoded.ok());
        QVERIFY(decoded.value() == schedule);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing zone") << QByteArray(R"({"weekly":[],"closedDates":[]})") << "timeZone"
                                      << "missing-field";
        QTest::newRow("unknown zone")
            << QByteArray(R"({"timeZone":"Mars/Olympus","weekly":[],"closedDates":[]})") << "timeZone"
            << "unknown-time-zone";
        QTest::newRow("bad day") << QByteArray(
            R"({"timeZone":"Europe/Amsterdam","weekly":[{"day":"xyz","open":"09:00","close":"16:00"}],"closedDates":[]})")
                                 << "weekly[0].day"
                                 << "unknown-value";
        QTest::newRow("close before open") << QByteArray(
            R"({"timeZone":"Europe/Amsterdam","weekly":[{"day":"mon","open":"16:00","close":"09:00"}],"closedDates":[]})")
                                           << "weekly[0].close"
                                           << "out-of-range";
        QTest::newRow("bad time") << QByteArray(
            R"({"timeZone":"Europe/Amsterdam","weekly":[{"day":"mon","open":"9","close":"16:00"}],"closedDates":[]})")
                                  << "weekly[0].open"
                                  << "invalid-time";
        QTest::newRow("weekly not array")
            << QByteArray(R"({"timeZone":"Europe/Amsterdam","weekly":{},"closedDates":[]})") << "weekly"
            << "wrong-type";
        QTest::newRow("bad closed date")
            << QByteArray(R"({"timeZone":"Europe/Amsterdam","weekly":[],"closedDates":["2026-02-30"]})")
            << "closedDates[0]"
            << "invalid-date";
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const auto decoded = HelpdeskSchedule::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().field, field);
        QCOMPARE(decoded.error().code, code);
    }

    void parseWeeklyHours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("openDays");
        QTest::newRow("default") << "mon-fri 09:00-16:00" << true << 5;
        QTest::newRow("two parts") << "mon-fri 09:00-16:00;sat 10:00-12:00" << true << 6;
        QTest::newRow("upper case") << "MON-FRI 09:00-16:00" << true << 5;
        QTest::newRow("reversed range") << "fri-mon 09:00-16:00" << false << 0;
        QTest::newRow("closing before opening") << "mon 16:00-09:00" << false << 0;
        QTest::newRow("no times") << "mon-fri" << false << 0;
        QTest::newRow("nonsense") << "whenever" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
        QTest::newRow("hour 24") << "mon 09:00-24:00" << false << 0;
    }

    void parseWeeklyHours()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, openDays);
        const auto week = HelpdeskSchedule::parseWeeklyHours(text);
        QCOMPARE(week.ok(), valid);
        if (valid) {
            QCOMPARE(
                int(std::count_if(week->begin(), week->end(), [](const auto &d) { return d.has_value(); })),
                openDays);
        }
    }

    void parseClosedDates()
    {
        const auto dates = HelpdeskSchedule::parseClosedDates(QStringLiteral("2026-12-25, 2026-12-26"));
        QVERIFY(dates.ok());
        QCOMPARE(dates->size(), 2);
        QVERIFY(!HelpdeskSchedule::parseClosedDates(QStringLiteral("25-12-2026")).ok());
        QVERIFY(!HelpdeskSchedule::parseClosedDates(QStringLiteral("2026-13-01")).ok());
    }
};

QTEST_GUILESS_MAIN(TestHelpdeskSchedule)
#include "tst_helpdeskschedule.moc"
