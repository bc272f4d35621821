// Plays the system browser against a server whose /meta says `testBroker: true`:
// posts the broker page's form for one test identity and follows the redirect
// to the loopback listener. Used by `--demo`, `mijnhelpdeskpo-cli login
// --test-identity ID` and the tests. Only loopback servers are accepted: the
// test broker is never a way to sign in to a real portal.
#pragma once

#include "models/domain/result.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace hpo {

class TestBrokerBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestBrokerBrowser)

public:
    TestBrokerBrowser(QNetworkAccessManager &nam, QString identity, QObject *parent = nullptr);

    // The AuthService::BrowserOpener: returns false for a non-loopback URL.
    bool open(const QUrl &authorizeUrl);

Q_SIGNALS:
    // The broker refused (unknown identity, bad request): AuthService would only time out.
    void failed(const hpo::Error &error);

private:
    QNetworkAccessManager &m_nam;
    QString m_identity;
};

} // namespace hpo
