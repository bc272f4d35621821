// A client connection that enforces the request limits QHttpServer 6.4 lacks:
// a byte cap per request, a deadline for completing a request, and an idle
// timeout. Oversized requests are refused from the headers (Content-Length)
// before their body arrives; bytes beyond the cap are never buffered.
#pragma once

#include <QTcpSocket>

class QTimer;

namespace hpo::server {

struct ConnectionLimits
{
    qint64 maxHeaderBytes = 16 * 1024; // request line + headers
    qint64 maxBodyBytes = 1024 * 1024;
    int requestDeadlineMs = 10'000; // first byte of a request → complete request
    int idleTimeoutMs = 60'000; // no request in progress
    qint64 maxUnsentBytes = 32 * 1024 * 1024; // responses a client does not read (pipelining flood)
};

class GuardedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSocket)

public:
    GuardedSocket(const ConnectionLimits &limits, QObject *parent = nullptr);

    // For a connection upgraded to a WebSocket: HTTP request limits no longer
    // apply (frames are not requests); the WebSocket layer keeps its own.
    void stopGuarding();

protected:
    qint64 writeData(const char *data, qint64 len) override;

private:
    void onReadyRead();
    void onDeadline();
    void refuse(int status, const QByteArray &code, const QByteArray &title, const QByteArray &detail);

    ConnectionLimits m_limits;
    QTimer *m_timer = nullptr;
    qint64 m_requestBytes = 0; // received since the last response started
    bool m_headersChecked = false;
    bool m_refused = false;
};

} // namespace hpo::server
