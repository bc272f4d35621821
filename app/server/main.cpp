// helpdeskpo-server: the reference MijnHelpdeskPO API server.
#include "server/serverapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdeskpo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HPO_VERSION));
    return hpo::server::runServer(app);
}
