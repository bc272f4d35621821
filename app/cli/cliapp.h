// mijnhelpdeskpo-cli's commands, callable in-process (the executable's main()
// only builds the application object and calls run()). Each command runs to
// its end inside run() on a local event loop and returns the exit code.
#pragma once

#include "models/domain/jsoncodec.h"
#include "models/domain/result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QCommandLineParser;
class QJsonValue;
class QNetworkAccessManager;
class QTextStream;

namespace hpo {

class ApiClient;
class AuthService;
class CacheDatabase;
class CliProfile;
class Clock;
class KeychainTokenStore;
class TrackingTokenStore;

class CliApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApp)

public:
    // Documented in docs/cli.md and docs/scheduled-sync.md.
    enum ExitCode {
        Ok = 0,
        Usage = 1,
        NotSignedIn = 2, // or credentials unavailable (keyring locked or absent)
        Unreachable = 3,
        LocalFailure = 4, // the cache, the profile folder or a file could not be used
        Refused = 5,
    };

    // Opens a URL in the system browser (QDesktopServices in main.cpp), for `login --open-browser`.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    CliApp(QNetworkAccessManager &nam, QTextStream &out, QTextStream &err, BrowserOpener systemBrowser,
           QObject *parent = nullptr);
    ~CliApp() override;

    // `arguments` as main() gets them, the program name first.
    int run(const QStringList &arguments);

    // The exit code for an error from the services.
    static int exitCodeFor(const Error &error);

private:
    struct Session;

    int dispatch(const QStringList &command);
    int login();
    int logout();
    int accounts(const QStringList &command);
    int sync();
    int status();
    int institutionShow();
    int branchesList();
    int contactsList();
    int newsList();
    int archive(const QStringList &command);
    int momentsList();
    int evaluations(const QStringList &command);
    int gtb(const QStringList &command);

    // Connects to the profile's server: /meta, the auth service. Returns an exit code (Ok on success).
    int connectServer(bool requireMeta);
    // connectServer() and restore(): signed in, or an exit code.
    int restoreSession(bool reportSignedOut = true);
    // Opens the profile's cache (creating it). Returns an exit code.
    int openCache();
    // For read commands: the profile must know an identity and an institution.
    int needReadableProfile(bool needInstitution = true);
    int refreshAccounts();
    int fail(const Error &error);
    int usage(const QString &message);
    // Waits for pending keychain calls and network replies (bounded).
    void drain();
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    void print(const QString &text);
    void printJson(const QJsonValue &value);
    // A listing: the repository's error as an exit code, JSON with --json, else one line per item.
    template<typename T>
    int printList(const Result<QList<T>> &list, const std::function<QString(const T &)> &line)
    {
        if (!list)
            return fail(list.error());
        if (m_json) {
            printJson(toJsonArray(list.value()));
            return Ok;
        }
        for (const T &item : list.value())
            print(line(item));
        return Ok;
    }
    QString institutionCode() const;

    QNetworkAccessManager &m_nam;
    QTextStream &m_out;
    QTextStream &m_err;
    BrowserOpener m_systemBrowser;
    std::unique_ptr<QCommandLineParser> m_parser;
    std::unique_ptr<CliProfile> m_profile;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CacheDatabase> m_cache;
    bool m_json = false;
};

} // namespace hpo
