// End to end against the real helpdeskpo-server: sign in as board 41775 through
// the test broker (the "browser" posts the broker's form), then a full sync of
// the board and its schools, then a no-change sync. Skips when the server
// binary, or its sign-in, is not there yet.
#include "models/domain/systemclock.h"
#include "services/api/apiclient.h"
#include "services/auth/authservice.h"
#include "services/auth/keychaintokenstore.h"
#include "services/auth/memorytokenstore.h"
#include "services/auth/testbrokerbrowser.h"
#include "services/cache/archiverepository.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/institutionrepository.h"
#include "services/sync/syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace hpo;

class TestE2eSignInSync : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QTemporaryDir m_data;
    QTemporaryDir m_profile;
    QUrl m_base;
    QNetworkAccessManager m_nam;
    QString m_identity = QStringLiteral("board-41775");
    std::unique_ptr<TestBrokerBrowser> m_browser;
    std::optional<AuthEndpoints> m_endpoints;

    // Signs in through the browser flow; returns the errors reported on the way.
    QList<Error> signIn(AuthService &auth)
    {
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        QSignalSpy failed(&auth, &AuthService::failed);
        auth.signIn();
        if (!QTest::qWaitFor(
                [&] { return signedIn.size() > 0 || auth.state() == AuthService::State::SignedOut; }, 30000))
            return {Error {QStringLiteral("test-hang"), QStringLiteral("no sign-in outcome"), {}}};
        QList<Error> errors;
        for (const auto &args : failed)
            errors.append(args.first().value<Error>());
        if (signedIn.isEmpty() && errors.isEmpty())
            errors.append(Error {QStringLiteral("test-not-signed-in"), {}, {}});
        return errors;
    }

    QByteArray profileBytes() const
    {
        QByteArray all;
        const QDir dir(m_profile.path());
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    // The system browser, played by hand: load the broker page's form target and post it with an identity.
    // The system browser, played by the shared test-broker client for one identity.
    bool browse(const QUrl &authorizeUrl)
    {
        m_browser = std::make_unique<TestBrokerBrowser>(m_nam, m_identity);
        return m_browser->open(authorizeUrl);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString binary
            = QDir(qEnvironmentVariable("HPO_BIN_DIR")).filePath(QStringLiteral("helpdeskpo-server"));
        QVERIFY2(QFileInfo::exists(binary), qPrintable(binary + QStringLiteral(" is not built")));
        m_server.setProgram(binary);
        m_server.setArguments({QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--test-broker"), QStringLiteral("--data"), m_data.path(),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start();
        QVERIFY(m_server.waitForStarted(10000));
        static const QRegularExpression listening(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QByteArray out;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         out += m_server.readAllStandardOutput();
                         return listening.match(QString::fromUtf8(out)).hasMatch()
                             || m_server.state() == QProcess::NotRunning;
                     },
                     120000),
                 "the server did not start");
        const auto match = listening.match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        m_base = QUrl(match.captured(1));

        // Servers from before the sign-in issue have no test broker: nothing to test against yet.
        QNetworkReply *probe
            = m_nam.get(QNetworkRequest(m_base.resolved(QUrl(QStringLiteral("/oauth/test-identities")))));
        QVERIFY(QTest::qWaitFor([probe] { return probe->isFinished(); }, 10000));
        const int status = probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete probe;
        QCOMPARE(status, 200); // started with --test-broker: its identities must be there

        ApiClient api(m_nam, m_base, {}, nullptr);
        std::optional<ApiResult> meta;
        api.send(ApiRequest::get(QStringLiteral("/api/v1/meta")), this,
                 [&meta](const ApiResult &r) { meta = r; });
        QTRY_VERIFY(meta.has_value());
        QVERIFY(meta->ok());
        const auto endpoints = AuthEndpoints::fromMeta(meta->response().object().value());
        QVERIFY(endpoints.ok());
        m_endpoints = endpoints.value();
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(10000))
                m_server.kill();
        }
    }

    void signInAndSyncBoard()
    {
        SystemClock clock;
        MemoryTokenStore tokens;
        AuthService *authPointer = nullptr;
        ApiClient api(
            m_nam, m_base, [&authPointer] { return authPointer ? authPointer->accessToken() : QString(); },
            nullptr);

        AuthService auth(
            api, tokens, clock, [this](const QUrl &url) { return browse(url); }, *m_endpoints);
        authPointer = &auth;
        const QList<Error> errors = signIn(auth);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
        QVERIFY(!auth.accessToken().isEmpty());

        auto cache = CacheDatabase::open(m_profile.path());
        QVERIFY(cache.ok());
        SyncEngine engine(*cache.value(), m_profile.path(), auth.identity() + u'@' + m_base.toString(),
                          SyncEngine::feedFetcher(auth), clock);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy syncFailed(&engine, &SyncEngine::failed);
        QElapsedTimer timer;
        timer.start();
        engine.syncNow();
        QVERIFY2(QTest::qWaitFor([&] { return finished.size() + syncFailed.size() > 0; }, 600000),
                 "sync hung");
        QVERIFY2(syncFailed.isEmpty(),
                 qPrintable(syncFailed.isEmpty() ? QString()
                                                 : syncFailed.first().first().value<Error>().code + u' '
                                    + syncFailed.first().first().value<Error>().message + u' '
                                    + syncFailed.first().first().value<Error>().field));
        const auto full = finished.first().first().value<SyncEngine::Summary>();
        qInfo("full sync: %d pages, %lld upserts, %lld bytes, %lld ms, %lld refused", full.pages,
              full.upserts, full.bytes, timer.elapsed(), full.rejected);
        if (full.firstRejection)
            qInfo("first refused entry: %s %s", qPrintable(full.firstRejection->field),
                  qPrintable(full.firstRejection->message));
        QVERIFY(full.full);
        const auto institutions = InstitutionRepository(cache.value()->database()).all();
        QVERIFY(institutions.ok());
        QCOMPARE(institutions.value().size(), 61); // the board and its 60 schools

        const auto again = finished.size();
        engine.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > again || !syncFailed.isEmpty(), 30000);
        const auto noChange = finished.last().first().value<SyncEngine::Summary>();
        QCOMPARE(noChange.requests, 1);
        QCOMPARE(noChange.upserts + noChange.deletes, 0);

        // Neither token is anywhere in the profile folder.
        std::optional<TokenLookup> stored;
        tokens.read({m_base.toString(), auth.identity()}, this,
                    [&stored](const TokenLookup &l) { stored = l; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->state, TokenState::Available);
        const QByteArray files = profileBytes();
        QVERIFY(files.size() > 100000);
        QVERIFY(!files.contains(stored->token.toUtf8()));
        QVERIFY(!files.contains(auth.accessToken().toUtf8()));

        QSqlQuery check(cache.value()->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    // Run by with-keyring.sh: sign-in with the real keychain, then a restart.
    void keychainSessionAcrossRestart()
    {
        const QString mode = qEnvironmentVariable("HPO_KEYRING");
        if (mode.isEmpty())
            QSKIP("run through tests/services/with-keyring.sh");
        SystemClock clock;
        KeychainTokenStore tokens(QStringLiteral("MijnHelpdeskPO-e2e"), std::chrono::seconds(5));
        AuthService *authPointer = nullptr;
        ApiClient api(
            m_nam, m_base, [&authPointer] { return authPointer ? authPointer->accessToken() : QString(); },
            nullptr);
        m_identity = QStringLiteral("school-admin");
        QString identity;
        {
            AuthService auth(
                api, tokens, clock, [this](const QUrl &url) { return browse(url); }, *m_endpoints);
            authPointer = &auth;
            const QList<Error> errors = signIn(auth);
            QCOMPARE(auth.state(), AuthService::State::SignedIn); // signed in for this run in every mode
            identity = auth.identity();
            if (mode == QStringLiteral("unlocked")) {
                QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
            } else {
                QCOMPARE(errors.size(), 1);
                QVERIFY2(errors.first().code.startsWith(QStringLiteral("keychain-")),
                         qPrintable(errors.first().code));
            }
            authPointer = nullptr;
        }
        // The next start of the program.
        AuthService restarted(
            api, tokens, clock, [](const QUrl &) { return false; }, *m_endpoints);
        authPointer = &restarted;
        QElapsedTimer timer;
        timer.start();
        restarted.restore(identity);
        QVERIFY(QTest::qWaitFor(
            [&] { return restarted.state() != AuthService::State::SignedOut || timer.elapsed() > 15000; },
            20000));
        qInfo("restore in %s keyring: state %d after %lld ms", qPrintable(mode), int(restarted.state()),
              timer.elapsed());
        if (mode == QStringLiteral("unlocked")) {
            QTRY_VERIFY(!restarted.accessToken().isEmpty());
            QCOMPARE(restarted.state(), AuthService::State::SignedIn);
        } else {
            QCOMPARE(restarted.state(), AuthService::State::CredentialsUnavailable);
        }
        QVERIFY(timer.elapsed() < 15000);
    }
};

QTEST_GUILESS_MAIN(TestE2eSignInSync)
#include "tst_e2e_signinsync.moc"
