#include "services/auth/loopbackreceiver.h"
#include "tests/support/fakeclock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using hpo::LoopbackReceiver;

namespace {
const QDateTime start(QDate(2026, 12, 8), QTime(10, 0), QTimeZone::utc());

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply get(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    Reply out {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return out;
}

QUrl withQuery(QUrl url, const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[k, v] : items)
        query.addQueryItem(k, v);
    url.setQuery(query);
    return url;
}
} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectUriIsLoopbackWithFreePort()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.redirectUri().isEmpty());
        QVERIFY(receiver.listen().ok());
        const QUrl uri = receiver.redirectUri();
        QCOMPARE(uri.scheme(), QStringLiteral("http"));
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(uri.port() > 0);
        QCOMPARE(uri.path(), QStringLiteral("/callback"));
    }

    void receivesCodeWithMatchingState()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.listen().ok());
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
        receiver.expect("s1", start.addSecs(300));

        QNetworkAccessManager nam;
        // Another path (favicon) is not the redirect.
        QCOMPARE(
            get(nam, withQuery(receiver.redirectUri().resolved(QUrl(QStringLiteral("/favicon.ico"))), {}))
                .status,
            404);
        const Reply reply = get(nam,
                                withQuery(receiver.redirectUri(),
                                          {{QStringLiteral("code"), QStringLiteral("abc+/=")},
                                           {QStringLiteral("state"), QStringLiteral("s1")}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("You can close this tab"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("abc+/="));
        QCOMPARE(failed.size(), 0);
        QVERIFY(!receiver.isWaiting());
        QCOMPARE(clock.pendingCount(), 0);
    }

    void wrongStateFails()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.listen().ok());
        QSignalSpy received(&receiver, &LoopbackReceiver::received);
        QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
        receiver.expect("expected-state", start.addSecs(300));
        QNetworkAccessManager nam;
        const Reply reply = get(nam,
                                withQuery(receiver.redirectUri(),
                                          {{QStringLiteral("code"), QStringLiteral("abc")},
                                           {QStringLiteral("state"), QStringLiteral("other-state!!")}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(received.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<hpo::Error>().code, QStringLiteral("state-mismatch"));
    }

    void serverErrorIsDenied()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.listen().ok());
        QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
        receiver.expect("s", start.addSecs(300));
        QNetworkAccessManager nam;
        const Reply reply = get(nam,
                                withQuery(receiver.redirectUri(),
                                          {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                           {QStringLiteral("error_description"), QStringLiteral("nope")},
                                           {QStringLiteral("state"), QStringLiteral("s")}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(failed.size(), 1);
        const auto error = failed.at(0).at(0).value<hpo::Error>();
        QCOMPARE(error.code, QStringLiteral("authorization-denied"));
        QVERIFY(error.message.contains(QStringLiteral("access_denied: nope")));
    }

    void missingCodeFails()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.listen().ok());
        QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
        receiver.expect("s", start.addSecs(300));
        QNetworkAccessManager nam;
        QCOMPARE(get(nam, withQuery(receiver.redirectUri(), {{QStringLiteral("state"), QStringLiteral("s")}}))
                     .status,
                 400);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<hpo::Error>().code, QStringLiteral("invalid-redirect"));
    }

    void postIsRefused()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.listen().ok());
        QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
        receiver.expect("s", start.addSecs(300));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(QNetworkRequest(receiver.redirectUri()), QByteArray("x"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        delete reply;
        QCOMPARE(failed.size(), 0);
        QVERIFY(receiver.isWaiting());
    }

    void timesOutAtDeadlineAndCloses()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.listen().ok());
        const QUrl uri = receiver.redirectUri();
        QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
        receiver.expect("s", start.addSecs(300));
        clock.advanceBy(299 * 1000);
        QCOMPARE(failed.size(), 0);
        clock.advanceBy(1000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<hpo::Error>().code, QStringLiteral("sign-in-timeout"));
        QVERIFY(!receiver.isWaiting());
        // The port no longer accepts connections.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(uri.port()));
        QVERIFY(!socket.waitForConnected(1000) || !socket.waitForReadyRead(500));
    }

    void cancelFailsOnce()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.listen().ok());
        QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
        receiver.expect("s", start.addSecs(300));
        receiver.cancel();
        receiver.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<hpo::Error>().code, QStringLiteral("sign-in-cancelled"));
        QCOMPARE(clock.pendingCount(), 0);
    }

    void oversizedRequestIsCutOff()
    {
        hpo::test::FakeClock clock(start);
        LoopbackReceiver receiver(clock);
        QVERIFY(receiver.listen().ok());
        receiver.expect("s", start.addSecs(300));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(receiver.redirectUri().port()));
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET /callback?x=" + QByteArray(LoopbackReceiver::maxRequestBytes + 10, 'a'));
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState, 5000);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 431"));
        QVERIFY(receiver.isWaiting());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
