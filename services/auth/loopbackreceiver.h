// The redirect end of the native-app sign-in (RFC 8252 §7.3): a one-shot HTTP
// listener on 127.0.0.1 and a free port that takes exactly one authorization
// response on its redirect path, checks `state`, answers the browser with a
// small "you can close this tab" page, and gives up cleanly at a deadline.
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace hpo {

class Clock;

class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    static constexpr qint64 maxRequestBytes = 16 * 1024;
    static constexpr qint64 connectionTimeoutMs = 10 * 1000;

    // `clock` decides the overall deadline; it must outlive this object.
    explicit LoopbackReceiver(Clock &clock, QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Binds 127.0.0.1 on a port the system picks, serving `path` ("/callback").
    // Errors: "loopback-listen-failed".
    Status listen(const QString &path = QStringLiteral("/callback"));
    // http://127.0.0.1:<port><path>; empty before listen().
    QUrl redirectUri() const;

    // Waits for the redirect carrying `expectedState` until `deadline` on the
    // clock. Exactly one of received()/failed() follows; then the port closes.
    void expect(const QByteArray &expectedState, const QDateTime &deadline);
    // Stops waiting; failed("sign-in-cancelled") follows if a wait was running.
    void cancel();
    bool isWaiting() const { return m_waiting; }

Q_SIGNALS:
    void received(const QString &code);
    // Codes: "sign-in-timeout", "state-mismatch", "authorization-denied" (the
    // server's `error`/`error_description` in the message), "invalid-redirect",
    // "sign-in-cancelled".
    void failed(const hpo::Error &error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &html);
    void finish();
    void fail(Error error);

    Clock &m_clock;
    QTcpServer *m_server = nullptr;
    QString m_path;
    QByteArray m_expectedState;
    bool m_waiting = false;
    int m_timeoutId = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace hpo
