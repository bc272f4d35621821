#include "services/sync/syncscheduler.h"
#include "tests/support/fakeclock.h"

#include <QTest>
#include <QTimeZone>

using hpo::SyncScheduler;
using namespace std::chrono_literals;

namespace {
const QDateTime t0(QDate(2026, 12, 8), QTime(10, 0), QTimeZone::utc());
}

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private:
    SyncScheduler::Options options() { return {300s, 15s, 1800s}; }

private Q_SLOTS:
    void syncsAtStartThenEveryInterval()
    {
        hpo::test::FakeClock clock(t0);
        int syncs = 0;
        SyncScheduler scheduler(
            clock, [&syncs] { ++syncs; }, options(), [] { return 0.5; });
        scheduler.start();
        QCOMPARE(syncs, 1);
        scheduler.start(); // a sync is running: not a second one
        QCOMPARE(syncs, 1);
        scheduler.syncSucceeded();
        QCOMPARE(scheduler.nextSyncAt(), t0.addSecs(300));
        clock.advanceBy(299 * 1000);
        QCOMPARE(syncs, 1);
        clock.advanceBy(1000);
        QCOMPARE(syncs, 2);
    }

    void backoffDoublesWithJitterAndCaps_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("1") << 1 << 15;
        QTest::newRow("2") << 2 << 30;
        QTest::newRow("3") << 3 << 60;
        QTest::newRow("7") << 7 << 960;
        QTest::newRow("8 capped") << 8 << 1800;
        QTest::newRow("40 capped") << 40 << 1800;
    }

    void backoffDoublesWithJitterAndCaps()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        hpo::test::FakeClock clock(t0);
        SyncScheduler scheduler(
            clock, [] {}, options());
        QCOMPARE(scheduler.backoff(failures).count(), seconds);
    }

    void failureRetriesWithinJitteredWindow()
    {
        hpo::test::FakeClock clock(t0);
        int syncs = 0;
        double random = 0.0;
        SyncScheduler scheduler(
            clock, [&syncs] { ++syncs; }, options(), [&random] { return random; });
        scheduler.start();
        scheduler.syncFailed(); // 15 s backoff, jitter 0 → 7.5 s
        QCOMPARE(scheduler.nextSyncAt(), t0.addMSecs(7500));
        clock.advanceBy(7500);
        QCOMPARE(syncs, 2);
        random = 0.999;
        scheduler.syncFailed(); // 30 s backoff → just under 30 s
        QVERIFY(scheduler.nextSyncAt() > clock.now().addSecs(29));
        QVERIFY(scheduler.nextSyncAt() <= clock.now().addSecs(30));
        QCOMPARE(scheduler.consecutiveFailures(), 2);
        clock.advanceBy(30 * 1000);
        scheduler.syncSucceeded();
        QCOMPARE(scheduler.consecutiveFailures(), 0);
        QCOMPARE(scheduler.nextSyncAt(), clock.now().addSecs(300));
    }

    void networkReturnSyncsAtOnce()
    {
        hpo::test::FakeClock clock(t0);
        int syncs = 0;
        SyncScheduler scheduler(
            clock, [&syncs] { ++syncs; }, options(), [] { return 0.5; });
        scheduler.start();
        scheduler.syncFailed();
        scheduler.setNetworkReachable(false);
        QCOMPARE(syncs, 1);
        scheduler.setNetworkReachable(true);
        QCOMPARE(syncs, 2);
        QCOMPARE(clock.pendingCount(), 0); // the backoff timer was replaced by the sync
        scheduler.setNetworkReachable(true); // no change: nothing
        QCOMPARE(syncs, 2);
    }

    void stopCancels()
    {
        hpo::test::FakeClock clock(t0);
        int syncs = 0;
        SyncScheduler scheduler(
            clock, [&syncs] { ++syncs; }, options());
        scheduler.start();
        scheduler.syncSucceeded();
        scheduler.stop();
        clock.advanceBy(3600 * 1000);
        QCOMPARE(syncs, 1);
        QVERIFY(!scheduler.nextSyncAt().isValid());
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
