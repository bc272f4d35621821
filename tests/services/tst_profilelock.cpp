#include "services/cache/profilelock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

using hpo::ProfileLock;
using namespace std::chrono_literals;

namespace {
// The test re-runs itself as the holder process: HPO_HOLD_PROFILE=DIR takes the
// lock, says "locked" on stdout and keeps it until killed or stdin closes.
const char holderVariable[] = "HPO_HOLD_PROFILE";

int runHolder(const QString &dir)
{
    auto lock = ProfileLock::acquire(dir, 5s);
    if (!lock) {
        std::fprintf(stderr, "holder: %s\n", qPrintable(lock.error().message));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    char buffer[16];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) { }
    return 0;
}
} // namespace

class TestProfileLock : public QObject
{
    Q_OBJECT

private:
    void startHolder(QProcess &holder, const QString &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(holderVariable), dir);
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted(5000));
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    }

private Q_SLOTS:
    void secondHolderInProcessIsRefused()
    {
        QTemporaryDir dir;
        auto first = ProfileLock::acquire(dir.path(), 0ms);
        QVERIFY(first.ok());
        auto second = ProfileLock::acquire(dir.path(), 0ms);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("profile-locked"));
        first.value().reset();
        QVERIFY(ProfileLock::acquire(dir.path(), 0ms).ok());
    }

    void otherProcessIsNamedAndWaitIsBounded()
    {
        QTemporaryDir dir;
        QProcess holder;
        startHolder(holder, dir.path());
        QElapsedTimer timer;
        timer.start();
        auto lock = ProfileLock::acquire(dir.path(), 300ms);
        QVERIFY(!lock.ok());
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(lock.error().code, QStringLiteral("profile-locked"));
        QVERIFY2(lock.error().message.contains(QStringLiteral("held by pid %1 on ").arg(holder.processId())),
                 qPrintable(lock.error().message));
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(5000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(ProfileLock::acquire(dir.path(), 0ms).ok());
    }

    void waiterGetsLockWhenHolderLetsGo()
    {
        QTemporaryDir dir;
        QProcess holder;
        startHolder(holder, dir.path());
        QTimer::singleShot(300, &holder, [&holder] { holder.closeWriteChannel(); });
        // tryLock() sleeps between attempts, so the event loop runs in a helper thread meanwhile.
        auto lock = ProfileLock::acquire(dir.path(), 0ms);
        QVERIFY(!lock.ok());
        QThread waiter;
        hpo::Result<std::unique_ptr<ProfileLock>> result = hpo::Error {};
        QObject::connect(
            &waiter, &QThread::started, &waiter,
            [&] {
                result = ProfileLock::acquire(dir.path(), 10s);
                waiter.quit();
            },
            Qt::DirectConnection);
        waiter.start();
        QTRY_VERIFY_WITH_TIMEOUT(waiter.isFinished(), 15000);
        QVERIFY(result.ok());
        QTRY_COMPARE(holder.state(), QProcess::NotRunning);
    }

    void lockOfKilledProcessIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess holder;
        startHolder(holder, dir.path());
        holder.kill(); // SIGKILL: the lock file stays behind
        QVERIFY(holder.waitForFinished(5000));
        QVERIFY(QFile::exists(dir.filePath(ProfileLock::fileName())));
        auto lock = ProfileLock::acquire(dir.path(), 2s);
        QVERIFY2(lock.ok(), qPrintable(lock ? QString() : lock.error().message));
    }
};

int main(int argc, char **argv)
{
    const QByteArray holdDir = qgetenv(holderVariable);
    if (!holdDir.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runHolder(QString::fromLocal8Bit(holdDir));
    }
    QCoreApplication app(argc, argv);
    TestProfileLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilelock.moc"
