// What a CLI profile remembers between runs, in <profile>/profile.ini: the
// server URL, the signed-in identity and the active institution. Never a
// token: the refresh token lives only in the keychain.
#pragma once

#include <QString>
#include <QUrl>

namespace hpo {

class CliProfile final
{
public:
    static QString fileName() { return QStringLiteral("profile.ini"); }
    // QStandardPaths::AppDataLocation/profiles/default.
    static QString defaultDir();

    explicit CliProfile(QString dir);

    const QString &dir() const { return m_dir; }
    QString filePath() const;

    QUrl server;
    QString identity; // empty: not signed in
    QString institution; // the active institution's code

    // Reads the file (missing: all empty).
    void load();
    // Writes the file, creating the folder. False when it could not.
    bool save() const;

    // The change-feed cursor's scope: identity@server.
    QString feedScope() const;

private:
    QString m_dir;
};

} // namespace hpo
