#include "server/http/apiserver.h"

#include "server/auth/caller.h"
#include "server/auth/ratelimiter.h"
#include "server/http/responses.h"
#include "server/serverclock.h"
#include "server/store/authstore.h"
#include "server/store/database.h"
#include "server/store/portalstore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hpo::server {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

ConnectionLimits ApiServer::connectionLimits() const
{
    ConnectionLimits limits;
    limits.requestDeadlineMs = m_config.requestTimeoutMs;
    return limits;
}

ApiServer::ApiServer(const ServerConfig &config, ServerClock &clock, Database *database, QObject *parent)
    : QObject(parent),
      m_config(config),
      m_clock(clock),
      m_database(database)
{
    if (m_database) {
        m_portal = std::make_unique<PortalStore>(*m_database);
        m_auth = std::make_unique<AuthStore>(*m_database);
        pruneFeed();
        m_pruneTimer = new QTimer(this);
        connect(m_pruneTimer, &QTimer::timeout, this, &ApiServer::pruneFeed);
        m_pruneTimer->start(10 * 60 * 1000);
    }
    m_tokenLimiter = std::make_unique<RateLimiter>(m_config.tokenRateLimitPerMinute);
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        const QByteArray body = problemBody(
            404, QStringLiteral("not-found"),
            QStringLiteral("No route for %1 %2.").arg(methodName(request.method()), path.left(200)));
        responder.write(body, QByteArrayLiteral("application/problem+json"),
                        QHttpServerResponder::StatusCode::NotFound);
    });
    registerCoreRoutes();
    registerOAuthRoutes();
    registerAccountRoutes();
    registerReadRoutes();
    registerChangeRoutes();
    registerTestRoutes();
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    m_tcp = new GuardedTcpServer(connectionLimits(), 512, this);
    if (!m_tcp->listen(address, port)) {
        return 0;
    }
    m_http.bind(m_tcp);
    return m_tcp->serverPort();
}

void ApiServer::addRoute(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    m_routes.append(RouteInfo {methodName(method), pattern});
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z]+\\}"));
    QString path = pattern;
    const qsizetype count = path.count(placeholder);
    path.replace(placeholder, QStringLiteral("<arg>"));
    switch (count) {
    case 0:
        m_http.route(path, method,
                     [handler](const QHttpServerRequest &request) { return handler(request, {}); });
        break;
    case 1:
        m_http.route(path, method, [handler](const QString &a, const QHttpServerRequest &request) {
            return handler(request, {a});
        });
        break;
    case 2:
        m_http.route(path, method,
                     [handler](const QString &a, const QString &b, const QHttpServerRequest &request) {
                         return handler(request, {a, b});
                     });
        break;
    case 3:
        m_http.route(path, method,
                     [handler](const QString &a, const QString &b, const QString &c,
                               const QHttpServerRequest &request) {
                         return handler(request, {a, b, c});
                     });
        break;
    default:
        qFatal("route with more than three placeholders");
    }
}

void ApiServer::addAuthed(QHttpServerRequest::Method method, const QString &pattern, AuthedHandler handler)
{
    addRoute(method, pattern, [this, handler](const QHttpServerRequest &request, const Args &args) {
        QHttpServerResponse failure(QHttpServerResponse::StatusCode::Unauthorized);
        const std::optional<Caller> caller = authenticate(request, &failure);
        if (!caller) {
            return failure;
        }
        return handler(request, args, *caller);
    });
}

bool ApiServer::passwordAvailable() const
{
    return m_clock.now().toTimeZone(m_config.schedule.timeZone()).date() < m_config.passwordCutoff;
}

QHttpServerResponse ApiServer::meta() const
{
    QJsonArray methods;
    methods.append(QJsonObject {{QStringLiteral("kind"), QStringLiteral("eherkenning")},
                                {QStringLiteral("authorizeUrl"), QStringLiteral("/oauth/authorize")},
                                {QStringLiteral("tokenUrl"), QStringLiteral("/oauth/token")},
                                {QStringLiteral("revokeUrl"), QStringLiteral("/oauth/revoke")}});
    if (passwordAvailable()) {
        methods.append(
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("password")},
                         {QStringLiteral("url"), QStringLiteral("/api/v1/auth/password")},
                         {QStringLiteral("availableUntil"), m_config.passwordCutoff.toString(Qt::ISODate)}});
    }
    const QJsonObject body {{QStringLiteral("name"), QStringLiteral("helpdeskpo-server")},
                            {QStringLiteral("version"), QStringLiteral(HPO_VERSION)},
                            {QStringLiteral("apiVersion"), 1},
                            {QStringLiteral("serverTime"), m_clock.now().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("signInMethods"), methods},
                            {QStringLiteral("testBroker"), m_config.testBroker},
                            {QStringLiteral("helpdeskSchedule"), m_config.schedule.toJson()},
                            {QStringLiteral("helpdeskContact"), m_config.helpdeskContact.toJson()}};
    return jsonResponse(body);
}

void ApiServer::registerCoreRoutes()
{
    addRoute(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/meta"),
             [this](const QHttpServerRequest &, const Args &) { return meta(); });
}

} // namespace hpo::server
