// The one HTTP client of the API, over an injected QNetworkAccessManager:
// base URL, bearer token, a transfer timeout on every request, HTTPS except
// on loopback, TLS errors fail closed (never ignoreSslErrors), redirects only
// within the origin, problem+json turned into ApiError, conditional GETs with
// stored ETags, and a cap on response size.
#pragma once

#include "services/api/apirequest.h"
#include "services/api/apiresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hpo {

class EtagStore;

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // The current access token, or empty (then no Authorization header is sent).
    using TokenProvider = std::function<QString()>;
    using Callback = std::function<void(const ApiResult &)>;

    struct Options
    {
        std::chrono::milliseconds transferTimeout {30000};
        qint64 maxResponseBytes = 64 * 1024 * 1024;
        int maxRedirects = 5;
    };

    // `nam` and `etags` (may be null: no conditional GETs) must outlive this client.
    ApiClient(QNetworkAccessManager &nam, QUrl baseUrl, TokenProvider tokens, EtagStore *etags,
              Options options, QObject *parent = nullptr);
    ApiClient(QNetworkAccessManager &nam, QUrl baseUrl, TokenProvider tokens, EtagStore *etags,
              QObject *parent = nullptr);
    ~ApiClient() override;

    const QUrl &baseUrl() const { return m_baseUrl; }
    // Whether the base URL passed UrlPolicy::checkSecure; if not, every call fails with its error.
    Status baseUrlStatus() const { return m_baseStatus; }

    // Working offline: every request fails at once with "offline" and nothing reaches the
    // network (the one place that guarantees it, whoever sends: sync, sign-in refresh, pages).
    // Requests already sent are aborted and answer "offline" as well.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

    // Sends `request`; `done` runs once on `context`'s thread with the outcome.
    // Destroying `context` first aborts the request and drops the callback.
    void send(const ApiRequest &request, QObject *context, Callback done);

    // The absolute URL a request goes to (also the ETag store's key).
    QUrl urlFor(const ApiRequest &request) const;

private:
    // `etagOwner`: the client whose EtagStore learns the new ETag (null: none, or
    // the client is gone).
    static void finish(QNetworkReply *reply, const QUrl &url, ApiClient *etagOwner, const Callback &done);

    QNetworkAccessManager &m_nam;
    QUrl m_baseUrl;
    Status m_baseStatus;
    TokenProvider m_tokens;
    EtagStore *m_etags;
    Options m_options;
    bool m_offline = false;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace hpo
