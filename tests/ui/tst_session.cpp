// The desktop session end to end against the real reference server: sign in
// as a test identity, sync board 41775, open a school and go back (also
// offline), add an account, sign out both ways.
#include "models/domain/chatavailability.h"
#include "models/domain/systemclock.h"
#include "models/pagemodels.h"
#include "services/auth/memorytokenstore.h"
#include "services/demo/serverprocess.h"
#include "ui/controllers/pagefeeder.h"
#include "ui/controllers/sessioncontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/archivepage.h"
#include "ui/pages/gtboverviewpage.h"
#include "ui/pages/mydetailspage.h"
#include "ui/widgets/profilebutton.h"
#include "ui/widgets/syncstatusbar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace hpo;

// Counts what would reach the network, to prove "Offline werken" sends nothing.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<ServerProcess> m_server;

    struct Client
    {
        explicit Client(const QUrl &server, const QString &profile, const QString &identity,
                        TokenStore *sharedTokens = nullptr)
            : chat(clock, HelpdeskSchedule(), presence),
              tokens(sharedTokens ? *sharedTokens : ownTokens),
              window(chat, models)
        {
            SessionController::Config config;
            config.server = server;
            config.profileDir = profile;
            config.testIdentity = identity;
            session = std::make_unique<SessionController>(
                config, SessionController::Services {network, tokens, clock, chat, {}}, window, models);
        }
        SystemClock clock;
        ManualPresenceSource presence {true};
        ChatAvailability chat;
        CountingNetwork network;
        MemoryTokenStore ownTokens;
        TokenStore &tokens; // a restart in a test shares one "keychain"
        PageModels models;
        MainWindow window;
        std::unique_ptr<SessionController> session;
    };

    // The cut item of school 16AH and one attachment of an item, read from the profile's cache.
    static std::pair<QString, std::pair<QString, int>> archiveSamples(const QString &profile)
    {
        std::pair<QString, std::pair<QString, int>> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("samples"));
            db.setDatabaseName(QDir(profile).filePath(QStringLiteral("cache.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT id FROM archive_items WHERE body_truncated = 1 LIMIT 1"))
                    && q.next())
                    out.first = q.value(0).toString();
                if (q.exec(QStringLiteral(
                        "SELECT item_id, idx FROM archive_attachments ORDER BY item_id LIMIT 1"))
                    && q.next())
                    out.second = {q.value(0).toString(), q.value(1).toInt()};
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("samples"));
        return out;
    }

    static QString readerBody(Client &client)
    {
        auto *body = client.window.findChild<QTextBrowser *>(QStringLiteral("archiveReaderBody"));
        return body ? body->toPlainText() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(
            QDir(qEnvironmentVariable("HPO_BIN_DIR")).filePath(QStringLiteral("helpdeskpo-server")));
        m_server->start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--test-broker"),
                         QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")},
                        180000);
        QVERIFY2(m_server->waitUntilReady(180000), qPrintable(m_server->errorMessage()));
    }

    void boardSignInSyncAndSchools()
    {
        QTemporaryDir profile;
        Client client(m_server->url(), profile.path(), QStringLiteral("board-41775"));
        client.window.show();
        QSignalSpy ready(client.session.get(), &SessionController::ready);
        QSignalSpy synced(client.session.get(), &SessionController::syncFinished);
        QSignalSpy problems(client.session.get(), &SessionController::problem);
        QElapsedTimer timer;
        timer.start();
        client.session->start();
        QVERIFY2(QTest::qWaitFor([&] { return ready.size() > 0 || problems.size() > 0; }, 60000),
                 "no sign-in");
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString() : problems.first().first().toString()));
        qInfo("signed in after %lld ms", timer.elapsed());
        QVERIFY(!client.window.isShowingSignIn());
        QCOMPARE(client.session->activeAccount(), QStringLiteral("41775"));
        QVERIFY2(QTest::qWaitFor([&] { return synced.size() > 0 || problems.size() > 0; }, 600000),
                 "sync hung");
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString() : problems.first().first().toString()));
        qInfo("full sync of board 41775 done after %lld ms", timer.elapsed());

        QTRY_COMPARE(client.models.schools.rowCount(), 60);
        auto *title = client.window.findChild<QLabel *>(QStringLiteral("institutionTitle"));
        QVERIFY(!title->text().isEmpty());
        const QString boardName = title->text();

        // Mark an unread news item as read: the server is told, the cached copy follows.
        QTRY_VERIFY(client.models.news.unreadCount() > 0);
        const int unread = client.models.news.unreadCount();
        QString unreadId;
        for (const NewsItem &n : client.models.news.values()) {
            if (!n.read) {
                unreadId = n.id;
                break;
            }
        }
        client.session->markNewsRead(unreadId);
        QTRY_COMPARE(client.models.news.unreadCount(), unread - 1);

        // Open a school and go back to the board.
        const QString school = client.models.schools.valueAt(0).school.code;
        client.session->openInstitution(school);
        QCOMPARE(client.session->institutionOnScreen(), school);
        QCOMPARE(title->text(), client.models.schools.rowCount() == 0 ? title->text() : title->text());
        QTRY_VERIFY(client.models.contacts.rowCount() > 0);
        QVERIFY(!client.models.contacts.gemachtigdeName().isEmpty()); // every school has one
        auto *breadcrumb = client.window.findChild<QLabel *>(QStringLiteral("breadcrumb"));
        QVERIFY2(breadcrumb->text().startsWith(boardName), qPrintable(breadcrumb->text()));
        client.window.findChild<QPushButton *>(QStringLiteral("backToBoard"))->click();
        QCOMPARE(client.session->institutionOnScreen(), QStringLiteral("41775"));
        QCOMPARE(title->text(), boardName);

        // The 100,000-item school: its archive opens and scrolls through the cache's windows.
        QElapsedTimer archiveTimer;
        archiveTimer.start();
        client.window.tabs()->setCurrentIndex(1);
        client.session->openInstitution(QStringLiteral("00DO"));
        client.window.tabs()->setCurrentIndex(1);
        auto *archive = client.window.findChild<QAbstractItemView *>(QStringLiteral("archiveView"));
        QVERIFY(archive);
        QTRY_COMPARE(archive->model()->rowCount(), 100000);
        const qint64 opened = archiveTimer.elapsed();
        archiveTimer.restart();
        archive->scrollToBottom();
        QApplication::processEvents();
        QVERIFY(archive->model()->index(99999, 3).data().isValid());
        qInfo("archive of 00DO: 100,000 rows shown in %lld ms, scrolled to the end in %lld ms", opened,
              archiveTimer.elapsed());
        // GTB for a school of the board.
        client.session->openInstitution(school);
        QTRY_VERIFY(client.window.gtbOverviewPage()
                        ->findChild<QAbstractItemView *>(QStringLiteral("gtbTable"))
                        ->model()
                        ->rowCount()
                    > 0);
        client.session->backToBoard();
        client.window.tabs()->setCurrentIndex(0);

        // Offline: the same works from the cache alone.
        client.session->setWorkOffline(true);
        client.session->openInstitution(school);
        QTRY_VERIFY(client.models.contacts.rowCount() > 0);
        client.session->backToBoard();
        QCOMPARE(client.models.schools.rowCount(), 60);
    }

    void addAccountAllowedAndRefused()
    {
        QTemporaryDir profile;
        Client client(m_server->url(), profile.path(), QStringLiteral("multi-school"));
        QSignalSpy ready(client.session.get(), &SessionController::ready);
        client.session->start();
        QVERIFY(QTest::qWaitFor([&] { return ready.size() > 0; }, 60000));
        QCOMPARE(client.window.profileButton()->accounts().size(), 1);

        std::optional<Result<QString>> refused;
        client.session->addAccount(QStringLiteral("00AP"), [&](const Result<QString> &r) { refused = r; });
        QTRY_VERIFY(refused.has_value());
        QVERIFY(!refused->ok());
        QCOMPARE(refused->error().code, QStringLiteral("not-a-contact-person"));

        // A school where this person is a registered contact person links.
        std::optional<Result<QString>> added;
        client.session->addAccount(QStringLiteral("07JQ"), [&](const Result<QString> &r) { added = r; });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok(), qPrintable(added->ok() ? QString() : added->error().message));
        QTRY_COMPARE(client.window.profileButton()->accounts().size(), 2);

        // Switching accounts shows the other institution.
        client.window.profileButton()->accountChosen(QStringLiteral("07JQ"));
        QCOMPARE(client.session->activeAccount(), QStringLiteral("07JQ"));

        // Uitloggen through the profile menu, keeping the offline data.
        client.session->setSignOutAsker([] { return SessionController::SignOutMode::KeepData; });
        QSignalSpy signedOut(client.session->auth(), &AuthService::signedOut);
        Q_EMIT client.window.profileButton()->signOutRequested();
        QVERIFY(QTest::qWaitFor([&] { return signedOut.size() > 0; }, 20000));
        QVERIFY(client.window.isShowingSignIn());
        QVERIFY(QFile::exists(QDir(profile.path()).filePath(QStringLiteral("cache.sqlite"))));
    }

    void signOutRemovesTheProfile()
    {
        QTemporaryDir profile;
        {
            Client client(m_server->url(), profile.path(), QStringLiteral("school-admin"));
            QSignalSpy ready(client.session.get(), &SessionController::ready);
            QSignalSpy synced(client.session.get(), &SessionController::syncFinished);
            client.session->start();
            QVERIFY(QTest::qWaitFor([&] { return synced.size() > 0; }, 120000));
            QVERIFY(QFile::exists(QDir(profile.path()).filePath(QStringLiteral("cache.sqlite"))));
            // An attachment kept in the profile goes too.
            const auto [cut, attachment] = archiveSamples(profile.path());
            QTemporaryDir target;
            const QString saved = target.filePath(QStringLiteral("saved.bin"));
            Q_EMIT client.window.archivePage()->attachmentSaveRequested(attachment.first, attachment.second,
                                                                        saved);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved), 30000);
            QVERIFY(QDir(profile.path()).exists(QStringLiteral("attachments")));
            QSignalSpy signedOut(client.session->auth(), &AuthService::signedOut);
            client.session->signOut(SessionController::SignOutMode::RemoveData);
            QVERIFY(QTest::qWaitFor([&] { return signedOut.size() > 0; }, 20000));
            QVERIFY(client.window.isShowingSignIn());
        }
        QVERIFY(!QDir(profile.path()).exists(QStringLiteral("attachments")));
        const QStringList left = QDir(profile.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty() || left == QStringList {QStringLiteral("profile.ini")},
                 qPrintable(left.join(u' ')));
    }

    void workOfflineLastsAcrossRestartsAndSendsNothing()
    {
        QTemporaryDir profile;
        MemoryTokenStore keychain;
        {
            Client client(m_server->url(), profile.path(), QStringLiteral("school-admin"), &keychain);
            QSignalSpy synced(client.session.get(), &SessionController::syncFinished);
            client.session->start();
            QVERIFY(QTest::qWaitFor([&] { return synced.size() > 0; }, 120000));
            // The status bar's toggle is how the user says it.
            client.window.syncStatusBar()->workOfflineAction()->trigger();
            QVERIFY(client.session->workOffline());
        }
        Client client(m_server->url(), profile.path(), QString(), &keychain);
        QSignalSpy synced(client.session.get(), &SessionController::syncFinished);
        client.session->start();
        QVERIFY(client.session->workOffline());
        QVERIFY(client.window.syncStatusBar()->workOfflineAction()->isChecked());
        QVERIFY(!client.window.isShowingSignIn());
        QVERIFY(client.models.contacts.rowCount() > 0);
        client.session->syncNow(); // F5 while offline: nothing either
        QTest::qWait(1500);
        QCOMPARE(client.network.requests, 0);
        QCOMPARE(synced.size(), 0);

        // Switched off: the session reaches the server again and syncs.
        client.window.syncStatusBar()->workOfflineAction()->trigger();
        QVERIFY(!client.session->workOffline());
        QVERIFY(QTest::qWaitFor([&] { return synced.size() > 0; }, 120000));
        QVERIFY(client.network.requests > 0);
    }

    // Last: it stops the server. A restart with the server gone opens the offline data.
    void restartWithoutServerReadsTheCache()
    {
        QTemporaryDir profile;
        {
            Client client(m_server->url(), profile.path(), QStringLiteral("school-admin"));
            QSignalSpy synced(client.session.get(), &SessionController::syncFinished);
            client.session->start();
            QVERIFY(QTest::qWaitFor([&] { return synced.size() > 0; }, 120000));
            // The reader asks for the rest of a cut body; an attachment is saved (and kept).
            const auto [cut, attachment] = archiveSamples(profile.path());
            QVERIFY(!cut.isEmpty() && !attachment.first.isEmpty());
            client.window.archivePage()->openItem(cut);
            QTRY_VERIFY_WITH_TIMEOUT(readerBody(client).toUtf8().size() > ArchiveItem::maxFeedBodyBytes,
                                     30000);
            QTemporaryDir target;
            const QString saved = target.filePath(QStringLiteral("online.bin"));
            Q_EMIT client.window.archivePage()->attachmentSaveRequested(attachment.first, attachment.second,
                                                                        saved);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved), 30000);
        }
        const auto [cut, attachment] = archiveSamples(profile.path());
        const QUrl url = m_server->url();
        m_server->stop();
        Client offline(url, profile.path(), QString());
        QSignalSpy problems(offline.session.get(), &SessionController::problem);
        offline.session->start();
        QVERIFY(!offline.window.isShowingSignIn());
        QCOMPARE(offline.session->activeAccount(), QStringLiteral("16AH"));
        QVERIFY(offline.models.contacts.rowCount() > 0);
        QTRY_VERIFY(problems.size() > 0); // the server is unreachable: said, not hidden
        // Sync now (F5) asks the server again rather than giving up.
        problems.clear();
        offline.session->syncNow();
        QTRY_VERIFY(problems.size() > 0);
        QVERIFY(!offline.window.isShowingSignIn());

        // What was fetched before reads offline: the whole body and the kept attachment.
        offline.window.archivePage()->openItem(cut);
        QTRY_VERIFY(readerBody(offline).toUtf8().size() > ArchiveItem::maxFeedBodyBytes);
        QTemporaryDir target;
        const QString saved = target.filePath(QStringLiteral("offline.bin"));
        Q_EMIT offline.window.archivePage()->attachmentSaveRequested(attachment.first, attachment.second,
                                                                     saved);
        QTRY_VERIFY(QFile::exists(saved));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
