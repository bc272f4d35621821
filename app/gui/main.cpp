#include "models/domain/chatavailability.h"
#include "models/domain/systemclock.h"
#include "models/pagemodels.h"
#include "services/demo/serverprocess.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include <cstdio>

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
    parser.addOption(langOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Start the reference server beside this program with demo data and use it."));
    parser.addOption(demoOption);
    parser.process(app);

    QString languageError;
    const hpo::UiLanguage language = hpo::chooseLanguage(parser.value(langOption), &languageError);
    if (!languageError.isEmpty()) {
        std::fprintf(stderr, "mijnhelpdeskpo: %s\n", qPrintable(languageError));
        return 1;
    }
    if (!hpo::installTranslators(app, language))
        std::fprintf(stderr, "mijnhelpdeskpo: the Dutch translation could not be loaded\n");

    // Composition root: every collaborator is made here and handed down.
    hpo::SystemClock clock;
    // Agent presence comes from the server's chat channel in a later issue;
    // until then chat follows the schedule alone.
    hpo::ManualPresenceSource presence(true);
    hpo::ChatAvailability chat(clock, hpo::HelpdeskSchedule(), presence);

    hpo::PageModels models;
    hpo::MainWindow window(chat, models);
    QSettings settings;
    window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    window.show();

    // The embedded default: a reference server with demo data in a temporary folder.
    QTemporaryDir demoData;
    hpo::ServerProcess demoServer(hpo::ServerProcess::besideApplication());
    if (parser.isSet(demoOption)) {
        window.statusBar()->showMessage(QObject::tr("Starting the demo server…"));
        QObject::connect(&demoServer, &hpo::ServerProcess::ready, &window, [&window](const QUrl &url) {
            window.statusBar()->showMessage(QObject::tr("Demo server at %1").arg(url.toString()));
        });
        QObject::connect(&demoServer, &hpo::ServerProcess::failed, &window,
                         [&window](const QString &message) {
                             window.statusBar()->showMessage(
                                 QObject::tr("The demo server could not start: %1").arg(message));
                         });
        demoServer.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--test-broker"),
                          QStringLiteral("--data"), demoData.path(), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")});
    }
    const int rc = QApplication::exec();
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    return rc;
}
