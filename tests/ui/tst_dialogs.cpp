// Sign-in screen and Account toevoegen, driven by keyboard and mouse.
#include "ui/dialogs/addaccountdialog.h"
#include "ui/dialogs/signinwidget.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace hpo;

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInOffersOnlyWhatTheServerOffers()
    {
        SignInWidget w;
        w.show();
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("signInEherkenning"))->isVisible());
        QVERIFY(!w.findChild<QGroupBox *>(QStringLiteral("passwordBox"))->isVisible());
        QVERIFY(!w.findChild<QGroupBox *>(QStringLiteral("testIdentitiesBox"))->isVisible());
        w.setPasswordOffered(true);
        w.setTestIdentities(
            {{QStringLiteral("school-admin"), QStringLiteral("Els"), QStringLiteral("one school")},
             {QStringLiteral("board-41775"), QStringLiteral("Joost"), QStringLiteral("60 schools")}});
        QVERIFY(w.findChild<QGroupBox *>(QStringLiteral("passwordBox"))->isVisible());
        QVERIFY(w.findChild<QGroupBox *>(QStringLiteral("testIdentitiesBox"))->isVisible());

        QSignalSpy chosen(&w, &SignInWidget::testIdentityChosen);
        auto *list = w.findChild<QListWidget *>(QStringLiteral("testIdentities"));
        list->setCurrentRow(1);
        w.findChild<QPushButton *>(QStringLiteral("testIdentitySignIn"))->click();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("board-41775"));
    }

    void waitingStateAndCancel()
    {
        SignInWidget w;
        w.show();
        QSignalSpy eh(&w, &SignInWidget::eherkenningRequested);
        QSignalSpy cancel(&w, &SignInWidget::cancelRequested);
        auto *button = w.findChild<QPushButton *>(QStringLiteral("signInEherkenning"));
        button->click();
        QCOMPARE(eh.count(), 1);
        w.setWaiting(true, QStringLiteral("Finish signing in in your browser…"));
        QVERIFY(!button->isEnabled());
        auto *cancelButton = w.findChild<QPushButton *>(QStringLiteral("signInCancel"));
        QVERIFY(cancelButton->isVisible());
        cancelButton->click();
        QCOMPARE(cancel.count(), 1);
        w.setWaiting(false);
        QVERIFY(button->isEnabled());
        QVERIFY(!cancelButton->isVisible());
        w.setMessage(QStringLiteral("The keychain is locked"), true);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("signInMessage"))->text(),
                 QStringLiteral("The keychain is locked"));
    }

    void passwordNeedsBothFieldsAndIsNotKept()
    {
        SignInWidget w;
        w.setPasswordOffered(true);
        w.show();
        QSignalSpy submitted(&w, &SignInWidget::passwordSubmitted);
        auto *user = w.findChild<QLineEdit *>(QStringLiteral("passwordUser"));
        auto *password = w.findChild<QLineEdit *>(QStringLiteral("passwordPassword"));
        QTest::keyClicks(user, QStringLiteral("admin16ah"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(submitted.count(), 0);
        QTest::keyClicks(password, QStringLiteral("geheim"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(1).toString(), QStringLiteral("geheim"));
        QVERIFY(password->text().isEmpty());
    }

    void addAccount_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("code");
        QTest::newRow("school lower case") << "16ah" << true << "16AH";
        QTest::newRow("board with space") << "41 775" << true << "41775";
        QTest::newRow("too short") << "16A" << false << "";
        QTest::newRow("branch code") << "16AH00" << false << "";
        QTest::newRow("letters") << "abcd" << false << "";
    }

    void addAccount()
    {
        QFETCH(QString, typed);
        QFETCH(bool, enabled);
        QFETCH(QString, code);
        AddAccountDialog dialog;
        dialog.show();
        QSignalSpy submitted(&dialog, &AddAccountDialog::submitted);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("addAccountCode")), typed);
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addAccountSubmit"));
        QCOMPARE(add->isEnabled(), enabled);
        auto *feedback = dialog.findChild<QLabel *>(QStringLiteral("addAccountFeedback"));
        QCOMPARE(feedback->text().isEmpty(), enabled);
        if (!enabled)
            return;
        add->click();
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), code);
        QVERIFY(dialog.isVisible()); // waits for the server's answer
        dialog.showRefusal(hpo::Error {QStringLiteral("already-linked"), QStringLiteral("server words"), {}});
        QCOMPARE(feedback->text(), QStringLiteral("This institution is already linked to your account."));
        QVERIFY(add->isEnabled());
        // A reason we have no text for: the server's own message, not nothing.
        dialog.showRefusal(
            hpo::Error {QStringLiteral("rate-limited"), QStringLiteral("too many requests"), {}});
        QVERIFY2(feedback->text().contains(QStringLiteral("too many requests")),
                 qPrintable(feedback->text()));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
