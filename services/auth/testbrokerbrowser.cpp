#include "services/auth/testbrokerbrowser.h"

#include "services/api/urlpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace hpo {

TestBrokerBrowser::TestBrokerBrowser(QNetworkAccessManager &nam, QString identity, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_identity(std::move(identity))
{ }

bool TestBrokerBrowser::open(const QUrl &authorizeUrl)
{
    if (!UrlPolicy::isLoopbackHost(authorizeUrl.host()))
        return false;
    // The broker page's form posts the authorize query back with the chosen identity.
    QUrlQuery form(authorizeUrl);
    form.addQueryItem(QStringLiteral("identity"), m_identity);
    QUrl target = authorizeUrl;
    target.setQuery(QString());
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    QNetworkReply *posted = m_nam.post(request, form.query(QUrl::FullyEncoded).toLatin1());
    connect(posted, &QNetworkReply::finished, this, [this, posted] {
        posted->deleteLater();
        const int status = posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = QUrl::fromEncoded(posted->rawHeader("Location"), QUrl::StrictMode);
        // The redirect must go back to this machine's loopback listener, nowhere else.
        if (status != 302 && status != 303) {
            Q_EMIT failed(Error {QStringLiteral("test-broker-refused"),
                                 QStringLiteral("the test broker answered %1: %2")
                                     .arg(status)
                                     .arg(QString::fromUtf8(posted->readAll().left(300))),
                                 {}});
            return;
        }
        if (!location.isValid() || !UrlPolicy::isLoopbackHost(location.host())) {
            Q_EMIT failed(Error {QStringLiteral("test-broker-redirect"),
                                 QStringLiteral("the test broker redirected to a non-loopback address"),
                                 {}});
            return;
        }
        QNetworkRequest back(location);
        back.setTransferTimeout(30000);
        QNetworkReply *reply = m_nam.get(back);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    return true;
}

} // namespace hpo
