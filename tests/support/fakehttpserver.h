// A small HTTP/1.1 responder on 127.0.0.1 for unit tests of network clients:
// each request goes to a handler that returns the response (or asks for a
// delay, or for no answer at all); every request is recorded. Optionally TLS,
// with the self-signed certificate in tests/support/fixtures. Not the
// reference server: that one is started by the end-to-end tests.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace hpo::test {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct FakeHttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: "/api/v1/x?y=1"
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

struct FakeHttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    int delayMs = 0; // answer after this long
    bool hang = false; // never answer (for timeouts)

    static FakeHttpResponse json(int status, const QByteArray &body, HeaderList extra = {});
    static FakeHttpResponse problem(int status, const QByteArray &body, HeaderList extra = {});
    static FakeHttpResponse redirect(int status, const QByteArray &location);
};

class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(quint16 port = 0); // plain HTTP on 127.0.0.1, a free port unless given
    bool listenTls(); // HTTPS with the self-signed test certificate (CN 127.0.0.1)

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl url(const QString &path = QStringLiteral("/")) const;
    quint16 port() const;
    const QList<FakeHttpRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void accept();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FakeHttpResponse &response);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    QList<FakeHttpRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace hpo::test
