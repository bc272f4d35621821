// The small shell widgets: profile button, sync status bar, language choice.
#include "ui/language.h"
#include "ui/widgets/profilebutton.h"
#include "ui/widgets/syncstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

using namespace hpo;

namespace {
QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *a : menu->actions()) {
        if (!a->isSeparator())
            texts << a->text();
    }
    return texts;
}
} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslators(*qApp, UiLanguage::English)); }

    void profileButtonSignedOut()
    {
        ProfileButton button;
        QCOMPARE(button.text(), QStringLiteral("Not signed in"));
        QCOMPARE(menuTexts(button.menu()), QStringList {QStringLiteral("Not signed in")});
    }

    void profileButtonListsBoardFirst()
    {
        ProfileButton button;
        button.setSignedIn(QStringLiteral("J. de Vries"),
                           {{QStringLiteral("16AH"), QStringLiteral("OBS 't Eenspan"), false},
                            {QStringLiteral("41775"), QStringLiteral("Stichting Primair"), true},
                            {QStringLiteral("00AP"), QStringLiteral("De Schanskorf"), false}},
                           QStringLiteral("41775"));
        QCOMPARE(button.accounts().constFirst().code, QStringLiteral("41775"));
        QCOMPARE(button.accounts().at(1).code, QStringLiteral("00AP")); // then by name
        QVERIFY(button.text().contains(QStringLiteral("Stichting Primair")));
        QVERIFY(!button.findChild<QAction *>(QStringLiteral("changePasswordAction")));

        QSignalSpy chosen(&button, &ProfileButton::accountChosen);
        button.findChild<QAction *>(QStringLiteral("account_16AH"))->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("16AH"));
        button.findChild<QAction *>(QStringLiteral("account_41775"))->trigger(); // already active
        QCOMPARE(chosen.count(), 1);

        QSignalSpy add(&button, &ProfileButton::addAccountRequested);
        QSignalSpy signOut(&button, &ProfileButton::signOutRequested);
        button.findChild<QAction *>(QStringLiteral("addAccountAction"))->trigger();
        button.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QCOMPARE(add.count(), 1);
        QCOMPARE(signOut.count(), 1);
    }

    void passwordChangeOnlyWhenOffered()
    {
        ProfileButton button;
        button.setSignedIn(QStringLiteral("A"), {{QStringLiteral("16AH"), QStringLiteral("S"), false}},
                           QStringLiteral("16AH"));
        button.setPasswordChangeOffered(true);
        auto *action = button.findChild<QAction *>(QStringLiteral("changePasswordAction"));
        QVERIFY(action);
        QSignalSpy spy(&button, &ProfileButton::changePasswordRequested);
        action->trigger();
        QCOMPARE(spy.count(), 1);
        button.setPasswordChangeOffered(false);
        QVERIFY(!button.findChild<QAction *>(QStringLiteral("changePasswordAction")));
    }

    void syncStatusBar()
    {
        SyncStatusBar bar;
        auto *state = bar.findChild<QLabel *>(QStringLiteral("connectionState"));
        auto *last = bar.findChild<QLabel *>(QStringLiteral("lastSync"));
        auto *progress = bar.findChild<QProgressBar *>(QStringLiteral("syncProgress"));
        QCOMPARE(last->text(), QStringLiteral("Not synced yet"));
        bar.setOnline(true);
        QCOMPARE(state->text(), QStringLiteral("Online"));
        QCOMPARE(bar.syncNowAction()->shortcut(), QKeySequence(QKeySequence::Refresh));

        bar.setSyncing(true);
        QVERIFY(!progress->isHidden());
        bar.setProgress(1, 1);
        QCOMPARE(last->text(), QStringLiteral("Syncing: 1 page, 1 item"));
        bar.setProgress(3, 250);
        QCOMPARE(last->text(), QStringLiteral("Syncing: 3 pages, 250 items"));
        bar.setSyncing(false);
        QVERIFY(progress->isHidden());
        bar.setError(QStringLiteral("server unreachable"));
        QVERIFY(last->text().contains(QStringLiteral("server unreachable")));

        QSignalSpy sync(&bar, &SyncStatusBar::syncRequested);
        QSignalSpy offline(&bar, &SyncStatusBar::workOfflineChanged);
        bar.syncNowAction()->trigger();
        QCOMPARE(sync.count(), 1);
        bar.workOfflineAction()->setChecked(true);
        QCOMPARE(offline.count(), 1);
        QCOMPARE(state->text(), QStringLiteral("Working offline"));
        QVERIFY(!bar.syncNowAction()->isEnabled());
    }

    void languageChoice_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("dutch");
        QTest::addColumn<bool>("error");
        QTest::newRow("nl") << "nl" << true << false;
        QTest::newRow("NL") << "NL" << true << false;
        QTest::newRow("en") << "en" << false << false;
        QTest::newRow("fr") << "fr" << (QLocale::system().language() == QLocale::Dutch) << true;
    }

    void languageChoice()
    {
        QFETCH(QString, code);
        QFETCH(bool, dutch);
        QFETCH(bool, error);
        QString message;
        QCOMPARE(chooseLanguage(code, &message) == UiLanguage::Dutch, dutch);
        QCOMPARE(!message.isEmpty(), error);
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
