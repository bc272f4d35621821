#include "services/api/apiclient.h"

#include "services/api/etagstore.h"
#include "services/api/problemdetails.h"
#include "services/api/urlpolicy.h"
#include "services/common/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace hpo {

namespace {

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

ApiError transportError(QNetworkReply::NetworkError error, const QString &text)
{
    ApiError out;
    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        out.error
            = {QStringLiteral("network-timeout"), QStringLiteral("the server did not answer in time"), {}};
        break;
    case QNetworkReply::SslHandshakeFailedError:
        out.error = {QStringLiteral("tls-error"),
                     QStringLiteral("the server's identity could not be verified: %1").arg(text),
                     {}};
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        out.error = {QStringLiteral("redirect-refused"), text, {}};
        break;
    default:
        out.error = {QStringLiteral("network-unreachable"),
                     QStringLiteral("the server could not be reached: %1").arg(text),
                     {}};
        break;
    }
    return out;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager &nam, QUrl baseUrl, TokenProvider tokens, EtagStore *etags,
                     Options options, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_baseUrl(std::move(baseUrl)),
      m_baseStatus(UrlPolicy::checkSecure(m_baseUrl)),
      m_tokens(std::move(tokens)),
      m_etags(etags),
      m_options(options)
{ }

ApiClient::ApiClient(QNetworkAccessManager &nam, QUrl baseUrl, TokenProvider tokens, EtagStore *etags,
                     QObject *parent)
    : ApiClient(nam, std::move(baseUrl), std::move(tokens), etags, Options {}, parent)
{ }

ApiClient::~ApiClient() = default;

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl.resolved(QUrl(request.path));
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

void ApiClient::send(const ApiRequest &request, QObject *context, Callback done)
{
    auto failLater = [context, done](ApiError error) {
        QTimer::singleShot(0, context, [done, error] { done(error); });
    };
    if (!m_baseStatus) {
        failLater(ApiError {m_baseStatus.error(), 0, {}, {}});
        return;
    }
    if (m_offline) {
        failLater(ApiError {
            {QStringLiteral("offline"), QStringLiteral("working offline: the network is not used"), {}},
            0,
            {},
            {}});
        return;
    }
    const QUrl url = urlFor(request);
    if (!url.isValid() || !UrlPolicy::isSameOrigin(url, m_baseUrl)) {
        failLater(ApiError {{QStringLiteral("cross-origin"),
                             QStringLiteral("%1 is not on the server's origin").arg(url.toDisplayString()),
                             {}},
                            0,
                            {},
                            {}});
        return;
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(int(m_options.transferTimeout.count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::UserVerifiedRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(m_options.maxRedirects);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setRawHeader("Accept", "application/json, application/problem+json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArrayLiteral("MijnHelpdeskPO/" HPO_VERSION));
    if (request.authenticated && m_tokens) {
        const QString token = m_tokens();
        if (!token.isEmpty())
            networkRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    const bool conditional = request.conditional && m_etags && request.method == "GET";
    if (conditional) {
        const QByteArray etag = m_etags->etag(url.toString(QUrl::FullyEncoded));
        if (!etag.isEmpty())
            networkRequest.setRawHeader("If-None-Match", etag);
    }
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    QNetworkReply *reply = m_nam.sendCustomRequest(networkRequest, request.method, request.body);
    QPointer<QNetworkReply> guard(reply);
    m_inFlight.removeIf([](const QPointer<QNetworkReply> &r) { return r.isNull() || r->isFinished(); });
    if (!request.finishWhenGoingOffline)
        m_inFlight.append(guard);
    const QUrl base = m_baseUrl;
    const qint64 maxBytes = m_options.maxResponseBytes;

    connect(reply, &QNetworkReply::redirected, reply, [reply, base](const QUrl &target) {
        if (UrlPolicy::isSameOrigin(target, base)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcNetwork) << "refused a redirect off the server's origin to" << target.toDisplayString();
        reply->setProperty("hpo.refusedRedirect", target.toDisplayString());
        reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the reply ends with an error.
        for (const QSslError &error : errors)
            qCWarning(lcNetwork) << "TLS error:" << error.errorString();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes) {
            reply->setProperty("hpo.tooLarge", true);
            reply->abort();
        }
    });
    QPointer<ApiClient> self(this);
    auto cancelled = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::finished, context, [self, reply, url, conditional, done, cancelled] {
        if (*cancelled) {
            reply->deleteLater();
            return;
        }
        finish(reply, url, conditional ? self.data() : nullptr, done);
    });
    // The context's end cancels the call. abort() finishes the reply at once,
    // while the context's connections still exist: the flag drops the callback.
    connect(context, &QObject::destroyed, reply, [guard, cancelled] {
        *cancelled = true;
        if (guard)
            guard->abort();
    });
}

void ApiClient::finish(QNetworkReply *reply, const QUrl &url, ApiClient *etagOwner, const Callback &done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (const QVariant refused = reply->property("hpo.refusedRedirect"); refused.isValid()) {
        done(ApiError {{QStringLiteral("redirect-refused"),
                        QStringLiteral("the server redirected off its origin to %1").arg(refused.toString()),
                        {}},
                       0,
                       {},
                       {}});
        return;
    }
    if (reply->property("hpo.offline").toBool()) {
        done(ApiError {
            {QStringLiteral("offline"), QStringLiteral("working offline: the request was stopped"), {}},
            0,
            {},
            {}});
        return;
    }
    if (reply->property("hpo.tooLarge").toBool()) {
        done(ApiError {
            {QStringLiteral("response-too-large"), QStringLiteral("the server's answer is too large"), {}},
            status,
            {},
            {}});
        return;
    }
    if (status == 0) {
        qCInfo(lcNetwork) << "request failed:" << url.toDisplayString(QUrl::RemoveQuery) << reply->error()
                          << reply->errorString();
        done(transportError(reply->error(), reply->errorString()));
        return;
    }

    ApiResponse response;
    response.status = status;
    response.body = reply->readAll();
    response.contentType = mediaType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    response.etag = reply->rawHeader("ETag");
    response.headers = reply->rawHeaderPairs();

    if (status == 304 || (status >= 200 && status < 300)) {
        if (etagOwner && etagOwner->m_etags && status >= 200 && status < 300) {
            const QString key = url.toString(QUrl::FullyEncoded);
            if (response.etag.isEmpty())
                etagOwner->m_etags->forget(key);
            else
                etagOwner->m_etags->store(key, response.etag);
        }
        done(response);
        return;
    }
    if (status >= 300 && status < 400) {
        done(ApiError {{QStringLiteral("redirect-refused"),
                        QStringLiteral("unexpected redirect (HTTP %1)").arg(status),
                        {}},
                       status,
                       {},
                       {}});
        return;
    }
    ApiError error = ProblemDetails::toError(status, response.contentType, response.body,
                                             reply->rawHeader("Retry-After"));
    qCInfo(lcNetwork) << "request refused:" << url.toDisplayString(QUrl::RemoveQuery) << status
                      << error.error.code;
    done(error);
}

void ApiClient::setOffline(bool offline)
{
    m_offline = offline;
    if (!offline)
        return;
    // What was already on its way stops too; its callers hear "offline".
    const QList<QPointer<QNetworkReply>> inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply> &reply : inFlight) {
        if (reply && !reply->isFinished()) {
            reply->setProperty("hpo.offline", true);
            reply->abort();
        }
    }
}

} // namespace hpo
