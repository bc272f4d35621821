#include "server/serverversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(hpo::server::serverName()));
    QCoreApplication::setApplicationVersion(QStringLiteral(HPO_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reference server for the MijnHelpdeskPO API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
