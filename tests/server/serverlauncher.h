// Starts the real helpdeskpo-server for black-box tests: seeds ONE template data
// folder per build (shared by all test processes, reseeded when the binary
// changes), copies it per launch, starts the server on a free loopback port and
// waits for its "listening on" line. Also a small synchronous HTTP client and
// the PKCE sign-in as a test identity.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace hpo::testing {

struct HttpReply
{
    int status = 0; // 0 = no HTTP response (connection error)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

struct Tokens
{
    QString accessToken;
    QString refreshToken;
};

class ServerLauncher final
{
    Q_DISABLE_COPY_MOVE(ServerLauncher)

public:
    ServerLauncher();
    ~ServerLauncher();

    // The seeded template folder (seeding it on first use). Empty on failure.
    static QString templateDataDir();
    static QString serverBinary();

    // Copies the template and starts the server with --test-broker plus `extraArgs`.
    bool start(const QStringList &extraArgs = {}, bool seeded = true);
    void stop(); // SIGTERM; waits for a clean exit
    int exitCode() const { return m_exitCode; }
    bool isRunning() const;
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;
    QString dataDir() const;
    QString standardError() const;

    // Synchronous HTTP (redirects are not followed).
    HttpReply request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply get(const QString &pathAndQuery, const QString &accessToken = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    HttpReply postJson(const QString &path, const QJsonObject &body, const QString &accessToken = {});
    HttpReply deleteResource(const QString &path, const QString &accessToken);

    // The whole authorization-code + PKCE flow through the broker form.
    Tokens signIn(const QString &identity,
                  const QString &redirectUri = QStringLiteral("http://127.0.0.1:5999/callback"));

    static QString codeChallenge(const QString &verifier);
    static QString newVerifier();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    int m_exitCode = -1;
    QByteArray m_stderr;
};

} // namespace hpo::testing
