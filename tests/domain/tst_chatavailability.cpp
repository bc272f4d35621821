#include "models/domain/chatavailability.h"
#include "tests/support/fakeclock.h"

#include <QSignalSpy>
#include <QTest>

using hpo::ChatAvailability;
using hpo::HelpdeskSchedule;
using hpo::ManualPresenceSource;
using hpo::test::FakeClock;

namespace {
QDateTime ams(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}
} // namespace

class TestChatAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsScheduleThroughTheClock()
    {
        FakeClock clock(ams(2026, 12, 8, 8, 59, 59));
        ManualPresenceSource presence(true);
        ChatAvailability chat(clock, HelpdeskSchedule(), presence);
        QSignalSpy spy(&chat, &ChatAvailability::availableChanged);
        QVERIFY(!chat.isAvailable());
        QCOMPARE(clock.pendingCount(), 1);

        clock.advanceTo(ams(2026, 12, 8, 9, 0));
        QVERIFY(chat.isAvailable());
        QCOMPARE(spy.count(), 1);

        clock.advanceTo(ams(2026, 12, 8, 15, 59, 59));
        QVERIFY(chat.isAvailable());
        QCOMPARE(spy.count(), 1);

        clock.advanceTo(ams(2026, 12, 8, 16, 0));
        QVERIFY(!chat.isAvailable());
        QCOMPARE(spy.count(), 2);
        // Exactly one pending wake-up: the next opening, never a pile of them.
        QCOMPARE(clock.pendingCount(), 1);
    }

    void needsAnAgent()
    {
        FakeClock clock(ams(2026, 12, 8, 10, 0));
        ManualPresenceSource presence(false);
        ChatAvailability chat(clock, HelpdeskSchedule(), presence);
        QVERIFY(chat.isWithinHours());
        QVERIFY(!chat.isAvailable());
        QCOMPARE(chat.statusText(QLocale(QLocale::English)), HelpdeskSchedule::noAgentText());

        QSignalSpy spy(&chat, &ChatAvailability::availableChanged);
        presence.setAgentAvailable(true);
        QVERIFY(chat.isAvailable());
        presence.setAgentAvailable(false);
        QVERIFY(!chat.isAvailable());
        QCOMPARE(spy.count(), 2);
    }

    void presenceOutsideHoursChangesNothing()
    {
        FakeClock clock(ams(2026, 12, 12, 10, 0)); // Saturday
        ManualPresenceSource presence(false);
        ChatAvailability chat(clock, HelpdeskSchedule(), presence);
        QSignalSpy spy(&chat, &ChatAvailability::availableChanged);
        presence.setAgentAvailable(true);
        QVERIFY(!chat.isAvailable());
        QCOMPARE(spy.count(), 0);
        clock.advanceTo(ams(2026, 12, 14, 9, 0)); // Monday
        QVERIFY(chat.isAvailable());
    }

    void destroyedAvailabilityLeavesNoCallback()
    {
        FakeClock clock(ams(2026, 12, 8, 8, 0));
        ManualPresenceSource presence(true);
        {
            ChatAvailability chat(clock, HelpdeskSchedule(), presence);
            QCOMPARE(clock.pendingCount(), 1);
        }
        QCOMPARE(clock.pendingCount(), 0);
        clock.advanceTo(ams(2026, 12, 8, 10, 0)); // must not crash
    }
};

QTEST_GUILESS_MAIN(TestChatAvailability)
#include "tst_chatavailability.moc"
