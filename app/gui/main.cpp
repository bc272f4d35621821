#include "models/domain/chatavailability.h"
#include "models/domain/systemclock.h"
#include "models/pagemodels.h"
#include "services/auth/keychaintokenstore.h"
#include "services/demo/serverprocess.h"
#include "ui/controllers/sessioncontroller.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "mijnhelpdeskpo: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MijnHelpdeskPO"));
    QApplication::setApplicationName(QStringLiteral("mijnhelpdeskpo"));
    QApplication::setApplicationVersion(QStringLiteral(HPO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Desktop client for the DUO helpdesk portal for primary education."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("User interface language: nl or en."), QStringLiteral("code"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("The portal server's URL."), QStringLiteral("url"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Folder of the offline data for this server."),
                                           QStringLiteral("dir"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral(
            "Start the reference server beside this program with demo data, sign in as a demo identity "
            "and remove everything again on exit."));
    const QCommandLineOption demoIdentityOption(QStringLiteral("demo-identity"),
                                                QStringLiteral("The test identity --demo signs in as."),
                                                QStringLiteral("id"), QStringLiteral("board-41775"));
    parser.addOptions({langOption, serverOption, profileOption, demoOption, demoIdentityOption});
    parser.process(app);

    QString languageError;
    const hpo::UiLanguage language = hpo::chooseLanguage(parser.value(langOption), &languageError);
    if (!languageError.isEmpty())
        return fail(languageError);
    if (!hpo::installTranslators(app, language))
        std::fprintf(stderr, "mijnhelpdeskpo: the translation could not be loaded\n");

    const bool demo = parser.isSet(demoOption);
    QTemporaryDir demoData;
    QTemporaryDir demoProfile;
    hpo::ServerProcess demoServer(hpo::ServerProcess::besideApplication());
    QUrl server(parser.value(serverOption), QUrl::StrictMode);
    QString profileDir = parser.value(profileOption);
    if (demo) {
        // The embedded default: a reference server with demo data in a temporary folder.
        std::fprintf(stderr, "mijnhelpdeskpo: starting the demo server (seeding takes a few seconds)…\n");
        demoServer.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--test-broker"),
                          QStringLiteral("--data"), demoData.path(), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")},
                         180000);
        if (!demoServer.waitUntilReady(180000))
            return fail(QStringLiteral("the demo server could not start: %1").arg(demoServer.errorMessage()));
        server = demoServer.url();
        profileDir = demoProfile.path();
    } else {
        if (!server.isValid() || server.host().isEmpty())
            return fail(QStringLiteral("give the portal server with --server URL, or use --demo"));
        if (profileDir.isEmpty()) {
            const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            profileDir = QDir(base).filePath(
                QStringLiteral("profiles/") + server.host()
                + (server.port() > 0 ? u'-' + QString::number(server.port()) : QString()));
        }
    }

    // Composition root: every collaborator is made here and handed down.
    hpo::SystemClock clock;
    // Agent presence comes from the server's chat channel in a later issue;
    // until then chat follows the schedule alone.
    hpo::ManualPresenceSource presence(true);
    hpo::ChatAvailability chat(clock, hpo::HelpdeskSchedule(), presence);
    QNetworkAccessManager network;
    hpo::KeychainTokenStore tokens;
    hpo::PageModels models;
    hpo::MainWindow window(chat, models);

    hpo::SessionController::Config config;
    config.server = server;
    config.profileDir = profileDir;
    if (demo)
        config.testIdentity = parser.value(demoIdentityOption);
    hpo::SessionController session(config,
                                   {network, tokens, clock, chat,
                                    [](const QUrl &url) {
                                        return QDesktopServices::openUrl(url);
                                    }},
                                   window, models);

    // Window geometry and the last tab are the user's, not the demo's.
    std::unique_ptr<QSettings> settings;
    if (!demo) {
        settings = std::make_unique<QSettings>();
        window.restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
        window.tabs()->setCurrentIndex(settings->value(QStringLiteral("window/tab")).toInt());
    }
    window.show();
    session.start();
    const int rc = QApplication::exec();

    if (settings) {
        settings->setValue(QStringLiteral("window/geometry"), window.saveGeometry());
        settings->setValue(QStringLiteral("window/tab"), window.tabs()->currentIndex());
    }
    if (demo && session.auth() && session.auth()->state() == hpo::AuthService::State::SignedIn) {
        // Leave nothing in the user's keyring: revoke and remove the demo's entry, then stop.
        QEventLoop loop;
        QObject::connect(session.auth(), &hpo::AuthService::signedOut, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        session.signOut(hpo::SessionController::SignOutMode::RemoveData);
        loop.exec();
    }
    return rc;
}
