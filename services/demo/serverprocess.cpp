#include "services/demo/serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace hpo {

ServerProcess::ServerProcess(QString program, QObject *parent)
    : QObject(parent),
      m_program(std::move(program)),
      m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the server did not report that it listens in time"));
        stop(0);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ServerProcess::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_log += QString::fromUtf8(m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!isReady())
            fail(QStringLiteral("the server stopped (exit code %1) before it listened: %2")
                     .arg(code)
                     .arg(m_log.right(2000)));
    });
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::besideApplication()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("helpdeskpo-server"));
}

void ServerProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_url.clear();
    m_error.clear();
    m_log.clear();
    m_stdoutBuffer.clear();
    m_process.setProgram(m_program);
    m_process.setArguments(arguments);
    m_timeout->start(timeoutMs);
    m_process.start();
}

bool ServerProcess::waitUntilReady(int timeoutMs)
{
    if (isReady())
        return true;
    if (!m_error.isEmpty())
        return false;
    QEventLoop loop;
    connect(this, &ServerProcess::ready, &loop, &QEventLoop::quit);
    connect(this, &ServerProcess::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return isReady();
}

void ServerProcess::stop(int graceMs)
{
    m_timeout->stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void ServerProcess::readStdout()
{
    m_stdoutBuffer += m_process.readAllStandardOutput();
    if (isReady()) {
        m_stdoutBuffer.clear();
        return;
    }
    static const QByteArray marker = QByteArrayLiteral("listening on ");
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (line.startsWith(marker)) {
            const QUrl url(QString::fromUtf8(line.mid(marker.size())), QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()) {
                fail(QStringLiteral("the server printed an unreadable address: %1")
                         .arg(QString::fromUtf8(line)));
                return;
            }
            m_timeout->stop();
            m_url = url;
            Q_EMIT ready(m_url);
            return;
        }
    }
}

void ServerProcess::fail(const QString &message)
{
    if (!m_error.isEmpty() || isReady())
        return;
    m_timeout->stop();
    m_error = message;
    Q_EMIT failed(message);
}

} // namespace hpo
