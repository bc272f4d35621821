#include "tests/support/fakehttpserver.h"

#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace hpo::test {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QString fixture(const char *name)
{
    return QStringLiteral(HPO_TEST_SUPPORT_DIR "/fixtures/") + QLatin1String(name);
}
} // namespace

QByteArray FakeHttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeHttpResponse FakeHttpResponse::json(int status, const QByteArray &body, HeaderList extra)
{
    extra.prepend({"Content-Type", "application/json"});
    return {status, extra, body, 0, false};
}

FakeHttpResponse FakeHttpResponse::problem(int status, const QByteArray &body, HeaderList extra)
{
    extra.prepend({"Content-Type", "application/problem+json"});
    return {status, extra, body, 0, false};
}

FakeHttpResponse FakeHttpResponse::redirect(int status, const QByteArray &location)
{
    return {status, {{"Location", location}}, {}, 0, false};
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent)
{ }

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(quint16 port)
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool FakeHttpServer::listenTls()
{
    QFile certFile(fixture("selfsigned.crt"));
    QFile keyFile(fixture("selfsigned.key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeHttpServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url.resolved(QUrl(path));
}

void FakeHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    for (;;) {
        const qsizetype headerEnd = it->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = it->left(headerEnd).split('\n');
        FakeHttpRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const QUrl target = QUrl::fromEncoded(request.target);
        request.path = target.path();
        request.query = QUrlQuery(target);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (it->size() < headerEnd + 4 + contentLength)
            return;
        request.body = it->mid(headerEnd + 4, contentLength);
        it->remove(0, headerEnd + 4 + contentLength);
        m_requests.append(request);
        const FakeHttpResponse response = m_handler ? m_handler(request) : FakeHttpResponse::json(404, "{}");
        if (response.hang)
            continue;
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    answer(guard, response);
            });
        } else {
            answer(socket, response);
        }
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeHttpResponse &response)
{
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.status != 304 && response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n";
    if (response.status != 304 && response.status != 204)
        out += response.body;
    socket->write(out);
}

} // namespace hpo::test
