#include "tests/server/serverlauncher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>

namespace hpo::testing {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ServerLauncher::ServerLauncher() = default;

ServerLauncher::~ServerLauncher()
{
    stop();
}

QString ServerLauncher::serverBinary()
{
    QString dir = qEnvironmentVariable("HPO_BIN_DIR");
    if (dir.isEmpty()) {
        dir = QCoreApplication::applicationDirPath();
    }
    return QDir(dir).filePath(QStringLiteral("helpdeskpo-server"));
}

QString ServerLauncher::templateDataDir()
{
    const QFileInfo binary(serverBinary());
    if (!binary.exists()) {
        qWarning("server binary not found: %s", qPrintable(binary.filePath()));
        return {};
    }
    const QString root = QDir(binary.absolutePath()).filePath(QStringLiteral("../server-test-template"));
    QDir().mkpath(root);
    QLockFile lock(QDir(root).filePath(QStringLiteral("seed.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(300'000)) {
        qWarning("could not lock the template folder");
        return {};
    }
    // Reseed when the server binary changed (the seed may have).
    const QString stamp
        = QString::number(binary.lastModified().toMSecsSinceEpoch()) + u'-' + QString::number(binary.size());
    const QString data = QDir(root).filePath(QStringLiteral("data"));
    QFile marker(QDir(root).filePath(QStringLiteral("stamp")));
    if (marker.open(QIODevice::ReadOnly) && QString::fromLatin1(marker.readAll()) == stamp
        && QFile::exists(QDir(data).filePath(QStringLiteral("helpdeskpo.sqlite")))) {
        return data;
    }
    marker.close();
    QDir(data).removeRecursively();
    QProcess seed;
    seed.start(binary.filePath(),
               {QStringLiteral("--data"), data, QStringLiteral("--seed"), QStringLiteral("demo"),
                QStringLiteral("--seed-only")});
    if (!seed.waitForFinished(300'000) || seed.exitCode() != 0) {
        qWarning("seeding failed: %s", seed.readAllStandardError().constData());
        return {};
    }
    qInfo("%s", seed.readAllStandardError().trimmed().constData());
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    marker.write(stamp.toLatin1());
    return data;
}

bool ServerLauncher::start(const QStringList &extraArgs, bool seeded)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    if (seeded) {
        const QString source = templateDataDir();
        if (source.isEmpty()
            || !QFile::copy(QDir(source).filePath(QStringLiteral("helpdeskpo.sqlite")),
                            m_dir->filePath(QStringLiteral("helpdeskpo.sqlite")))) {
            qWarning("could not copy the template data");
            return false;
        }
    }
    m_process = std::make_unique<QProcess>();
    m_stderr.clear();
    QStringList args {QStringLiteral("--data"), m_dir->path(), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--test-broker")};
    args += extraArgs;
    m_process->start(serverBinary(), args);
    if (!m_process->waitForStarted(10'000)) {
        return false;
    }
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60'000) {
        if (!m_process->waitForReadyRead(1000) && m_process->state() != QProcess::Running) {
            m_stderr += m_process->readAllStandardError();
            qWarning("server exited: %s", m_stderr.constData());
            return false;
        }
        out += m_process->readAllStandardOutput();
        const qsizetype line = out.indexOf("listening on http://127.0.0.1:");
        const qsizetype end = out.indexOf('\n', line);
        if (line >= 0 && end > line) {
            m_port = quint16(out.mid(line + 30, end - line - 30).toUInt());
            return m_port != 0;
        }
    }
    return false;
}

void ServerLauncher::stop()
{
    if (!m_process) {
        return;
    }
    if (m_process->state() == QProcess::Running) {
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

bool ServerLauncher::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl ServerLauncher::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QString ServerLauncher::dataDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString ServerLauncher::standardError() const
{
    return QString::fromUtf8(m_stderr);
}

HttpReply ServerLauncher::request(const QByteArray &method, const QString &pathAndQuery,
                                  const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(30'000);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.headers = reply->rawHeaderPairs();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

HttpReply ServerLauncher::get(const QString &pathAndQuery, const QString &accessToken,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    if (!accessToken.isEmpty()) {
        all.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()});
    }
    return request(QByteArrayLiteral("GET"), pathAndQuery, {}, all);
}

HttpReply ServerLauncher::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[name, value] : fields) {
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return request(
        QByteArrayLiteral("POST"), path, form.query(QUrl::FullyEncoded).toLatin1(),
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
}

HttpReply ServerLauncher::postJson(const QString &path, const QJsonObject &body, const QString &accessToken)
{
    QList<QPair<QByteArray, QByteArray>> headers {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!accessToken.isEmpty()) {
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()});
    }
    return request(QByteArrayLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                   headers);
}

HttpReply ServerLauncher::deleteResource(const QString &path, const QString &accessToken)
{
    return request(QByteArrayLiteral("DELETE"), path, {},
                   {{QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()}});
}

QString ServerLauncher::newVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &c : bytes) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ServerLauncher::codeChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Tokens ServerLauncher::signIn(const QString &identity, const QString &redirectUri)
{
    const QString verifier = newVerifier();
    const QList<QPair<QString, QString>> params {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), QStringLiteral("tests")},
        {QStringLiteral("redirect_uri"), redirectUri},
        {QStringLiteral("state"), QStringLiteral("s1")},
        {QStringLiteral("code_challenge"), codeChallenge(verifier)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    auto form = params;
    form.append({QStringLiteral("identity"), identity});
    const HttpReply authorized = postForm(QStringLiteral("/oauth/authorize"), form);
    const QUrl location(QString::fromUtf8(authorized.header("Location")));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const HttpReply token = postForm(QStringLiteral("/oauth/token"),
                                     {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                      {QStringLiteral("code"), code},
                                      {QStringLiteral("redirect_uri"), redirectUri},
                                      {QStringLiteral("client_id"), QStringLiteral("tests")},
                                      {QStringLiteral("code_verifier"), verifier}});
    const QJsonObject json = token.json();
    return Tokens {json.value(QStringLiteral("access_token")).toString(),
                   json.value(QStringLiteral("refresh_token")).toString()};
}

} // namespace hpo::testing
