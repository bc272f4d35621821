#include "app/cli/cliprofile.h"

#include "services/sync/syncengine.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace hpo {

QString CliProfile::defaultDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles/default"));
}

CliProfile::CliProfile(QString dir) : m_dir(std::move(dir))
{ }

QString CliProfile::filePath() const
{
    return QDir(m_dir).filePath(fileName());
}

void CliProfile::load()
{
    const QSettings settings(filePath(), QSettings::IniFormat);
    server = QUrl(settings.value(QStringLiteral("server")).toString());
    identity = settings.value(QStringLiteral("identity")).toString();
    institution = settings.value(QStringLiteral("institution")).toString();
}

bool CliProfile::save() const
{
    if (!QDir().mkpath(m_dir))
        return false;
    QSettings settings(filePath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("server"), server.toString());
    settings.setValue(QStringLiteral("identity"), identity);
    settings.setValue(QStringLiteral("institution"), institution);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QString CliProfile::feedScope() const
{
    return SyncEngine::feedScope(identity, server);
}

} // namespace hpo
