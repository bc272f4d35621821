#include "server/serverapp.h"

#include "server/http/apiserver.h"
#include "server/seed/demoseeder.h"
#include "server/serverclock.h"
#include "server/serverconfig.h"
#include "server/store/database.h"
#include "server/store/seedwriter.h"
#include "server/terminationwatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace hpo::server {

int runServer(QCoreApplication &app)
{
    QTextStream err(stderr);
    auto parsed = ServerConfig::parse(QCoreApplication::arguments());
    if (!parsed) {
        err << "helpdeskpo-server: " << parsed.error().message << "\n";
        return 2;
    }
    const ServerConfig config = parsed.value();
    ServerClock clock;
    if (config.now) {
        clock.setNow(*config.now);
    }
    if (config.printRoutes) {
        ApiServer api(config, clock, nullptr);
        QTextStream out(stdout);
        for (const RouteInfo &route : api.routes()) {
            out << route.method << ' ' << route.pattern << '\n';
        }
        return 0;
    }

    Database database;
    if (const Status opened = database.open(config.dataDir); !opened) {
        err << "helpdeskpo-server: " << opened.error().message << "\n";
        return 1;
    }

    if (!config.seed.isEmpty()) {
        SeedWriter writer(database.connection());
        if (writer.isSeeded()) {
            err << "helpdeskpo-server: " << database.filePath() << " is already seeded; not seeding again\n";
        } else {
            DemoSeeder seeder(QStringLiteral(":/seed"), writer);
            const auto report = seeder.run();
            if (!report) {
                err << "helpdeskpo-server: seed failed: " << report.error().message << "\n";
                return 1;
            }
            for (const QString &problem : report->problems) {
                err << "helpdeskpo-server: unreadable line " << problem << "\n";
            }
            err << "helpdeskpo-server: " << report->summary() << "\n";
            err.flush();
        }
    }
    if (config.seedOnly) {
        return 0;
    }

    TerminationWatcher watcher;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &app, &QCoreApplication::quit);

    ApiServer api(config, clock, &database);
    const quint16 port = api.listen(config.listenAddress, config.listenPort);
    if (port == 0) {
        err << "helpdeskpo-server: cannot listen on " << config.listenAddress.toString() << ':'
            << config.listenPort << "\n";
        return 1;
    }
    const QString host = config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + config.listenAddress.toString() + u']'
        : config.listenAddress.toString();
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(port));
    std::fflush(stdout);
    const int code = app.exec();
    err << "helpdeskpo-server: shutting down\n";
    err.flush();
    return code;
}

} // namespace hpo::server
