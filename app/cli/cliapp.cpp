#include "app/cli/cliapp.h"

#include "app/cli/cliprofile.h"
#include "app/cli/trackingtokenstore.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/systemclock.h"
#include "services/accounts/accountrepository.h"
#include "services/accounts/accountservice.h"
#include "services/api/apiclient.h"
#include "services/archive/archivedocumentservice.h"
#include "services/auth/authservice.h"
#include "services/auth/keychaintokenstore.h"
#include "services/auth/testbrokerbrowser.h"
#include "services/cache/archiverepository.h"
#include "services/cache/branchrepository.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/contactmomentrepository.h"
#include "services/cache/contactrepository.h"
#include "services/cache/evaluationrepository.h"
#include "services/cache/gtbrepository.h"
#include "services/cache/institutionrepository.h"
#include "services/cache/newsrepository.h"
#include "services/cache/profilelock.h"
#include "services/cache/syncstaterepository.h"
#include "services/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace hpo {

struct CliApp::Session
{
    SystemClock clock;
    KeychainTokenStore keychain;
    TrackingTokenStore tokens {keychain};
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<TestBrokerBrowser> broker;
    QJsonObject meta;
    std::optional<Error> metaError; // why /api/v1/meta did not answer
};

namespace {

const QString usageText = QStringLiteral(
    "Usage: mijnhelpdeskpo-cli [--server URL] [--profile DIR] [--institution CODE] [--json] <command>\n"
    "Commands:\n"
    "  login [--open-browser | --test-identity ID]   sign in (the refresh token goes to the keychain)\n"
    "  logout [--remove-data]                         sign out; --remove-data also deletes the cache\n"
    "  accounts list | add CODE | use CODE            linked institutions, Account toevoegen, the active "
    "one\n"
    "  sync                                           pull the change feed into the offline cache\n"
    "  status                                         signed in as, last sync, cursor, cached counts\n"
    "  institution show | branches list | contacts list | news list | moments list\n"
    "  archive list [--limit N] | search TEXT | show ID | save ID DIR\n"
    "  evaluations list | show ID\n"
    "  gtb show | export --csv FILE\n"
    "Exit codes: 0 ok, 1 usage, 2 not signed in or credentials unavailable, 3 server unreachable,\n"
    "4 local failure (cache, profile folder, file), 5 refused by the server. See docs/cli.md.\n");

// Which command each command-specific option belongs to.
const QList<std::pair<QString, QString>> optionCommands = {
    {QStringLiteral("open-browser"), QStringLiteral("login")},
    {QStringLiteral("test-identity"), QStringLiteral("login")},
    {QStringLiteral("remove-data"), QStringLiteral("logout")},
    {QStringLiteral("csv"), QStringLiteral("gtb")},
    {QStringLiteral("limit"), QStringLiteral("archive")},
};

// Exit 3 (server unreachable) also covers answers we could not take in and content that needs the network.
bool isNetworkFailure(const QString &code)
{
    return hpo::isNetworkFailure(Error {code, {}, {}}) || code == u"redirect-refused"
        || code == u"response-too-large" || code == u"needs-network";
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toVariant().toString();
}

QString addressLine(const QJsonObject &address)
{
    return QStringLiteral("%1 %2, %3 %4")
        .arg(str(address, "street"), str(address, "houseNumber"), str(address, "postcode"),
             str(address, "town"))
        .trimmed();
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

CliApp::CliApp(QNetworkAccessManager &nam, QTextStream &out, QTextStream &err, BrowserOpener systemBrowser,
               QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_out(out),
      m_err(err),
      m_systemBrowser(std::move(systemBrowser))
{ }

CliApp::~CliApp() = default;

int CliApp::exitCodeFor(const Error &error)
{
    const QString &code = error.code;
    if (code.startsWith(u"keychain-") || code == u"not-signed-in" || code == u"signed-out"
        || code.startsWith(u"sign-in-") || code == u"authorization-denied")
        return NotSignedIn;
    if (isNetworkFailure(code))
        return Unreachable;
    if (code == u"insecure-url" || code == u"invalid-url")
        return Usage;
    if (code.startsWith(u"cache-") || code.startsWith(u"sqlite-") || code.startsWith(u"profile-")
        || code == u"file-write-failed")
        return LocalFailure;
    return Refused;
}

int CliApp::run(const QStringList &arguments)
{
    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser &p = *m_parser;
    p.setApplicationDescription(usageText);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    p.addOption(help);
    p.addOption({QStringLiteral("version"), QStringLiteral("Show the version.")});
    p.addOption({QStringLiteral("server"), QStringLiteral("The portal's URL (remembered by the profile)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("profile"), QStringLiteral("The profile folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("institution"),
                 QStringLiteral("Read this institution instead of the active one."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output (the domain's JSON).")});
    p.addOption({QStringLiteral("open-browser"), QStringLiteral("login: open the sign-in page.")});
    p.addOption({QStringLiteral("test-identity"),
                 QStringLiteral("login: sign in as a test identity (servers with a test broker only)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("remove-data"), QStringLiteral("logout: also delete the profile's data.")});
    p.addOption({QStringLiteral("csv"), QStringLiteral("gtb export: the CSV file to write."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("limit"),
                 QStringLiteral("archive list/search: at most N items (default 50)."), QStringLiteral("N")});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));

    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(help)) {
        m_out << p.helpText();
        m_out.flush();
        return Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
              << u'\n';
        m_out.flush();
        return Ok;
    }
    const QStringList command = p.positionalArguments();
    if (command.isEmpty())
        return usage(QStringLiteral("no command given"));
    for (const auto &[option, owner] : optionCommands) {
        if (p.isSet(option) && command.constFirst() != owner)
            return usage(QStringLiteral("--%1 belongs to the %2 command").arg(option, owner));
    }
    m_json = p.isSet(QStringLiteral("json"));

    const QString dir
        = p.isSet(QStringLiteral("profile")) ? p.value(QStringLiteral("profile")) : CliProfile::defaultDir();
    m_profile = std::make_unique<CliProfile>(QDir(dir).absolutePath());
    m_profile->load();
    if (p.isSet(QStringLiteral("server"))) {
        const QUrl server(p.value(QStringLiteral("server")), QUrl::StrictMode);
        if (!server.isValid() || server.host().isEmpty()
            || (server.scheme() != u"https" && server.scheme() != u"http"))
            return usage(QStringLiteral("--server needs an http(s) URL, e.g. https://portal.example.nl"));
        m_profile->server = server.adjusted(QUrl::StripTrailingSlash);
    }

    const int code = dispatch(command);
    drain();
    m_out.flush();
    m_err.flush();
    return code;
}

int CliApp::dispatch(const QStringList &c)
{
    const QString name = c.constFirst();
    const auto arity = [&c](qsizetype n) {
        return c.size() == n;
    };
    if (name == u"login" && arity(1))
        return login();
    if (name == u"logout" && arity(1))
        return logout();
    if (name == u"accounts")
        return accounts(c);
    if (name == u"sync" && arity(1))
        return sync();
    if (name == u"status" && arity(1))
        return status();
    if (name == u"institution" && arity(2) && c.at(1) == u"show")
        return institutionShow();
    if (name == u"branches" && arity(2) && c.at(1) == u"list")
        return branchesList();
    if (name == u"contacts" && arity(2) && c.at(1) == u"list")
        return contactsList();
    if (name == u"news" && arity(2) && c.at(1) == u"list")
        return newsList();
    if (name == u"archive")
        return archive(c);
    if (name == u"moments" && arity(2) && c.at(1) == u"list")
        return momentsList();
    if (name == u"evaluations")
        return evaluations(c);
    if (name == u"gtb")
        return gtb(c);
    return usage(QStringLiteral("unknown command \"%1\"").arg(c.join(u' ')));
}

// --- plumbing ---------------------------------------------------------------

int CliApp::usage(const QString &message)
{
    m_err << "mijnhelpdeskpo-cli: " << message << "\n\n" << usageText;
    m_err.flush();
    return Usage;
}

int CliApp::fail(const Error &error)
{
    const int code = exitCodeFor(error);
    QString text;
    if (code == NotSignedIn && error.code.startsWith(u"keychain-")) {
        text = error.code == u"keychain-locked"
            ? QStringLiteral("credentials unavailable: the keyring is locked")
            : error.code == u"keychain-unavailable"
            ? QStringLiteral("credentials unavailable: no keyring (Secret Service) is available")
            : QStringLiteral("credentials unavailable: %1").arg(error.message);
    } else if (code == Unreachable) {
        text = QStringLiteral("server unreachable: %1").arg(error.message);
    } else if (code == Refused) {
        text = QStringLiteral("refused by the server (%1): %2").arg(error.code, error.message);
    } else {
        text = error.message.isEmpty() ? error.code : error.message;
    }
    m_err << "mijnhelpdeskpo-cli: " << text << '\n';
    m_err.flush();
    return code;
}

bool CliApp::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

void CliApp::drain()
{
    if (!m_session)
        return;
    waitFor(
        [this] {
            if (m_session->tokens.pending() > 0)
                return false;
            const auto replies = m_nam.findChildren<QNetworkReply *>();
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        15000);
}

void CliApp::print(const QString &text)
{
    m_out << text << '\n';
}

void CliApp::printJson(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString CliApp::institutionCode() const
{
    if (m_parser->isSet(QStringLiteral("institution")))
        return m_parser->value(QStringLiteral("institution")).trimmed().toUpper();
    return m_profile->institution;
}

int CliApp::connectServer(bool requireMeta)
{
    if (m_session)
        return Ok;
    if (m_profile->server.isEmpty())
        return usage(QStringLiteral("no server known for this profile: pass --server URL"));
    auto session = std::make_unique<Session>();
    Session *s = session.get();
    session->api = std::make_unique<ApiClient>(
        m_nam, m_profile->server, [s] { return s->auth ? s->auth->accessToken() : QString(); }, nullptr);
    if (!session->api->baseUrlStatus())
        return fail(session->api->baseUrlStatus().error());

    std::optional<ApiResult> meta;
    QObject scope; // destroying it drops a late answer
    session->api->send(ApiRequest::get(QStringLiteral("/api/v1/meta")), &scope,
                       [&meta](const ApiResult &r) { meta = r; });
    waitFor([&meta] { return meta.has_value(); }, 60000);
    AuthEndpoints endpoints;
    if (meta && meta->ok() && meta->response().object()) {
        session->meta = meta->response().object().value();
        auto fromMeta = AuthEndpoints::fromMeta(session->meta);
        if (!fromMeta && requireMeta)
            return fail(fromMeta.error());
        if (fromMeta)
            endpoints = fromMeta.value();
    } else {
        session->metaError = meta && !meta->ok()
            ? meta->error()
            : Error {QStringLiteral("network-timeout"), QStringLiteral("no answer from the server"), {}};
        if (requireMeta)
            return fail(*session->metaError);
    }

    const QString testIdentity = m_parser->value(QStringLiteral("test-identity"));
    const bool openBrowser = m_parser->isSet(QStringLiteral("open-browser"));
    AuthService::BrowserOpener opener = [this, s, testIdentity, openBrowser](const QUrl &url) {
        if (!testIdentity.isEmpty())
            return s->broker && s->broker->open(url);
        if (openBrowser && m_systemBrowser && !m_systemBrowser(url)) {
            m_err << "mijnhelpdeskpo-cli: could not open a browser; open the URL above yourself\n";
            m_err.flush();
        }
        return true; // the URL is on stderr: the user can always open it by hand
    };
    session->auth
        = std::make_unique<AuthService>(*session->api, session->tokens, session->clock, opener, endpoints);
    m_session = std::move(session);
    return Ok;
}

int CliApp::restoreSession(bool reportSignedOut)
{
    if (m_profile->identity.isEmpty())
        return fail({QStringLiteral("not-signed-in"),
                     QStringLiteral("not signed in: run mijnhelpdeskpo-cli login"),
                     {}});
    if (const int code = connectServer(false); code != Ok)
        return code;
    AuthService &auth = *m_session->auth;
    std::optional<Error> failure;
    bool answered = false;
    QObject scope;
    connect(&auth, &AuthService::signedIn, &scope, [&] { answered = true; });
    connect(&auth, &AuthService::signedOut, &scope, [&] { answered = true; });
    connect(&auth, &AuthService::failed, &scope, [&](const Error &e) {
        failure = e;
        answered = true;
    });
    auth.restore(m_profile->identity);
    // AuthService::restore answers with a signal in every case (Offline + failed when the server
    // does not renew the session); the quiet-network check is a safety net against a hang.
    QElapsedTimer quiet;
    const bool gotAnswer = waitFor(
        [&] {
            if (answered)
                return true;
            const auto replies = m_nam.findChildren<QNetworkReply *>();
            const bool idle = m_session->tokens.pending() == 0
                && std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *r) { return r->isFinished(); });
            if (!idle) {
                quiet.invalidate();
                return false;
            }
            if (!quiet.isValid())
                quiet.start();
            return quiet.elapsed() >= 200;
        },
        60000);
    if (!answered && gotAnswer) {
        if (!reportSignedOut)
            return Unreachable;
        const Error error
            = m_session->metaError.value_or(Error {QStringLiteral("session-refresh-failed"),
                                                   QStringLiteral("the server did not renew the session"),
                                                   {}});
        return fail(error);
    }
    switch (auth.state()) {
    case AuthService::State::SignedIn:
        return Ok; // maybe without a fresh token (server unreachable): requests will say so
    case AuthService::State::CredentialsUnavailable:
        return fail(failure.value_or(Error {QStringLiteral("keychain-unavailable"), {}, {}}));
    case AuthService::State::Offline: // a session is stored, the server did not renew it
        if (!reportSignedOut)
            return Unreachable;
        return fail(failure.value_or(Error {QStringLiteral("session-refresh-failed"),
                                            QStringLiteral("the server did not renew the session"),
                                            {}}));
    default:
        if (!reportSignedOut)
            return NotSignedIn;
        return fail({QStringLiteral("not-signed-in"),
                     QStringLiteral("not signed in (no session stored for %1, or the server ended it): run "
                                    "mijnhelpdeskpo-cli login")
                         .arg(m_profile->identity),
                     {}});
    }
}

int CliApp::openCache()
{
    if (m_cache)
        return Ok;
    if (!QDir().mkpath(m_profile->dir()))
        return fail({QStringLiteral("profile-folder-failed"),
                     QStringLiteral("cannot create the profile folder %1").arg(m_profile->dir()),
                     {}});
    auto cache = CacheDatabase::open(m_profile->dir());
    if (!cache)
        return fail(cache.error());
    m_cache = std::move(cache.value());
    if (m_cache->openReport().recreated)
        m_err << "mijnhelpdeskpo-cli: the cache was damaged and set aside ("
              << m_cache->openReport().damagedFilePath << "); run sync to rebuild it\n";
    return Ok;
}

int CliApp::needReadableProfile(bool needInstitution)
{
    if (m_profile->identity.isEmpty())
        return fail({QStringLiteral("not-signed-in"),
                     QStringLiteral("not signed in: run mijnhelpdeskpo-cli login"),
                     {}});
    if (!QFileInfo::exists(QDir(m_profile->dir()).filePath(CacheDatabase::fileName())))
        return fail({QStringLiteral("cache-empty"),
                     QStringLiteral("nothing cached yet: run mijnhelpdeskpo-cli sync"),
                     {}});
    if (const int code = openCache(); code != Ok)
        return code;
    if (needInstitution && institutionCode().isEmpty())
        return fail(
            {QStringLiteral("cache-no-institution"),
             QStringLiteral("no active institution: run mijnhelpdeskpo-cli sync, or accounts use CODE"),
             {}});
    return Ok;
}

int CliApp::refreshAccounts()
{
    AccountService service(*m_session->auth);
    std::optional<Result<SignedInPerson>> me;
    QObject scope;
    service.fetchMe(&scope, [&me](const Result<SignedInPerson> &r) { me = r; });
    waitFor([&me] { return me.has_value(); }, 60000);
    if (!me)
        return fail({QStringLiteral("network-timeout"), QStringLiteral("no answer from the server"), {}});
    if (!*me)
        return fail(me->error());
    const QList<LinkedAccount> &accounts = me->value().accounts;
    const bool activeLinked = std::any_of(accounts.begin(), accounts.end(), [this](const LinkedAccount &a) {
        return a.institutionCode == m_profile->institution;
    });
    bool activeVisible = activeLinked;
    if (!activeVisible && !m_profile->institution.isEmpty() && m_cache) {
        const auto found = InstitutionRepository(m_cache->database()).find(m_profile->institution);
        activeVisible = found && found.value().has_value();
    }
    if (!activeVisible) {
        m_profile->institution = accounts.isEmpty() ? QString() : accounts.constFirst().institutionCode;
        if (!m_profile->save())
            return fail({QStringLiteral("profile-write-failed"),
                         QStringLiteral("cannot write %1").arg(m_profile->filePath()),
                         {}});
    }
    if (const int code = openCache(); code != Ok)
        return code;
    if (const Status stored
        = AccountRepository(m_cache->database()).replaceAll(accounts, m_profile->institution);
        !stored)
        return fail(stored.error());
    return Ok;
}

// --- commands ---------------------------------------------------------------

int CliApp::login()
{
    if (const int code = connectServer(true); code != Ok)
        return code;
    Session &s = *m_session;
    const QString testIdentity = m_parser->value(QStringLiteral("test-identity"));
    if (!testIdentity.isEmpty()) {
        if (!s.meta.value(QStringLiteral("testBroker")).toBool())
            return usage(QStringLiteral("--test-identity needs a server whose /meta says testBroker: true"));
        s.broker = std::make_unique<TestBrokerBrowser>(m_nam, testIdentity);
    }
    std::optional<Error> failure;
    QString identity;
    QObject scope; // the connections below end with this function
    connect(s.auth.get(), &AuthService::signInUrlReady, &scope, [this, testIdentity](const QUrl &url) {
        if (testIdentity.isEmpty()) {
            m_err << "Open this URL to sign in: " << url.toString(QUrl::FullyEncoded) << '\n';
            m_err.flush();
        }
    });
    connect(s.auth.get(), &AuthService::signedIn, &scope, [&identity](const QString &id) { identity = id; });
    connect(s.auth.get(), &AuthService::failed, &scope, [&failure, &s](const Error &e) {
        if (s.auth->state() != AuthService::State::SignedIn)
            failure = e;
    });
    if (s.broker)
        connect(s.broker.get(), &TestBrokerBrowser::failed, &scope,
                [&failure](const Error &e) { failure = e; });
    s.auth->signIn();
    waitFor([&] { return !identity.isEmpty() || failure.has_value(); }, 24 * 3600 * 1000);
    if (identity.isEmpty()) {
        s.auth->cancelSignIn();
        if (failure && failure->code == u"sign-in-timeout")
            return fail({QStringLiteral("sign-in-timeout"), QStringLiteral("sign-in timed out"), {}});
        return fail(
            failure.value_or(Error {QStringLiteral("sign-in-failed"), QStringLiteral("sign-in failed"), {}}));
    }
    if (s.tokens.pending() > 0)
        drain();
    const bool switched = !m_profile->identity.isEmpty() && m_profile->identity != identity;
    m_profile->identity = identity;
    if (switched)
        m_profile->institution.clear();
    if (!m_profile->save())
        return fail({QStringLiteral("profile-write-failed"),
                     QStringLiteral("cannot write %1").arg(m_profile->filePath()),
                     {}});
    if (const int code = openCache(); code != Ok)
        return code;
    if (const int code = refreshAccounts(); code != Ok)
        return code;
    if (m_json)
        printJson(QJsonObject {{QStringLiteral("identity"), identity},
                               {QStringLiteral("server"), m_profile->server.toString()},
                               {QStringLiteral("institution"), m_profile->institution}});
    else
        print(QStringLiteral("Signed in as %1 at %2").arg(identity, m_profile->server.toString()));
    return Ok;
}

int CliApp::logout()
{
    const bool removeData = m_parser->isSet(QStringLiteral("remove-data"));
    if (!m_profile->identity.isEmpty()) {
        const int restored = restoreSession(false);
        if (!m_session)
            return restored; // no server known
        AuthService &auth = *m_session->auth;
        if (auth.state() == AuthService::State::CredentialsUnavailable)
            return NotSignedIn; // nothing removed: the keychain entry would stay behind
        if (auth.state() == AuthService::State::SignedIn) {
            auth.signOut(); // revokes (best effort) and removes the keychain entry
            drain();
        } else {
            // No session to revoke, or the server did not answer: forget the stored token here.
            const QUrl origin
                = m_profile->server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
            std::optional<Status> removed;
            QObject scope;
            m_session->tokens.remove({origin.toString(), m_profile->identity}, &scope,
                                     [&removed](const Status &status) { removed = status; });
            waitFor([&removed] { return removed.has_value(); }, 30000);
            if (!removed || !removed->ok())
                return fail(removed ? removed->error() : Error {QStringLiteral("keychain-timeout"), {}, {}});
            if (restored == Unreachable)
                m_err << "mijnhelpdeskpo-cli: the server did not answer; the session was forgotten here but "
                         "not "
                         "revoked\n";
        }
    } else if (!removeData) {
        return fail({QStringLiteral("not-signed-in"), QStringLiteral("not signed in"), {}});
    }
    m_profile->identity.clear();

    if (!removeData) {
        if (!m_profile->save())
            return fail({QStringLiteral("profile-write-failed"),
                         QStringLiteral("cannot write %1").arg(m_profile->filePath()),
                         {}});
        print(QStringLiteral("Signed out; the offline cache is kept"));
        return Ok;
    }

    m_cache.reset();
    QDir dir(m_profile->dir());
    int removed = 0;
    {
        auto lock = ProfileLock::acquire(m_profile->dir(), std::chrono::seconds(30));
        if (!lock)
            return fail(lock.error());
        QStringList files = CacheDatabase::filesOf(dir.filePath(CacheDatabase::fileName()));
        const QStringList damaged = dir.entryList({CacheDatabase::fileName() + QStringLiteral(".damaged-*")},
                                                  QDir::Files | QDir::Hidden);
        for (const QString &name : damaged)
            files.append(dir.filePath(name));
        files.append(m_profile->filePath());
        for (const QString &file : std::as_const(files)) {
            if (QFile::exists(file)) {
                if (!QFile::remove(file))
                    return fail({QStringLiteral("file-write-failed"),
                                 QStringLiteral("cannot remove %1").arg(file),
                                 {}});
                ++removed;
            }
        }
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            QDir child(dir.filePath(sub));
            if (child.removeRecursively())
                ++removed;
        }
    }
    QFile::remove(dir.filePath(ProfileLock::fileName()));
    dir.rmdir(dir.absolutePath());
    print(QStringLiteral("Signed out; removed %1 file(s) of the profile %2")
              .arg(removed)
              .arg(m_profile->dir()));
    return Ok;
}

int CliApp::accounts(const QStringList &c)
{
    const QString sub = c.value(1);
    if (sub == u"list" && c.size() == 2) {
        if (const int code = needReadableProfile(false); code != Ok)
            return code;
        const auto list = AccountRepository(m_cache->database()).all();
        if (!list)
            return fail(list.error());
        if (m_json) {
            QJsonArray out;
            for (const LinkedAccount &account : list.value()) {
                QJsonObject o = account.toJson();
                o.insert(QStringLiteral("active"), account.institutionCode == m_profile->institution);
                out.append(o);
            }
            printJson(out);
        } else {
            for (const LinkedAccount &account : list.value())
                print(QStringLiteral("%1 %2\t%3\t%4")
                          .arg(QChar(account.institutionCode == m_profile->institution ? u'*' : u' '))
                          .arg(account.institutionCode, account.kind, account.name));
        }
        return Ok;
    }
    if (sub == u"add" && c.size() == 3) {
        if (const int code = restoreSession(); code != Ok)
            return code;
        AccountService service(*m_session->auth);
        std::optional<Result<LinkedAccount>> added;
        QObject scope;
        service.add(c.at(2).trimmed().toUpper(), &scope,
                    [&added](const Result<LinkedAccount> &r) { added = r; });
        waitFor([&added] { return added.has_value(); }, 60000);
        if (!added)
            return fail({QStringLiteral("network-timeout"), QStringLiteral("no answer from the server"), {}});
        if (!*added)
            return fail(added->error());
        if (const int code = refreshAccounts(); code != Ok)
            return code;
        if (m_json)
            printJson(added->value().toJson());
        else
            print(QStringLiteral("Linked %1 (%2); run sync to fetch its data")
                      .arg(added->value().institutionCode, added->value().name));
        return Ok;
    }
    if (sub == u"use" && c.size() == 3) {
        if (const int code = needReadableProfile(false); code != Ok)
            return code;
        const QString code = c.at(2).trimmed().toUpper();
        const auto accounts = AccountRepository(m_cache->database()).all();
        bool known = accounts
            && std::any_of(accounts.value().begin(), accounts.value().end(),
                           [&code](const LinkedAccount &a) { return a.institutionCode == code; });
        if (!known) {
            const auto found = InstitutionRepository(m_cache->database()).find(code);
            known = found && found.value().has_value();
        }
        if (!known)
            return usage(
                QStringLiteral("%1 is not an institution of this profile (see accounts list; a board's "
                               "schools appear after sync)")
                    .arg(code));
        m_profile->institution = code;
        if (!m_profile->save())
            return fail({QStringLiteral("profile-write-failed"),
                         QStringLiteral("cannot write %1").arg(m_profile->filePath()),
                         {}});
        if (accounts) {
            if (const Status stored
                = AccountRepository(m_cache->database()).replaceAll(accounts.value(), code);
                !stored)
                return fail(stored.error());
        }
        print(QStringLiteral("Active institution: %1").arg(code));
        return Ok;
    }
    return usage(QStringLiteral("accounts needs list, add CODE or use CODE"));
}

int CliApp::sync()
{
    if (const int code = restoreSession(); code != Ok)
        return code;
    if (const int code = openCache(); code != Ok)
        return code;
    if (const int code = refreshAccounts(); code != Ok)
        return code;
    {
        // Another process syncing this profile: wait for it a while rather than fail at once.
        auto lock = ProfileLock::acquire(m_profile->dir(), std::chrono::seconds(60));
        if (!lock)
            return fail(lock.error());
    }
    SyncEngine engine(*m_cache, m_profile->dir(), m_profile->feedScope(),
                      SyncEngine::feedFetcher(*m_session->auth), m_session->clock);
    std::optional<SyncEngine::Summary> summary;
    std::optional<Error> failure;
    connect(&engine, &SyncEngine::started, this, [this](bool full) {
        m_err << (full ? "sync: full snapshot\n" : "sync: changes since the last sync\n");
        m_err.flush();
    });
    // At most one progress line a second (a full sync of a large board has hundreds of pages).
    QElapsedTimer sinceProgress;
    connect(&engine, &SyncEngine::progress, this,
            [this, &sinceProgress](int pages, qint64 entries, qint64 bytes) {
                if (sinceProgress.isValid() && sinceProgress.elapsed() < 1000)
                    return;
                sinceProgress.start();
                m_err << "sync: " << pages << " page(s), " << entries << " entries, " << bytes / 1024
                      << " KiB\n";
                m_err.flush();
            });
    connect(&engine, &SyncEngine::finished, this, [&summary](const SyncEngine::Summary &s) { summary = s; });
    connect(&engine, &SyncEngine::failed, this, [&failure](const Error &e) { failure = e; });
    engine.syncNow();
    waitFor([&] { return summary.has_value() || failure.has_value(); }, 24 * 3600 * 1000);
    if (failure)
        return fail(*failure);
    if (!summary)
        return fail({QStringLiteral("sync-timeout"), QStringLiteral("the sync did not finish"), {}});
    {
        // Copies of attachments no row records any more (renamed, or left by a crash mid-write) go,
        // as the desktop client does when it opens the cache; a scheduled CLI sync may be all that runs.
        ArchiveDocumentService documents(*m_cache, m_profile->dir(), {}, m_session->clock);
        std::optional<int> removed;
        connect(&documents, &ArchiveDocumentService::swept, this, [&removed](int n) { removed = n; });
        documents.sweepUnrecorded();
        waitFor([&] { return removed.has_value(); }, 10 * 60 * 1000);
        if (removed.value_or(0) > 0) {
            m_err << "sync: removed " << *removed << " stray attachment file(s)\n";
            m_err.flush();
        }
    }
    // The active institution may only now be in the cache (a board's school), or gone.
    const QJsonObject out {
        {QStringLiteral("full"), summary->full},        {QStringLiteral("pages"), summary->pages},
        {QStringLiteral("upserts"), summary->upserts},  {QStringLiteral("deletes"), summary->deletes},
        {QStringLiteral("bytes"), summary->bytes},      {QStringLiteral("requests"), summary->requests},
        {QStringLiteral("rejected"), summary->rejected}};
    if (m_json)
        printJson(out);
    else
        print(QStringLiteral("Synced (%1): %2 page(s), %3 updated, %4 removed, %5 refused")
                  .arg(summary->full ? QStringLiteral("full") : QStringLiteral("changes"))
                  .arg(summary->pages)
                  .arg(summary->upserts)
                  .arg(summary->deletes)
                  .arg(summary->rejected));
    return Ok;
}

int CliApp::status()
{
    QJsonObject out {{QStringLiteral("profile"), m_profile->dir()},
                     {QStringLiteral("server"), m_profile->server.toString()},
                     {QStringLiteral("identity"), m_profile->identity},
                     {QStringLiteral("institution"), m_profile->institution}};
    const bool haveCache = QFileInfo::exists(QDir(m_profile->dir()).filePath(CacheDatabase::fileName()));
    if (haveCache && !m_profile->identity.isEmpty()) {
        if (const int code = openCache(); code != Ok)
            return code;
        const auto state = SyncStateRepository(m_cache->database()).load(m_profile->feedScope());
        if (state) {
            out.insert(QStringLiteral("cursor"), state.value().cursor);
            out.insert(QStringLiteral("lastSync"), state.value().lastSyncAt.toUTC().toString(Qt::ISODate));
            out.insert(QStringLiteral("lastFullSync"),
                       state.value().lastFullSyncAt.toUTC().toString(Qt::ISODate));
        }
        QJsonObject counts;
        static const QList<std::pair<const char *, const char *>> tables
            = {{"institutions", "institutions"}, {"branches", "branches"},
               {"contacts", "contacts"},         {"news", "news"},
               {"archive", "archive_items"},     {"contactMoments", "contact_moments"},
               {"evaluations", "evaluations"},   {"gtb", "gtb"},
               {"accounts", "accounts"}};
        for (const auto &[key, table] : tables) {
            QSqlQuery q(m_cache->database());
            if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next())
                counts.insert(QString::fromLatin1(key), q.value(0).toLongLong());
        }
        out.insert(QStringLiteral("counts"), counts);
    }
    if (m_json) {
        printJson(out);
    } else {
        print(QStringLiteral("Profile:      %1").arg(m_profile->dir()));
        print(
            QStringLiteral("Server:       %1")
                .arg(m_profile->server.isEmpty() ? QStringLiteral("(none)") : m_profile->server.toString()));
        print(QStringLiteral("Signed in as: %1")
                  .arg(m_profile->identity.isEmpty() ? QStringLiteral("(not signed in)")
                                                     : m_profile->identity));
        print(QStringLiteral("Institution:  %1").arg(m_profile->institution));
        if (out.contains(QStringLiteral("cursor"))) {
            const QString last = out.value(QStringLiteral("lastSync")).toString();
            print(QStringLiteral("Last sync:    %1").arg(last.isEmpty() ? QStringLiteral("never") : last));
            print(QStringLiteral("Cursor:       %1").arg(out.value(QStringLiteral("cursor")).toString()));
        }
        const QJsonObject counts = out.value(QStringLiteral("counts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            print(QStringLiteral("Cached %1: %2").arg(it.key()).arg(it.value().toInteger()));
    }
    return m_profile->identity.isEmpty() ? NotSignedIn : Ok;
}

int CliApp::institutionShow()
{
    if (const int code = needReadableProfile(); code != Ok)
        return code;
    const auto found = InstitutionRepository(m_cache->database()).find(institutionCode());
    if (!found)
        return fail(found.error());
    if (!found.value())
        return fail({QStringLiteral("cache-not-found"),
                     QStringLiteral("%1 is not in the cache: run sync").arg(institutionCode()),
                     {}});
    const QJsonObject json = found.value()->toJson();
    if (m_json) {
        printJson(json);
        return Ok;
    }
    print(QStringLiteral("%1  %2").arg(str(json, "code"), str(json, "name")));
    print(QStringLiteral("Kind:     %1").arg(str(json, "kind")));
    print(QStringLiteral("Address:  %1")
              .arg(addressLine(json.value(QStringLiteral("visitingAddress")).toObject())));
    if (json.contains(QStringLiteral("correspondenceAddress")))
        print(QStringLiteral("Post:     %1")
                  .arg(addressLine(json.value(QStringLiteral("correspondenceAddress")).toObject())));
    for (const char *key : {"phone", "email", "website", "boardCode", "municipality", "denomination"}) {
        if (!str(json, key).isEmpty())
            print(QStringLiteral("%1 %2").arg(QString::fromLatin1(key) + u':', -9).arg(str(json, key)));
    }
    return Ok;
}

int CliApp::branchesList()
{
    if (const int code = needReadableProfile(); code != Ok)
        return code;
    return printList<Branch>(
        BranchRepository(m_cache->database()).forInstitution(institutionCode()), [](const Branch &b) {
            return QStringLiteral("%1\t%2\t%3")
                .arg(b.code, b.name, addressLine(b.toJson().value(QStringLiteral("address")).toObject()));
        });
}

int CliApp::contactsList()
{
    if (const int code = needReadableProfile(); code != Ok)
        return code;
    return printList<ContactPerson>(
        ContactRepository(m_cache->database()).forInstitution(institutionCode()), [](const ContactPerson &p) {
            QStringList roles;
            for (const QJsonValue &r : contactRolesToJson(p.roles))
                roles.append(r.toString());
            return QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(p.id, p.displayName(), p.function, p.email, roles.join(u','));
        });
}

int CliApp::newsList()
{
    if (const int code = needReadableProfile(); code != Ok)
        return code;
    return printList<NewsItem>(
        NewsRepository(m_cache->database()).forInstitution(institutionCode()), [](const NewsItem &n) {
            return QStringLiteral("%1\t%2\t%3\t%4")
                .arg(n.id, n.publishedAt.toUTC().toString(Qt::ISODate),
                     n.read ? QStringLiteral("read") : QStringLiteral("unread"), n.title);
        });
}

int CliApp::archive(const QStringList &c)
{
    const QString sub = c.value(1);
    int limit = 50;
    if (m_parser->isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_parser->value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100000)
            return usage(QStringLiteral("--limit needs a number from 1 to 100000"));
    }
    const bool valid = (sub == u"list" && c.size() == 2) || (sub == u"search" && c.size() >= 3)
        || (sub == u"show" && c.size() == 3) || (sub == u"save" && c.size() == 4);
    if (!valid)
        return usage(QStringLiteral("archive needs list, search TEXT, show ID or save ID DIR"));
    if (const int code = needReadableProfile(); code != Ok)
        return code;
    ArchiveRepository repo(m_cache->database());

    const auto printItems = [this](const QList<ArchiveItem> &items) {
        if (m_json) {
            printJson(toJsonArray(items));
            return;
        }
        for (const ArchiveItem &a : items) {
            const QJsonObject j = a.toJson();
            print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                      .arg(a.id, a.sentAt.toUTC().toString(Qt::ISODate), str(j, "kind"), str(j, "direction"),
                           a.sender, a.subject));
        }
    };
    if (sub == u"list") {
        const auto items = repo.page(institutionCode(), std::nullopt, limit);
        if (!items)
            return fail(items.error());
        printItems(items.value());
        return Ok;
    }
    if (sub == u"search") {
        const auto items = repo.search(institutionCode(), c.mid(2).join(u' '), limit);
        if (!items)
            return items.error().code == u"empty-search" ? usage(QStringLiteral("search needs a word"))
                                                         : fail(items.error());
        printItems(items.value());
        return Ok;
    }

    const auto found = repo.find(c.at(2));
    if (!found)
        return fail(found.error());
    if (!found.value() || found.value()->institutionCode != institutionCode())
        return fail({QStringLiteral("cache-not-found"),
                     QStringLiteral("archive item %1 is not cached for %2").arg(c.at(2), institutionCode()),
                     {}});
    ArchiveItem item = *found.value();

    // Whole bodies and attachments go through the same service as the GUI's, so what one fetched and
    // kept in the profile (within its budget) the other reuses, also offline. The session is restored
    // only when the service really needs the server.
    std::optional<int> sessionCode;
    SystemClock clock;
    ArchiveDocumentService documents(
        *m_cache, m_profile->dir(),
        [this, &sessionCode](const ApiRequest &request, QObject *context, ApiClient::Callback done) {
            if (!sessionCode)
                sessionCode = restoreSession();
            if (*sessionCode != Ok) {
                done(ApiError {
                    Error {QStringLiteral("offline"), QStringLiteral("no session"), {}}, 0, {}, {}});
                return;
            }
            m_session->auth->send(request, context, std::move(done));
        },
        clock);
    const auto failWith = [&](const Error &error) {
        return sessionCode && *sessionCode != Ok ? *sessionCode : fail(error);
    };

    std::optional<ArchiveDocumentService::ItemAnswer> answer;
    documents.wholeItem(item.institutionCode, item.id, &documents,
                        [&answer](const ArchiveDocumentService::ItemAnswer &a) { answer = a; });
    waitFor([&answer] { return answer.has_value(); }, 120000);
    if (!answer)
        return fail({QStringLiteral("network-timeout"), QStringLiteral("no answer from the server"), {}});
    if (answer->item)
        item = *answer->item;
    const bool whole = !answer->error;

    if (sub == u"show") {
        // The cut text is still worth showing; stderr says what is missing.
        if (!whole && !(sessionCode && *sessionCode != Ok))
            m_err << "mijnhelpdeskpo-cli: the body is cut; the whole text needs the server ("
                  << answer->error->message << ")\n";
        if (m_json) {
            printJson(item.toJson());
            return Ok;
        }
        const QJsonObject j = item.toJson();
        print(QStringLiteral("Id:        %1").arg(item.id));
        print(QStringLiteral("Subject:   %1").arg(item.subject));
        print(QStringLiteral("Sent:      %1").arg(item.sentAt.toUTC().toString(Qt::ISODate)));
        print(QStringLiteral("From:      %1").arg(item.sender));
        print(QStringLiteral("To:        %1").arg(item.recipient));
        print(QStringLiteral("Kind:      %1, %2").arg(str(j, "kind"), str(j, "direction")));
        for (const ArchiveAttachment &a : item.attachments)
            print(QStringLiteral("Attachment %1: %2 (%3, %4 bytes)")
                      .arg(a.index)
                      .arg(a.fileName, a.mediaType)
                      .arg(a.size));
        print(QString());
        print(item.body);
        return Ok;
    }

    // save ID DIR: the whole text as <id>.txt and every attachment under its own (bare) file name.
    if (!whole)
        return failWith(*answer->error);
    const QDir target(c.at(3));
    if (!QDir().mkpath(target.absolutePath()))
        return fail(
            {QStringLiteral("file-write-failed"), QStringLiteral("cannot create %1").arg(target.path()), {}});
    const QString text = QStringLiteral("Subject: %1\nSent: %2\nFrom: %3\nTo: %4\n\n%5\n")
                             .arg(item.subject, item.sentAt.toUTC().toString(Qt::ISODate), item.sender,
                                  item.recipient, item.body);
    // Server-given names go through the same rule as the kept copies.
    const QString textPath = target.absoluteFilePath(
        ArchiveDocumentService::safeFileName(item.id, QStringLiteral("item")) + QStringLiteral(".txt"));
    if (const QString error = ArchiveDocumentService::writeFileAtomically(textPath, text.toUtf8());
        !error.isEmpty())
        return fail({QStringLiteral("file-write-failed"), error, {}});
    print(textPath);
    QSet<QString> used {QFileInfo(textPath).fileName().toCaseFolded()};
    for (const ArchiveAttachment &a : std::as_const(item.attachments)) {
        // Two attachments with one name (or names equal once made safe, or equal but for case) do not
        // overwrite each other: "name (2).ext".
        const QString name
            = ArchiveDocumentService::uniqueFileName(ArchiveDocumentService::safeFileName(a.fileName), used);
        std::optional<Result<QString>> saved;
        documents.saveAttachmentAs(item.institutionCode, item.id, a.index, target.absoluteFilePath(name),
                                   &documents, [&saved](const Result<QString> &r) { saved = r; });
        waitFor([&saved] { return saved.has_value(); }, 120000);
        if (!saved)
            return fail({QStringLiteral("network-timeout"), QStringLiteral("no answer from the server"), {}});
        if (!saved->ok())
            return failWith(saved->error());
        print(saved->value());
    }
    return Ok;
}

int CliApp::momentsList()
{
    if (const int code = needReadableProfile(); code != Ok)
        return code;
    return printList<ContactMoment>(
        ContactMomentRepository(m_cache->database()).forInstitution(institutionCode()),
        [](const ContactMoment &m) {
            return QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(m.id, m.date.toUTC().toString(Qt::ISODate), enumName(contactChannelNames, m.channel),
                     enumName(contactStatusNames, m.status), m.subject);
        });
}

int CliApp::evaluations(const QStringList &c)
{
    const QString sub = c.value(1);
    if (!((sub == u"list" && c.size() == 2) || (sub == u"show" && c.size() == 3)))
        return usage(QStringLiteral("evaluations needs list or show ID"));
    if (const int code = needReadableProfile(); code != Ok)
        return code;
    EvaluationRepository repo(m_cache->database());
    if (sub == u"list") {
        return printList<Evaluation>(repo.forInstitution(institutionCode()), [](const Evaluation &e) {
            return QStringLiteral("%1\t%2\t%3\t%4")
                .arg(e.id, e.date.toString(Qt::ISODate),
                     e.score ? QString::number(*e.score) : QStringLiteral("-"), e.title);
        });
    }
    const auto found = repo.find(c.at(2));
    if (!found)
        return fail(found.error());
    if (!found.value() || found.value()->institutionCode != institutionCode())
        return fail({QStringLiteral("cache-not-found"),
                     QStringLiteral("evaluation %1 is not cached for %2").arg(c.at(2), institutionCode()),
                     {}});
    const Evaluation &e = *found.value();
    if (m_json) {
        printJson(e.toJson());
        return Ok;
    }
    print(QStringLiteral("Id:      %1").arg(e.id));
    print(QStringLiteral("Title:   %1").arg(e.title));
    print(QStringLiteral("Date:    %1").arg(e.date.toString(Qt::ISODate)));
    print(QStringLiteral("Score:   %1").arg(e.score ? QString::number(*e.score) : QStringLiteral("-")));
    print(QStringLiteral("Summary: %1").arg(e.summary));
    print(QString());
    print(e.body);
    return Ok;
}

int CliApp::gtb(const QStringList &c)
{
    const QString sub = c.value(1);
    const bool exporting = sub == u"export" && c.size() == 2;
    if (!((sub == u"show" && c.size() == 2) || exporting))
        return usage(QStringLiteral("gtb needs show or export --csv FILE"));
    if (exporting != m_parser->isSet(QStringLiteral("csv")))
        return usage(QStringLiteral("gtb export needs --csv FILE (and only export takes it)"));
    if (const int code = needReadableProfile(); code != Ok)
        return code;
    const auto found = GtbRepository(m_cache->database()).find(institutionCode());
    if (!found)
        return fail(found.error());
    if (!found.value())
        return fail({QStringLiteral("cache-not-found"),
                     QStringLiteral("no GTB overview cached for %1").arg(institutionCode()),
                     {}});
    const GtbOverview &overview = *found.value();

    static const char *countKeys[]
        = {"under8", "eightAndOver", "weight000", "weight030", "weight120", "newcomers", "total"};
    if (exporting) {
        QString csv = QStringLiteral("institutionCode,peildatum,updatedUntil,branchCode,branchName,funding");
        for (const char *key : countKeys)
            csv += u',' + QLatin1String(key);
        csv += u'\n';
        for (const GtbPeildatum &p : overview.peildata) {
            for (const GtbBranchCounts &b : p.branches) {
                for (const auto &[funding, counts] : {std::pair {QStringLiteral("funded"), b.funded},
                                                      std::pair {QStringLiteral("unfunded"), b.unfunded}}) {
                    const QJsonObject j = counts.toJson();
                    QStringList row {overview.institutionCode,
                                     p.peildatum.toString(Qt::ISODate),
                                     p.updatedUntil.toString(Qt::ISODate),
                                     b.branchCode,
                                     b.branchName,
                                     funding};
                    for (const char *key : countKeys)
                        row.append(str(j, key));
                    for (QString &field : row)
                        field = csvField(field);
                    csv += row.join(u',') + u'\n';
                }
            }
        }
        QSaveFile file(m_parser->value(QStringLiteral("csv")));
        const QByteArray bytes = csv.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail({QStringLiteral("file-write-failed"),
                         QStringLiteral("cannot write %1").arg(m_parser->value(QStringLiteral("csv"))),
                         {}});
        print(QStringLiteral("Wrote %1").arg(QFileInfo(file.fileName()).absoluteFilePath()));
        return Ok;
    }
    if (m_json) {
        printJson(overview.toJson());
        return Ok;
    }
    print(QStringLiteral("GTB %1, updated until %2")
              .arg(overview.institutionCode, overview.updatedUntil.toString(Qt::ISODate)));
    for (const GtbPeildatum &p : overview.peildata) {
        print(QStringLiteral("Peildatum %1 (updated until %2)")
                  .arg(p.peildatum.toString(Qt::ISODate), p.updatedUntil.toString(Qt::ISODate)));
        for (const GtbBranchCounts &b : p.branches)
            print(QStringLiteral("  %1\t%2\tfunded %3\tunfunded %4\tnewcomers %5")
                      .arg(b.branchCode, b.branchName)
                      .arg(b.funded.total)
                      .arg(b.unfunded.total)
                      .arg(b.funded.newcomers + b.unfunded.newcomers));
    }
    return Ok;
}

} // namespace hpo
