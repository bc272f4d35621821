// Starts helpdeskpo-server as a child process and tells when it listens: used
// by `mijnhelpdeskpo --demo` and by the tests that need the real server.
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

class QTimer;

namespace hpo {

class ServerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProcess)

public:
    explicit ServerProcess(QString program, QObject *parent = nullptr);
    ~ServerProcess() override; // stops the server

    // Where helpdeskpo-server normally is: beside the running executable.
    static QString besideApplication();

    // Starts `program arguments…`; emits ready(url) once it printed "listening on <url>",
    // or failed(message) when it exits, cannot start, or stays silent past `timeoutMs`.
    void start(const QStringList &arguments, int timeoutMs = 60000);
    // Blocks until ready or failed; for tests and command-line tools only.
    bool waitUntilReady(int timeoutMs = 60000);
    // SIGTERM, then SIGKILL after `graceMs`.
    void stop(int graceMs = 5000);

    bool isReady() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString errorMessage() const { return m_error; }
    // Everything the server printed on stderr so far (for error reports).
    QString log() const { return m_log; }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void readStdout();
    void fail(const QString &message);

    QString m_program;
    QProcess m_process;
    QTimer *m_timeout;
    QByteArray m_stdoutBuffer;
    QString m_log;
    QUrl m_url;
    QString m_error;
};

} // namespace hpo
