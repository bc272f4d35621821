#include "services/auth/loopbackreceiver.h"

#include "models/domain/clock.h"
#include "services/common/logging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace hpo {

namespace {
QString page(const QString &title, const QString &text)
{
    // Static and bilingual: the browser tab is outside the application's language setting.
    return QStringLiteral("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;margin:4em auto;max-width:32em;}</style></head>"
                          "<body><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

LoopbackReceiver::LoopbackReceiver(Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{ }

LoopbackReceiver::~LoopbackReceiver()
{
    if (m_timeoutId)
        m_clock.cancel(m_timeoutId);
}

Status LoopbackReceiver::listen(const QString &path)
{
    if (m_server)
        return success();
    m_path = path.startsWith(u'/') ? path : u'/' + path;
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error {QStringLiteral("loopback-listen-failed"),
                      QStringLiteral("could not listen on 127.0.0.1: %1").arg(reason),
                      {}};
    }
    m_server->setMaxPendingConnections(8);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    return success();
}

QUrl LoopbackReceiver::redirectUri() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(m_path);
    return url;
}

void LoopbackReceiver::expect(const QByteArray &expectedState, const QDateTime &deadline)
{
    m_expectedState = expectedState;
    m_waiting = true;
    if (m_timeoutId)
        m_clock.cancel(m_timeoutId);
    m_timeoutId = m_clock.scheduleAt(deadline, this, [this] {
        m_timeoutId = 0;
        fail(
            {QStringLiteral("sign-in-timeout"), QStringLiteral("the sign-in was not completed in time"), {}});
    });
}

void LoopbackReceiver::cancel()
{
    if (m_waiting)
        fail({QStringLiteral("sign-in-cancelled"), QStringLiteral("the sign-in was cancelled"), {}});
    else
        finish();
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A connection that never sends a full request must not linger.
        QTimer::singleShot(connectionTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->read(maxRequestBytes + 1 - it->size()));
    const qsizetype headerEnd = it->indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (it->size() > maxRequestBytes) {
            respond(socket, 431, "Request Header Fields Too Large", page(QStringLiteral("Error"), {}));
        }
        return;
    }
    const QByteArray requestLine = it->left(it->indexOf("\r\n"));
    m_buffers.erase(it);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", page(QStringLiteral("Bad request"), {}));
        return;
    }
    handleRequest(socket, parts[0], parts[1]);
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target)
{
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!url.isValid() || url.path() != m_path) {
        respond(socket, 404, "Not Found", page(QStringLiteral("Not found"), {}));
        return;
    }
    if (method != "GET") {
        respond(socket, 405, "Method Not Allowed", page(QStringLiteral("Method not allowed"), {}));
        return;
    }
    if (!m_waiting) {
        respond(socket, 410, "Gone",
                page(QStringLiteral("Aanmelden verlopen / Sign-in expired"),
                     QStringLiteral("Start het aanmelden opnieuw in de applicatie. "
                                    "Please start the sign-in again in the application.")));
        return;
    }
    const QUrlQuery query(url);
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (!constantTimeEquals(state, m_expectedState)) {
        respond(socket, 400, "Bad Request",
                page(QStringLiteral("Aanmelden mislukt / Sign-in failed"),
                     QStringLiteral("Dit antwoord hoort niet bij deze aanmelding. "
                                    "This response does not belong to this sign-in.")));
        fail({QStringLiteral("state-mismatch"),
              QStringLiteral("the redirect carried a state that does not match this sign-in"),
              {}});
        return;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString description
            = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        respond(socket, 200, "OK",
                page(QStringLiteral("Aanmelden afgebroken / Sign-in not completed"),
                     QStringLiteral("U kunt dit tabblad sluiten. You can close this tab.")));
        fail({QStringLiteral("authorization-denied"),
              description.isEmpty() ? error : error + QStringLiteral(": ") + description,
              {}});
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        respond(socket, 400, "Bad Request", page(QStringLiteral("Aanmelden mislukt / Sign-in failed"), {}));
        fail({QStringLiteral("invalid-redirect"), QStringLiteral("the redirect carried no code"), {}});
        return;
    }
    respond(socket, 200, "OK",
            page(QStringLiteral("Aangemeld / Signed in"),
                 QStringLiteral("U kunt dit tabblad sluiten en teruggaan naar MijnHelpdeskPO. "
                                "You can close this tab and return to MijnHelpdeskPO.")));
    m_waiting = false;
    finish();
    qCInfo(lcAuth) << "authorization response received on the loopback redirect";
    Q_EMIT received(code);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &html)
{
    const QByteArray body = html.toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
          "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_buffers.remove(socket);
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackReceiver::finish()
{
    if (m_timeoutId) {
        m_clock.cancel(m_timeoutId);
        m_timeoutId = 0;
    }
    m_waiting = false;
    if (m_server)
        m_server->close(); // sockets still answering finish on their own
}

void LoopbackReceiver::fail(Error error)
{
    const bool wasWaiting = m_waiting;
    finish();
    if (wasWaiting) {
        qCInfo(lcAuth) << "loopback sign-in failed:" << error.code;
        Q_EMIT failed(error);
    }
}

} // namespace hpo
