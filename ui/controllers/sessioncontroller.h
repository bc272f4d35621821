// The desktop session: reads the server's /meta, restores or starts sign-in,
// opens the profile's cache, syncs, knows the linked accounts and which
// institution is on screen (a board's school included), and drives the main
// window's shell (sign-in screen, profile button, sync status). Pages read
// their models, which PageFeeder fills from the cache.
#pragma once

#include "models/domain/institution.h"
#include "models/domain/result.h"
#include "services/auth/authendpoints.h"
#include "services/auth/authservice.h"
#include "ui/widgets/profilebutton.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSettings;
class QTimer;

namespace hpo {

class ApiClient;
class ArchiveDocumentController;
class ArchiveDocumentService;
class CacheArchiveSource;
class CacheDatabase;
class ChatAvailability;
class Clock;
class MainWindow;
class PageFeeder;
class PasswordController;
class SyncController;
class SyncEngine;
class TestBrokerBrowser;
class TokenStore;
struct PageModels;

class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    struct Config
    {
        QUrl server;
        QString profileDir;
        // Sign in as this test identity without a browser (--demo); the server must be loopback
        // and say testBroker: true.
        QString testIdentity;
        int syncIntervalMs = 5 * 60 * 1000;
        // While the server is unreachable at start-up, how often to ask again.
        int metaRetryMs = 30 * 1000;
    };

    struct Services
    {
        QNetworkAccessManager &network;
        TokenStore &tokens;
        Clock &clock;
        ChatAvailability &chat;
        AuthService::BrowserOpener browser;
    };

    SessionController(Config config, Services services, MainWindow &window, PageModels &models,
                      QObject *parent = nullptr);
    ~SessionController() override;

    void start();
    // Offline mode: no network use at all until switched off.
    void setWorkOffline(bool offline);
    void syncNow();
    // Tells the server the news item was read, then marks the cached copy (needs the network until the
    // outbox).
    void markNewsRead(const QString &newsId);
    void openInstitution(const QString &code);
    void backToBoard();
    void addAccount(const QString &code, std::function<void(const Result<QString> &)> done);
    // Opens the Account toevoegen dialog (modeless) wired to addAccount().
    void showAddAccountDialog();
    // KeepData leaves the cache for offline reading; RemoveData deletes the profile's files.
    enum class SignOutMode { KeepData, RemoveData };
    void signOut(SignOutMode mode);

    // Asked when the user chooses Uitloggen; tests replace it. nullopt = cancelled.
    using SignOutAsker = std::function<std::optional<SignOutMode>()>;
    void setSignOutAsker(SignOutAsker asker) { m_askSignOut = std::move(asker); }

    AuthService *auth() const { return m_auth.get(); }
    PageFeeder *feeder() const { return m_feeder.get(); }
    SyncEngine *syncEngine() const;
    bool workOffline() const;
    QString activeAccount() const { return m_activeAccount; }
    QString institutionOnScreen() const;

Q_SIGNALS:
    // For tests and the status bar: the session reached a state worth telling.
    void ready(); // signed in, cache open, accounts known
    void syncFinished();
    void problem(const QString &message);

private:
    void fetchMeta();
    void onMeta(const QJsonObject &meta);
    void onSignedIn(const QString &identity);
    void onAuthFailed(const Error &error);
    void openCache();
    void closeCache();
    void loadAccounts();
    void ensureSyncEngine();
    void setActiveAccount(const QString &code);
    void showError(const QString &message);
    void persist(const QString &key, const QString &value);
    QString stored(const QString &key) const;

    Config m_config;
    Services m_services;
    MainWindow &m_window;
    PageModels &m_models;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<TestBrokerBrowser> m_testBroker;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<PageFeeder> m_feeder;
    std::unique_ptr<CacheArchiveSource> m_archive;
    std::unique_ptr<ArchiveDocumentService> m_documents;
    std::unique_ptr<ArchiveDocumentController> m_documentController;
    std::unique_ptr<QSettings> m_settings;
    SyncController *m_syncs;
    QTimer *m_metaRetry;
    QTimer *m_archiveRefresh;
    PasswordController *m_password = nullptr;
    QList<ProfileButton::Account> m_accounts;
    QString m_activeAccount;
    QString m_schoolOnScreen; // a school opened from the active board; empty otherwise
    QString m_displayName;
    SignOutAsker m_askSignOut;
};

} // namespace hpo
