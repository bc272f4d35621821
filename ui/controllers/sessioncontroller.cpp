#include "ui/controllers/sessioncontroller.h"

#include "models/domain/chatavailability.h"
#include "models/domain/clock.h"
#include "models/domain/helpdeskcontact.h"
#include "models/pagemodels.h"
#include "services/accounts/accountservice.h"
#include "services/api/apiclient.h"
#include "services/archive/archivedocumentservice.h"
#include "services/auth/testbrokerbrowser.h"
#include "services/cache/archiverepository.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/newsrepository.h"
#include "services/sync/syncengine.h"
#include "ui/controllers/archivedocumentcontroller.h"
#include "ui/controllers/cachearchivesource.h"
#include "ui/controllers/pagefeeder.h"
#include "ui/controllers/passwordcontroller.h"
#include "ui/controllers/synccontroller.h"
#include "ui/dialogs/addaccountdialog.h"
#include "ui/dialogs/signinwidget.h"
#include "ui/dialogs/signoutquestion.h"
#include "ui/mainwindow.h"
#include "ui/pages/archivepage.h"
#include "ui/pages/gtboverviewpage.h"
#include "ui/pages/mydetailspage.h"
#include "ui/pages/supportpage.h"
#include "ui/widgets/newspanel.h"
#include "ui/widgets/syncstatusbar.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

namespace hpo {

namespace {
const QString identityKey = QStringLiteral("session/identity");
const QString serverKey = QStringLiteral("session/server");
const QString activeKey = QStringLiteral("session/activeAccount");
const QString accountsKey = QStringLiteral("session/accounts");
const QString lastSyncKey = QStringLiteral("sync/last");
const QString workOfflineKey = QStringLiteral("sync/workOffline");

QList<ProfileButton::Account> buttonAccounts(const QList<LinkedAccount> &accounts)
{
    QList<ProfileButton::Account> out;
    for (const LinkedAccount &a : accounts)
        out.append({a.institutionCode, a.name, a.kind == u"board"});
    return out;
}
} // namespace

SessionController::SessionController(Config config, Services services, MainWindow &window, PageModels &models,
                                     QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_services(std::move(services)),
      m_window(window),
      m_models(models),
      m_settings(std::make_unique<QSettings>(
          QDir(m_config.profileDir).filePath(QStringLiteral("profile.ini")), QSettings::IniFormat)),
      m_syncs(new SyncController(*window.syncStatusBar(), m_services.clock, m_config.syncIntervalMs, this)),
      m_metaRetry(new QTimer(this)),
      m_archiveRefresh(new QTimer(this))
{
    m_archiveRefresh->setSingleShot(true);
    m_archiveRefresh->setInterval(300);
    connect(m_archiveRefresh, &QTimer::timeout, this, [this] {
        if (m_cache)
            m_window.archivePage()->refresh();
    });
    m_metaRetry->setSingleShot(true);
    m_metaRetry->setInterval(m_config.metaRetryMs);
    connect(m_metaRetry, &QTimer::timeout, this, [this] {
        if (!workOffline() && !m_auth)
            fetchMeta();
    });
    connect(m_syncs, &SyncController::finished, this, [this](const QDateTime &at) {
        persist(lastSyncKey, at.toString(Qt::ISODateWithMs));
        Q_EMIT syncFinished();
    });
    connect(m_syncs, &SyncController::failed, this,
            [this](const Error &error) { Q_EMIT problem(tr("Sync failed: %1").arg(error.message)); });

    SignInWidget *signIn = m_window.signInWidget();
    signIn->setServerName(m_config.server.toDisplayString());
    connect(signIn, &SignInWidget::eherkenningRequested, this, [this] {
        if (!m_auth)
            return;
        m_config.testIdentity.clear();
        m_window.signInWidget()->setWaiting(true, tr("Finish signing in in your web browser…"));
        m_auth->signIn();
    });
    connect(signIn, &SignInWidget::testIdentityChosen, this, [this](const QString &id) {
        if (!m_auth)
            return;
        m_config.testIdentity = id;
        m_window.signInWidget()->setWaiting(true, tr("Signing in…"));
        m_auth->signIn();
    });
    connect(signIn, &SignInWidget::cancelRequested, this, [this] {
        if (m_auth)
            m_auth->cancelSignIn();
        m_window.signInWidget()->setWaiting(false);
    });
    m_password = new PasswordController(m_window, this); // the password box and Change password…

    ProfileButton *profile = m_window.profileButton();
    connect(profile, &ProfileButton::accountChosen, this, &SessionController::setActiveAccount);
    connect(profile, &ProfileButton::addAccountRequested, this, &SessionController::showAddAccountDialog);
    m_askSignOut = [this]() -> std::optional<SignOutMode> {
        const auto choice = askSignOut(&m_window);
        if (!choice)
            return std::nullopt;
        return *choice == SignOutChoice::RemoveData ? SignOutMode::RemoveData : SignOutMode::KeepData;
    };
    connect(profile, &ProfileButton::signOutRequested, this, [this] {
        if (const auto mode = m_askSignOut())
            signOut(*mode);
    });

    MyDetailsPage *details = m_window.myDetailsPage();
    connect(details->newsPanel(), &NewsPanel::markReadRequested, this, &SessionController::markNewsRead);
    connect(details, &MyDetailsPage::schoolOpened, this, &SessionController::openInstitution);
    connect(details, &MyDetailsPage::backToBoardRequested, this, &SessionController::backToBoard);

    SyncStatusBar *status = m_window.syncStatusBar();
    connect(status, &SyncStatusBar::syncRequested, this, &SessionController::syncNow);
    connect(status, &SyncStatusBar::workOfflineChanged, this, &SessionController::setWorkOffline);
    const QDateTime lastSync = QDateTime::fromString(stored(lastSyncKey), Qt::ISODateWithMs);
    status->setLastSync(lastSync);
}

SessionController::~SessionController()
{
    closeCache();
}

void SessionController::closeCache()
{
    // The engine writes to the cache, the feeder and the archive page read it: they go first.
    m_syncs->detach();
    m_window.archivePage()->setSource(nullptr, nullptr);
    m_documentController.reset();
    m_documents.reset();
    m_archive.reset();
    m_feeder.reset();
    m_cache.reset();
}

QString SessionController::stored(const QString &key) const
{
    return m_settings->value(key).toString();
}

void SessionController::persist(const QString &key, const QString &value)
{
    m_settings->setValue(key, value);
    m_settings->sync();
}

QString SessionController::institutionOnScreen() const
{
    return m_schoolOnScreen.isEmpty() ? m_activeAccount : m_schoolOnScreen;
}

void SessionController::start()
{
    m_window.showSignIn(true);
    m_api = std::make_unique<ApiClient>(
        m_services.network, m_config.server, [this] { return m_auth ? m_auth->accessToken() : QString(); },
        nullptr);
    // "Offline werken" lasts across restarts: then not even /meta is asked for.
    if (m_settings->value(workOfflineKey).toBool())
        setWorkOffline(true);
    if (const Status s = m_api->baseUrlStatus(); !s) {
        showError(s.error().message);
        return;
    }
    // A known identity reads its cache at once, before the network answers.
    if (!stored(identityKey).isEmpty() && stored(serverKey) == m_config.server.toString()) {
        // The person and accounts /me gave last time, for an offline start.
        const auto person
            = SignedInPerson::fromJson(QJsonDocument::fromJson(stored(accountsKey).toUtf8()).object());
        if (person) {
            m_displayName = person->displayName;
            m_accounts = buttonAccounts(person->accounts);
        }
        openCache();
        if (m_cache && !m_accounts.isEmpty()) {
            m_window.showSignIn(false);
            setActiveAccount(stored(activeKey).isEmpty() ? m_accounts.constFirst().code : stored(activeKey));
        }
    }
    if (!workOffline())
        fetchMeta();
}

void SessionController::fetchMeta()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/meta"));
    request.authenticated = false;
    m_window.signInWidget()->setWaiting(true, tr("Contacting the server…"));
    m_api->send(request, this, [this](const ApiResult &result) {
        m_window.signInWidget()->setWaiting(false);
        if (!result) {
            if (result.error().code == u"offline")
                return; // Offline werken stopped it: asked for, not a failure
            m_window.syncStatusBar()->setOnline(false);
            showError(tr("The server cannot be reached: %1").arg(result.error().message));
            // Offline-first: keep reading the cache and try again later (or on F5).
            m_metaRetry->start();
            return;
        }
        const auto meta = result.response().object();
        if (!meta) {
            showError(meta.error().message);
            return;
        }
        m_window.syncStatusBar()->setOnline(true);
        onMeta(meta.value());
    });
}

void SessionController::onMeta(const QJsonObject &meta)
{
    const auto schedule
        = HelpdeskSchedule::fromJson(meta.value(QStringLiteral("helpdeskSchedule")).toObject());
    if (schedule)
        m_services.chat.setSchedule(schedule.value());

    const auto contact = HelpdeskContact::fromJson(meta.value(QStringLiteral("helpdeskContact")).toObject());
    if (contact) // absent or malformed: the page says "not known yet"
        m_window.supportPage()->setContactDetails(contact->phone, contact->email);

    const auto endpoints = AuthEndpoints::fromMeta(meta);
    if (!endpoints) {
        showError(endpoints.error().message);
        return;
    }
    const bool testBroker = meta.value(QStringLiteral("testBroker")).toBool();
    if (testBroker) {
        ApiRequest identities = ApiRequest::get(QStringLiteral("/oauth/test-identities"));
        identities.authenticated = false;
        m_api->send(identities, this, [this](const ApiResult &result) {
            if (!result)
                return;
            QList<SignInWidget::TestIdentity> list;
            const auto body = result.response().object();
            for (const QJsonValue &v :
                 body ? body->value(QStringLiteral("identities")).toArray() : QJsonArray()) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("kind")).toString() == u"agent")
                    continue; // the agent console is not this client
                list.append({o.value(QStringLiteral("id")).toString(),
                             o.value(QStringLiteral("displayName")).toString(),
                             o.value(QStringLiteral("sees")).toString()});
            }
            m_window.signInWidget()->setTestIdentities(list);
        });
    }

    auto opener = [this](const QUrl &url) {
        if (m_config.testIdentity.isEmpty())
            return m_services.browser ? m_services.browser(url) : false;
        m_testBroker = std::make_unique<TestBrokerBrowser>(m_services.network, m_config.testIdentity);
        connect(m_testBroker.get(), &TestBrokerBrowser::failed, this, &SessionController::onAuthFailed);
        return m_testBroker->open(url);
    };
    m_auth = std::make_unique<AuthService>(*m_api, m_services.tokens, m_services.clock, opener,
                                           endpoints.value());
    m_password->setAuth(m_auth.get());
    connect(m_auth.get(), &AuthService::signedIn, this, &SessionController::onSignedIn);
    connect(m_auth.get(), &AuthService::failed, this, &SessionController::onAuthFailed);
    connect(m_auth.get(), &AuthService::stateChanged, this, [this](AuthService::State state) {
        if (state == AuthService::State::Offline && m_cache) {
            // A stored session the server could not renew: read offline; the next sync retries.
            m_window.signInWidget()->setWaiting(false);
            m_window.syncStatusBar()->setOnline(false);
            if (!m_accounts.isEmpty())
                m_window.showSignIn(false);
            ensureSyncEngine();
        }
        if (state == AuthService::State::CredentialsUnavailable)
            showError(
                tr("The keychain is locked or unavailable, so you stay signed out for now. Your offline "
                   "data is kept. Unlock the keychain and start again."));
    });

    const QString identity = stored(identityKey);
    if (!identity.isEmpty() && stored(serverKey) == m_config.server.toString()
        && m_config.testIdentity.isEmpty())
        m_auth->restore(identity);
    else if (!m_config.testIdentity.isEmpty())
        m_auth->signIn();
}

void SessionController::onAuthFailed(const Error &error)
{
    if (error.code == u"offline")
        return; // Offline werken stopped a refresh: the session stays, the next sync online renews it
    if (m_auth && m_auth->state() == AuthService::State::Offline) {
        m_window.syncStatusBar()->setError(tr("The server cannot be reached; showing the offline data."));
        return;
    }
    m_window.signInWidget()->setWaiting(false);
    showError(tr("Signing in failed: %1")
                  .arg(PasswordController::signInFailureText(
                      error, m_auth ? m_auth->endpoints().passwordAvailableUntil : QDate())));
}

void SessionController::showError(const QString &message)
{
    m_window.signInWidget()->setMessage(message, true);
    m_window.syncStatusBar()->setError(message);
    Q_EMIT problem(message);
}

void SessionController::onSignedIn(const QString &identity)
{
    m_window.signInWidget()->setWaiting(false);
    m_window.signInWidget()->setMessage({}, false);
    persist(identityKey, identity);
    persist(serverKey, m_config.server.toString());
    if (!m_cache)
        openCache();
    loadAccounts();
}

void SessionController::openCache()
{
    QDir().mkpath(m_config.profileDir);
    auto cache = CacheDatabase::open(m_config.profileDir);
    if (!cache) {
        showError(tr("The offline data cannot be opened: %1").arg(cache.error().message));
        return;
    }
    m_cache = std::move(cache).value();
    m_feeder = std::make_unique<PageFeeder>(*m_cache, m_models);
    connect(m_feeder.get(), &PageFeeder::institutionChanged, this,
            [this](const std::optional<Institution> &i) {
                m_window.myDetailsPage()->setInstitution(i);
                m_window.myDetailsPage()->setOpenedFromBoard(m_schoolOnScreen.isEmpty() ? QString() : [this] {
                    for (const auto &a : std::as_const(m_accounts)) {
                        if (a.code == m_activeAccount)
                            return a.name;
                    }
                    return QString();
                }());
            });
    connect(m_feeder.get(), &PageFeeder::readFailed, this, &SessionController::showError);
    connect(m_feeder.get(), &PageFeeder::gtbChanged, m_window.gtbOverviewPage(),
            &GtbOverviewPage::setOverview);
    connect(m_feeder.get(), &PageFeeder::institutionChanged, this,
            [this](const std::optional<Institution> &i) {
                m_window.gtbOverviewPage()->setInstitutionName(i ? i->name : QString());
                m_window.archivePage()->setInstitutionCode(i ? i->code : QString());
            });
    m_archive = std::make_unique<CacheArchiveSource>(m_cache->database());
    // Whole bodies and attachments: kept in the profile, fetched only when online.
    m_documents = std::make_unique<ArchiveDocumentService>(
        *m_cache, m_config.profileDir,
        [this](const ApiRequest &request, QObject *context, ApiClient::Callback done) {
            if (!m_auth || workOffline()) {
                done(ApiError {
                    Error {QStringLiteral("offline"), QStringLiteral("working offline"), {}}, 0, {}, {}});
                return;
            }
            m_auth->send(request, context, std::move(done));
        },
        m_services.clock);
    m_documents->sweepUnrecorded(); // copies left by renamed or removed attachments
    m_documentController = std::make_unique<ArchiveDocumentController>(
        *m_documents, *m_window.archivePage(), [this] { return institutionOnScreen(); });
    connect(m_documentController.get(), &ArchiveDocumentController::problem, this,
            &SessionController::showError);
    m_window.archivePage()->setSource(m_archive.get(), m_documentController.get());
    connect(m_cache.get(), &CacheDatabase::changed, this, [this](Collection collection, const QString &code) {
        // A sync announces every page; the list counts again at most every 300 ms (a search's
        // count runs on the UI thread).
        if (collection == Collection::Archive && (code.isEmpty() || code == institutionOnScreen())
            && !m_archiveRefresh->isActive())
            m_archiveRefresh->start();
    });
}

void SessionController::loadAccounts()
{
    AccountService(*m_auth).fetchMe(this, [this](const Result<SignedInPerson> &person) {
        if (!person) {
            if (person.error().code == u"offline")
                return; // Offline werken stopped it: asked for, not a failure
            showError(tr("Your accounts could not be loaded: %1").arg(person.error().message));
            return;
        }
        m_displayName = person->displayName;
        m_accounts = buttonAccounts(person->accounts);
        persist(accountsKey,
                QString::fromUtf8(QJsonDocument(person->toJson()).toJson(QJsonDocument::Compact)));
        QString active = stored(activeKey);
        const bool known
            = std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                          [&active](const ProfileButton::Account &a) { return a.code == active; });
        if (!known) {
            // Board staff start at their board.
            const auto board = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                            [](const ProfileButton::Account &a) { return a.isBoard; });
            active = board != m_accounts.cend() ? board->code
                : m_accounts.isEmpty()          ? QString()
                                                : m_accounts.constFirst().code;
        }
        m_window.showSignIn(false);
        if (!active.isEmpty() && (active != m_activeAccount || m_schoolOnScreen.isEmpty()))
            setActiveAccount(active);
        ensureSyncEngine();
        Q_EMIT ready();
        syncNow();
    });
}

void SessionController::ensureSyncEngine()
{
    if (m_syncs->engine() || !m_cache || !m_auth)
        return;
    // The feed cursor belongs to the identity at this server; offline, the stored identity names it.
    const QString identity = m_auth->identity().isEmpty() ? stored(identityKey) : m_auth->identity();
    m_syncs->attach(std::make_unique<SyncEngine>(*m_cache, m_config.profileDir,
                                                 SyncEngine::feedScope(identity, m_config.server),
                                                 SyncEngine::feedFetcher(*m_auth), m_services.clock));
}

void SessionController::setActiveAccount(const QString &code)
{
    m_activeAccount = code;
    m_schoolOnScreen.clear();
    persist(activeKey, code);
    m_window.profileButton()->setSignedIn(m_displayName, m_accounts, code);
    if (m_feeder)
        m_feeder->setInstitution(code);
}

void SessionController::openInstitution(const QString &code)
{
    if (!m_feeder)
        return;
    m_schoolOnScreen = code;
    m_feeder->setInstitution(code);
    m_window.tabs()->setCurrentIndex(0);
}

void SessionController::backToBoard()
{
    setActiveAccount(m_activeAccount);
}

void SessionController::syncNow()
{
    if (workOffline())
        return;
    if (!m_auth) { // the server was not reachable yet: start from /meta
        m_metaRetry->stop();
        fetchMeta();
        return;
    }
    m_syncs->syncNow();
}

bool SessionController::workOffline() const
{
    return m_syncs->workOffline();
}

SyncEngine *SessionController::syncEngine() const
{
    return m_syncs->engine();
}

void SessionController::markNewsRead(const QString &newsId)
{
    if (!m_auth || workOffline() || !m_cache)
        return;
    const ApiRequest request
        = ApiRequest::postJson(QStringLiteral("/api/v1/news/") + newsId + QStringLiteral("/read"));
    m_auth->send(request, this, [this, newsId](const ApiResult &result) {
        if (!result) {
            if (result.error().code == u"offline")
                return; // Offline werken stopped it: asked for, not a failure
            showError(tr("The item could not be marked as read: %1").arg(result.error().message));
            return;
        }
        if (!m_cache)
            return;
        for (NewsItem item : m_models.news.values()) {
            if (item.id != newsId)
                continue;
            item.read = true;
            if (NewsRepository(m_cache->database()).upsert(item))
                m_cache->announce(Collection::News, item.institutionCode);
            break;
        }
    });
}

void SessionController::setWorkOffline(bool offline)
{
    if (offline == workOffline())
        return; // also how the status bar's toggle echoes a restored choice
    m_syncs->setWorkOffline(offline);
    if (m_api)
        m_api->setOffline(offline);
    m_settings->setValue(workOfflineKey, offline);
    m_settings->sync();
    m_window.myDetailsPage()->newsPanel()->setCanMarkRead(
        !offline, offline ? tr("Marking as read needs the network: switch off Offline werken.") : QString());
    if (offline) {
        m_metaRetry->stop();
        m_window.signInWidget()->setMessage(tr("Working offline: switch off Offline werken to sign in."),
                                            false);
    } else if (!m_auth) {
        m_window.signInWidget()->setMessage({}, false);
        fetchMeta(); // never reached the server in this run
    }
}

void SessionController::addAccount(const QString &code, std::function<void(const Result<QString> &)> done)
{
    if (!m_auth || workOffline()) {
        done(Error {QStringLiteral("offline"), tr("Adding an account needs the network."), {}});
        return;
    }
    AccountService(*m_auth).add(
        code, this, [this, done = std::move(done)](const Result<LinkedAccount> &account) {
            if (!account) {
                done(account.error());
                return;
            }
            done(account->name);
            loadAccounts(); // the new institution joins the feed: the next sync resyncs
        });
}

void SessionController::showAddAccountDialog()
{
    auto *dialog = new AddAccountDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddAccountDialog::submitted, this,
            [this, dialog = QPointer<AddAccountDialog>(dialog)](const QString &code) {
                addAccount(code, [dialog](const Result<QString> &result) {
                    if (!dialog)
                        return;
                    if (result) {
                        dialog->showSuccess(result.value());
                        return;
                    }
                    dialog->showRefusal(result.error());
                });
            });
    dialog->show();
}

void SessionController::signOut(SignOutMode mode)
{
    if (m_auth)
        m_auth->signOut();
    closeCache();
    m_models.contacts.setValues({});
    m_models.branches.setValues({});
    m_models.news.setValues({});
    m_models.schools.setValues({});
    m_models.contactMoments.setValues({});
    m_models.evaluations.setValues({});
    m_window.myDetailsPage()->setInstitution(std::nullopt);
    m_window.profileButton()->setSignedOut();
    m_accounts.clear();
    m_activeAccount.clear();
    m_schoolOnScreen.clear();
    m_settings->remove(identityKey);
    m_settings->remove(accountsKey);
    m_settings->remove(activeKey);
    m_settings->sync();
    if (mode == SignOutMode::RemoveData) {
        const QString settingsFile = m_settings->fileName();
        m_settings.reset();
        for (const QString &file :
             CacheDatabase::filesOf(QDir(m_config.profileDir).filePath(CacheDatabase::fileName())))
            QFile::remove(file);
        QDir(QDir(m_config.profileDir).filePath(QStringLiteral("attachments"))).removeRecursively();
        QFile::remove(settingsFile);
        m_settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    }
    m_window.showSignIn(true);
}

} // namespace hpo
