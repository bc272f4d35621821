// The server's command line, parsed into one value.
#pragma once

#include "models/domain/helpdeskcontact.h"
#include "models/domain/helpdeskschedule.h"
#include "models/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace hpo::server {

struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString dataDir;
    QString seed; // "" or "demo"
    bool testBroker = false;
    QDate passwordCutoff = QDate(2022, 4, 1);
    HelpdeskSchedule schedule;
    // Published in /meta. Demo defaults: the number the repository's samples give for DUO in
    // Groningen and an address under the reserved .example domain; set the real ones with
    // --helpdesk-phone and --helpdesk-email.
    HelpdeskContact helpdeskContact {QStringLiteral("050 599 9000"),
                                     QStringLiteral("helpdesk-po@duo.example")};
    int tokenRateLimitPerMinute = 60;
    int feedRetentionDays = 90;
    std::optional<QDateTime> now; // start of the server clock; absent = wall clock
    int requestTimeoutMs = 10'000; // a request must be complete within this
    bool printRoutes = false;
    bool seedOnly = false;

    // `arguments` as QCoreApplication::arguments() gives them (program name first).
    static Result<ServerConfig> parse(const QStringList &arguments);
};

} // namespace hpo::server
