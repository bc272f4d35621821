#include "server/serverconfig.h"

#include "models/domain/validation.h"

#include <QCommandLineParser>

namespace hpo::server {

namespace {

Error usage(const QString &message)
{
    return Error {QStringLiteral("usage"), message, {}};
}

} // namespace

Result<ServerConfig> ServerConfig::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reference server for the MijnHelpdeskPO API."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port, e.g. 127.0.0.1:0 (0 = a free port)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Folder holding the database."),
                                  QStringLiteral("dir"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed an empty database: \"demo\" (DUO open data + synthetic)."),
        QStringLiteral("kind"));
    const QCommandLineOption seedOnly(QStringLiteral("seed-only"), QStringLiteral("Seed, then exit."));
    const QCommandLineOption broker(QStringLiteral("test-broker"),
                                    QStringLiteral("Enable the test identities and the /test routes."));
    const QCommandLineOption cutoff(QStringLiteral("password-cutoff"),
                                    QStringLiteral("Date password sign-in ends (default 2022-04-01)."),
                                    QStringLiteral("date"));
    const QCommandLineOption hours(QStringLiteral("helpdesk-hours"),
                                   QStringLiteral("Weekly hours, e.g. \"mon-fri 09:00-16:00\"."),
                                   QStringLiteral("hours"));
    const QCommandLineOption closed(QStringLiteral("closed-dates"),
                                    QStringLiteral("Closed dates, e.g. \"2026-12-25,2026-12-26\"."),
                                    QStringLiteral("dates"));
    const QCommandLineOption phone(QStringLiteral("helpdesk-phone"),
                                   QStringLiteral("Helpdesk phone number published in /meta."),
                                   QStringLiteral("number"));
    const QCommandLineOption email(QStringLiteral("helpdesk-email"),
                                   QStringLiteral("Helpdesk e-mail address published in /meta."),
                                   QStringLiteral("address"));
    const QCommandLineOption rate(
        QStringLiteral("token-rate-limit"),
        QStringLiteral("Token requests per minute per client address (default 60)."),
        QStringLiteral("n/min"));
    const QCommandLineOption retention(QStringLiteral("feed-retention"),
                                       QStringLiteral("Days the change feed is kept (default 90)."),
                                       QStringLiteral("days"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("Start the server clock at this ISO 8601 time."),
                                 QStringLiteral("time"));
    const QCommandLineOption timeout(
        QStringLiteral("request-timeout"),
        QStringLiteral("Seconds a client has to send a whole request (default 10)."),
        QStringLiteral("seconds"));
    const QCommandLineOption routes(QStringLiteral("print-routes"),
                                    QStringLiteral("Print the registered routes and exit."));
    parser.addOptions({listen, data, seed, seedOnly, broker, cutoff, hours, closed, phone, email, rate,
                       retention, now, timeout, routes});
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        parser.process(arguments); // prints and exits
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(QStringLiteral("unexpected argument: ") + parser.positionalArguments().first());
    }

    ServerConfig config;
    {
        const QString text = parser.value(listen);
        const qsizetype colon = text.lastIndexOf(u':');
        bool ok = false;
        const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
        QString host = colon > 0 ? text.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']')) {
            host = host.mid(1, host.size() - 2);
        }
        const QHostAddress address(host);
        if (!ok || port > 65535 || address.isNull()) {
            return usage(QStringLiteral("--listen wants host:port, e.g. 127.0.0.1:0"));
        }
        config.listenAddress = address;
        config.listenPort = quint16(port);
    }
    config.dataDir = parser.value(data);
    config.printRoutes = parser.isSet(routes);
    if (config.dataDir.isEmpty() && !config.printRoutes) {
        return usage(QStringLiteral("--data DIR is required"));
    }
    config.seed = parser.value(seed);
    if (!config.seed.isEmpty() && config.seed != u"demo") {
        return usage(QStringLiteral("--seed knows only \"demo\""));
    }
    config.seedOnly = parser.isSet(seedOnly);
    config.testBroker = parser.isSet(broker);
    if (parser.isSet(cutoff)) {
        config.passwordCutoff = QDate::fromString(parser.value(cutoff), Qt::ISODate);
        if (!config.passwordCutoff.isValid()) {
            return usage(QStringLiteral("--password-cutoff wants a date like 2022-04-01"));
        }
    }
    HelpdeskSchedule::Week week = config.schedule.weekly();
    QSet<QDate> closedDates;
    if (parser.isSet(hours)) {
        auto parsed = HelpdeskSchedule::parseWeeklyHours(parser.value(hours));
        if (!parsed) {
            return usage(QStringLiteral("--helpdesk-hours: ") + parsed.error().message);
        }
        week = parsed.value();
    }
    if (parser.isSet(closed)) {
        auto parsed = HelpdeskSchedule::parseClosedDates(parser.value(closed));
        if (!parsed) {
            return usage(QStringLiteral("--closed-dates: ") + parsed.error().message);
        }
        closedDates = parsed.value();
    }
    config.schedule = HelpdeskSchedule(config.schedule.timeZone(), week, closedDates);
    if (parser.isSet(phone)) {
        const auto parsed = parsePhoneNumber(parser.value(phone));
        if (!parsed) {
            return usage(QStringLiteral("--helpdesk-phone: ") + parsed.error().message);
        }
        config.helpdeskContact.phone = parsed.value();
    }
    if (parser.isSet(email)) {
        const auto parsed = parseEmail(parser.value(email));
        if (!parsed) {
            return usage(QStringLiteral("--helpdesk-email: ") + parsed.error().message);
        }
        config.helpdeskContact.email = parsed.value();
    }
    if (parser.isSet(rate)) {
        QString text = parser.value(rate);
        if (text.endsWith(u"/min")) {
            text.chop(4);
        }
        bool ok = false;
        config.tokenRateLimitPerMinute = text.toInt(&ok);
        if (!ok || config.tokenRateLimitPerMinute < 1) {
            return usage(
                QStringLiteral("--token-rate-limit wants a positive number per minute, e.g. 30/min"));
        }
    }
    if (parser.isSet(retention)) {
        QString text = parser.value(retention);
        if (text.endsWith(u'd')) {
            text.chop(1);
        }
        bool ok = false;
        config.feedRetentionDays = text.toInt(&ok);
        if (!ok || config.feedRetentionDays < 1) {
            return usage(QStringLiteral("--feed-retention wants a number of days"));
        }
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            return usage(QStringLiteral("--request-timeout wants seconds, e.g. 10"));
        }
        config.requestTimeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(now)) {
        const QDateTime start = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (!start.isValid()) {
            return usage(QStringLiteral("--now wants an ISO 8601 time, e.g. 2026-03-02T10:00:00+01:00"));
        }
        config.now = start;
    }
    return config;
}

} // namespace hpo::server
