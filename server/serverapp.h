// The server's composition root: parses the command line, opens and seeds the
// database, starts the API and runs until SIGTERM.
#pragma once

class QCoreApplication;

namespace hpo::server {

int runServer(QCoreApplication &app);

}
