#include "server/http/guardedsocket.h"

#include <QTimer>

namespace hpo::server {

GuardedSocket::GuardedSocket(const ConnectionLimits &limits, QObject *parent)
    : QTcpSocket(parent),
      m_limits(limits),
      m_timer(new QTimer(this))
{
    // QHttpServer reads inside a transaction, so everything of a request stays in
    // the socket buffer until it is complete: never let that buffer outgrow the cap.
    setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 4096);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &GuardedSocket::onDeadline);
    // Connected before QHttpServer connects its own slot (it does so after
    // nextPendingConnection()), so this runs first on every readyRead.
    connect(this, &QTcpSocket::readyRead, this, &GuardedSocket::onReadyRead);
    m_timer->start(m_limits.idleTimeoutMs);
}

void GuardedSocket::stopGuarding()
{
    m_timer->stop();
    disconnect(this, &QTcpSocket::readyRead, this, &GuardedSocket::onReadyRead);
    setReadBufferSize(0);
    m_refused = true; // writeData no longer re-arms the timer
}

qint64 GuardedSocket::writeData(const char *data, qint64 len)
{
    // A response is being written: the request it answers was complete.
    if (!m_refused) {
        m_requestBytes = 0;
        m_headersChecked = false;
        m_timer->start(m_limits.idleTimeoutMs);
    }
    const qint64 written = QTcpSocket::writeData(data, len);
    if (!m_refused && bytesToWrite() > m_limits.maxUnsentBytes) {
        // The client sends requests but does not read the answers: drop it before
        // its answers fill the server's memory (not from inside this write).
        m_refused = true;
        QMetaObject::invokeMethod(this, &QAbstractSocket::abort, Qt::QueuedConnection);
    }
    return written;
}

void GuardedSocket::onReadyRead()
{
    if (m_refused) {
        return;
    }
    const qint64 fresh = bytesAvailable();
    if (fresh <= 0) {
        return;
    }
    if (m_requestBytes == 0) {
        m_timer->start(m_limits.requestDeadlineMs);
    }
    m_requestBytes += fresh;

    if (!m_headersChecked) {
        const QByteArray head = peek(m_limits.maxHeaderBytes + 4);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_requestBytes > m_limits.maxHeaderBytes) {
                refuse(431, "headers-too-large", "Request Header Fields Too Large",
                       "The request line and headers exceed " + QByteArray::number(m_limits.maxHeaderBytes)
                           + " bytes.");
            }
            return;
        }
        m_headersChecked = true;
        const QList<QByteArray> lines = head.left(end).split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.left(colon).trimmed().toLower() != "content-length") {
                continue;
            }
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(400, "bad-request", "Bad Request", "The Content-Length header is not a number.");
                return;
            }
            if (length > m_limits.maxBodyBytes) {
                refuse(413, "body-too-large", "Content Too Large",
                       "The request body exceeds " + QByteArray::number(m_limits.maxBodyBytes) + " bytes.");
                return;
            }
        }
    }
    if (m_requestBytes > m_limits.maxHeaderBytes + m_limits.maxBodyBytes) {
        refuse(413, "body-too-large", "Content Too Large",
               "The request exceeds " + QByteArray::number(m_limits.maxHeaderBytes + m_limits.maxBodyBytes)
                   + " bytes.");
    }
}

void GuardedSocket::onDeadline()
{
    if (m_refused || m_requestBytes == 0) {
        abort(); // idle, or the refusal was never read: free the connection
        return;
    }
    refuse(408, "request-timeout", "Request Timeout",
           "The request was not complete within " + QByteArray::number(m_limits.requestDeadlineMs / 1000)
               + " seconds.");
}

void GuardedSocket::refuse(int status, const QByteArray &code, const QByteArray &title,
                           const QByteArray &detail)
{
    m_refused = true;
    // QHttpServer must not see another byte of this connection.
    disconnect(this, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
        + QByteArray::number(status) + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
    const QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + title
        + "\r\nContent-Type: application/problem+json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    QTcpSocket::writeData(response.constData(), response.size());
    flush();
    // Stop reading: whatever else the client sends is dropped by the kernel on close.
    setReadBufferSize(1);
    disconnectFromHost();
    m_timer->start(2000); // a peer that never lets us close is aborted
}

} // namespace hpo::server
