// The password flows in the window, against the real server around the password
// cutoff: the change dialog's checks; before the cutoff the sign-in screen offers
// the password box (wrong password told clearly, right one signs in) and the
// profile menu "Change password…" whose dialog changes it; after the cutoff
// (POST /test/clock) neither is offered. Also the helpdesk's contact details
// from /meta on Ondersteuning en contact.
#include "models/domain/chatavailability.h"
#include "models/domain/systemclock.h"
#include "models/pagemodels.h"
#include "services/auth/memorytokenstore.h"
#include "tests/server/serverlauncher.h"
#include "ui/controllers/passwordcontroller.h"
#include "ui/controllers/sessioncontroller.h"
#include "ui/dialogs/changepassworddialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/profilebutton.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hpo;
using hpo::testing::ServerLauncher;

class TestPasswordUi : public QObject
{
    Q_OBJECT

private:
    ServerLauncher m_server;

    struct Client
    {
        Client(const QUrl &server, const QString &profile, const QString &identity = {})
            : chat(clock, HelpdeskSchedule(), presence),
              window(chat, models)
        {
            SessionController::Config config;
            config.server = server;
            config.profileDir = profile;
            config.testIdentity = identity;
            session = std::make_unique<SessionController>(
                config, SessionController::Services {network, tokens, clock, chat, {}}, window, models);
        }
        template<typename T> T *find(const char *name) const
        {
            return window.findChild<T *>(QLatin1String(name));
        }
        SystemClock clock;
        ManualPresenceSource presence {true};
        ChatAvailability chat;
        QNetworkAccessManager network;
        MemoryTokenStore tokens;
        PageModels models;
        MainWindow window;
        std::unique_ptr<SessionController> session;
    };

    static void fill(ChangePasswordDialog &dialog, const QString &current, const QString &next,
                     const QString &repeat)
    {
        const std::pair<const char *, QString> fields[]
            = {{"currentPassword", current}, {"newPassword", next}, {"repeatPassword", repeat}};
        for (const auto &[name, text] : fields) {
            auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
            edit->clear();
            QTest::keyClicks(edit, text);
        }
    }

    static QMenu *profileMenu(const Client &client) { return client.window.profileButton()->menu(); }

    static QAction *menuAction(const Client &client, const char *name)
    {
        for (QAction *action : profileMenu(client)->actions()) {
            if (action->objectName() == QLatin1String(name))
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    // The end date comes from /meta's availableUntil; a client that never saw it does not guess one.
    void endedTextsNameTheServersDate()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        const hpo::Error ended {QStringLiteral("password-sign-in-ended"), {}, {}};
        const QDate cutoff(2022, 4, 1);
        QVERIFY(
            PasswordController::signInFailureText(ended, cutoff).contains(QStringLiteral("1 April 2022")));
        QVERIFY(
            PasswordController::changeFailureText(ended, cutoff).contains(QStringLiteral("1 April 2022")));
        QVERIFY(PasswordController::signInFailureText(ended).contains(QStringLiteral("has ended")));
        QVERIFY(!PasswordController::changeFailureText(ended).contains(QStringLiteral("2022")));
    }

    void initTestCase()
    {
        // An hour before the cutoff (Europe/Amsterdam).
        QVERIFY2(m_server.start({QStringLiteral("--now"), QStringLiteral("2022-03-31T23:00:00+02:00")}),
                 qPrintable(m_server.standardError()));
    }

    void changeDialogChecksTheForm_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("feedback"); // a part of the message; empty = submitted
        const QString good = QStringLiteral("twelve chars");
        QTest::newRow("no current") << QString() << good << good << QStringLiteral("current password");
        QTest::newRow("too short") << QStringLiteral("old") << QStringLiteral("eleven char")
                                   << QStringLiteral("eleven char") << QStringLiteral("too short");
        QTest::newRow("too long") << QStringLiteral("old") << QStringLiteral("x").repeated(129)
                                  << QStringLiteral("x").repeated(129) << QStringLiteral("too long");
        QTest::newRow("repeat differs")
            << QStringLiteral("old") << good << QStringLiteral("twelve charz") << QStringLiteral("differs");
        QTest::newRow("same as current") << good << good << good << QStringLiteral("same");
        QTest::newRow("fine") << QStringLiteral("old") << good << good << QString();
    }

    void changeDialogChecksTheForm()
    {
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, repeat);
        QFETCH(QString, feedback);
        ChangePasswordDialog dialog;
        dialog.show();
        QSignalSpy submitted(&dialog, &ChangePasswordDialog::submitted);
        fill(dialog, current, next, repeat);
        // Enter in the last field submits, like the button.
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("repeatPassword")), Qt::Key_Return);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("changePasswordFeedback"));
        if (feedback.isEmpty()) {
            QCOMPARE(submitted.size(), 1);
            QCOMPARE(submitted.first().at(0).toString(), current);
            QCOMPARE(submitted.first().at(1).toString(), next);
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"))->isEnabled());
        } else {
            QCOMPARE(submitted.size(), 0);
            QVERIFY2(message->text().contains(feedback), qPrintable(message->text()));
        }
    }

    void changeDialogShowsAndHides()
    {
        ChangePasswordDialog dialog;
        dialog.show();
        auto *next = dialog.findChild<QLineEdit *>(QStringLiteral("newPassword"));
        QCOMPARE(next->echoMode(), QLineEdit::Password);
        dialog.findChild<QCheckBox *>(QStringLiteral("showPasswords"))->click();
        QCOMPARE(next->echoMode(), QLineEdit::Normal);
        dialog.findChild<QCheckBox *>(QStringLiteral("showPasswords"))->click();
        QCOMPARE(next->echoMode(), QLineEdit::Password);
        QVERIFY(!next->accessibleName().isEmpty());
    }

    void beforeTheCutoff()
    {
        QTemporaryDir profile;
        Client client(m_server.url(QStringLiteral("/")), profile.path());
        client.window.show();
        QSignalSpy ready(client.session.get(), &SessionController::ready);
        client.session->start();
        auto *box = client.find<QGroupBox>("passwordBox");
        QTRY_VERIFY_WITH_TIMEOUT(client.session->auth() && box->isVisibleTo(&client.window), 20000);

        // The helpdesk's contact details came with /meta.
        QTRY_VERIFY(client.find<QLabel>("helpdeskPhone")->text().contains(QStringLiteral("050 599 9000")));
        QCOMPARE(client.find<QLabel>("helpdeskEmail")->text(), QStringLiteral("helpdesk-po@duo.example"));

        // A wrong password: a clear message, still on the sign-in screen.
        auto *message = client.find<QLabel>("signInMessage");
        QTest::keyClicks(client.find<QLineEdit>("passwordUser"), QStringLiteral("school-admin"));
        QTest::keyClicks(client.find<QLineEdit>("passwordPassword"), QStringLiteral("not-it"));
        client.find<QPushButton>("passwordSignIn")->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("user name or password is wrong")),
                                 20000);
        QVERIFY(client.window.isShowingSignIn());
        QVERIFY(client.find<QLineEdit>("passwordPassword")->text().isEmpty());

        // The right one signs in.
        QTest::keyClicks(client.find<QLineEdit>("passwordPassword"), QStringLiteral("demo-password"));
        QTest::keyClick(client.find<QLineEdit>("passwordPassword"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() > 0, 30000);
        QVERIFY(!client.window.isShowingSignIn());
        QCOMPARE(client.session->activeAccount(), QStringLiteral("16AH"));

        // Change password from the profile menu.
        QAction *change = menuAction(client, "changePasswordAction");
        QVERIFY(change);
        change->trigger();
        ChangePasswordDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = client.window.findChild<ChangePasswordDialog *>()) && dialog->isVisible());
        auto *feedback = dialog->findChild<QLabel *>(QStringLiteral("changePasswordFeedback"));
        auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"));
        const QString next = QStringLiteral("mijn nieuwe wachtwoord");
        fill(*dialog, QStringLiteral("wrong current"), next, next);
        submit->click();
        QTRY_VERIFY_WITH_TIMEOUT(feedback->text().contains(QStringLiteral("current password is wrong")),
                                 20000);
        QVERIFY(submit->isEnabled());
        fill(*dialog, QStringLiteral("demo-password"), next, next);
        submit->click();
        QTRY_VERIFY_WITH_TIMEOUT(feedback->text().contains(QStringLiteral("has been changed")), 20000);
        QVERIFY(!submit->isVisible());
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("newPassword"))->text().isEmpty());
        dialog->close();

        // The server took it: the new password signs in.
        QCOMPARE(m_server
                     .postJson(QStringLiteral("/api/v1/auth/password"),
                               {{QStringLiteral("username"), QStringLiteral("school-admin")},
                                {QStringLiteral("password"), next}})
                     .status,
                 200);
    }

    // Last: moves the server's clock past the cutoff.
    void afterTheCutoff()
    {
        // A window that read /meta before the cutoff still offers the box; the server's 410 takes it away.
        QTemporaryDir staleProfile;
        Client stale(m_server.url(QStringLiteral("/")), staleProfile.path());
        stale.window.show();
        stale.session->start();
        auto *staleBox = stale.find<QGroupBox>("passwordBox");
        QTRY_VERIFY_WITH_TIMEOUT(stale.session->auth() && staleBox->isVisibleTo(&stale.window), 20000);

        QCOMPARE(m_server
                     .postJson(QStringLiteral("/test/clock"),
                               {{QStringLiteral("now"), QStringLiteral("2022-04-01T00:00:01+02:00")}})
                     .status,
                 200);
        QTest::keyClicks(stale.find<QLineEdit>("passwordUser"), QStringLiteral("board-41775"));
        QTest::keyClicks(stale.find<QLineEdit>("passwordPassword"), QStringLiteral("demo-password"));
        stale.find<QPushButton>("passwordSignIn")->click();
        auto *message = stale.find<QLabel>("signInMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("1 April 2022")), 20000);
        QVERIFY(!staleBox->isVisibleTo(&stale.window));
        QVERIFY(stale.window.isShowingSignIn());

        QTemporaryDir profile;
        Client client(m_server.url(QStringLiteral("/")), profile.path(), QStringLiteral("board-41775"));
        client.window.show();
        QSignalSpy ready(client.session.get(), &SessionController::ready);
        client.session->start();
        QTRY_VERIFY_WITH_TIMEOUT(client.session->auth() != nullptr, 20000);
        QVERIFY(!client.find<QGroupBox>("passwordBox")->isVisibleTo(&client.window));
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() > 0, 30000);
        QVERIFY(menuAction(client, "addAccountAction"));
        QVERIFY(!menuAction(client, "changePasswordAction"));
        QVERIFY(client.find<QLabel>("helpdeskPhone")->text().contains(QStringLiteral("050 599 9000")));
    }
};

QTEST_MAIN(TestPasswordUi)
#include "tst_passwordui.moc"
