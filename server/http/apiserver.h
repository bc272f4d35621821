// The HTTP API: registers every route on a QHttpServer that is bound to a
// GuardedTcpServer, and answers unknown routes with a 404 problem document.
#pragma once

#include "server/http/guardedtcpserver.h"
#include "server/serverconfig.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace hpo::server {

class Database;
class ServerClock;
class PortalStore;
class AuthStore;
class RateLimiter;
struct Caller;

struct RouteInfo
{
    QString method; // "GET", "POST", "DELETE"
    QString pattern; // "/api/v1/institutions/{code}"
};

class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    // `database` may be null to only list the routes (--print-routes).
    ApiServer(const ServerConfig &config, ServerClock &clock, Database *database, QObject *parent = nullptr);
    ~ApiServer() override;

    // Returns the port listened on, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    const QList<RouteInfo> &routes() const { return m_routes; }

    ConnectionLimits connectionLimits() const;

private:
    using Args = QStringList;
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &, const Args &)>;
    using AuthedHandler
        = std::function<QHttpServerResponse(const QHttpServerRequest &, const Args &, const Caller &)>;

    void addRoute(QHttpServerRequest::Method method, const QString &pattern, Handler handler);
    void addAuthed(QHttpServerRequest::Method method, const QString &pattern, AuthedHandler handler);

    void registerCoreRoutes();
    void registerOAuthRoutes();
    void registerAccountRoutes();
    void registerReadRoutes();
    void registerChangeRoutes();
    void registerTestRoutes();

    // Bearer authentication: the caller, or the 401 to answer.
    std::optional<Caller> authenticate(const QHttpServerRequest &request, QHttpServerResponse *failure) const;
    Caller callerFor(const QString &personId) const;
    QHttpServerResponse issueTokens(const QString &personId, const QString &family);
    QHttpServerResponse tokenRequest(const QHttpServerRequest &request);
    QHttpServerResponse changes(const QHttpServerRequest &request, const Caller &caller);
    void pruneFeed();

    QHttpServerResponse meta() const;
    bool passwordAvailable() const;

    const ServerConfig &m_config;
    ServerClock &m_clock;
    Database *m_database;
    std::unique_ptr<PortalStore> m_portal;
    std::unique_ptr<AuthStore> m_auth;
    std::unique_ptr<RateLimiter> m_tokenLimiter;
    QTimer *m_pruneTimer = nullptr;
    QHttpServer m_http;
    GuardedTcpServer *m_tcp = nullptr;
    QList<RouteInfo> m_routes;
};

} // namespace hpo::server
