// mijnhelpdeskpo-cli: the commands live in CliApp (app/cli/cliapp.h, library hpo_cli).
// QtGui is used only for `login --open-browser` (QDesktopServices); every other run
// is a plain QCoreApplication and needs no display.
#include "app/cli/cliapp.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    bool openBrowser = false;
    for (int i = 1; i < argc; ++i)
        openBrowser = openBrowser || std::strcmp(argv[i], "--open-browser") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (openBrowser)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MijnHelpdeskPO"));
    QCoreApplication::setApplicationName(QStringLiteral("mijnhelpdeskpo-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HPO_VERSION));

    // The services' info lines are for the GUI's log; a command prints what it did itself.
    // QT_LOGGING_RULES="hpo.*.info=true" brings them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("hpo.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QNetworkAccessManager nam;
    hpo::CliApp cli(nam, out, err, [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    return cli.run(QCoreApplication::arguments());
}
