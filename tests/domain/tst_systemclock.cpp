#include "models/domain/systemclock.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using hpo::SystemClock;

class TestSystemClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesWhenDue()
    {
        SystemClock clock;
        QObject context;
        int fired = 0;
        clock.scheduleAt(clock.now().addMSecs(50), &context, [&] { ++fired; });
        QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 5000);
    }

    void pastInstantFiresAtOnce()
    {
        SystemClock clock;
        QObject context;
        bool fired = false;
        clock.scheduleAt(clock.now().addSecs(-10), &context, [&] { fired = true; });
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
    }

    void cancelledNeverFires()
    {
        SystemClock clock;
        QObject context;
        bool fired = false;
        const int id = clock.scheduleAt(clock.now().addMSecs(20), &context, [&] { fired = true; });
        clock.cancel(id);
        QTest::qWait(100);
        QVERIFY(!fired);
    }

    void destroyedContextDropsCallback()
    {
        SystemClock clock;
        bool fired = false;
        {
            QObject context;
            clock.scheduleAt(clock.now().addMSecs(20), &context, [&] { fired = true; });
        }
        QTest::qWait(100);
        QVERIFY(!fired);
    }

    void wallClockJumpFiresWhatBecameDue()
    {
        // A callback two days ahead is armed at most 24 h ahead; after a jump (resume
        // from suspend, clock step) recheck() fires it without waiting for the timer.
        QDateTime wall = QDateTime::currentDateTimeUtc();
        SystemClock clock(nullptr, [&] { return wall; });
        QObject context;
        bool fired = false;
        clock.scheduleAt(wall.addDays(2), &context, [&] { fired = true; });
        QTest::qWait(20);
        QVERIFY(!fired);
        wall = wall.addDays(2).addSecs(1);
        clock.recheck();
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
    }

    void laterJumpDoesNotFireEarly()
    {
        QDateTime wall = QDateTime::currentDateTimeUtc();
        SystemClock clock(nullptr, [&] { return wall; });
        QObject context;
        bool fired = false;
        clock.scheduleAt(wall.addSecs(3600), &context, [&] { fired = true; });
        wall = wall.addSecs(1800);
        clock.recheck();
        QTest::qWait(50);
        QVERIFY(!fired);
    }
};

QTEST_GUILESS_MAIN(TestSystemClock)
#include "tst_systemclock.moc"
