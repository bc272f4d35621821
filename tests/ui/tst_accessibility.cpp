// Every control a keyboard can reach has an accessible name and description,
// and Tab walks each screen in reading order. The screens are those of
// PopulatedWindow (every tab of a board and of one of its schools, the
// contact-person and branch lists, sign-in) plus Account toevoegen and the
// sign-out question.
#include "tests/ui/populatedwindow.h"
#include "ui/dialogs/addaccountdialog.h"
#include "ui/dialogs/signinwidget.h"
#include "ui/dialogs/signoutquestion.h"
#include "ui/language.h"
#include "ui/pages/gtboverviewpage.h"
#include "ui/widgets/profilebutton.h"
#include "ui/widgets/syncstatusbar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace hpo;
using hpo::test::PopulatedWindow;

namespace {
QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Qt's own parts of a compound control (the line edit inside a spin box, a
// scroll area's viewport) are announced through the control that owns them;
// a widget with a focus proxy hands its focus on.
bool isOwnControl(const QWidget *w)
{
    return !w->objectName().startsWith(u"qt_") && !w->focusProxy();
}

// Visible controls that can take focus in any way, below `top`.
QList<QWidget *> focusableControls(QWidget *top, const std::function<bool(QWidget *)> &inScreen)
{
    QList<QWidget *> result;
    QList<QWidget *> all = top->findChildren<QWidget *>();
    all.prepend(top);
    for (QWidget *w : std::as_const(all)) {
        if (w->isVisible() && w->focusPolicy() != Qt::NoFocus && isOwnControl(w) && inScreen(w))
            result.append(w);
    }
    return result;
}

QStringList unnamed(const QList<QWidget *> &controls)
{
    QStringList missing;
    for (const QWidget *w : controls) {
        QStringList what;
        if (w->accessibleName().trimmed().isEmpty())
            what << QStringLiteral("name");
        if (w->accessibleDescription().trimmed().isEmpty())
            what << QStringLiteral("description");
        if (!what.isEmpty())
            missing << describe(w) + QStringLiteral(" lacks ") + what.join(QStringLiteral(" and "));
    }
    return missing;
}

QRect rectOf(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// The reading-order rule, within reason for a layout of columns: the next
// control may be to the right of this one (a new column or the next field on
// a row), below it, or on the same line further right. It may never go back
// up within the same column or back left on the same line. `slack` absorbs
// margins and frames that make neighbours overlap by a few pixels.
bool readsAfter(const QRect &a, const QRect &b)
{
    constexpr int slack = 6;
    const bool rightOf = b.left() >= a.right() - slack;
    const bool below = b.top() >= a.bottom() - slack;
    const bool sameLineFurther = std::abs(b.top() - a.top()) <= slack && b.left() >= a.left();
    return rightOf || below || sameLineFurther;
}

// Tabs from `first` until focus leaves the screen or comes back; the widgets on the way, in order.
QList<QWidget *> tabChain(QWidget *first, const std::function<bool(QWidget *)> &inScreen)
{
    QList<QWidget *> chain;
    first->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QWidget *current = QApplication::focusWidget();
    for (int step = 0; step < 200 && current && inScreen(current); ++step) {
        if (chain.isEmpty() || chain.last() != current) {
            if (chain.contains(current))
                break; // round the screen and back
            chain.append(current);
        }
        QTest::keyClick(current, Qt::Key_Tab);
        QApplication::processEvents();
        current = QApplication::focusWidget();
    }
    return chain;
}

// Fails the test with every problem of the screen at once.
void checkScreen(const QString &screen, QWidget *top, QWidget *root, QWidget *first,
                 const std::function<bool(QWidget *)> &inScreen)
{
    QStringList problems;
    const QList<QWidget *> controls = focusableControls(top, inScreen);
    for (const QString &m : unnamed(controls))
        problems << m;

    const QList<QWidget *> chain = tabChain(first, inScreen);
    QStringList names;
    for (const QWidget *w : chain)
        names << w->objectName();
    qInfo().noquote() << screen << "Tab order:" << names.join(QStringLiteral(" → "));
    // A screen whose own controls never show up would pass every check below without being checked.
    if (std::none_of(chain.cbegin(), chain.cend(), [root](QWidget *w) { return root->isAncestorOf(w); }))
        problems << QStringLiteral("Tab reaches no control of the screen itself");
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a = rectOf(chain.at(i - 1));
        const QRect b = rectOf(chain.at(i));
        if (!readsAfter(a, b))
            problems << QStringLiteral("Tab goes back from %1 at (%2,%3) to %4 at (%5,%6)")
                            .arg(describe(chain.at(i - 1)))
                            .arg(a.left())
                            .arg(a.top())
                            .arg(describe(chain.at(i)))
                            .arg(b.left())
                            .arg(b.top());
    }
    for (QWidget *w : controls) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && !chain.contains(w))
            problems << QStringLiteral("Tab never reaches %1").arg(describe(w));
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(screen + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
}

// The first control of the screen in the focus chain, where Tab starts.
QWidget *firstInChain(QWidget *window, const std::function<bool(QWidget *)> &inScreen)
{
    QWidget *w = window;
    do {
        w = w->nextInFocusChain();
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && isOwnControl(w)
            && inScreen(w))
            return w;
    } while (w != window);
    return nullptr;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslators(*qApp, UiLanguage::English)); }

    void screens_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<int>("screen");
        for (const auto view : {PopulatedWindow::View::Board, PopulatedWindow::View::School}) {
            PopulatedWindow populated(view);
            const auto screens = populated.screens();
            for (int i = 0; i < screens.size(); ++i)
                QTest::newRow(qPrintable(screens.at(i).name)) << int(view) << i;
        }
    }

    // Names and descriptions, then the Tab walk from the page tabs: tab bar,
    // profile button, the page's controls in reading order.
    void screens()
    {
        QFETCH(int, view);
        QFETCH(int, screen);
        PopulatedWindow populated {PopulatedWindow::View(view)};
        MainWindow &window = populated.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const PopulatedWindow::Screen s = populated.screens().at(screen);
        s.show();
        QApplication::processEvents();

        QWidget *root = s.root();
        QWidget *tabBar = window.tabs()->tabBar();
        QWidget *profile = window.profileButton();
        const bool onTabs = !window.isShowingSignIn();
        const auto inScreen = [&](QWidget *w) {
            return w == root || root->isAncestorOf(w) || (onTabs && (w == tabBar || w == profile));
        };
        // The window's own controls outside the page (status bar, dock) are checked for names too.
        QStringList problems = unnamed(focusableControls(&window, [&](QWidget *w) {
            return !window.tabs()->isAncestorOf(w) && !window.signInWidget()->isAncestorOf(w);
        }));
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("window:\n  ") + problems.join(QStringLiteral("\n  "))));
        QWidget *first = onTabs ? tabBar : firstInChain(&window, inScreen);
        QVERIFY(first);
        checkScreen(s.name, &window, root, first, inScreen);
    }

    void profileMenuActionsAreDescribed()
    {
        PopulatedWindow populated(PopulatedWindow::View::Board);
        QStringList missing;
        for (const QAction *a : populated.window().profileButton()->menu()->actions()) {
            if (a->isSeparator())
                continue;
            if (a->text().isEmpty() || a->statusTip().isEmpty())
                missing << a->objectName() + QStringLiteral(" \"") + a->text() + u'"';
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void addAccountDialog()
    {
        AddAccountDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(dialog.findChild<QWidget *>(QStringLiteral("addAccountCode")),
                         QStringLiteral("16AH"));
        const auto inScreen = [&](QWidget *w) {
            return w == &dialog || dialog.isAncestorOf(w);
        };
        checkScreen(QStringLiteral("addAccountDialog"), &dialog, &dialog, firstInChain(&dialog, inScreen),
                    inScreen);
    }

    void signOutQuestion()
    {
        std::unique_ptr<QMessageBox> box(createSignOutQuestion(nullptr));
        box->show();
        QVERIFY(QTest::qWaitForWindowActive(box.get()));
        QWidget *top = box.get();
        const auto inScreen = [&](QWidget *w) {
            return w == top || top->isAncestorOf(w);
        };
        checkScreen(QStringLiteral("signOutQuestion"), top, top, firstInChain(top, inScreen), inScreen);
    }

    // Ctrl+F finds the board's school search on My details, F5 asks for a sync from anywhere.
    void standardShortcuts()
    {
        PopulatedWindow populated(PopulatedWindow::View::Board);
        MainWindow &window = populated.window();
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tabs()->setCurrentIndex(0);
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("schoolSearch"))->hasFocus());

        QSignalSpy sync(window.syncStatusBar(), &SyncStatusBar::syncRequested);
        window.tabs()->setCurrentIndex(3);
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(sync.count(), 1);
    }

    // The GTB page of a board points to the school list, and its button gets there by keyboard.
    void boardGtbLeadsToTheSchoolList()
    {
        PopulatedWindow populated(PopulatedWindow::View::Board);
        MainWindow &window = populated.window();
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tabs()->setCurrentWidget(window.gtbOverviewPage());
        auto *button = window.findChild<QAbstractButton *>(QStringLiteral("gtbGoToSchoolList"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QWidget *list = window.findChild<QWidget *>(QStringLiteral("schoolList"));
        QTRY_VERIFY(list->hasFocus());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
