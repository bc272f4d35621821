#include "models/domain/chatavailability.h"
#include "models/pagemodels.h"
#include "tests/support/fakeclock.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace hpo;

namespace {
QDateTime ams(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i)
        titles << window.tabs()->tabText(i);
    return titles;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslators(*qApp, UiLanguage::Dutch)); }

    void dutchTabTitles()
    {
        test::FakeClock clock(ams(2026, 12, 8, 10, 0));
        ManualPresenceSource presence(true);
        ChatAvailability chat(clock, HelpdeskSchedule(), presence);
        PageModels models;
        MainWindow window(chat, models);
        QCOMPARE(tabTitles(window),
                 QStringList({QStringLiteral("Mijn gegevens"), QStringLiteral("Digitaal archief"),
                              QStringLiteral("Ondersteuning en contact"), QStringLiteral("Evaluaties"),
                              QStringLiteral("GTB-overzicht")}));
        auto *profile = window.findChild<QToolButton *>(QStringLiteral("profileButton"));
        QVERIFY(profile);
        QCOMPARE(window.tabs()->cornerWidget(Qt::TopRightCorner), profile);
        QVERIFY(profile->menu());
        QVERIFY(window.statusBar());
    }

    void ctrlFSearchesTheArchive()
    {
        test::FakeClock clock(ams(2026, 12, 8, 10, 0));
        ManualPresenceSource presence(true);
        ChatAvailability chat(clock, HelpdeskSchedule(), presence);
        PageModels models;
        MainWindow window(chat, models);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.tabs()->setCurrentIndex(1);
        QTest::keySequence(&window, QKeySequence::Find);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("archiveSearch"));
        QVERIFY(search);
        QTRY_VERIFY(search->hasFocus());
    }

    void chatDockFollowsScheduleAndPresence()
    {
        test::FakeClock clock(ams(2026, 12, 8, 8, 59, 59)); // Tuesday
        ManualPresenceSource presence(true);
        ChatAvailability chat(clock, HelpdeskSchedule(), presence);
        PageModels models;
        MainWindow window(chat, models);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("chatDock"));
        QVERIFY(dock);

        QVERIFY(!dock->isVisible());
        clock.advanceTo(ams(2026, 12, 8, 9, 0));
        QVERIFY(dock->isVisible());

        presence.setAgentAvailable(false); // 09:00 with no agent
        QVERIFY(!dock->isVisible());
        presence.setAgentAvailable(true);
        QVERIFY(dock->isVisible());

        window.showSignIn(true); // nobody to chat for until someone signs in
        QVERIFY(!dock->isVisible());
        window.showSignIn(false);
        QVERIFY(dock->isVisible());

        clock.advanceTo(ams(2026, 12, 8, 16, 0));
        QVERIFY(!dock->isVisible());
    }

    void noAgentAtNine()
    {
        test::FakeClock clock(ams(2026, 12, 8, 8, 59, 59));
        ManualPresenceSource presence(false);
        ChatAvailability chat(clock, HelpdeskSchedule(), presence);
        PageModels models;
        MainWindow window(chat, models);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("chatDock"));
        clock.advanceTo(ams(2026, 12, 8, 9, 0));
        QVERIFY(!dock->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
